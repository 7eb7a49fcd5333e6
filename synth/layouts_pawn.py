"""Pawnbroking and second-hand trade: a pawn shop's ticket (当票), filled in by hand in
a printed ruled grid, or a German pawnshop's printed Pfandschein.

The 当票 is a grid of cells with the label in one cell and the value in the next,
no colon: the pledger's name, identity card number, address down to the room and
phone are personal; the pledged goods, their valuation, the loan in figures and
in capital numerals, the fee rate and the term are ordinary, as are the shop's
name, licence number and the printed terms. The clerk and the checker sign by
hand after role words. The Pfandschein prints the customer's block in German
with a date of birth and an identity card number, the pledge and the loan, and
the redemption rules.
"""

from __future__ import annotations

import random

from .fakedata_occasions import OccasionFaker
from .formkit import RED, Cell, box_stamp, handwritten, seal, sheet, table
from .kit import S, _finish
from .render import Canvas

_GOODS = (
    ("足金手镯", "1只", "克重32.5g"),
    ("铂金项链", "1条", "克重12.1g"),
    ("名表(钢带)", "1块", "附原装盒"),
    ("笔记本电脑", "1台", "含充电器"),
    ("金条", "2根", "每根50g"),
    ("钻石戒指", "1枚", "主石0.5克拉"),
)
_CAPS = "零壹贰叁肆伍陆柒捌玖"
_CN_TERMS = (
    "一、当户应凭本当票及本人身份证件赎当,当票遗失须及时挂失。",
    "二、典当期限届满后五日内既不赎当也不续当的,为绝当。",
    "三、当金利率按中国人民银行同期贷款利率执行,综合费率按月计收。",
)
_DE_GOODS = ("Goldkette 585, 18 g", "Armbanduhr Edelstahl", "Ring mit Brillant", "Notebook 15 Zoll")


def _capital(n: int) -> str:
    """An amount in capital numerals as pawn tickets require (thousands and below)."""
    out = ""
    for digit, unit in zip(f"{n:04d}", ("仟", "佰", "拾", ""), strict=True):
        if digit != "0":
            out += _CAPS[int(digit)] + unit
    return f"人民币{out}元整"


def _cn(rng: random.Random, fk: OccasionFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1240, 1300), 0.95, cjk=True, base=1240, margin=(0.05, 0.06))
    W, s, w = c.width, p.s, right - m
    f = p.font(22)
    shop = f"{rng.choice(('恒通', '金信', '宝源', '聚丰', '鼎盛'))}典当有限责任公司"
    y = m + 50 * s
    c.text(W / 2, y, shop, p.font(32, bold=True), "shop", anchor="ms")
    y += 60 * s
    c.text(W / 2, y, "当  票", p.font(40, bold=True), "label", anchor="ms")
    c.line(right - 300 * s, y, [S("No. ", "label"), S(fk.digits(8), "other")], f, fill=RED)
    y += 40 * s
    c.line(m, y, [S("典当经营许可证编码 ", "label"), S(fk.digits(10), "other")], p.font(18))
    c.line(m + w * 0.6, y, [S("填发日期 ", "label"), S(fk.date("cn"), "date")], p.font(18))
    y += 20 * s
    name = fk.cn_name(honorific=0.0)
    addr, _pc = fk.cn_address(with_door=1.0)
    goods, qty, note = rng.choice(_GOODS)
    value = rng.randrange(2000, 14000, 100)  # the loan stays under ten thousand
    loan = int(value * rng.choice((0.5, 0.6, 0.7)) // 100 * 100)
    rate = rng.choice(("2.7%", "3.0%", "4.2%"))
    start = fk.date("iso")
    months = rng.choice((1, 3, 6))
    h = lambda t, k: Cell.of(t, k, hand=True)  # noqa: E731 - a filled-in cell
    lab = lambda t, n=1: Cell.of(t, "label", span=n, align="c")  # noqa: E731
    rows = [
        [
            lab("当户名称"),
            h(name, "name"),
            lab("证件名称"),
            Cell.of("居民身份证", "other", hand=True),
        ],
        [lab("证件号码"), Cell.of(fk.cn_resident_id(), "id_number", hand=True, span=3)],
        [lab("住址"), Cell((*(S(t, k) for t, k in addr.segments),), hand=True, span=3)],
        [lab("联系电话"), h(fk.cn_mobile("plain"), "phone"), lab("当物名称"), h(goods, "other")],
        [lab("数量"), h(qty, "other"), lab("规格/成色"), h(note, "other")],
        [lab("估价金额"), h(f"¥{value:,}", "price"), lab("当金"), h(f"¥{loan:,}", "price")],
        [lab("当金(大写)"), Cell.of(_capital(loan), "price", hand=True, span=3)],
        [
            lab("月综合费率"),
            h(rate, "other"),
            lab("典当期限"),
            h(f"{months}个月 自{start}起", "date"),
        ],
    ]
    widths = (w * 0.16, w * 0.36, w * 0.16, w * 0.32)
    y = table(p, m, y, widths, rows, 62 * s, f, hand_px=30, cjk=True, line=max(2, int(3 * s)))
    y += 40 * s
    for term in _CN_TERMS:
        y = c.wrap(m, y, [S(term, "footer")], p.font(18), w, 28 * s, max_lines=2)
    y += 40 * s
    c.text(m, y, "当户签章", f, "label")
    handwritten(p, m + 110 * s, y, [S(name, "name")], 34, cjk=True, width=200 * s)
    for k, role in enumerate(("经办", "复核")):
        x = m + w * (0.4 + 0.22 * k)
        c.text(x, y, role, f, "label")
        handwritten(p, x + 60 * s, y, [S(fk.cn_name(honorific=0.0), "name")], 30, cjk=True)
    seal(p, right - 90 * s, y - 50 * s, 80 * s, shop[:6])
    return _finish(c, y + 10 * s, m)


def _de(rng: random.Random, fk: OccasionFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1000, 1100), 1.2, cjk=False, base=1000, margin=(0.06, 0.08))
    s, w = p.s, right - m
    f = p.font(22)
    lh = 34 * s
    town = rng.choice(("Kleinfurt", "Obernau", "Seehausen"))
    y = m + 40 * s
    c.text(
        m,
        y,
        f"Pfandhaus {rng.choice(('Lorenz', 'Stadtmitte', 'am Markt'))}",
        p.font(30, bold=True),
        "shop",
    )
    y += lh
    c.text(
        m,
        y,
        f"Marktplatz {rng.randint(1, 30)}, {town}  ·  Tel. 0{fk.digits(4)} {fk.digits(5)}",
        p.font(18),
        "other",
    )
    y += lh * 1.8
    c.text(m, y, "PFANDSCHEIN", p.font(36, bold=True), "label")
    c.line(right - 260 * s, y, [S("Nr. ", "label"), S(fk.digits(6), "other")], f, fill=RED)
    y += lh * 1.4
    name = fk.eu_name("de")
    street, town_line = fk.eu_address("de")
    col = m + 240 * s
    for label, spans in (
        ("Verpfänder", [S(name, "name")]),
        ("Anschrift", [S(street, "address")]),
        ("", [S(town_line, "address")]),
        ("Geburtsdatum", [S(fk.dob("dot"), "id_number")]),
        ("Ausweis-Nr.", [S(fk.eu_id("de"), "id_number")]),
        ("Telefon", [S(fk.eu_phone("de"), "phone")]),
    ):
        if label:
            c.text(m, y, label, f, "label")  # label column, no colon
        c.line(col, y, spans, f)
        y += lh
    y += lh * 0.6
    c.hline(m, right, y, width=1)
    y += lh
    loan = rng.randrange(100, 3000, 10)
    for label, text, kind in (
        ("Pfandgegenstand", rng.choice(_DE_GOODS), "item"),
        ("Darlehen", f"{loan},00 €", "price"),
        ("Gebühren/Monat", f"{loan * 0.03:.2f} €".replace(".", ","), "price"),
        ("Verfalltag", fk.date("dot"), "date"),
    ):
        c.text(m, y, label, f, "label")
        c.text(col, y, text, f, kind)
        y += lh
    y += lh * 0.5
    for rule in (
        "Das Pfand wird nur gegen Rückgabe dieses Scheins ausgelöst.",
        "Nicht eingelöste Pfänder werden nach Ablauf öffentlich versteigert.",
    ):
        y = c.wrap(m, y, [S(rule, "footer")], p.font(17), w, 26 * s, max_lines=2)
    y += lh * 1.6
    handwritten(p, m + 10 * s, y, [S(name, "name")], 34, cjk=False, width=w * 0.42)
    c.hline(m, m + w * 0.45, y + 10 * s, width=1)
    c.text(m, y + 34 * s, "Unterschrift Verpfänder", p.font(16), "label")
    box_stamp(p, m + w * 0.75, y - 20 * s, ("Pfandhaus", town), 18)
    return _finish(c, y + 40 * s, m)


def pawn_ticket(rng: random.Random) -> Canvas:
    """A pawnshop's ticket: a Chinese 当票 by hand in a grid, or a German Pfandschein."""
    fk = OccasionFaker(rng)
    return _cn(rng, fk) if rng.random() < 0.65 else _de(rng, fk)


LAYOUTS = {"pawn_ticket": pawn_ticket}
