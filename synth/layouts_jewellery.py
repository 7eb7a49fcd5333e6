"""Jewellery and precious metals: a gold shop's sales slip with its certificate. A
Chinese 销售单 / 质检证书 prints the shop over a customer grid (顾客姓名, 联系电话,
会员卡号), the items table (品名, 成色 足金999 / 18K金 / Pt950, 克重, 金价, 工费,
金额), the total in figures and capitals, the card's tail, the 刻字 request (two
names and a date to go inside a ring), the 营业员 and 收银员, the customer's
signature, the certificate's inspection lines and the buy-back terms. An English or
Italian receipt and certificate of authenticity, or an Indian jeweller's tax invoice
(22KT 916, HUID, making charges, GST, the customer's PAN), has the same parts.

Personal: the customer, the two names to engrave, salesperson and cashier (``name``),
phones, the membership number, a PAN or codice fiscale (``id_number``), the card's
last digits (``card_number``), an Indian customer's address. Ordinary: the shop and
its address, phone and tax number (business data), items, purities, weights, prices,
fees, totals, the engraving's date, certificate and item numbers, hallmarks, terms.
"""

from __future__ import annotations

import random

from .day_first import day_first
from .fakedata_errands import cn_capital
from .fakedata_households import HouseholdFaker
from .formkit import Cell, box_stamp, handwritten, sheet, table
from .formkit_marks import word_wrap
from .formkit_slips import firm_head, grid_rows, label_cell, serial_title
from .kit import S, _finish, joined_address
from .render import Canvas, Span

_CN_SHOPS = ("金福珠宝", "福瑞祥金店", "老凤楼黄金", "周生辉珠宝", "金玉缘银楼")
#: (item, purity, price per gram or 0 for a fixed price)
_CN_ITEMS = (
    ("足金手镯", "足金999", 1),
    ("足金吊坠", "足金999", 1),
    ("古法金戒指", "足金999", 1),
    ("18K金钻戒", "18K金(Au750)", 0),
    ("铂金对戒", "Pt950", 0),
    ("足金转运珠", "足金999.9", 1),
)
_CN_TERMS = (
    "1.本店所售黄金饰品凭此单及证书可按回购当日金价回收,工费不退;"
    "2.镶嵌类饰品七日内无人为损坏可换款;3.刻字商品不退不换;"
    "4.请妥善保管本单据,遗失不补。检验依据 GB 11887-2012。"
)
#: Language -> words of the slip and certificate.
_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "SALES RECEIPT & CERTIFICATE OF AUTHENTICITY",
        "customer": "Customer",
        "tel": "Tel",
        "member": "Loyalty no.",
        "cols": "Item|Metal|Weight (g)|Price/g|Labour|Amount",
        "total": "TOTAL",
        "paid": "Paid by card ending ",
        "engrave": "Engraving:",
        "sales": "Served by",
        "cashier": "Cashier",
        "sign": "Customer signature",
        "cert": "Certificate no.",
        "terms": "We certify that the items above are genuine and hallmarked as stated. "
        "Engraved items cannot be refunded. Bring this certificate for cleaning, "
        "resizing or our buy-back at the day's gold price less 10%.",
    },
    "it": {
        "title": "SCONTRINO E CERTIFICATO DI GARANZIA",
        "customer": "Cliente",
        "tel": "Tel.",
        "member": "Tessera n.",
        "cols": "Articolo|Titolo|Peso (g)|€/g|Lavoraz.|Importo",
        "total": "TOTALE",
        "paid": "Pagato con carta ****",
        "engrave": "Incisione:",
        "sales": "Venditore",
        "cashier": "Cassa",
        "sign": "Firma del cliente",
        "cert": "Certificato n.",
        "terms": "Si certifica che gli oggetti sopra descritti sono in oro del titolo "
        "indicato, con marchio di identificazione. Gli articoli incisi non si cambiano. "
        "Ritiro dell'usato al prezzo dell'oro del giorno.",
    },
    "in": {
        "title": "TAX INVOICE",
        "customer": "Customer",
        "tel": "Mobile",
        "member": "PAN",
        "cols": "Description|Purity|Net Wt (g)|Rate/g|Making|Amount",
        "total": "GRAND TOTAL",
        "paid": "Card XXXX ",
        "engrave": "Engraving:",
        "sales": "Salesman",
        "cashier": "Cashier",
        "sign": "Customer's signature",
        "cert": "HUID",
        "terms": "Gold rate as on date of invoice. CGST 1.5% + SGST 1.5% applicable. "
        "Old gold exchanged at 100% of current rate for 916 hallmarked jewellery. "
        "Subject to local jurisdiction. E.&O.E.",
    },
}
_ITEMS = {
    "en": (
        ("Wedding band", "18ct Au750"),
        ("Pendant", "9ct Au375"),
        ("Bangle", "22ct Au916"),
        ("Solitaire ring", "Pt950"),
    ),
    "it": (
        ("Fede nuziale", "Oro 18 kt 750"),
        ("Ciondolo", "Oro 18 kt 750"),
        ("Bracciale", "Oro bianco 750"),
        ("Anello", "Platino 950"),
    ),
    "in": (
        ("Necklace", "22KT 916"),
        ("Bangles (2)", "22KT 916"),
        ("Ear studs", "18KT 750"),
        ("Chain", "22KT 916"),
    ),
}
_SHOPS = {
    "en": ("Hallam & Reeve Jewellers", "The Gold Room", "Aurelia Fine Jewellery"),
    "it": ("Gioielleria Ferrante", "Oreficeria Bellini", "Gioielli Marchetti"),
    "in": ("Shree Lakshmi Jewellers", "Ratnakar Gold House", "Om Sai Jewels"),
}
_IT_FIRST = ("Giulia", "Marco", "Chiara", "Luca", "Francesca", "Alessandro", "Sara")
_IT_LAST = ("Rossi", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Greco")


_IT_STREETS = ("Via Roma", "Corso Garibaldi", "Via Mazzini", "Piazza dei Mille")
_IT_TOWNS = ("Bologna", "Verona", "Lucca", "Bari", "Vicenza")
_IN_BAZAARS = (
    "Zaveri Bazaar, Mumbai",
    "MG Road, Pune",
    "Chandni Chowk, Delhi",
    "T. Nagar, Chennai",
)


def _it_name(rng: random.Random) -> str:
    return f"{rng.choice(_IT_FIRST)} {rng.choice(_IT_LAST)}"


def _shop_line(rng: random.Random, fk: HouseholdFaker, lang: str) -> tuple[str, str]:
    """The shop's own address and phone, as its letterhead prints them."""
    n = rng.randint(1, 120)
    if lang == "it":
        where = f"{rng.choice(_IT_STREETS)} {n}, {fk.digits(5, True)} {rng.choice(_IT_TOWNS)}"
        return where, f"0{rng.randint(10, 99)} {fk.digits(7, True)}"
    if lang == "in":
        return f"Shop No. {n}, {rng.choice(_IN_BAZAARS)}", f"022-{fk.digits(8, True)}"
    return ", ".join(fk.office_address("en")), fk.office_phone("en")


def _money(value: int, lang: str) -> str:
    """1,520.00 in English, 1.520,00 in Italian, 1,27,252.00 (lakhs) in India."""
    if lang == "in":
        head, tail = str(value)[:-3], str(value)[-3:]
        pairs = [head[max(0, i - 2) : i] for i in range(len(head), 0, -2)][::-1]
        return ",".join([*pairs, tail]) + ".00"
    text = f"{value:,}.00"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".") if lang == "it" else text


def _engraving(a: str, b: str, date: str, sep: str) -> list[Span]:
    """The words to go inside a ring: two names (or initials) and a date."""
    return [S(a, "name"), S(sep, "other"), S(b, "name"), S("  " + date, "date")]


def _cn(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c, p, m, right = sheet(rng, (900, 980), 1.4, cjk=True, base=860, margin=(0.05, 0.07))
    s, w = p.s, right - m
    f = p.font(16)
    y = firm_head(
        p,
        m + 40 * s,
        m,
        right,
        rng.choice(_CN_SHOPS),
        fk.tax_id(),
        ("服务热线 ", "400-" + fk.digits(3) + "-" + fk.digits(4)),
    )
    y += 20 * s
    c.text(m, y, fk.shop_address("cn"), p.font(14), "shop_address")
    y += 56 * s
    serial_title(p, y, right, rng.choice(("销售单", "黄金饰品销售凭证")), fk.digits(8), f)
    y += 22 * s
    hand = rng.random() < 0.5
    customer = fk.cn_name(honorific=0.0)
    rows = grid_rows(
        [
            [
                ("顾客姓名", customer, "name"),
                ("联系电话", fk.cn_mobile(), "phone"),
            ],
            [("会员卡号", fk.member_card(), "id_number"), ("日期", fk.date("cn"), "date")],
        ],
        hand=hand,
    )
    y = (
        table(p, m, y, (w * 0.14, w * 0.36, w * 0.14, w * 0.36), rows, 44 * s, f, hand_px=26)
        + 26 * s
    )
    gold = rng.randint(580, 820)
    head = [label_cell(t) for t in ("品名", "成色", "克重(g)", "金价(元/g)", "工费", "金额")]
    body, total = [head], 0
    chosen = rng.sample(_CN_ITEMS, rng.randint(1, 3))
    for item, purity, by_gram in chosen:
        grams = rng.uniform(1.5, 30.0)
        fee = rng.choice((0, 30, 50, 80, 120)) if by_gram else rng.randint(0, 300)
        amount = round(grams * gold + fee) if by_gram else rng.randint(1800, 16000)
        total += amount
        body.append(
            [
                Cell.of(item, "item"),
                Cell.of(purity, "item"),
                Cell.of(f"{grams:.2f}", "price", align="r"),
                Cell.of(str(gold) if by_gram else "—", "price", align="r"),
                Cell.of(str(fee), "price", align="r"),
                Cell.of(f"{amount:.2f}", "price", align="r"),
            ]
        )
    body.append(
        [
            label_cell("合计(大写)"),
            Cell.of(cn_capital(total), "price", span=3),
            label_cell("¥"),
            Cell.of(f"{total:.2f}", "price", align="r"),
        ]
    )
    widths = (w * 0.2, w * 0.2, w * 0.14, w * 0.16, w * 0.12, w * 0.18)
    y = table(p, m, y, widths, body, 42 * s, f) + 40 * s
    pay = [
        S("付款方式:", "label"),
        S(rng.choice(("银行卡", "信用卡")) + " 尾号 ", "other"),
        S(fk.tail4(), "card_number"),
    ]
    c.line(m, y, pay, f)
    y += 40 * s
    if rng.random() < 0.75:  # a ring engraved with the couple's names
        x = c.line(m, y, [S("刻字内容:", "label")], f) + 10 * s
        a, b = (
            customer if rng.random() < 0.5 else fk.cn_name(honorific=0.0),
            fk.cn_name(honorific=0.0),
        )
        if rng.random() < 0.4:
            a, b = fk.pinyin_name().split()[0].upper(), fk.pinyin_name().split()[0].upper()
        handwritten(p, x, y, _engraving(a, b, fk.date().replace("-", "."), " & "), 26, cjk=True)
        y += 44 * s
    x = c.line(m, y, [S("营业员:", "label")], f) + 8 * s
    x = handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 26, cjk=True) + 30 * s
    x = c.line(x, y, [S("收银员:", "label")], f) + 8 * s
    x = handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 26, cjk=True) + 30 * s
    x = c.line(x, y, [S("顾客签名:", "label")], f) + 8 * s
    handwritten(p, x, y, [S(customer, "name")], 28, cjk=True)
    y += 50 * s
    c.hline(m, right, y - 20 * s, width=1, dash=8)
    c.text(m, y + 10 * s, "质量检验证书", p.font(22, bold=True), "label")
    cert = [S("证书编号:", "label"), S(fk.digits(4) + fk.upper(1) + fk.digits(6), "other")]
    c.line(m + w * 0.45, y + 10 * s, cert, f)
    y += 44 * s
    for k, v in (
        ("检验结论", chosen[0][1].split("(")[0] + "(合格)"),  # the certificate's own piece
        ("货品编号", fk.digits(13, True)),  # the piece's tag, not the buyer's
        ("检验机构", "国家珠宝玉石质量监督检验中心"),
    ):
        c.line(m, y, [S(k + ":", "label"), S(v, "other")], f)
        y += 28 * s
    box_stamp(p, right - w * 0.16, y - 50 * s, ("质检合格", "QC"), 16)
    y += 10 * s
    y = c.wrap(m, y, [S(_CN_TERMS, "footer")], p.font(13), w, 20 * s, max_lines=5)
    return _finish(c, y, 0, pad=m * 0.6)


def _latin(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    lang = rng.choice(("en", "it", "in"))
    t = _WORDS[lang]
    c, p, m, right = sheet(rng, (820, 900), 1.4, cjk=False, base=840, margin=(0.05, 0.07))
    s, w = p.s, right - m
    f = p.font(16)
    person = {"en": fk.en_name, "it": lambda: _it_name(rng), "in": fk.in_name}[lang]
    phone = {
        "en": fk.uk_phone,
        "it": lambda: f"3{fk.digits(2)} {fk.digits(3)} {fk.digits(4)}",
        "in": fk.in_phone,
    }[lang]
    where, shop_tel = _shop_line(rng, fk, lang)
    tax = (
        ("GSTIN " + fk.digits(2) + fk.upper(5) + fk.digits(4) + fk.upper(1) + "1Z" + fk.alnum(1))
        if lang == "in"
        else ("P.IVA " + fk.digits(11) if lang == "it" else "VAT " + fk.digits(9))
    )
    y = firm_head(p, m + 40 * s, m, right, rng.choice(_SHOPS[lang]), tax, ("Tel ", shop_tel))
    y += 20 * s
    c.text(m, y, where, p.font(13), "shop_address")
    y += 52 * s
    c.text(c.width / 2, y, t["title"], p.font(22, bold=True), "label", anchor="ms")
    y += 40 * s
    hand = rng.random() < 0.5
    customer = person()
    who = [S(t["customer"] + ": ", "label"), S(customer, "name")]
    c.line(m, y, who, f)
    c.line(m + w * 0.58, y, [S(t["tel"] + ": ", "label"), S(phone(), "phone")], f)
    y += 30 * s
    if lang == "in":
        pan = fk.upper(5) + fk.digits(4) + fk.upper(1)
        c.line(m, y, [S("PAN: ", "label"), S(pan, "id_number")], f)
        y += 28 * s
        y = word_wrap(
            p, m, y, [S("Address: ", "label"), *joined_address(fk.in_address())], f, w, 26 * s
        )
    else:
        member = fk.loyalty_no() if lang == "en" else fk.member_card()
        if lang == "it":  # Italian receipts carry the buyer's tax code
            cf = f"{fk.upper(6)}{fk.digits(2)}{fk.upper(1)}{fk.digits(2)}{fk.upper(1)}{fk.digits(3)}{fk.upper(1)}"
            c.line(m + w * 0.58, y, [S("C.F. ", "label"), S(cf, "id_number")], f)
        c.line(m, y, [S(t["member"] + ": ", "label"), S(member, "id_number")], f)
        y += 28 * s
    c.line(
        m,
        y,
        [S("Date: " if lang != "it" else "Data: ", "label"), S(day_first(fk.date()), "date")],
        f,
    )
    y += 20 * s
    rate = rng.randint(45, 95) if lang != "in" else rng.randint(6200, 7600)
    head = [label_cell(x) for x in t["cols"].split("|")]
    body, total = [head], 0
    for item, metal in rng.sample(_ITEMS[lang], rng.randint(1, 3)):
        grams = rng.uniform(2.0, 40.0)
        making = round(grams * rate * rng.uniform(0.08, 0.18))
        amount = round(grams * rate) + making
        total += amount
        figures = (f"{grams:.3f}", str(rate), str(making), _money(amount, lang))
        row = [Cell.of(item, "item"), Cell.of(metal, "item")]
        body.append(row + [Cell.of(v, "price", align="r") for v in figures])
    body.append(
        [
            label_cell(t["total"]),
            Cell.of("", "other", span=4),
            Cell.of(_money(total, lang), "price", align="r"),
        ]
    )
    widths = (w * 0.22, w * 0.19, w * 0.14, w * 0.13, w * 0.13, w * 0.19)
    y = table(p, m, y, widths, body, 40 * s, f, cjk=False) + 34 * s
    c.line(m, y, [S(t["paid"], "label"), S(fk.tail4(), "card_number")], f)
    cert = fk.upper(2) + fk.digits(6) if lang != "in" else fk.alnum(6)
    c.line(m + w * 0.58, y, [S(t["cert"] + " ", "label"), S(cert, "other")], f)
    y += 40 * s
    if lang != "in" or rng.random() < 0.3:
        x = c.line(m, y, [S(t["engrave"], "label")], f) + 10 * s
        a, b = person().split()[0], person().split()[0]
        handwritten(
            p,
            x,
            y,
            _engraving(a, b, day_first(fk.date(), "."), rng.choice((" & ", " e ", " + "))),
            28,
            cjk=False,
        )
        y += 46 * s
    x = c.line(m, y, [S(t["sales"] + ": ", "label")], f) + 6 * s
    x = handwritten(p, x, y, [S(person().split()[0], "name")], 26, cjk=False) + 40 * s
    x = c.line(x, y, [S(t["sign"] + ": ", "label")], f) + 6 * s
    handwritten(p, x, y, [S(customer if hand else customer.split()[-1], "name")], 30, cjk=False)
    y += 48 * s
    c.hline(m, right, y - 20 * s, width=1)
    y = word_wrap(p, m, y, [S(t["terms"], "footer")], p.font(13), w, 20 * s)
    return _finish(c, y, 0, pad=m * 0.6)


def jewellery_purchase_certificate(rng: random.Random) -> Canvas:
    """A gold shop's sales slip and certificate: customer, phone, membership number,
    items by weight and purity, the card's tail, the engraving, the salesperson."""
    fk = HouseholdFaker(rng)
    return rng.choices((_cn, _latin), weights=(50, 50))[0](rng, fk)


LAYOUTS = {"jewellery_purchase_certificate": jewellery_purchase_certificate}
