"""Lotteries and prize claims: the form a winner fills in at the lottery centre to be
paid: a Chinese 中奖兑奖登记表 (a hand-filled grid, the winner's declaration with the
name written into the sentence, a proxy's row, tax withheld and the centre's seal),
an English prize claim form (blanks with their captions under the rule, a payment
section, a signed declaration and a witness), or a Spanish solicitud de cobro de
premio (DNI and IBAN one character per box).

Personal: the winner's name (grid, declaration and signature), ID number or DNI,
date of birth (``id_number``), phone, e-mail, address to the door, the bank card
(``card_number``) or account number, sort code or IBAN (``id_number``), a proxy
claimant's name, ID and phone, the witness's name and address, and the staff who
paid and checked. Ordinary: the centre's name, address and hotline, the games, draw
numbers and dates, the ticket serial and its security code (they name a ticket, not
a person), prize, tax and net amounts, headings, labels and printed terms.
"""

from __future__ import annotations

import random

from .fakedata_errands import cn_capital
from .fakedata_households import HouseholdFaker
from .formkit import handwritten, seal, sheet, table
from .formkit_blanks import char_boxes, over_caption, tick_box
from .formkit_marks import word_wrap
from .formkit_slips import centred_head, grid_rows, hand_cell, label_cell
from .kit import Pen, S, _finish, joined_address
from .render import Canvas, Span

_CN_CENTRES = ("福利彩票发行中心", "体育彩票管理中心")
_CN_CITIES = ("江州市", "临川市", "平阳市", "安和市", "云城市")
_CN_GAMES = {
    "福利彩票发行中心": ("双色球", "福彩3D", "七乐彩", "快乐8", "刮刮乐"),
    "体育彩票管理中心": ("超级大乐透", "排列3", "排列5", "七星彩", "顶呱刮"),
}
_CN_RELATIONS = ("配偶", "子女", "父母", "兄弟", "朋友")
_CN_TERMS = (
    "1. 单注奖金超过1万元(不含)须按20%税率代扣代缴个人所得税。",
    "2. 兑奖须持中奖彩票原件及本人有效身份证件,彩票须完整、未污损。",
    "3. 自开奖之日起60个自然日内兑奖,逾期未兑视为弃奖。",
    "4. 中心对中奖者个人信息予以保密,未经本人同意不予公开。",
)
_EN_GAMES = ("Lotto", "EuroDraw", "Thunderball", "Instant Win £5 card", "Set For Life")
_EN_TERMS = (
    "I declare that I am 18 or over, that I bought this ticket and that the details above "
    "are true. I agree to the Game Rules and Procedures."
)
_ES_GAMES = ("Lotería Nacional", "Primitiva", "Bonoloto", "Euromillones")


def _serial(fk: HouseholdFaker) -> str:
    return f"{fk.digits(5)}-{fk.digits(5)}-{fk.digits(5)}-{fk.digits(3)}"


def _cn(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c, p, m, right = sheet(rng, (880, 960), 1.6, cjk=True, base=940, margin=(0.05, 0.07))
    W, s, w = c.width, p.s, right - m
    f = p.font(18)
    kind = rng.choice(_CN_CENTRES)
    centre = rng.choice(_CN_CITIES) + kind
    title = rng.choice(("中奖兑奖登记表", "大奖兑付登记表", "兑奖申请表"))
    number = [S("登记编号:", "label"), S(f"DJ{fk.digits(8, True)}", "other")]
    dated = [S("兑奖日期:", "label"), S(fk.date("cn"), "date")]
    y = centred_head(p, m, m + 40 * s, (centre, title), number, dated, px=(22, 32))
    y += 16 * s
    name = fk.cn_name(honorific=0.0)
    addr, _pc = fk.cn_address(with_door=0.9)
    prize = rng.choice((10000, 50000, 200000, 5000000)) + rng.randint(0, 9) * 1000 * (
        rng.random() < 0.3
    )
    tax = prize * 0.2 if prize > 10000 else 0
    game = rng.choice(_CN_GAMES[kind])
    bank = rng.choice(("工商银行", "建设银行", "中国银行")) + rng.choice(_CN_CITIES) + "分行"
    addr_spans = [S(t, k) for t, k in addr.segments]
    level = rng.choice(("一等奖", "二等奖", "三等奖", "头奖"))
    rows = grid_rows(
        [
            [("中奖人姓名", name, "name"), ("性别", fk.sex(), "other")],
            [("身份证号码", fk.cn_resident_id(x_prob=0.1), "id_number")],
            [("联系电话", fk.cn_mobile(), "phone"), ("出生日期", fk.dob("cn"), "id_number")],
            [("通讯地址", addr_spans, "address")],
            [
                ("彩票种类", game, "item"),
                ("开奖期号", f"{rng.randint(2023, 2026)}{fk.digits(3)}", "other"),
            ],
            [("彩票序列号", _serial(fk), "other")],
            [("中奖等级", level, "other"), ("中奖金额", f"{prize:,}元", "price")],
            [
                ("代扣个税", f"{tax:,.0f}元" if tax else "0", "price"),
                ("实发金额", f"{prize - tax:,.0f}元", "price"),
            ],
            [("开户银行", bank, "other")],
            [("银行卡号", fk.bank_account(), "card_number")],
        ]
    )
    widths = (w * 0.18, w * 0.34, w * 0.16, w * 0.32)
    y = table(p, m, y, widths, rows, 50 * s, f, hand_px=27)
    y += 26 * s
    if rng.random() < 0.4:  # claimed by someone else on the winner's behalf
        c.text(m, y, "代领人信息(本人不能到场时填写)", p.font(17, bold=True), "label")
        y += 22 * s
        proxy = grid_rows(
            [
                [
                    ("代领人", fk.cn_name(honorific=0.0), "name"),
                    ("与中奖人关系", rng.choice(_CN_RELATIONS), "other"),
                ],
                [
                    ("身份证号", fk.cn_resident_id(), "id_number"),
                    ("电话", fk.cn_mobile("plain"), "phone"),
                ],
            ]
        )
        y = (
            table(p, m, y, (w * 0.14, w * 0.38, w * 0.2, w * 0.28), proxy, 48 * s, f, hand_px=26)
            + 26 * s
        )
    y += 16 * s
    # The declaration: the winner writes the name into the printed sentence.
    x = c.line(m, y, [S("本人", "other")], f) + 6 * s
    x = handwritten(p, x, y, [S(name, "name")], 28, cjk=True) + 6 * s
    c.line(x, y, [S("郑重声明:所持彩票为本人合法购买,", "other")], f)
    y += 30 * s
    y = c.wrap(
        m, y, [S("所填信息真实有效,自愿按规定缴纳个人所得税。", "other")], f, w, 28 * s, max_lines=1
    )
    y += 30 * s
    x = c.line(m, y, [S("中奖人签字:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(name, "name")], 34, cjk=True)
    c.line(
        W * 0.55, y, [S("大写金额:", "label"), S(cn_capital(int(prize - tax)), "price")], p.font(16)
    )
    y += 54 * s
    x = m
    for role in rng.sample(("兑奖经办人", "复核人", "财务审核"), 2):
        x = c.line(x, y, [S(role + ":", "label")], f) + 8 * s
        handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 26, cjk=True)
        x = m + w * 0.4
    seal(p, right - 90 * s, y - 10 * s, 70 * s, centre)
    y += 70 * s
    for line in _CN_TERMS[: rng.randint(2, 4)]:
        y = c.wrap(m, y, [S(line, "footer")], p.font(14), w - 40 * s, 22 * s, max_lines=2)
    hotline = f"服务热线:0{rng.randint(10, 99)}-{fk.digits(8, True)}  地址:{rng.choice(_CN_CITIES)}人民路{rng.randint(1, 300)}号"
    c.text(m, y + 6 * s, hotline, p.font(14), "other")
    return _finish(c, y + 6 * s, 0, pad=m)


def _blanks(
    p: Pen, x: float, y: float, w: float, fields: list[tuple[str, list[Span], float]]
) -> None:
    """One row of blanks filled in by hand, each ``(caption, value, share of w)`` with its
    caption printed under the rule."""
    cap = p.font(12)
    for caption, value, frac in fields:
        over_caption(p, x, y, w * frac - 14 * p.s, caption, value, cap, 25, hand=True, cjk=False)
        x += w * frac


def _en(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c, p, m, right = sheet(rng, (860, 940), 1.6, cjk=False, base=900, margin=(0.05, 0.07))
    s, w, f = p.s, right - m, p.font(16)
    brand = rng.choice(("Lucky Star Lotteries", "National Prize Draw Ltd", "Crown Instant Games"))
    y = m + 36 * s
    c.text(m, y, brand, p.font(26, bold=True), "shop")
    y += 38 * s
    c.text(m, y, "PRIZE CLAIM FORM", p.font(22, bold=True), "label")
    c.text(right, y, "Claims over £50 only", p.font(14), "other", anchor="rs")
    y += 40 * s

    def section(title: str) -> None:
        nonlocal y
        c.box(m, y - 20 * s, right, y + 6 * s, width=1, fill=(225, 225, 225))
        c.text(m + 8 * s, y, title, p.font(15, bold=True), "label")
        y += 56 * s

    name, street, town = fk.en_name(), *fk.uk_address()
    first, last = name.split()[0], name.split()[-1]
    title = rng.choice(("Mr", "Mrs", "Ms", "Miss"))
    section("1. Your details")
    _blanks(
        p,
        m,
        y,
        w,
        [
            ("Title", [S(title, "other")], 0.18),
            ("First name(s)", [S(first, "name")], 0.4),
            ("Surname", [S(last, "name")], 0.42),
        ],
    )
    y += 64 * s
    _blanks(p, m, y, w, [("Home address", joined_address((street, town)), 1.0)])
    y += 64 * s
    born, phone, mail = fk.dob("dmy"), fk.uk_phone(), fk.email(name)
    _blanks(
        p,
        m,
        y,
        w,
        [
            ("Date of birth", [S(born, "id_number")], 0.3),
            ("Daytime phone", [S(phone, "phone")], 0.32),
            ("Email", [S(mail, "email")], 0.38),
        ],
    )
    y += 70 * s
    section("2. Your ticket")
    game, serial = rng.choice(_EN_GAMES), _serial(fk)
    prize = rng.choice((75, 250, 1000, 25000, 100000))
    _blanks(
        p,
        m,
        y,
        w,
        [
            ("Game", [S(game, "item")], 0.32),
            ("Draw no.", [S(fk.digits(4, True), "other")], 0.22),
            ("Ticket serial no.", [S(serial, "other")], 0.46),
        ],
    )
    y += 64 * s
    _blanks(p, m, y, w, [("Prize amount", [S(f"£{prize:,}", "price")], 0.34)])
    x = m + w * 0.36
    for opt in ("Retailer", "Post", "Claims centre"):
        x = tick_box(p, x, y, opt, rng.random() < 0.33, f) + 20 * s
    y += 70 * s
    section("3. Payment (prizes over £500 are paid by bank transfer)")
    holder = name if rng.random() < 0.7 else fk.en_name()
    sort = f"{fk.digits(2)}-{fk.digits(2)}-{fk.digits(2)}"
    _blanks(
        p,
        m,
        y,
        w,
        [
            ("Name on account", [S(holder, "name")], 0.44),
            ("Sort code", [S(sort, "id_number")], 0.24),
            ("Account number", [S(fk.digits(8), "id_number")], 0.32),
        ],
    )
    y += 70 * s
    section("4. Declaration")
    y = word_wrap(p, m, y - 24 * s, [S(_EN_TERMS, "footer")], p.font(14), w, 21 * s) + 34 * s
    x = c.line(m, y, [S("Signature", "label")], f) + 12 * s
    handwritten(
        p, x, y, [S(f"{first[0]}. {last}" if rng.random() < 0.5 else name, "name")], 32, cjk=False
    )
    c.line(m + w * 0.6, y, [S("Date  ", "label"), S(fk.date("iso"), "date")], f)
    y += 50 * s
    c.text(
        m,
        y,
        "Witness (not a relative; required for prizes over £1,000)",
        p.font(14, bold=True),
        "label",
    )
    y += 44 * s
    witness = [("Witness name", [S(fk.en_name(), "name")], 0.38)]
    _blanks(p, m, y, w, [*witness, ("Witness address", joined_address(fk.uk_address()), 0.62)])
    return _finish(c, y + 40 * s, 0, pad=m)


def _es(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c, p, m, right = sheet(rng, (860, 940), 1.5, cjk=False, base=900, margin=(0.05, 0.07))
    W, s, w = c.width, p.s, right - m
    f = p.font(16)
    y = m + 36 * s
    c.text(W / 2, y, "Loterías y Apuestas · Delegación Provincial", p.font(18), "shop", anchor="ms")
    y += 40 * s
    c.text(W / 2, y, "SOLICITUD DE COBRO DE PREMIO", p.font(26, bold=True), "label", anchor="ms")
    y += 46 * s
    name = fk.eu_name("es")
    a, b = fk.eu_address("es")
    rows = [
        [label_cell("Nombre y apellidos"), hand_cell(name, "name", 3)],
        [
            label_cell("Fecha de nacimiento"),
            hand_cell(fk.dob("dmy"), "id_number"),
            label_cell("Teléfono"),
            hand_cell(fk.eu_phone("es"), "phone"),
        ],
        [label_cell("Domicilio"), hand_cell(f"{a}, {b}", "address", 3)],
        [label_cell("Correo electrónico"), hand_cell(fk.email(), "email", 3)],
        [
            label_cell("Sorteo"),
            hand_cell(rng.choice(_ES_GAMES), "item"),
            label_cell("Nº sorteo"),
            hand_cell(f"{rng.randint(1, 104)}/{rng.randint(2023, 2026)}", "other"),
        ],
        [
            label_cell("Número / Serie"),
            hand_cell(f"{fk.digits(5)} · S{rng.randint(1, 9)} F{rng.randint(1, 10)}", "other"),
            label_cell("Importe"),
            hand_cell(
                f"{rng.choice((2000, 6000, 30000, 125000)):,} euros".replace(",", "."), "price"
            ),
        ],
    ]
    y = table(
        p, m, y, (w * 0.22, w * 0.3, w * 0.16, w * 0.32), rows, 50 * s, f, hand_px=26, cjk=False
    )
    y += 40 * s
    c.text(m, y, "DNI / NIE", f, "label")
    char_boxes(p, m + 150 * s, y - 28 * s, fk.eu_id("es"), "id_number", box=34 * s)
    y += 64 * s
    c.text(m, y, "IBAN", f, "label")
    iban = "ES" + fk.digits(22)
    char_boxes(
        p, m + 70 * s, y - 24 * s, iban, "id_number", box=min(28 * s, (w - 80 * s) / len(iban))
    )
    y += 50 * s
    note = "Premios superiores a 40.000 € sujetos a una retención del 20 % (gravamen especial). El pago se realizará en la cuenta indicada, de la que el premiado debe ser titular."
    y = word_wrap(p, m, y, [S(note, "footer")], p.font(14), w, 21 * s) + 26 * s
    x = c.line(m, y, [S("Firma del premiado:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(name.split()[0] + " " + name.split()[-2], "name")], 32, cjk=False)
    x = c.line(m + w * 0.6, y, [S("Recibido por:", "label")], f) + 8 * s
    handwritten(p, x, y, [S(fk.eu_name("es").split()[0], "name")], 26, cjk=False)
    return _finish(c, y, 0, pad=m)


def lottery_prize_claim(rng: random.Random) -> Canvas:
    """A lottery prize claim: the winner's details, the ticket and the prize, payment
    details, a signed declaration, and the centre's staff or a witness."""
    fk = HouseholdFaker(rng)
    return rng.choices((_cn, _en, _es), weights=(50, 30, 20))[0](rng, fk)


LAYOUTS = {"lottery_prize_claim": lottery_prize_claim}
