"""Recycling and scrap collection: the receipt a scrap yard writes when it buys metal or
waste from a person. A Chinese yard keeps a 废旧金属收购登记 / 废品回收单 (the seller's
name, ID number as the law requires for metal, phone, the vehicle's plate, then the
weighbridge lines: material, grade, gross, tare and net weight, unit price, amount,
the total in capitals, the clerk and the weigher); an English scrap metal dealer's
receipt records the seller's verified ID, address and vehicle registration and pays by
transfer only; a Dutch inkoopbon or German Ankaufbeleg does the same in its language.

Personal: the seller's name (printed or by hand, again as a signature), ID number,
phone, address (with the door where there is one), the vehicle plate and the bank
account paid into (``id_number``), the yard's clerk and weigher by name. Ordinary: the
yard's name, licence or filing number, phone and address (business data), titles,
labels, materials and grades, weights, prices, amounts, dates, the ticket number and
the legal notice.
"""

from __future__ import annotations

import random

from .fakedata_errands import cn_capital
from .fakedata_households import HouseholdFaker
from .formkit import RED, Cell, box_stamp, handwritten, sheet, table
from .formkit_marks import thumbprint, word_wrap
from .formkit_slips import firm_head, hand_cell, label_cell, serial_title
from .kit import S, _finish
from .motorists import NL_FIRST, NL_TOWNS, motorist
from .render import Canvas

_CN_YARDS = ("鑫源再生资源回收站", "绿环废品回收有限公司", "恒达物资回收站", "诚信废旧金属收购部")
#: Material, grade, yuan per kg (a morning's board prices).
_CN_GOODS = (
    ("废铜", "光亮铜", 62.5),
    ("废铜", "黄杂铜", 41.0),
    ("废铝", "生铝", 11.8),
    ("废铁", "重废", 2.15),
    ("废铁", "轻薄料", 1.6),
    ("不锈钢", "304", 8.2),
    ("电瓶", "铅酸", 8.9),
    ("纸板", "黄板纸", 1.3),
    ("塑料", "PP/PE", 2.4),
)
_CN_SOURCES = ("个人家用", "拆迁旧料", "装修剩料", "单位处理")
#: Language -> material, grade, price per kg.
_GOODS = {
    "en": (
        ("Copper", "Bright wire", 6.10),
        ("Copper", "No.2 / pipe", 5.40),
        ("Brass", "Mixed", 3.85),
        ("Aluminium", "Cast", 0.95),
        ("Lead", "Clean", 1.25),
        ("Steel", "Light iron", 0.12),
        ("Cable", "Insulated", 1.70),
        ("Stainless", "316", 1.05),
    ),
    "nl": (
        ("Koper", "blank", 7.20),
        ("Messing", "gemengd", 4.50),
        ("Aluminium", "profiel", 1.65),
        ("Lood", "schoon", 1.40),
        ("RVS", "304", 0.95),
        ("Kabel", "koperkabel", 2.10),
        ("IJzer", "licht", 0.18),
    ),
    "de": (
        ("Kupfer", "blank", 7.40),
        ("Messing", "Mischschrott", 4.60),
        ("Aluminium", "Guss", 1.10),
        ("Blei", "Weichblei", 1.35),
        ("V2A", "Edelstahl", 0.95),
        ("Kabel", "Cu-Kabel", 2.20),
        ("Eisen", "Mischschrott", 0.16),
    ),
}
_KEYS = ("title", "seller", "addr", "id", "plate")
_WORDS = {
    "en": ("PURCHASE RECEIPT", "Seller", "Address", "ID verified", "Vehicle reg."),
    "nl": ("INKOOPBON", "Naam verkoper", "Adres", "Legitimatie", "Kenteken"),
    "de": ("ANKAUFBELEG", "Verkäufer", "Anschrift", "Ausweis", "Kennzeichen"),
}
_TABLE = {
    "en": ("Material", "Grade", "Net kg", "£/kg", "Value", "Weighbridge op."),
    "nl": ("Materiaal", "Soort", "Netto kg", "€/kg", "Bedrag", "Weger"),
    "de": ("Material", "Sorte", "Netto kg", "€/kg", "Betrag", "Wiegemeister"),
}
_IDS = {
    "en": ("Passport", "Photocard licence", "Utility bill"),
    "nl": ("Paspoort", "ID-kaart", "Rijbewijs"),
    "de": ("Personalausweis", "Reisepass", "Führerschein"),
}
_NOTICE = {
    "en": "Scrap Metal Dealers Act 2013: seller identity verified and copy retained. "
    "No cash paid - payment by bank transfer to the seller's account only.",
    "nl": "Verkoper verklaart eigenaar te zijn van de aangeboden goederen. Legitimatie "
    "gecontroleerd en vastgelegd conform het inkoopregister. Betaling uitsluitend per bank.",
    "de": "Der Verkäufer versichert, dass die Ware sein Eigentum ist und frei von Rechten "
    "Dritter. Ausweis geprüft und erfasst. Barankauf von Buntmetall nur gegen Ausweis.",
}


def _cn(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c, p, m, right = sheet(rng, (800, 900, 980), 1.6, cjk=True, base=920, margin=(0.04, 0.06))
    s, w = p.s, right - m
    f = p.font(18)
    filing = f"再生资源回收经营者备案号:{fk.digits(rng.choice((8, 12)), True)}"
    tel = ("电话 ", fk.cn_landline())
    y = firm_head(p, m + 34 * s, m, right, rng.choice(_CN_YARDS), filing, tel) + 50 * s
    title = rng.choice(("废旧金属收购登记单", "废品回收单", "再生资源收购登记表"))
    serial_title(p, y, right, title, fk.digits(7), f)
    y += 22 * s
    name = fk.cn_name(honorific=0.0)
    addr, _pc = fk.cn_address(with_door=0.6)
    addr_spans = tuple(S(t, k) for t, k in addr.segments)
    # A plate when the seller came by car or van; a tricycle or a walk-in has none.
    plate, plate_kind = fk.cn_plate(), "id_number"
    if rng.random() < 0.25:
        plate, plate_kind = rng.choice(("三轮车", "电动车", "步行")), "other"
    rows = [
        [
            label_cell("出售人"),
            hand_cell(name, "name"),
            label_cell("联系电话"),
            hand_cell(fk.cn_mobile(rng.choice(("plain", "space"))), "phone"),
        ],
        [label_cell("身份证号码"), hand_cell(fk.cn_resident_id(x_prob=0.1), "id_number", span=3)],
        [label_cell("住址"), Cell(addr_spans, hand=True, span=3)],
        [
            label_cell("车牌号"),
            hand_cell(plate, plate_kind),
            label_cell("物品来源"),
            hand_cell(rng.choice(_CN_SOURCES), "other"),
        ],
    ]
    widths = (w * 0.16, w * 0.34, w * 0.16, w * 0.34)
    y = table(p, m, y, widths, rows, 50 * s, f, hand_px=27)
    y += 16 * s
    head = [label_cell(t) for t in ("品名", "规格", "毛重kg", "皮重kg", "净重kg", "单价", "金额")]
    lines, total = [head], 0.0
    for kind, grade, price in rng.sample(_CN_GOODS, rng.randint(2, 5)):
        gross = round(rng.uniform(20, 900) if kind in ("废铁", "纸板") else rng.uniform(3, 80), 1)
        tare = round(gross * rng.uniform(0.02, 0.08), 1) if gross > 50 else 0.0
        amount = round((gross - tare) * price, 1)
        total += amount
        lines.append(
            [
                hand_cell(kind, "item"),
                hand_cell(grade, "item"),
                hand_cell(f"{gross:g}", "other"),
                hand_cell(f"{tare:g}" if tare else "", "other"),
                hand_cell(f"{gross - tare:.1f}", "other"),
                hand_cell(f"{price:g}", "price"),
                hand_cell(f"{amount:.1f}", "price"),
            ]
        )
    yuan = int(total)
    lines.append(
        [
            label_cell("合计(大写)"),
            hand_cell(cn_capital(yuan, round((total - yuan) * 10) * 10), "price", span=4),
            label_cell("¥"),
            hand_cell(f"{total:.1f}", "price"),
        ]
    )
    cols = (0.13, 0.15, 0.14, 0.13, 0.14, 0.13, 0.18)
    y = table(p, m, y, [w * k for k in cols], lines, 46 * s, f, hand_px=26)
    y += 44 * s
    clerk, weigher = fk.cn_name(honorific=0.0), fk.cn_name(honorific=0.0)
    x = c.line(m, y, [S("收购员:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(clerk, "name")], 30, cjk=True)
    x = c.line(m + w * 0.33, y, [S("过磅员:", "label")], f) + 10 * s
    handwritten(
        p, x, y, [S(weigher if rng.random() < 0.7 else weigher[0] + "工", "name")], 30, cjk=True
    )
    x = c.line(m + w * 0.64, y, [S("出售人签字:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(name, "name")], 32, cjk=True)
    if rng.random() < 0.6:
        thumbprint(p, x + 110 * s, y - 12 * s, 22 * s)
    y += 44 * s
    c.line(m, y, [S("日期:", "label"), S(fk.date("cn"), "date")], f)
    y += 36 * s
    notice = (
        "出售人保证所售物品来源合法,收购生产性废旧金属须查验身份证件并如实登记,登记资料保存两年。"
    )
    y = c.wrap(m, y, [S(notice, "footer")], p.font(15), w, 24 * s, max_lines=3)
    return _finish(c, y, 0, pad=m * 0.6)


def _yard_address(rng: random.Random, fk: HouseholdFaker, lang: str) -> list[str]:
    """The yard's own address, on an industrial estate in the receipt's country."""
    if lang != "nl":
        return fk.office_address("de" if lang == "de" else "en")
    street = f"Industrieweg {rng.randint(1, 80)}"
    return [street, f"{fk.digits(4, True)} {fk.upper(2)} {rng.choice(NL_TOWNS)}"]


def _latin(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    lang = rng.choice(("en", "en", "nl", "de"))
    words = dict(zip(_KEYS, _WORDS[lang], strict=True))
    c, p, m, right = sheet(rng, (700, 780, 860), 1.6, cjk=False, base=800, margin=(0.05, 0.07))
    s, w = p.s, right - m
    f = p.font(17)
    y = m + 32 * s
    yard = fk.firm("de" if lang == "de" else "en").split()[0]
    yard += {"en": " Metals & Recycling", "nl": " Metaalrecycling B.V.", "de": " Schrott & Metall"}[
        lang
    ]
    c.text(m, y, yard, p.font(26, bold=True), "shop")
    y += 26 * s
    c.text(m, y, " · ".join(_yard_address(rng, fk, lang)), p.font(14), "shop_address")
    y += 22 * s
    licence = {"en": "Site licence ", "nl": "KvK ", "de": "Entsorgungsfachbetrieb Nr. "}[lang]
    c.text(m, y, licence + fk.digits(8, True), p.font(14), "tax_id")
    c.text(
        right,
        y,
        fk.office_phone("de" if lang == "de" else "en"),
        p.font(14),
        "shop_phone",
        anchor="rs",
    )
    y += 46 * s
    c.text(m, y, words["title"], p.font(24, bold=True), "label")
    ticket = {"en": "Ticket", "nl": "Weegbon", "de": "Wiegeschein"}[lang]
    c.line(
        right - 230 * s, y, [S(ticket + " ", "label"), S(fk.digits(6, True), "other")], f, fill=RED
    )
    y += 30 * s
    c.line(m, y, [S(fk.date("dmy") + f"  {rng.randint(7, 17)}:{fk.digits(2)}", "date")], p.font(15))
    y += 40 * s
    name, addr, phone, plate = motorist(rng, fk, lang)
    label_w = w * 0.26
    for label, spans in (
        (words["seller"], [S(name, "name")]),
        (words["addr"], addr),
        ("Tel." if lang != "en" else "Phone", [S(phone, "phone")]),
        (
            words["id"],
            [
                S(rng.choice(_IDS[lang]) + " ", "other"),
                S(fk.eu_id("de") if lang != "en" else fk.passport(), "id_number"),
            ],
        ),
        (words["plate"], [S(plate, "id_number")]),
    ):
        c.text(m, y, label, f, "label")
        c.line(m + label_w, y, spans, f)
        y += 30 * s
    y += 10 * s
    head = _TABLE[lang]
    rows: list[list[Cell]] = [[label_cell(t) for t in head[:5]]]
    money = "£{:.2f}" if lang == "en" else "€ {:.2f}"
    total = 0.0
    for mat, grade, rate in rng.sample(_GOODS[lang], rng.randint(2, 5)):
        kg = round(rng.uniform(2, 400), 1 if rng.random() < 0.6 else 0)
        total += kg * rate
        rows.append(
            [
                Cell.of(mat, "item"),
                Cell.of(grade, "item"),
                Cell.of(f"{kg:g}", "other", align="r"),
                Cell.of(f"{rate:.2f}", "price", align="r"),
                Cell.of(money.format(kg * rate), "price", align="r"),
            ]
        )
    rows.append(
        [
            Cell.of({"en": "TOTAL", "nl": "Totaal", "de": "Summe"}[lang], "label", span=4),
            Cell.of(money.format(total), "price", align="r"),
        ]
    )
    y = table(
        p,
        m,
        y,
        [w * k for k in (0.22, 0.24, 0.17, 0.15, 0.22)],
        rows,
        34 * s,
        p.font(15),
        cjk=False,
        line=1,
    )
    y += 36 * s
    paid = {"en": "Paid by BACS to a/c ", "nl": "Overgemaakt naar ", "de": "Überweisung auf "}[lang]
    account = (
        f"****{fk.digits(4)}"
        if lang == "en"
        else fk.iban_like().replace("GB", "NL" if lang == "nl" else "DE")
    )
    c.line(m, y, [S(paid, "label"), S(account, "id_number")], f)
    y += 40 * s
    y = word_wrap(p, m, y, [S(_NOTICE[lang], "footer")], p.font(13), w, 19 * s)
    y += 34 * s
    sig = {"en": "Seller's signature", "nl": "Handtekening verkoper", "de": "Unterschrift"}[lang]
    x = c.line(m, y, [S(sig + ":", "label")], f) + 12 * s
    handwritten(p, x, y, [S(name, "name")], 30, cjk=False, width=w * 0.5 - x + m)
    x = c.line(m + w * 0.58, y, [S(head[5] + ":", "label")], f) + 10 * s
    weigher = {"en": fk.en_first(upper=False), "nl": rng.choice(NL_FIRST)}.get(lang)
    handwritten(p, x, y, [S(weigher or fk.eu_name("de").split()[0], "name")], 28, cjk=False)
    y += 30 * s
    if rng.random() < 0.4:
        box_stamp(
            p,
            right - 100 * s,
            y - 110 * s,
            ({"en": "PAID", "nl": "BETAALD", "de": "BEZAHLT"}[lang],),
            18,
        )
    return _finish(c, y, 0, pad=m * 0.6)


def scrap_recycling_receipt(rng: random.Random) -> Canvas:
    """A scrap yard's purchase receipt: the seller's registration, the weighed lots and
    their prices, the clerk and the seller's signature."""
    fk = HouseholdFaker(rng)
    return rng.choices((_cn, _latin), weights=(55, 45))[0](rng, fk)


LAYOUTS = {"scrap_recycling_receipt": scrap_recycling_receipt}
