"""Agriculture and farm produce: the slip a grain station or a co-operative writes when
it buys a farmer's harvest at the gate: a Chinese 粮食收购凭证 / 农产品收购单 (the seller's
grid, the weighing table, the total in capital numerals, the station's seal and its
clerks), an English farm-gate purchase docket or livestock sale slip, or a French
co-operative's bon d'achat.

Personal: the seller's name (in the grid and again as a signature, with a red
thumbprint), ID number, phone, the village address down to the group and house
number (the ``door``), the bank card the money is paid to (``card_number``), the
English grower's holding number and bank account or the French member number and
IBAN (``id_number``), and the station's weigher, inspector and clerk. Ordinary: the
buyer's name, address and hotline, the titles and labels, the crops, grades,
weights, moisture and impurity figures, prices and amounts, dates, docket numbers,
ear-tag numbers and the printed notice.
"""

from __future__ import annotations

import random

from .fakedata_errands import cn_capital
from .fakedata_households import HouseholdFaker
from .formkit import Cell, box_stamp, handwritten, seal, sheet, table
from .formkit_marks import thumbprint, word_wrap
from .formkit_slips import grid_rows, hand_cell, label_cell, serial_title
from .kit import S, _finish, joined_address
from .render import Canvas, Span

_CN_BUYERS = ("国家粮食储备库", "粮站收购点", "农民专业合作社", "粮油购销有限公司", "果蔬合作社")
_CN_PLACES = ("河湾", "双桥", "杨庄", "东岭", "柳林", "石门", "青禾", "沙河")
_CN_TOWNS = ("城关镇", "三里乡", "新集镇", "龙泉镇", "白庙乡", "高桥镇")
_CN_COUNTIES = ("阜南县", "滑县", "肇东市", "桦川县", "睢宁县", "宜阳县")
#: Crop -> grades and a price per jin (yuan) around which the station pays.
_CN_CROPS = {
    "小麦": (("一等", "二等", "三等"), 1.35),
    "玉米": (("一等", "二等", "三等"), 1.12),
    "稻谷": (("一等", "二等"), 1.45),
    "大豆": (("一等", "二等"), 2.55),
    "花生果": (("统货", "大果"), 3.4),
    "苹果": (("一级果", "二级果", "统货"), 2.1),
}
_CN_NOTES = (
    "本凭证为售粮结算依据,请妥善保管,遗失不补。",
    "粮款直接打入售粮人本人银行卡,不得代领。",
    "水分、杂质按国家标准扣量,以化验单为准。",
)
_KEYS = ("title", "seller", "addr", "tel", "hold", "bank", "acct", "crop", "grade", "gross")
_KEYS2 = ("tare", "moist", "net", "price", "value", "sign", "weigher", "note")
#: Language -> printed words (keyed by :data:`_KEYS` + :data:`_KEYS2`), buyers, crops
#: with a price per tonne, the money format and the bank name.
_WORDS = {
    "en": {
        **dict(
            zip(
                _KEYS + _KEYS2,
                (
                    *("PURCHASE DOCKET", "Grower / Seller", "Farm address", "Tel", "CPH no."),
                    *("Bank sort code", "Account no.", "Commodity", "Spec", "Gross (t)"),
                    *("Tare (t)", "Moisture %", "Net (t)", "£/t", "Value £"),
                    *("Signed (seller)", "Weighbridge"),
                    "Payment by BACS within 28 days of intake. Levy deducted at the statutory "
                    "rate. Subject to our standard terms of purchase.",
                ),
                strict=True,
            )
        ),
        "buyers": (
            ("Fenland Grain Co-operative", "Station Yard, Marsh Road"),
            ("Hollow Lane Produce Ltd", "Intake 2, Hollow Lane Ind. Est."),
            ("Vale Livestock Market", "Market Place, Shipston"),
        ),
        "crops": (("Feed wheat", 192), ("Malting barley", 215), ("OSR", 401), ("Potatoes", 160)),
        "stock": ("Store lambs", "Cull ewes", "Stirks", "Weaned calves"),
        "money": "{:,.2f}",
        "farm": ("Farm", "Barn", "House Farm", "Cottage"),
        "specs": ("Std", "Spec 1", "Nab 6", "B", "Export"),
        "tel": "Tel 01{}{} {}{}",
    },
    "fr": {
        **dict(
            zip(
                _KEYS + _KEYS2,
                (
                    *("BON D'ACHAT", "Apporteur", "Adresse", "Tél.", "N° adhérent"),
                    *("Banque", "IBAN", "Céréale", "Qualité", "Poids brut (t)"),
                    *("Tare (t)", "Humidité %", "Poids normé (t)", "Prix €/t", "Montant €"),
                    *("Signature de l'apporteur", "Peseur"),
                    "Paiement par virement sous 30 jours. Réfactions selon barème de la "
                    "coopérative. Cotisations et taxes déduites.",
                ),
                strict=True,
            )
        ),
        "buyers": (
            ("Coopérative agricole du Val", "ZA des Silos, route de Chartres"),
            ("SCA Céréales de l'Ouest", "Silo de la Gare"),
        ),
        "crops": (("Blé tendre", 198), ("Orge de brasserie", 221), ("Colza", 415), ("Maïs", 183)),
        "stock": (),
        "money": "{:.2f}",
        "farm": ("Ferme", "Le Moulin", "Les Granges"),
        "specs": ("Meunier", "Standard", "Brassicole", "Fourrager"),
        "tel": "Tél. 02 {} {} {} {}",
    },
}


def _village(rng: random.Random, fk: HouseholdFaker) -> list[Span]:
    """A rural address as farmers write it: county, town, village, then group and house."""
    county = rng.choice(_CN_COUNTIES) if rng.random() < 0.6 else ""
    door = f"{rng.choice('一二三四五六七八')}组{rng.randint(1, 80)}号"
    if rng.random() < 0.3:
        door = f"{rng.randint(1, 12)}组"
    village = rng.choice(_CN_PLACES) + rng.choice(("村", "村", "庄村", "社区"))
    return [S(county + rng.choice(_CN_TOWNS) + village, "address"), S(door, "door")]


def _cn(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c, p, m, right = sheet(rng, (880, 980), 1.5, cjk=True, base=960, margin=(0.04, 0.06))
    W, s, w = c.width, p.s, right - m
    f = p.font(19)
    by_hand = rng.random() < 0.6  # carbon-copy pad filled in by pen, or the weighbridge printer
    cell = hand_cell if by_hand else (lambda t, k, span=1: Cell.of(t, k, span=span))
    buyer = rng.choice(_CN_PLACES) + rng.choice(_CN_BUYERS)
    y = m + 36 * s
    c.text(W / 2, y, buyer, p.font(24, bold=True), "shop", anchor="ms")
    y += 48 * s
    serial_title(
        p, y, right, rng.choice(("粮食收购凭证", "农产品收购单", "收购结算单")), fk.digits(7), f
    )
    y += 34 * s
    c.line(m, y, [S("收购日期:", "label"), S(fk.date("cn"), "date")], p.font(17))
    c.line(
        W * 0.55, y, [S("收购点:", "label"), S(rng.choice(_CN_TOWNS) + "站", "other")], p.font(17)
    )
    y += 18 * s
    name = fk.cn_name(honorific=0.0)
    rows = [
        [
            label_cell("售粮人"),
            cell(name, "name"),
            label_cell("联系电话"),
            cell(fk.cn_mobile(), "phone"),
        ],
        [label_cell("身份证号"), cell(fk.cn_resident_id(x_prob=0.1), "id_number", 3)],
        [label_cell("家庭住址"), Cell(tuple(_village(rng, fk)), hand=by_hand, span=3)],
        [
            label_cell(rng.choice(("收款卡号", "一卡通账号", "银行卡号"))),
            cell(fk.bank_account(), "card_number", 2),
            cell(rng.choice(("农商银行", "邮储银行", "农业银行", "信用社")), "other"),
        ],
    ]
    y = table(p, m, y, (w * 0.17, w * 0.35, w * 0.17, w * 0.31), rows, 52 * s, f, hand_px=28)
    y += 24 * s
    crops = rng.sample(list(_CN_CROPS), rng.randint(1, 3))
    head = ["品种", "等级", "毛重(斤)", "皮重", "水分%", "杂质%", "净重(斤)", "单价", "金额(元)"]
    grid = [[label_cell(h) for h in head]]
    total = 0.0
    for crop in crops:
        grades, base = _CN_CROPS[crop]
        gross = rng.randint(800, 24000)
        tare = rng.randint(20, 600) if rng.random() < 0.7 else 0
        moist = rng.uniform(11, 16)
        net = int((gross - tare) * (1 - max(0, moist - 13.5) / 100))
        price = round(base + rng.uniform(-0.08, 0.08), 2)
        total += net * price
        grid.append(
            [
                cell(crop, "item"),
                cell(rng.choice(grades), "other"),
                cell(str(gross), "other"),
                cell(str(tare) if tare else "", "other"),
                cell(f"{moist:.1f}", "other"),
                cell(f"{rng.uniform(0.3, 1.5):.1f}", "other"),
                cell(str(net), "other"),
                cell(f"{price:.2f}", "price"),
                cell(f"{net * price:.2f}", "price"),
            ]
        )
    grid += [[Cell(())] * 9 for _ in range(rng.randint(0, 2))]
    fr = (0.11, 0.09, 0.12, 0.09, 0.09, 0.09, 0.13, 0.1, 0.18)
    y = table(p, m, y, [w * k for k in fr], grid, 44 * s, p.font(16), hand_px=24)
    yuan = int(total)
    money = [
        label_cell("合计(大写)"),
        cell(cn_capital(yuan, int(round((total - yuan) * 100)) % 100), "price"),
        label_cell("小写"),
        cell(f"¥{total:,.2f}", "price"),
    ]
    y = table(p, m, y, (w * 0.17, w * 0.47, w * 0.1, w * 0.26), [money], 48 * s, f, hand_px=26)
    y += 50 * s
    staff = [fk.cn_name(honorific=0.0) for _ in range(3)]
    x = m
    for role, who in zip(("检验员", "司磅员", "开票人"), staff, strict=True):
        x = c.line(x, y, [S(role + ":", "label")], f) + 8 * s
        handwritten(p, x, y, [S(who, "name")], 26, cjk=True, width=w * 0.16)
        x += w * 0.2
    y += 60 * s
    x = c.line(m, y, [S("售粮人签字(按手印):", "label")], f) + 14 * s
    end = handwritten(p, x, y, [S(name, "name")], 34, cjk=True)
    thumbprint(p, end + 40 * s, y - 14 * s, 24 * s)
    seal(p, right - 95 * s, y - 30 * s, 72 * s, buyer)
    y += 90 * s
    for line in _CN_NOTES[: rng.randint(1, 3)]:
        y = c.wrap(m, y, [S(line, "footer")], p.font(15), w, 24 * s, max_lines=2)
    tel = f"监督电话:0{rng.randint(310, 917)}-{fk.digits(7, True)}"
    c.text(m, y + 4 * s, tel, p.font(15), "other")
    return _finish(c, y + 4 * s, 0, pad=m)


def _latin(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    lang = rng.choice(("en", "en", "fr"))
    t = _WORDS[lang]
    c, p, m, right = sheet(rng, (820, 900), 1.5, cjk=False, base=880, margin=(0.05, 0.07))
    s, w, f = p.s, right - m, p.font(17)
    buyer, buyer_addr = rng.choice(t["buyers"])
    stock = lang == "en" and "Market" in buyer
    y = m + 36 * s
    c.text(m, y, buyer, p.font(28, bold=True), "shop")
    y += 28 * s
    c.text(
        m,
        y,
        f"{buyer_addr} · " + t["tel"].format(*(fk.digits(2) for _ in range(4))),
        p.font(15),
        "other",
    )
    y += 46 * s
    title = "LIVESTOCK SALE ENTRY" if stock else t["title"]
    c.text(m, y, title, p.font(26, bold=True), "label")
    c.line(right - 240 * s, y, [S("No. ", "label"), S(fk.digits(6, True), "other")], f)
    y += 32 * s
    c.line(right - 240 * s, y, [S("Date ", "label"), S(fk.date("dmy"), "date")], f)
    y += 20 * s
    if lang == "en":
        name = fk.en_name(initial=rng.random() < 0.3)
        street, town = fk.uk_address()
        farm = f"{rng.choice(('Ash', 'Moor', 'Top', 'Glebe', 'Brook'))} {rng.choice(t['farm'])}, "
        addr = [S(farm, "address"), *joined_address((street, town))]
        hold = f"{fk.digits(2)}/{fk.digits(3)}/{fk.digits(4)}"
        bank, acct, phone = (
            f"{fk.digits(2)}-{fk.digits(2)}-{fk.digits(2)}",
            fk.digits(8),
            fk.uk_phone(),
        )
    else:
        name = fk.eu_name("fr")
        a, b = fk.eu_address("fr")
        addr = [S(f"{rng.choice(t['farm'])}, {a}, {b}", "address")]
        hold = fk.digits(6, True)
        bank = ""
        acct = f"FR76 {fk.digits(4)} {fk.digits(4)} {fk.digits(4)} {fk.digits(4)} {fk.digits(3)}"
        phone = fk.eu_phone("fr")
    # A sort code is a bank's, but beside the account it points at the person's money;
    # the French IBAN is long enough to need the whole row.
    pay = [(t["bank"], bank, "id_number"), (t["acct"], acct, "id_number")]
    if lang == "fr":
        pay = [(t["acct"], acct, "id_number")]
    rows = grid_rows(
        [
            [(t["seller"], name, "name")],
            [(t["addr"], addr, "address")],
            [(t["tel"], phone, "phone"), (t["hold"], hold, "id_number")],
            pay,
        ]
    )
    y = table(
        p, m, y, (w * 0.2, w * 0.3, w * 0.18, w * 0.32), rows, 50 * s, f, hand_px=26, cjk=False
    )
    y += 26 * s
    if stock:  # a sale entry: lots of animals with their ear tags, no weighing of grain
        head = ["Lot", "Description", "Head", "Tag nos.", "Avg kg", "p/kg"]
        lines = [
            [
                hand_cell(str(rng.randint(1, 400)), "other"),
                hand_cell(rng.choice(t["stock"]), "item"),
                hand_cell(str(rng.randint(1, 30)), "other"),
                hand_cell(f"UK {fk.digits(6)} {fk.digits(5)}", "other"),
                hand_cell(str(rng.randint(35, 420)), "other"),
                hand_cell(f"{rng.uniform(180, 320):.1f}", "price"),
            ]
            for _ in range(rng.randint(2, 4))
        ]
        fr = (0.09, 0.22, 0.09, 0.32, 0.12, 0.16)
    else:
        head = [t[k] for k in ("crop", "grade", "gross", "tare", "moist", "net", "price", "value")]
        lines = []
        for crop, base in rng.sample(t["crops"], rng.randint(1, 3)):
            gross, tare = rng.uniform(10, 29), rng.uniform(8, 12)
            price = base + rng.randint(-9, 9)
            lines.append(
                [
                    hand_cell(crop, "item"),
                    hand_cell(rng.choice(t["specs"]), "other"),
                    hand_cell(f"{gross + tare:.2f}", "other"),
                    hand_cell(f"{tare:.2f}", "other"),
                    hand_cell(f"{rng.uniform(12, 16.5):.1f}", "other"),
                    hand_cell(f"{gross:.2f}", "other"),
                    hand_cell(f"{price:.2f}", "price"),
                    hand_cell(t["money"].format(gross * price), "price"),
                ]
            )
        fr = (0.18, 0.1, 0.12, 0.1, 0.12, 0.11, 0.11, 0.16)
    grid = [[label_cell(h) for h in head], *lines, *([[Cell(())] * len(head)] * rng.randint(1, 2))]
    y = table(p, m, y, [w * k for k in fr], grid, 44 * s, p.font(14), hand_px=24, cjk=False)
    y += 40 * s
    c.line(m, y, [S(t["weigher"] + ": ", "label")], f)
    handwritten(
        p,
        m + 150 * s,
        y,
        [S(fk.en_name() if lang == "en" else fk.eu_name("fr"), "name")],
        28,
        cjk=False,
    )
    x = c.line(m + w * 0.45, y, [S(t["sign"] + ": ", "label")], f) + 10 * s
    signed = name.split()[-1] if rng.random() < 0.4 else name
    handwritten(p, x, y, [S(signed, "name")], 32, cjk=False, width=right - x)
    y += 44 * s
    y = word_wrap(p, m, y, [S(t["note"], "footer")], p.font(14), w * 0.66, 21 * s)
    if rng.random() < 0.6:
        box_stamp(
            p,
            right - w * 0.15,
            y - 30 * s,
            [buyer.split()[0].upper(), "RECEIVED" if lang == "en" else "REÇU"],
            12,
        )
    return _finish(c, y, 0, pad=m)


def farm_produce_purchase(rng: random.Random) -> Canvas:
    """A produce purchase slip: the seller's grid with a bank card or account, the
    weighing table and total, the clerks, the seller's signature and the buyer's stamp."""
    fk = HouseholdFaker(rng)
    return rng.choices((_cn, _latin), weights=(55, 45))[0](rng, fk)


LAYOUTS = {"farm_produce_purchase": farm_produce_purchase}
