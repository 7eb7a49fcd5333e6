"""Hand-written cash receipts. A page torn from a stationery shop's 收据 book: the
printed "收 据" with its red serial, 第一联 / 第二联 / 第三联 running down the edge, and
the blanks filled in by hand (今收到 <payer> 交来 <purpose>, 人民币(大写) …, ¥ …, 收款单位,
收款人, 经手人). A second or third copy is tinted paper with the writing in carbon and a
faint doubled trace. Landlords write the rented room inside the purpose (锦绣花园3栋
2单元502室 2026年1-3月房租); a deposit notes the payer's phone or ID number; a school
names the child whose fees were paid. An English duplicate-book "RECEIPT" (Received
from …, the sum of …, being payment for …, Cash / Cheque No., Received by) or a Spanish
"RECIBÍ de … la cantidad de … en concepto de …" with the DNI and the signature.

Personal: the payer, the receiver and the clerk (``name``, signed or written), a child
or tenant named in the purpose, the payer's phone and ID or DNI number, a rented room
(``address`` and ``door``). Ordinary: the printed form, serials, a cheque's number (it
names a leaf of a book, as on a cheque), the book maker's imprint, dates, amounts in figures and in words,
purpose words, payment ticks, the receiving firm's name and seal.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from .fakedata_errands import cn_capital, en_words
from .fakedata_money import MoneyFaker
from .formkit import RED, seal
from .formkit_blanks import tick_box, upright_word
from .formkit_slips import serial_title
from .kit import Faces, Pen, S, _finish, _ink, hand_font
from .render import Canvas, Span

#: Paper of the copies in a carbonless book: white, pink, yellow, pale blue.
_COPIES = (
    ("第一联 存根", (250, 250, 248)),
    ("第二联 交付款人", (250, 226, 232)),
    ("第三联 记账", (250, 244, 205)),
    ("第二联 客户", (222, 236, 250)),
)
_CARBON = (78, 62, 150)  # the purple-blue a carbon copy leaves
_CN_PURPOSES = ("押金", "货款", "定金", "装修款", "车位租金", "物业费", "学费", "房租")
_CN_GOODS = ("水泥", "瓷砖", "办公桌椅", "打印纸", "空调安装", "茶叶")
_CN_TERMS = ("春季班", "暑假班", "秋季学期", "钢琴课")
_CN_BOOKS = ("立信", "强林", "得力", "晨光")
_EN_FOR = (
    "Rent for {room}, {month}",
    "Deposit on {room}",
    "Piano lessons ({child})",
    "Invoice 2231",
)
_MONTHS = ("January", "February", "March", "April", "May", "June", "September", "October")
_ES_CONCEPTO = (
    "alquiler de la vivienda sita en {room}, mes de {mes}",
    "fianza del piso de {room}",
    "clases particulares de {child}",
    "señal por la compra de un sofá",
)
_ES_MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "octubre")
#: Round amounts a Spanish receipt spells out, with their words.
_ES_AMOUNTS = (
    (350, "trescientos cincuenta"),
    (400, "cuatrocientos"),
    (450, "cuatrocientos cincuenta"),
    (600, "seiscientos"),
    (750, "setecientos cincuenta"),
    (900, "novecientos"),
    (1200, "mil doscientos"),
)


class _Book:
    """Writing on one copy of a receipt book: ballpoint on the top copy, carbon with a
    faint doubled trace on the copies under it."""

    def __init__(self, p: Pen, cjk: bool, carbon: bool) -> None:
        self.p, self.cjk, self.carbon = p, cjk, carbon
        self.ink = _CARBON if carbon else p.r.choice(((25, 35, 120), (30, 30, 35)))
        self.shift = (p.r.uniform(2, 5) * p.s, p.r.uniform(-3, 3) * p.s)

    def write(self, x: float, y: float, spans: Sequence[Span], px: float, width: float) -> float:
        p = self.p
        f = hand_font(p, px, cjk=self.cjk)
        text = "".join(sp.text for sp in spans)
        while f.size > 12 and p.width(text, f) > width:
            f = f.font_variant(size=int(f.size * 0.9))
        if self.carbon:  # the pressure of the pen shows twice, faintly, off register
            dx, dy = self.shift
            p.c.text(x + dx, y + dy, text, f, "other", fill=(200, 190, 225), record=False)
        return p.c.line(x, y, list(spans), f, fill=self.ink)


def _blank(book: _Book, x: float, x1: float, y: float, label: str, value: Sequence[Span]) -> None:
    """A printed label, a rule to ``x1`` and the value written on it."""
    p = book.p
    lx = p.c.line(x, y, [S(label, "label")], p.font(19)) + 10 * p.s
    p.c.hline(lx, x1, y + 8 * p.s, width=1)
    book.write(lx + 8 * p.s, y, value, 30, x1 - lx - 14 * p.s)


def _book_page(rng: random.Random, cjk: bool) -> tuple[Canvas, str, _Book]:
    """A landscape receipt-book page on the paper of one of its copies, the name of
    that copy and the pen (carbon on a tinted copy) its blanks are filled in with."""
    copy, paper = rng.choice(_COPIES)
    w = rng.choice((900, 960, 1000))
    c = Canvas(w, int(w * 0.9), paper=paper, ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=cjk), w / 900)
    return c, copy, _Book(p, cjk, paper[1] < 245)


def _cn_purpose(rng: random.Random, fk: MoneyFaker) -> tuple[list[Span], list[Span]]:
    """What the money is for (may hold a room or a child) and a contact line if any."""
    kind = rng.choice(_CN_PURPOSES)
    year = rng.choice((2025, 2026))
    if kind == "房租":
        a = rng.randint(1, 10)
        spans = [
            S(fk.cn_estate(), "address"),
            S(fk.cn_door(), "door"),
            S(f" {year}年{a}-{a + 2}月房租", "other"),
        ]
    elif kind == "押金":
        spans = [
            S(f"{fk.cn_estate()}", "address"),
            S(fk.cn_door(), "door"),
            S(" 租房押金", "other"),
        ]
        if rng.random() < 0.4:
            spans = [S(rng.choice(("钥匙押金", "门禁卡押金", "工具押金")), "other")]
    elif kind == "学费":
        child = fk.cn_name(honorific=0.0)
        spans = [S(child, "name"), S(f" {year}年{rng.choice(_CN_TERMS)}学费", "other")]
    elif kind == "货款":
        spans = [S(f"{rng.choice(_CN_GOODS)}货款", "other")]
    else:
        spans = [S(kind, "other")]
    contact: list[Span] = []
    # a deposit or a receipt naming no room notes how to reach the payer
    if kind in ("押金", "定金", "车位租金") or not any(sp.category == "door" for sp in spans):
        contact = rng.choice(
            (
                [S("电话 ", "other"), S(fk.cn_mobile(), "phone")],
                [S("身份证 ", "other"), S(fk.cn_resident_id(), "id_number")],
                [S(fk.cn_mobile_digits(), "phone")],
            )
        )
    return spans, contact


def _cn(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, copy, book = _book_page(rng, True)
    p, s, W = book.p, book.p.s, c.width
    m, right = 50 * s, W - 80 * s
    f = p.font(19)
    y = 70 * s
    serial_title(
        p, y, right, rng.choice(("收 据", "收  款  收  据", "收 款 凭 证")), fk.digits(7), f
    )
    y += 50 * s
    year, mon, day = rng.choice((2025, 2026)), rng.randint(1, 12), rng.randint(1, 28)
    x = c.line(W / 2 - 130 * s, y, [S("日期:", "label")], f) + 8 * s
    x = book.write(x, y, [S(str(year), "date")], 26, 90 * s) + 4 * s
    x = c.line(x, y, [S("年", "label")], f) + 6 * s
    x = book.write(x, y, [S(str(mon), "date")], 26, 40 * s) + 4 * s
    x = c.line(x, y, [S("月", "label")], f) + 6 * s
    x = book.write(x, y, [S(str(day), "date")], 26, 40 * s) + 4 * s
    c.line(x, y, [S("日", "label")], f)
    top = y + 20 * s
    c.box(m, top, right, top + 270 * s, width=2)
    payer = fk.cn_name(honorific=0.0)
    purpose, contact = _cn_purpose(rng, fk)
    yuan = rng.choice((rng.randint(2, 60) * 100, rng.randint(300, 9000), rng.randint(10, 80) * 500))
    y = top + 50 * s
    _blank(book, m + 16 * s, right - 16 * s, y, "今收到", [S(payer, "name")])
    y += 60 * s
    _blank(
        book,
        m + 16 * s,
        right - 16 * s,
        y,
        "交 来",
        [*purpose, *([S("  ", "other")] if contact else []), *contact],
    )
    y += 60 * s
    _blank(book, m + 16 * s, right - 250 * s, y, "人民币(大写)", [S(cn_capital(yuan), "price")])
    x = c.line(right - 230 * s, y, [S("¥", "label")], p.font(24)) + 8 * s
    book.write(
        x, y, [S(f"{yuan:,}.00" if rng.random() < 0.5 else f"{yuan}.00", "price")], 30, 200 * s
    )
    y += 56 * s
    x = m + 16 * s
    for way in ("现金", "微信", "支付宝", "转账"):
        x = tick_box(p, x, y, way, way == "现金" or rng.random() < 0.15, f) + 24 * s
    y = top + 270 * s + 44 * s
    third = (right - m) / 3
    c.line(m, y, [S("收款单位(盖章)", "label")], f)
    if rng.random() < 0.6:  # a firm's seal; a private landlord has none
        firm = fk.cn_company()
        seal(p, m + 100 * s, y - 14 * s, 58 * s, firm)  # stamped over its label
    x = c.line(m + third, y, [S("收款人:", "label")], f) + 8 * s
    book.write(x, y, [S(fk.cn_name(honorific=0.0), "name")], 32, third - 90 * s)
    x = c.line(m + 2 * third, y, [S("经手人:", "label")], f) + 8 * s
    clerk = fk.cn_name(honorific=0.0)
    book.write(x, y, [S(clerk if rng.random() < 0.7 else clerk[0], "name")], 32, third - 90 * s)
    upright_word(p, right + 40 * s, top + 150 * s, copy.replace(" ", ""), p.font(16), "other")
    y += 50 * s
    maker = f"{rng.choice(_CN_BOOKS)} {rng.choice(('243', '282', '241'))}-{rng.randint(32, 64)}K 无碳复写"
    c.text(m, y, maker, p.font(13), "footer", fill=(120, 120, 120))
    return _finish(c, y, 0, pad=24 * s)


def _room_en(rng: random.Random, fk: MoneyFaker) -> list[Span]:
    line, _ = fk.uk_address()
    return [S(t, k) for t, k in line.segments]


def _en(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, _, book = _book_page(rng, False)
    p, s, W = book.p, book.p.s, c.width
    m, right = 50 * s, W - 50 * s
    f = p.font(19)
    y = 70 * s
    c.text(m, y, "RECEIPT", p.font(34, bold=True), "label")
    c.line(
        right - 200 * s,
        y,
        [S("No. ", "label"), S(fk.digits(4, True), "other")],
        p.font(24),
        fill=RED,
    )
    y += 56 * s
    _blank(
        book,
        right - 330 * s,
        right,
        y,
        "Date",
        [S(f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/{rng.choice((25, 26))}", "date")],
    )
    y += 60 * s
    payer = fk.en_name()
    who = [S(payer, "name")]
    if rng.random() < 0.35:
        who = [S(rng.choice(("Mrs ", "Mr ", "Ms ")), "other"), S(payer.split()[-1], "name")]
    _blank(book, m, right, y, "Received from", who)
    amount = rng.choice((rng.randint(2, 40) * 25, rng.randint(60, 2400)))
    y += 60 * s
    _blank(book, m, right, y, "the sum of", [S(f"{en_words(amount)} pounds only", "price")])
    y += 60 * s
    kind = rng.choice(_EN_FOR)
    parts: list[Span] = []
    head, _, tail = kind.partition("{")
    if head:
        parts.append(S(head, "other"))
    if tail:
        key, _, rest = tail.partition("}")
        parts += _room_en(rng, fk) if key == "room" else [S(fk.en_first(upper=False), "name")]
        rest = rest.replace("{month}", rng.choice(_MONTHS))
        parts += [S(rest, "other")] if rest else []
    _blank(book, m, right, y, "being payment for", parts)
    if not any(sp.category == "address" for sp in parts):  # the payer's address instead
        y += 60 * s
        _blank(book, m, right, y, "of (address)", _room_en(rng, fk))
    y += 70 * s
    cheque = rng.random() < 0.4
    x = tick_box(p, m, y, "Cash", not cheque, f) + 30 * s
    x = tick_box(p, x, y, "Cheque No.", cheque, f) + 8 * s
    c.hline(x, x + 160 * s, y + 8 * s, width=1)
    if cheque:
        book.write(x + 6 * s, y, [S(fk.digits(6), "other")], 28, 150 * s)
    bx = right - 250 * s
    c.box(bx, y - 34 * s, right, y + 14 * s, width=2)
    c.text(bx + 10 * s, y, "£", p.font(26, bold=True), "label")
    book.write(bx + 44 * s, y, [S(f"{amount}.00", "price")], 32, 190 * s)
    y += 60 * s
    rows = (("Account total", amount + rng.choice((0, 0, 150, 400))), ("This payment", amount))
    for label, value in rows:
        c.text(m, y, label, p.font(16), "label")
        c.text(m + 200 * s, y, f"£{value:,}.00", p.font(16), "price")
        y += 28 * s
    c.text(m, y, "Balance due", p.font(16), "label")
    c.text(m + 200 * s, y, f"£{rows[0][1] - amount:,}.00", p.font(16), "price")
    _blank(book, W / 2, right, y, "Received by", [S(fk.en_name(), "name")])
    y += 40 * s
    c.text(m, y, "Duplicate book 5×2½ in. — 50 sets", p.font(12), "footer", fill=(120, 120, 120))
    return _finish(c, y, 0, pad=24 * s)


def _es(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, _, book = _book_page(rng, False)
    p, s, W = book.p, book.p.s, c.width
    m, right = 50 * s, W - 50 * s
    f = p.font(19)
    amount, words = rng.choice(_ES_AMOUNTS)
    y = 70 * s
    c.text(m, y, "RECIBO", p.font(34, bold=True), "label")
    c.line(W / 2 - 40 * s, y, [S("Nº ", "label"), S(fk.digits(6), "other")], p.font(22), fill=RED)
    x = c.line(right - 240 * s, y, [S("Por € ", "label")], p.font(22)) + 6 * s
    book.write(x, y, [S(f"{amount},00", "price")], 32, 160 * s)
    y += 70 * s
    payer = fk.eu_name("es")
    x = c.line(m, y, [S("RECIBÍ de D./Dña.", "label")], f) + 10 * s
    c.hline(x, right, y + 8 * s, width=1)
    book.write(x + 8 * s, y, [S(payer, "name")], 30, right - x - 16 * s)
    y += 60 * s
    _blank(book, m, right * 0.6, y, "con DNI", [S(fk.eu_id("es"), "id_number")])
    y += 60 * s
    _blank(book, m, right, y, "la cantidad de", [S(f"{words} euros", "price")])
    y += 60 * s
    template = rng.choice(_ES_CONCEPTO)
    head, _, tail = template.partition("{")
    parts = [S(head, "other")]
    if tail:
        key, _, rest = tail.partition("}")
        street = fk.eu_address("es")[0]
        street, _, floor = street.rpartition(", ")
        piece = [S(street, "address"), S(", ", "other"), S(floor, "door")]
        parts += piece if key == "room" else [S(fk.eu_name("es").split()[0], "name")]
        parts += [S(rest.replace("{mes}", rng.choice(_ES_MESES)), "other")]
    _blank(book, m, right, y, "en concepto de", parts)
    y += 70 * s
    town = fk.eu_address("es")[1].split(" ", 1)[1]
    c.line(
        m,
        y,
        [S(f"En {town}, a {rng.randint(1, 28)} de {rng.choice(_ES_MESES)} de 2026", "date")],
        f,
    )
    y += 60 * s
    x = c.line(W / 2, y, [S("Firmado:", "label")], f) + 10 * s
    receiver = fk.eu_name("es")
    book.write(
        x, y, [S(receiver.split()[0][0] + ". " + receiver.split()[1], "name")], 34, right - x
    )
    y += 40 * s
    c.line(W / 2, y, [S("Fdo.: ", "label"), S(receiver, "name")], p.font(16))
    return _finish(c, y, 0, pad=30 * s)


def cash_receipt_voucher(rng: random.Random) -> Canvas:
    """A receipt-book page filled in by hand: who paid, for what (a room, a child's
    fees, a deposit with a phone or ID), the amount in words and figures, who received."""
    fk = MoneyFaker(rng)
    return rng.choices((_cn, _en, _es), weights=(55, 25, 20))[0](rng, fk)


LAYOUTS = {"cash_receipt_voucher": cash_receipt_voucher}
