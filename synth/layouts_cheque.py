"""Personal bank cheques: a Chinese 转账支票 / 现金支票 with its 存根 counterfoil (the
date and the amount in capital numerals, the drawer's account, a 支付密码 and the
drawer's square name seal), an English personal cheque (US: the drawer's printed
name and address top left, "Pay to the order of", a memo line; UK: "Pay ... or
order", A/C payee crossing, the drawer's name printed under the signature, often a
counterfoil), or a French chèque (Payez contre ce chèque ... à l'ordre de).

Personal: the drawer's name (printed, signed, on the seal), address, the account
number wherever it shows (the account field, the MICR line's account part, the
French RIB line), the payment password (``id_number``: it unlocks the drawer's
account), the payee when a person, and a person named in the memo. Ordinary: the
bank, branch and its address, sort code and routing number (the branch's), the
cheque serial number (it names a leaf of a book, as a ticket serial does), dates,
amounts in words and figures, printed boilerplate and labels.
"""

from __future__ import annotations

import random

from .fakedata_errands import cn_capital, en_words
from .fakedata_households import HouseholdFaker
from .formkit import RED, handwritten
from .formkit_blanks import char_boxes
from .kit import Faces, Pen, S, _finish, joined_address
from .render import Canvas, Span

_CN_BANKS = ("中国工商银行", "中国建设银行", "中国农业银行", "交通银行", "招商银行")
_CN_BRANCHES = ("江州分行营业部", "临川支行", "平阳路支行", "云城开发区支行", "安和东路支行")
_CN_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_CN_USES = ("货款", "还款", "房租", "装修款", "学费", "劳务费", "往来款")
_AMOUNT_UNITS = "亿千百十万千百十元角分"
_EN_MEMOS = ("Rent - December", "Piano lessons", "Deposit", "School trip", "Roof repair", "Gift")
#: French amounts with their words as a cheque writer spells them (a table, not a speller).
_FR_AMOUNTS = (
    (45, "quarante-cinq euros"),
    (120, "cent vingt euros"),
    (250, "deux cent cinquante euros"),
    (380, "trois cent quatre-vingts euros"),
    (1200, "mille deux cents euros"),
    (75.5, "soixante-quinze euros et cinquante centimes"),
    (3460, "trois mille quatre cent soixante euros"),
)


def cn_date_capital(y: int, m: int, d: int) -> tuple[str, str, str]:
    """A cheque's date in capitals: 贰零贰陆, 零壹拾, 壹拾伍. Months 1, 2 and 10, days
    below 10 and 10, 20, 30 take a leading 零 so nothing can be written in front."""

    def part(v: int, zero: bool) -> str:
        text = (
            _CN_DIGITS[v]
            if v < 10
            else "".join((_CN_DIGITS[v // 10], "拾", _CN_DIGITS[v % 10] if v % 10 else ""))
        )
        return ("零" if zero else "") + text

    year = "".join(_CN_DIGITS[int(ch)] for ch in str(y))
    return year, part(m, m in (1, 2, 10)), part(d, d < 10 or d % 10 == 0)


def _dmy(rng: random.Random, us: bool) -> str:
    y, m, d = rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return f"{m:02d}/{d:02d}/{y}" if us else f"{d:02d}/{m:02d}/{y}"


def name_seal(p: Pen, cx: float, cy: float, side: float, name: str) -> None:
    """A square red personal seal: the name read in columns from the right, 印 or 之印
    after a short name; the name is one ``name`` item, 之 and 印 ordinary."""
    chars = list(name + {2: "之印", 3: "印"}.get(len(name), ""))[:4]
    p.c.draw.rectangle(
        [cx - side / 2, cy - side / 2, cx + side / 2, cy + side / 2],
        outline=RED,
        width=max(2, round(3 * p.s)),
    )
    f = p.font(side * 0.36 / p.s, bold=True)
    boxes = []
    for i, ch in enumerate(chars):
        col, row = divmod(i, 2)
        x = cx + side * (0.22 if col == 0 else -0.22)
        y = cy + side * (-0.22 if row == 0 else 0.22)
        kind = "name" if i < len(name) else "other"
        b = p.c.text(x, y, ch, f, kind, anchor="mm", fill=RED, record=kind == "other")
        if b and kind == "name":
            boxes.append(b)
    if boxes:
        x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
        p.c.add(name, "name", True, (x0, y0, max(b[2] for b in boxes), max(b[3] for b in boxes)))


def _cn(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    w = rng.choice((1200, 1300))
    c = Canvas(w, int(w * 0.43), paper=(236, 244, 236), ink=(20, 50, 40))
    p = Pen(rng, c, Faces.pick(rng, cjk=True), c.width / 1200)
    s, W = p.s, c.width
    m, stub = 20 * s, W * 0.25
    bank = rng.choice(_CN_BANKS)
    kind = rng.choice(("转账支票", "现金支票"))
    serial = f"{rng.choice(('1020', '3010', '1030'))}{fk.digits(4)}  {fk.digits(8)}"
    name = fk.cn_name(honorific=0.0)
    payee = fk.cn_name(honorific=0.0) if rng.random() < 0.8 else fk.cn_shop()
    yuan = rng.choice((800, 2600, 12000, 45800, 136000)) + rng.randint(0, 9) * 10
    when = (rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28))
    use = rng.choice(_CN_USES)
    f, small, hpx = p.font(18), p.font(15), 26
    # The counterfoil: what the drawer keeps in the book.
    for yy in range(int(m), int(c.height - m), int(14 * s)):
        c.draw.line([(stub, yy), (stub, yy + 7 * s)], fill=c.ink, width=1)
    y = m + 34 * s
    c.text(stub / 2, y, bank, p.font(17, bold=True), "shop", anchor="ms")
    c.text(stub / 2, y + 30 * s, kind + "存根", p.font(19, bold=True), "label", anchor="ms")
    c.text(stub / 2, y + 58 * s, serial, p.font(14, mono=True), "other", anchor="ms")
    y += 100 * s
    c.text(m, y, "附加信息", small, "label")
    y += 60 * s
    stub_rows = [
        ("出票日期", [S(f"{when[0]}年{when[1]}月{when[2]}日", "date")]),
        ("收款人:", [S(payee, "name" if len(payee) < 5 else "shop")]),
        ("金  额:", [S(f"¥{yuan:,}.00", "price")]),
        ("用  途:", [S(use, "other")]),
    ]
    for label, value in stub_rows:
        x = c.line(m, y, [S(label, "label")], small) + 6 * s
        handwritten(p, x, y, value, 22, cjk=True, width=stub - x - 10 * s)
        c.hline(x, stub - 12 * s, y + 6 * s, width=1)
        y += 48 * s
    c.line(m, y + 10 * s, [S("单位主管", "label"), S("   ", "other"), S("会计", "label")], small)
    # The cheque itself.
    x0, x1 = stub + 20 * s, W - m
    c.box(x0, m, x1, c.height - m - 40 * s, width=2)
    y = m + 46 * s
    c.line(x0 + 150 * s, y, [S(bank, "shop"), S("  " + kind, "label")], p.font(26, bold=True))
    c.text(x1 - 12 * s, y, serial, p.font(17, mono=True), "other", anchor="rs", fill=RED)
    y += 56 * s
    yr, mo, dy = cn_date_capital(*when)
    x = c.line(x0 + 16 * s, y, [S("出票日期(大写)", "label")], f) + 10 * s
    for value, unit in ((yr, "年"), (mo, "月"), (dy, "日")):
        x = handwritten(p, x, y, [S(value, "date")], hpx, cjk=True) + 6 * s
        x = c.line(x, y, [S(unit, "label")], f) + 10 * s
    mid = x0 + (x1 - x0) * 0.56
    x = c.line(mid, y, [S("付款行名称:", "label")], f) + 8 * s
    handwritten(p, x, y, [S(rng.choice(_CN_BRANCHES), "other")], 22, cjk=True, width=x1 - x)
    y += 50 * s
    x = c.line(x0 + 16 * s, y, [S("收款人:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(payee, "name" if len(payee) < 5 else "shop")], hpx + 4, cjk=True)
    x = c.line(mid, y, [S("出票人账号:", "label")], f) + 8 * s
    handwritten(p, x, y, [S(fk.bank_account(), "id_number")], 22, cjk=False, width=x1 - x)
    c.hline(x0, x1, y + 16 * s, width=1)
    y += 58 * s
    x = c.line(x0 + 16 * s, y, [S("人民币", "label")], f)
    c.line(x0 + 16 * s, y + 22 * s, [S("(大写)", "label")], small)
    handwritten(p, x + 20 * s, y + 8 * s, [S(cn_capital(yuan), "price")], hpx, cjk=True)
    bx, box = x1 - 11 * 26 * s - 8 * s, 26 * s
    for i, unit in enumerate(_AMOUNT_UNITS):
        c.text(bx + (i + 0.5) * box, y - 14 * s, unit, p.font(13), "label", anchor="ms")
    figures = f"¥{yuan * 100}"
    char_boxes(p, bx, y - 8 * s, figures.rjust(11), "price", box=box)
    y += 64 * s
    x = c.line(x0 + 16 * s, y, [S("用途", "label")], f) + 14 * s
    if rng.random() < 0.35:  # paid on someone's behalf: the use names that person
        handwritten(
            p,
            x,
            y,
            [S("代", "other"), S(fk.cn_name(honorific=0.0), "name"), S("付" + use, "other")],
            24,
            cjk=True,
        )
    else:
        handwritten(p, x, y, [S(use, "other")], 24, cjk=True)
    x = c.line(mid, y, [S("密码", "label")], f) + 14 * s
    c.text(x, y, fk.digits(16), p.font(18, mono=True), "id_number")
    y += 46 * s
    c.text(x0 + 16 * s, y, "上列款项请从", small, "footer")
    c.text(x0 + 16 * s, y + 24 * s, "我账户内支付", small, "footer")
    c.text(x0 + 180 * s, y + 10 * s, "出票人签章", f, "label")
    name_seal(p, x0 + 330 * s, y - 2 * s, 64 * s, name)
    if rng.random() < 0.5:
        handwritten(p, x0 + 380 * s, y + 10 * s, [S(name, "name")], 28, cjk=True)
    c.line(
        mid + 60 * s, y + 10 * s, [S("复核", "label"), S("      ", "other"), S("记账", "label")], f
    )
    c.text(x0 + 6 * s, c.height - m - 60 * s, "本支票付款期限十天", small, "footer")
    code = f"{fk.digits(8)}  {rng.choice(('1021', '1051', '3085'))}{fk.digits(8)}"
    c.text(x0 + 60 * s, c.height - m - 8 * s, code, p.font(20, mono=True), "other")
    return c


def _micr(fk: HouseholdFaker, sort: str, serial: str) -> list[Span]:
    """The magnetic line: serial and routing (or the sort code printed top right, for a
    UK cheque) ordinary, the account personal."""
    uk = bool(sort)
    account = fk.digits(8) if uk else fk.digits(fk.r.choice((9, 10, 12)))
    if uk:
        return [S(f'"{serial}" {sort}: ', "other"), S(account, "id_number"), S('"', "other")]
    routing = "0" + fk.digits(8)
    return [S(f":{routing}: ", "other"), S(account, "id_number"), S(f'" {serial}', "other")]


def _en(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    uk = rng.random() < 0.5
    c = Canvas(rng.choice((1150, 1250)), 520, paper=(238, 240, 248), ink=(25, 25, 45))
    p = Pen(rng, c, Faces.pick(rng, cjk=False), c.width / 1150)
    s, W, m = p.s, c.width, 24 * p.s
    foil = uk and rng.random() < 0.6
    x0 = W * 0.24 if foil else m
    serial = fk.digits(6) if uk else str(rng.randint(1001, 4999))
    drawer = fk.en_name()
    payee, pk = fk.en_name(), "name"
    if rng.random() < 0.25:  # a cheque paid to a firm or a council
        payee, pk = rng.choice(("Thames Water", "City Council", "Oakfield School PTA")), "shop"
    amount = rng.choice((35, 120, 450, 1275, 2600, 18)) + rng.randint(0, 9)
    f, hand = p.font(17), 30
    dated = _dmy(rng, us=not uk)
    sort = f"{fk.digits(2)}-{fk.digits(2)}-{fk.digits(2)}" if uk else ""
    if foil:
        y = m + 40 * s
        for label, value in (
            ("Date", [S(dated, "date")]),
            ("To", [S(payee, pk)]),
            ("For", [S(rng.choice(_EN_MEMOS), "other")]),
            ("£", [S(f"{amount}.00", "price")]),
        ):
            c.text(m, y, label, p.font(15), "label")
            handwritten(p, m + 46 * s, y, value, 22, cjk=False, width=x0 - m - 70 * s)
            c.hline(m + 40 * s, x0 - 20 * s, y + 6 * s, width=1)
            y += 56 * s
        c.text(m, c.height - 50 * s, serial, p.font(15, mono=True), "other")
        c.draw.line([(x0 - 8 * s, m), (x0 - 8 * s, c.height - m)], fill=(120, 120, 140), width=1)
    y = m + 30 * s
    if uk:
        bank = rng.choice(
            ("Northern Counties Bank", "Albion Bank plc", "Westgate Building Society")
        )
        c.text(x0 + 10 * s, y, bank, p.font(20, bold=True), "shop")
        c.text(
            x0 + 10 * s,
            y + 24 * s,
            rng.choice(("High Street, Leeds", "Market Sq, Bath")),
            p.font(14),
            "other",
        )
        c.text(
            W - m,
            y,
            sort,
            p.font(17),
            "other",
            anchor="rs",
        )
        c.text(W - m - 210 * s, y + 50 * s, "Date", f, "label")
    else:
        c.text(x0 + 10 * s, y, drawer.upper(), p.font(17, bold=True), "name")
        street, town = fk.us_address()
        c.line(x0 + 10 * s, y + 22 * s, joined_address((street,)), p.font(14))
        c.line(x0 + 10 * s, y + 42 * s, joined_address((town,)), p.font(14))
        c.text(W - m, y, serial, p.font(18, bold=True), "other", anchor="rs")
        c.text(W - m - 260 * s, y + 50 * s, "Date", f, "label")
    dx = W - m - (210 if uk else 260) * s + 50 * s
    handwritten(p, dx, y + 48 * s, [S(dated, "date")], 26, cjk=False)
    c.hline(dx - 4 * s, W - m, y + 56 * s, width=1)
    y += 110 * s
    word = "Pay" if uk else "Pay to the\norder of"
    c.text(x0 + 10 * s, y - (18 * s if not uk else 0), word.split("\n")[0], f, "label")
    if not uk:
        c.text(x0 + 10 * s, y, word.split("\n")[1], f, "label")
    px = x0 + (60 if uk else 110) * s
    handwritten(p, px, y - 4 * s, [S(payee, pk)], hand, cjk=False)
    c.hline(px - 4 * s, W - m - 230 * s, y + 6 * s, width=1)
    if uk:
        c.text(W - m - 240 * s, y, "or order", p.font(14), "label", anchor="rs")
    c.box(W - m - 200 * s, y - 34 * s, W - m, y + 10 * s, width=2)
    c.text(W - m - 194 * s, y - 4 * s, "£" if uk else "$", p.font(20, bold=True), "label")
    handwritten(p, W - m - 170 * s, y - 4 * s, [S(f"{amount:,}.00", "price")], 28, cjk=False)
    y += 60 * s
    words = en_words(amount) + (" pounds only" if uk else " and 00/100")
    handwritten(p, x0 + 20 * s, y, [S(words, "price")], 26, cjk=False, width=W - x0 - 260 * s)
    c.hline(x0 + 10 * s, W - m - 110 * s, y + 8 * s, width=1)
    c.text(W - m, y, "" if uk else "DOLLARS", p.font(15), "label", anchor="rs")
    if uk:  # the printed crossing: the cheque can only go into the payee's account
        for dxx in (0, 22 * s):
            c.vline(W * 0.5 + dxx, m, y - 70 * s, width=2)
        c.text(W * 0.5 + 11 * s, m + 70 * s, "A/C", p.font(13, bold=True), "label", anchor="ms")
    y += 64 * s
    if not uk:
        bank = rng.choice(("First Prairie Bank", "Harbor Federal Credit Union", "Union Trust"))
        c.text(x0 + 10 * s, y - 24 * s, bank, p.font(16, bold=True), "shop")
        c.text(x0 + 10 * s, y + 36 * s, "MEMO", p.font(14), "label")
        handwritten(p, x0 + 80 * s, y + 34 * s, [S(rng.choice(_EN_MEMOS), "other")], 24, cjk=False)
        c.hline(x0 + 70 * s, x0 + 440 * s, y + 42 * s, width=1)
    sx = W - m - 400 * s
    handwritten(p, sx + 20 * s, y + 30 * s, [S(drawer, "name")], 34, cjk=False)
    c.hline(sx, W - m, y + 40 * s, width=1)
    if uk:
        title = rng.choice(("MR", "MRS", "MS", ""))
        first, last = drawer.split()[0], drawer.split()[-1]
        printed = f"{title} {first[0]} {last}".upper().strip()
        c.text(sx + 10 * s, y + 64 * s, printed, p.font(15), "name")
    c.line(x0 + 40 * s, c.height - 26 * s, _micr(fk, sort, serial), p.font(21, mono=True))
    return c


def _fr(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c = Canvas(rng.choice((1150, 1250)), 520, paper=(246, 240, 230), ink=(35, 30, 40))
    p = Pen(rng, c, Faces.pick(rng, cjk=False), c.width / 1150)
    s, W, m = p.s, c.width, 24 * p.s
    f = p.font(17)
    amount, words = rng.choice(_FR_AMOUNTS)
    drawer, payee = fk.eu_name("fr"), fk.eu_name("fr")
    y = m + 36 * s
    c.text(m, y, "Payez contre ce chèque", f, "label")
    c.text(W - m - 220 * s, y, "B.P.F.", p.font(16, bold=True), "label")
    c.box(W - m - 170 * s, y - 28 * s, W - m, y + 12 * s, width=2)
    handwritten(
        p, W - m - 160 * s, y, [S(f"{amount:.2f}".replace(".", ","), "price")], 26, cjk=False
    )
    handwritten(p, m + 230 * s, y, [S(words, "price")], 26, cjk=False, width=W - m - 500 * s)
    c.hline(m + 220 * s, W - m - 240 * s, y + 8 * s, width=1)
    y += 60 * s
    c.text(m, y, "à l'ordre de", f, "label")
    handwritten(p, m + 130 * s, y, [S(payee, "name")], 30, cjk=False)
    c.hline(m + 120 * s, W * 0.62, y + 8 * s, width=1)
    c.text(W * 0.66, y, "à", f, "label")
    handwritten(
        p,
        W * 0.66 + 24 * s,
        y,
        [S(rng.choice(("Lyon", "Nantes", "Lille")), "other")],
        24,
        cjk=False,
    )
    c.text(W * 0.82, y, "le", f, "label")
    handwritten(p, W * 0.82 + 28 * s, y, [S(_dmy(rng, us=False), "date")], 22, cjk=False)
    y += 60 * s
    bank = rng.choice(("Crédit Régional", "Banque Populaire du Centre", "Caisse d'Épargne"))
    c.text(m, y, bank, p.font(18, bold=True), "shop")
    c.text(
        m,
        y + 22 * s,
        "Payable "
        + rng.choice(("12 place Bellecour, 69002 Lyon", "4 rue Crébillon, 44000 Nantes")),
        p.font(14),
        "other",
    )
    c.text(m, y + 44 * s, "Tél. 0" + fk.digits(9, True), p.font(14), "other")
    street, town = fk.eu_address("fr")
    bx = W * 0.42
    c.text(bx, y, ("M. " if rng.random() < 0.5 else "") + drawer.upper(), p.font(16), "name")
    c.text(bx, y + 22 * s, street, p.font(14), "address")
    c.text(bx, y + 44 * s, town, p.font(14), "address")
    handwritten(p, W - m - 240 * s, y + 40 * s, [S(drawer.split()[-1], "name")], 34, cjk=False)
    c.text(W - m - 240 * s, y + 70 * s, "Signature", p.font(13), "label")
    y += 100 * s
    c.text(
        m,
        y,
        "Non endossable sauf au profit d'une banque ou d'un établissement assimilé",
        p.font(12),
        "footer",
    )
    y += 24 * s
    c.text(m, y, f"Chèque n° {fk.digits(7)}", p.font(14), "other")
    rib = [
        S(f"#{fk.digits(7)}#  {fk.digits(12)}#  ", "other"),
        S(fk.digits(11), "id_number"),
        S("#", "other"),
    ]
    c.line(m + 40 * s, y + 50 * s, rib, p.font(21, mono=True))
    return _finish(c, y + 60 * s, 0)


def bank_cheque(rng: random.Random) -> Canvas:
    """A personal cheque: payee, amount in words and figures, date, the drawer's
    account and signature or seal, a counterfoil, and the bank's coded line."""
    fk = HouseholdFaker(rng)
    return rng.choices((_cn, _en, _fr), weights=(45, 35, 20))[0](rng, fk)


LAYOUTS = {"bank_cheque": bank_cheque}
