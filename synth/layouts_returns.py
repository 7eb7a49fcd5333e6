"""Online shopping returns and exchanges. A 退换货申请单 slipped into the parcel and
filled in by the buyer (订单号, 买家ID / 旺旺名, 收货人, phone, reason tick boxes, the
goods sent back, the refund route with an Alipay account or a bank card and its
holder, the buyer's own address to the door, the shop's warehouse return address
printed at the foot); a printed returns label (the customer's block with the flat,
the RMA number and its barcode, the warehouse's address); or an English returns form
(order number, customer, reason-code table, "Refund to original payment method") or a
Dutch retourformulier (Naam, Adres, Bestelnummer, IBAN, Handtekening).

Personal: buyers' names and signatures, phones, e-mails, account names, the buyer's
address and door, order and RMA numbers and IBANs (``id_number``), bank cards
(``card_number``), the RMA barcode (``code``).
Ordinary: titles, instructions, reasons and codes, goods, sizes, colours, quantities,
prices, dates and tick boxes; the shop's name, warehouse address and phone are
business data or ordinary.
"""

from __future__ import annotations

import random

from .fakedata_money import MoneyFaker
from .formkit import Cell, handwritten, sheet, table
from .formkit_blanks import tick_box
from .formkit_fill import ruled_entry
from .formkit_slips import hand_cell, label_cell
from .kit import S, _finish, joined_address
from .render import Canvas, Span

_CN_REASONS = ("尺码不合适", "颜色与图片不符", "质量问题", "发错货", "七天无理由", "不喜欢")
_CN_GOODS = (
    ("纯棉短袖T恤", "白色 / L"),
    ("加绒牛仔裤", "深蓝 / 30"),
    ("运动跑鞋", "黑色 / 42"),
    ("羊毛围巾", "驼色"),
    ("儿童羽绒服", "粉色 / 120"),
    ("蓝牙耳机", "白色"),
)
_EN_REASONS = (
    ("01", "Too small"),
    ("02", "Too big"),
    ("03", "Not as described"),
    ("04", "Faulty / damaged"),
    ("05", "Changed my mind"),
    ("06", "Wrong item sent"),
)
_EN_GOODS = (
    "Linen shirt, M",
    "Trail trainers, UK 8",
    "Wool jumper, L",
    "Desk lamp",
    "Denim jacket, S",
)
_NL_GOODS = ("Zomerjurk, maat 38", "Sneakers, maat 41", "Koptelefoon", "Wollen trui, M")
_NL_REASONS = ("Te klein", "Te groot", "Beschadigd", "Anders dan verwacht")
_NL_STREETS = ("Kerkstraat", "Molenweg", "Dorpsstraat", "Julianalaan", "Stationsplein")
_NL_TOWNS = ("Utrecht", "Zwolle", "Haarlem", "Almere", "Breda")


def _cn_slip(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, _, _ = sheet(rng, (1100, 1240), 1.5, cjk=True, base=1200, margin=0.05)
    s, W = p.s, c.width
    m = 60 * s
    shop = fk.cn_shop() + rng.choice(("旗舰店", "官方店", "服饰店"))
    y = 90 * s
    c.text(W / 2, y, shop, p.font(30, bold=True), "shop", anchor="ms")
    y += 66 * s
    c.text(
        W / 2,
        y,
        rng.choice(("退换货申请单", "售后服务卡 · 退换货登记")),
        p.font(42, bold=True),
        "label",
        anchor="ms",
    )
    y += 50 * s
    tip = "亲，收到宝贝不满意？请填写本单并随商品一同寄回，我们收到后24小时内处理。"
    y = c.wrap(m, y, [S(tip, "other")], p.font(22), W - 2 * m, 34 * s, max_lines=2) + 20 * s
    name = fk.cn_name(honorific=0.0)
    wang = (
        fk.nickname() + fk.digits(rng.choice((0, 2, 3)))
        if rng.random() < 0.5
        else "tb" + fk.digits(10)
    )
    line, _pc = fk.cn_address(with_door=0.9)
    rows = [
        [label_cell("订单号"), hand_cell(fk.digits(19), "id_number", span=3)],
        [label_cell(rng.choice(("买家ID", "旺旺名", "淘宝账号"))), hand_cell(wang, "id_number")]
        + [label_cell("收货人"), hand_cell(name, "name")],
        [label_cell("联系电话"), hand_cell(fk.cn_mobile(), "phone", span=3)],
        [label_cell("收货地址"), Cell(tuple(S(t, k) for t, k in line.segments), True, 3)],
    ]
    widths = [x * (W - 2 * m) / 100 for x in (18, 32, 18, 32)]
    y = table(p, m, y, widths, rows, 64 * s, p.font(24), hand_px=32) + 44 * s
    f = p.font(24)
    x = c.line(m, y, [S("退换原因：", "label")], f) + 10 * s
    picked = rng.choice(_CN_REASONS)
    for reason in _CN_REASONS:
        if x > W - m - 200 * s:
            x, y = m + 130 * s, y + 46 * s
        x = tick_box(p, x, y, reason, reason == picked, f) + 26 * s
    y += 40 * s
    x = c.line(m, y, [S("处理方式：", "label")], f) + 10 * s
    exchange = rng.random() < 0.3
    x = tick_box(p, x, y, "退货退款", not exchange, f) + 26 * s
    tick_box(p, x, y, "换货（请注明）", exchange, f)
    y += 30 * s
    rows = [[label_cell(h) for h in ("商品名称", "颜色 / 尺码", "数量", "金额")]]
    for good, spec in rng.sample(_CN_GOODS, rng.randint(1, 3)):
        price = f"{rng.randint(39, 599)}.00"
        rows.append(
            [
                Cell.of(good, "other"),
                hand_cell(spec, "other"),
                hand_cell("1", "other"),
                hand_cell(price, "price"),
            ]
        )
    y = (
        table(
            p, m, y, [x * (W - 2 * m) / 100 for x in (38, 28, 12, 22)], rows, 58 * s, f, hand_px=30
        )
        + 50 * s
    )
    route = rng.random()
    x = c.line(m, y, [S("退款方式：", "label")], f) + 10 * s
    if route < 0.5:
        x = tick_box(p, x, y, "原路退回", True, f) + 26 * s
        tick_box(p, x, y, "其他账户", False, f)
    else:
        x = tick_box(p, x, y, "原路退回", False, f) + 26 * s
        tick_box(p, x, y, "其他账户", True, f)
        y += 56 * s
        if route < 0.75:
            account: list[Span] = (
                [S(fk.cn_mobile(), "phone")] if rng.random() < 0.6 else [S(fk.email(), "email")]
            )
            ruled_entry(p, m, W / 2, y, ("支付宝账号：", account), True, f, hand_px=30, cjk=True)
        else:
            ruled_entry(
                p,
                m,
                W / 2 + 60 * s,
                y,
                ("银行卡号：", [S(fk.card_number(19), "card_number")]),
                True,
                f,
                hand_px=30,
                cjk=True,
            )
        ruled_entry(
            p,
            W / 2 + 90 * s,
            W - m,
            y,
            ("户名：", [S(name, "name")]),
            True,
            f,
            hand_px=30,
            cjk=True,
        )
    y += 64 * s
    ruled_entry(
        p, W / 2, W - m, y, ("买家签字：", [S(name, "name")]), True, f, hand_px=34, cjk=True
    )
    y += 60 * s
    c.hline(m, W - m, y, width=1, dash=int(8 * s))
    y += 44 * s
    fs = p.font(21)
    back, _ = fk.cn_address(with_door=0.0)
    c.line(
        m,
        y,
        [S("寄回地址：", "label"), *[Span(t, "shop_address", None) for t, _k in back.segments]],
        fs,
    )
    y += 36 * s
    c.line(
        m,
        y,
        [
            S("收件人：", "label"),
            S(shop[:4] + "售后部 ", "shop"),
            S("电话：", "label"),
            Span(fk.cn_landline(), "shop_phone", None),
        ],
        fs,
    )
    y += 36 * s
    c.text(m, y, "请勿寄到付件，不影响二次销售的商品方可退换；吊牌请勿剪掉。", fs, "footer")
    return _finish(c, y, 0, pad=50 * s)


def _label(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """A printed returns label: FROM the customer's block, TO the returns centre."""
    c, p, _, _ = sheet(rng, (1000, 1100), 0.9, cjk=False, base=1200, margin=0.05)
    s, W = p.s, c.width
    m = 50 * s
    y = m + 50 * s
    c.text(m, y, "RETURNS LABEL", p.font(40, bold=True), "label")
    c.text(
        W - m,
        y,
        rng.choice(("Royal Mail Tracked Returns", "Evri Returns", "DPD Returns")),
        p.font(22),
        "other",
        anchor="rs",
    )
    y += 60 * s
    f, lf = p.font(26), p.font(20)
    c.text(m, y, "FROM:", lf, "label")
    y += 36 * s
    c.text(m, y, fk.en_name(), f, "name")
    for block in fk.uk_address():
        y += 36 * s
        c.line(m, y, [S(t, k) for t, k in block.segments], f)
    y += 60 * s
    rma = "RMA" + fk.digits(8)
    c.line(m, y, [S("RMA number: ", "label"), S(rma, "id_number")], f)
    c.line(W / 2 + 40 * s, y, [S("Order: ", "label"), S("#" + fk.digits(7), "id_number")], f)
    y += 30 * s
    c.barcode(int(m), int(y), rma, height=int(110 * s), module=3, max_width=int(W - 2 * m))
    y += 170 * s
    c.text(m, y, "TO:", lf, "label")
    y += 40 * s
    c.text(m, y, fk.en_merchant() + " Returns Centre", p.font(30, bold=True), "shop")
    for line in (f"Unit {rng.randint(1, 40)}, Harbour Park", "Daventry NN11 8RD"):
        y += 40 * s
        c.text(m, y, line, p.font(28), "shop_address", None)
    y += 60 * s
    c.line(m, y, [S("Printed: ", "label"), S(fk.date(), "date")], lf)
    c.text(W - m, y, f"Max. weight {rng.choice((2, 5, 10, 20))} kg", lf, "other", anchor="rs")
    y += 40 * s
    c.text(m, y, "Drop off at any post office. Keep your proof of postage.", lf, "footer")
    return _finish(c, y + m / 2, int(m / 2), border=3)


def _latin(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """An English returns form or a Dutch retourformulier, filled in by hand."""
    nl = rng.random() < 0.45
    c, p, _, _ = sheet(rng, (1100, 1240), 1.45, cjk=False, base=1200, margin=0.05)
    s, W = p.s, c.width
    m = 60 * s
    f = p.font(24)
    y = 90 * s
    c.text(m, y, fk.en_merchant(), p.font(30, bold=True), "shop")
    c.text(
        W - m,
        y,
        "Retourformulier" if nl else "Returns form",
        p.font(40, bold=True),
        "label",
        anchor="rs",
    )
    y += 80 * s
    if nl:
        name = f"{rng.choice(('Sanne', 'Daan', 'Lotte', 'Bram', 'Eva'))} {rng.choice(('de Vries', 'Jansen', 'Bakker', 'Visser', 'van Dijk'))}"
        street = f"{rng.choice(_NL_STREETS)} {rng.randint(1, 140)}"
        flat = rng.choice(("", "-II", " bis", "A"))
        town = f"{fk.digits(4, True)} {fk.upper(2)}  {rng.choice(_NL_TOWNS)}"
        fields = [
            ("Naam:", [S(name, "name")]),
            ("Adres:", [S(street, "address")] + ([S(flat.strip(), "door")] if flat else [])),
            ("Postcode en plaats:", [S(town, "address")]),
            ("Bestelnummer:", [S(fk.digits(9), "id_number")]),
            (
                "IBAN:",
                [
                    S(
                        f"NL{fk.digits(2)} {fk.upper(4)} "
                        + " ".join(fk.digits(4) for _ in range(2))
                        + f" {fk.digits(2)}",
                        "id_number",
                    )
                ],
            ),
            ("E-mail:", [S(fk.email(name), "email")]),
        ]
    else:
        name = fk.en_name()
        block = fk.uk_address()
        fields = [
            ("Order number:", [S(fk.upper(2) + fk.digits(8), "id_number")]),
            ("Customer name:", [S(name, "name")]),
            ("Address:", joined_address(block)),
            ("Phone:", [S(fk.uk_phone(), "phone")]),
        ]
    for label, value in fields:
        ruled_entry(p, m, W - m, y, (label, value), True, f, hand_px=32)
        y += 64 * s
    y += 10 * s
    reasons = [(str(i + 1), r) for i, r in enumerate(_NL_REASONS)] if nl else list(_EN_REASONS)
    c.text(m, y, "Reden van retour (code):" if nl else "Reason codes:", f, "label")
    y += 40 * s
    for i, (code, text) in enumerate(reasons):
        x = m + (i % 3) * (W - 2 * m) / 3
        c.line(x, y, [S(code, "other"), S("  " + text, "other")], p.font(21))
        y += 36 * s if i % 3 == 2 else 0
    y += 50 * s
    head = ("Artikel", "Aantal", "Prijs", "Code") if nl else ("Item", "Qty", "Price", "Reason code")
    rows = [[label_cell(h) for h in head]]
    for good in rng.sample(_NL_GOODS if nl else _EN_GOODS, rng.randint(1, 3)):
        price = f"€ {rng.randint(15, 120)},95" if nl else f"£{rng.randint(12, 95)}.00"
        rows.append(
            [
                Cell.of(good, "other"),
                hand_cell("1", "other"),
                Cell.of(price, "price"),
                hand_cell(rng.choice(reasons)[0], "other"),
            ]
        )
    y = (
        table(
            p,
            m,
            y,
            [x * (W - 2 * m) / 100 for x in (50, 14, 18, 18)],
            rows,
            58 * s,
            f,
            hand_px=30,
            cjk=False,
        )
        + 60 * s
    )
    if not nl:
        x = tick_box(p, m, y, "Refund to original payment method", rng.random() < 0.8, f) + 40 * s
        tick_box(p, x, y, "Exchange for another size", rng.random() < 0.2, f)
        y += 70 * s
    x = c.line(m, y, [S("Handtekening:" if nl else "Signature:", "label")], f) + 12 * s
    handwritten(p, x, y, [S(name.split()[0][0] + ". " + name.split()[-1], "name")], 38, cjk=False)
    c.line(W / 2 + 60 * s, y, [S("Datum: " if nl else "Date: ", "label"), S(fk.date(), "date")], f)
    y += 60 * s
    note = (
        "Stuur het artikel binnen 14 dagen na ontvangst terug. Het bedrag wordt binnen 14 dagen teruggestort."
        if nl
        else "Please return unworn items with tags within 28 days. Refunds take up to 10 working days."
    )
    y = c.wrap(m, y, [S(note, "footer")], p.font(20), W - 2 * m, 30 * s, max_lines=3)
    return _finish(c, y, 0, pad=50 * s)


def return_request_form(rng: random.Random) -> Canvas:
    """A Chinese return slip, a returns label, or an English / Dutch returns form."""
    fk = MoneyFaker(rng)
    return rng.choices((_cn_slip, _label, _latin), weights=(45, 20, 35))[0](rng, fk)


LAYOUTS = {"return_request_form": return_request_form}
