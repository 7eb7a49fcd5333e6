"""Logistics and retail: a furniture delivery and installation note, and a product
warranty card (保修卡) filled in by hand with a tear-off return part.

The note has two address blocks (delivery and installation) under stacked
labels, a remark asking the crew to call someone, and crew role words with no
colon; the warranty card is a printed form written on by hand, with a repair log.
"""

from __future__ import annotations

import random

from .fakedata_forms import FormFaker
from .formkit import Cell, handwritten, memo, role_line, sheet, table
from .kit import S, _finish
from .render import Canvas, Span

_FURNITURE = (
    ("SOF-3120", "3-seater sofa, grey fabric", "Yes"),
    ("BED-1680", "Double bed frame, oak", "Yes"),
    ("WRD-2200", "Wardrobe, 2 doors, white", "Yes"),
    ("TBL-0940", "Dining table 140 cm", "Yes"),
    ("CHR-0410", "Dining chair (pair)", "No"),
    ("MAT-1500", "Mattress 150x200, medium", "No"),
    ("DSK-1200", "Desk with drawer", "Yes"),
)


def delivery_note(rng: random.Random) -> Canvas:
    """Delivery & installation note: delivery and installation addresses, items, crew, signature."""
    fk = FormFaker(rng)
    c, p, m, right = sheet(rng, (1100, 1240), 1.6, cjk=False, base=1200, margin=0.05)
    f = p.font(rng.uniform(19, 22))
    lf = p.font(16)
    store = rng.choice(("Oak & Anchor", "Hearthstone", "Linden Lane", "Northwood", "Copperfield"))

    y = m + 50 * p.s
    c.text(m, y, f"{store} Furniture", p.font(32, bold=True), "shop")
    c.text(
        right,
        y,
        rng.choice(("DELIVERY NOTE", "DELIVERY & INSTALLATION")),
        p.font(24, bold=True),
        "label",
        anchor="rs",
    )
    y += 36 * p.s
    c.text(
        m,
        y,
        f"Warehouse: Unit {rng.randint(1, 40)}, {rng.choice(('Riverside', 'Park Royal', 'Eastgate'))} Trade Park",
        p.font(16),
        "shop_address",
        None,
    )
    y += 50 * p.s
    x = c.line(m, y, [S("Order no. ", "label")], f)
    c.line(x, y, [Span(fk.order_number("amazon"), "order_number", None)], f)
    c.line(
        m + (right - m) / 2,
        y,
        [
            S("Delivery date ", "label"),
            S(fk.date("us"), "date"),
            S(f"  {rng.choice(('07:00-11:00', '11:00-15:00', '15:00-19:00'))}", "other"),
        ],
        f,
    )
    y += 30 * p.s
    half = (right - m) / 2
    name = fk.en_name()
    blocks = [("DELIVER TO", name, fk.us_block() if rng.random() < 0.5 else fk.uk_block(), True)]
    same = rng.random() < 0.35
    blocks.append(
        (
            "INSTALLATION ADDRESS",
            fk.en_name() if rng.random() < 0.3 else "",
            fk.uk_block(),
            not same,
        )
    )
    bottom = y
    for i, (head, who, lines, show) in enumerate(blocks):
        x0 = m + i * half
        c.box(x0, y, x0 + half - 10 * p.s, y + 260 * p.s, width=1)
        yy = y + 34 * p.s
        c.text(x0 + 14 * p.s, yy, head, lf, "label", fill=(90, 90, 90))
        if not show:
            c.text(x0 + 14 * p.s, yy + 40 * p.s, "Same as delivery address", f, "other")
            continue
        if who:
            yy += f.size * 1.5
            c.text(x0 + 14 * p.s, yy, who, p.font(22, bold=True), "name")
        for ln in lines:
            yy += f.size * 1.4
            c.line(x0 + 14 * p.s, yy, [S(t, k) for t, k in ln.segments], f)
        if i == 0:
            yy += f.size * 1.5
            x = c.line(x0 + 14 * p.s, yy, [S("Tel ", "label")], f)
            c.line(x, yy, [S(fk.uk_phone() if rng.random() < 0.5 else fk.us_phone(), "phone")], f)
        bottom = max(bottom, yy)
    y += 300 * p.s
    rows = [[Cell.of(h, "label") for h in ("Item code", "Description", "Qty", "Assembly")]]
    for sku, desc, asm in rng.sample(_FURNITURE, rng.randint(2, 4)):
        rows.append(
            [
                Cell.of(sku, "other"),
                Cell.of(desc, "item"),
                Cell.of(str(rng.randint(1, 2)), "other", align="c"),
                Cell.of(asm, "other", align="c"),
            ]
        )
    w = right - m
    y = table(p, m, y, [w * 0.18, w * 0.52, w * 0.12, w * 0.18], rows, 48 * p.s, f, line=1)
    y += 50 * p.s
    remark = rng.choice(
        (
            [
                S("Call ", "other"),
                S(fk.en_first(upper=False), "name"),
                S(" on ", "other"),
                S(fk.uk_phone(), "phone"),
                S(" 30 min before arrival", "other"),
            ],
            [
                S("Leave with neighbour at ", "other"),
                S(f"No. {rng.randint(2, 90)}", "door"),
                S(" if out", "other"),
            ],
            [S("Narrow stairs, 3rd floor, no lift", "other")],
        )
    )
    y = memo(p, m, y, "Remarks:", remark, f, w, hand=rng.random() < 0.4, cjk=False)
    y += 20 * p.s
    x = m
    for role in rng.sample(("Driver", "Installer", "Crew", "Checked by"), 2):
        x = role_line(p, x, y, role, fk.en_first(upper=False), f) + 80 * p.s
    y += 60 * p.s
    c.text(m, y, "Goods received in good condition and installed to my satisfaction.", f, "footer")
    y += 60 * p.s
    x = c.line(m, y, [S("Customer signature", "label")], f)
    handwritten(
        p, x + 20 * p.s, y, [S(name, "name")], 40, cjk=False, width=half - (x - m) - 30 * p.s
    )
    x = c.line(m + half + 40 * p.s, y, [S("Print name", "label")], f)
    handwritten(
        p, x + 20 * p.s, y, [S(name.upper(), "name")], 30, cjk=False, width=right - x - 20 * p.s
    )
    y += 50 * p.s
    c.text(m, y, "Damage not noted on this form must be reported within 48 hours.", lf, "footer")
    return _finish(c, y, m, border=0, pad=30 * p.s)


_PRODUCTS = (
    ("空调", "KFR-35GW"),
    ("洗衣机", "XQG100-B14"),
    ("热水器", "JSQ30-16"),
    ("冰箱", "BCD-516W"),
    ("抽油烟机", "CXW-260"),
    ("电视机", "65E8K"),
)
_TERMS = (
    "1. 自购买之日起整机保修一年,主要部件保修三年。",
    "2. 凭本卡及购机发票享受保修服务,涂改无效。",
    "3. 因人为损坏、自行拆修或不可抗力造成的故障不在保修范围内。",
)


def warranty_card(rng: random.Random) -> Canvas:
    """保修卡: printed form written on by hand (user, phone, address), terms, repair log, tear-off."""
    fk = FormFaker(rng)
    c, p, m, right = sheet(rng, (1000, 1100), 1.7, cjk=True, base=1100, margin=0.06)
    W = c.width
    f = p.font(rng.uniform(20, 23))
    brand = rng.choice(("美途", "恒冷", "清风", "万家乐享"))
    product, model = rng.choice(_PRODUCTS)

    y = m + 50 * p.s
    c.text(m, y, brand, p.font(36, bold=True), "brand")
    c.text(right, y, "产品保修卡", p.font(32, bold=True), "label", anchor="rs")
    y += 40 * p.s
    c.text(right, y, "WARRANTY CARD", p.font(18), "label", anchor="rs")
    y += 20 * p.s
    name = fk.cn_name(honorific=0.1)
    phone = fk.cn_mobile("plain")
    region, street, door = fk.cn_address_parts()
    H = lambda t, cat: Cell.of(t, cat, hand=True)  # noqa: E731
    L = lambda t: Cell.of(t, "label")  # noqa: E731
    rows = [
        [L("产品名称"), Cell.of(product, "other"), L("产品型号"), H(model, "other")],
        [L("机身编号"), H(fk.serial(), "other"), L("购买日期"), H(fk.date(), "date")],
        [L("用户姓名"), H(name, "name"), L("联系电话"), H(phone, "phone")],
        [
            L("通讯地址"),
            Cell((Span(region + street, "address", True), S(door, "door")), hand=True, span=3),
        ],
        [L("经销商"), H(fk.cn_shop(), "shop"), L("发票号码"), H(fk.digits(8), "other")],
    ]
    q = (right - m) / 4
    y = table(p, m, y, [q * 0.8, q * 1.2, q * 0.8, q * 1.2], rows, 60 * p.s, f, hand_px=30)
    y += 40 * p.s
    c.text(m, y, "保修条款", p.font(24, bold=True), "label")
    y += 40 * p.s
    for t in _TERMS:
        y = c.wrap(m, y, [S(t, "footer")], p.font(18), right - m, 30 * p.s, max_lines=2)
    y += 10 * p.s
    c.text(m, y, "维修记录", p.font(22, bold=True), "label")
    y += 14 * p.s
    log = [[L("维修日期"), L("故障现象"), L("处理结果"), L("维修人员")]]
    for _ in range(rng.randint(0, 2)):
        log.append(
            [
                H(fk.date(), "date"),
                H(rng.choice(("不制冷", "漏水", "噪音大", "不开机")), "other"),
                H(rng.choice(("更换电容", "已修复", "清洗")), "other"),
                H(fk.cn_name(honorific=0.0), "name"),
            ]
        )
    log += [[Cell.of("", "other")] * 4] * 2
    y = table(p, m, y, [q] * 4, log, 52 * p.s, f, hand_px=28)
    y += 40 * p.s
    c.hline(m, right, y, width=2, dash=int(10 * p.s))
    c.text(W / 2, y - 8 * p.s, "✂ 沿此线剪下 寄回", p.font(16), "other", anchor="ms")
    y += 50 * p.s
    c.text(m, y, "用户回执联", p.font(22, bold=True), "label")
    y += 50 * p.s
    x = c.line(m, y, [S("用户:", "label")], f)
    handwritten(p, x + 10 * p.s, y, [S(name, "name")], 32, cjk=True)
    x = c.line(m + 2 * q, y, [S("电话:", "label")], f)
    handwritten(p, x + 10 * p.s, y, [S(phone, "phone")], 32, cjk=True)
    y += 50 * p.s
    c.line(
        m,
        y,
        [S("服务热线:", "label"), Span(f"400-{fk.digits(3)}-{fk.digits(4)}", "shop_phone", None)],
        f,
    )
    return _finish(c, y, m, border=rng.choice((0, 2)), pad=30 * p.s)


LAYOUTS = {"delivery_note": delivery_note, "warranty_card": warranty_card}
