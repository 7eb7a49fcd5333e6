"""Shop counters: a takeaway order sticker stuck on a delivery bag, and a phone-repair
ticket (维修单 REPAIR TICKET) with a tear-off customer stub.

The sticker prints the customer's name large with no label above the restaurant's
header, hides a name or phone in the customer's note and names the rider after a
role word with no colon. The ticket pairs bilingual labels with values in a ruled
grid, ticks accessories, carries a remark with a phone, the technician as a role
word and the customer's name again on the stub.
"""

from __future__ import annotations

import random

from .fakedata_services import ServiceFaker
from .formkit import Cell, bilingual, handwritten, memo, role_line, sheet, table
from .formkit_blanks import tick_box
from .kit import Faces, Pen, S, _finish, _ink, _paper
from .render import Canvas, Span

_PLATFORMS = ("Munchr", "QuickBite", "Dishdash", "Forkful", "HotBag")
_KITCHENS = ("Saffron Lane", "Noodle Theory", "The Katsu Bar", "Bao & Co", "Pizzeria Nonna")
_DISHES = (
    ("Chicken katsu curry", 11.5),
    ("Veg gyoza (6)", 5.9),
    ("Lamb rogan josh", 12.9),
    ("Garlic naan", 3.2),
    ("Margherita 12in", 10.0),
    ("Pork bao bun", 4.5),
    ("Sweet potato fries", 3.9),
    ("Mango lassi", 3.5),
    ("Tonkotsu ramen", 13.2),
)


def _note(fk: ServiceFaker, rng: random.Random) -> list[Span]:
    """A customer's delivery note: free text that may name a neighbour or give a phone."""
    return rng.choice(
        (
            [S("Leave with ", "other"), S(fk.en_name(), "name"), S(" next door", "other")],
            [S("Call me on ", "other"), S(fk.uk_phone(), "phone"), S(" when outside", "other")],
            [S("Buzzer broken, ring ", "other"), S(fk.us_phone(), "phone")],
            [S("Gate code 4471, ask for ", "other"), S(fk.en_name(), "name")],
            [S("No cutlery please, extra napkins", "other")],
        )
    )


def takeaway_sticker(rng: random.Random) -> Canvas:
    """A thermal order sticker: big customer name, order code, items, note, rider."""
    fk = ServiceFaker(rng)
    W = rng.choice((560, 600, 640))
    c = Canvas(W, int(W * 2.0), paper=_paper(rng, thermal=True), ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=False), W / 600)
    m = int(W * 0.05)
    right = W - m
    f = p.font(rng.uniform(20, 23))
    small = p.font(17)
    platform = rng.choice(_PLATFORMS)

    y = m + 30 * p.s
    c.text(m, y, platform, p.font(22, bold=True), "brand")
    c.text(right, y, rng.choice(("DELIVERY", "COLLECTION", "ORDER")), small, "label", anchor="rs")
    y += 64 * p.s
    name = fk.initial_name()
    if rng.random() < 0.6:  # the name alone, printed large, no label
        c.text(W / 2, y, name, p.font(44, bold=True), "name", anchor="ms")
    else:
        y += 20 * p.s
        c.text(m, y - 40 * p.s, rng.choice(("Order for", "Customer")), small, "label")
        c.text(m, y + 4 * p.s, name, p.font(40, bold=True), "name")
    y += 50 * p.s
    code = f"#{fk.upper(1)}{fk.digits(3)}"
    c.text(W / 2, y, code, p.font(34, bold=True), "order_number", None, anchor="ms")
    y += 40 * p.s
    c.text(W / 2, y, rng.choice(_KITCHENS), p.font(22, bold=True), "shop", anchor="ms")
    y += 30 * p.s
    c.line(
        m,
        y,
        [S("Placed ", "label"), S(fk.time(False), "date"), S("   Due ", "label")],
        small,
    )
    c.text(right, y, fk.time(False), small, "date", anchor="rs")
    y += 16 * p.s
    c.hline(m, right, y, width=2, dash=int(6 * p.s))
    y += 40 * p.s
    total = 0.0
    for dish, price in rng.sample(_DISHES, rng.randint(2, 4)):
        qty = rng.choice((1, 1, 2))
        total += qty * price
        c.text(m, y, f"{qty}x {dish}", f, "item")
        c.text(right, y, f"£{qty * price:.2f}", f, "price", anchor="rs")
        y += f.size * 1.5
    c.line(m, y, [S("Total ", "label"), S(f"£{total:.2f}", "price")], p.font(22, bold=True))
    c.text(right, y, rng.choice(("PAID", "PAID ONLINE", "CASH DUE")), small, "label", anchor="rs")
    y += 16 * p.s
    c.hline(m, right, y, width=2, dash=int(6 * p.s))
    y += 40 * p.s
    address = rng.random() < 0.7
    if address:  # the drop-off address, with or without its label
        if rng.random() < 0.5:
            c.text(m, y, "Deliver to", small, "label")
            y += small.size * 1.6
        block = fk.uk_block() if rng.random() < 0.6 else fk.us_block()
        for ln in block:
            c.line(m, y, [S(t, k) for t, k in ln.segments], f)
            y += f.size * 1.35
        y += 10 * p.s
    if not address or rng.random() < 0.5:  # the customer's phone, a label or none
        label = rng.choice(("Tel ", "Customer phone ", ""))
        c.line(m, y, [S(label, "label"), S(fk.uk_phone(), "phone")], f)
        y += f.size * 1.6
    y = memo(
        p,
        m,
        y,
        rng.choice(("Note:", "Customer note:", "Instructions:")),
        _note(fk, rng),
        f,
        right - m,
        cjk=False,
    )
    if rng.random() < 0.5:
        c.line(
            m,
            y,
            [S("Allergies: ", "label"), S(rng.choice(("peanuts", "none", "gluten")), "other")],
            f,
        )
        y += f.size * 1.6
    role_line(p, m, y, rng.choice(("Rider", "Courier", "Driver")), fk.en_first(upper=False), f)
    if rng.random() < 0.5:
        c.qr(
            int(right - 110 * p.s),
            int(y + 20 * p.s),
            f"https://{platform.lower()}.example/o/{fk.alnum(10)}",
            size=int(100 * p.s),
        )
        y += 120 * p.s
    y += 40 * p.s
    c.text(
        m, y, "Sealed for your safety - do not accept if the seal is broken", p.font(17), "footer"
    )
    return _finish(c, y, m, pad=10 * p.s)


_DEVICES = ("iPhone 13", "Galaxy S22", "Redmi Note 12", "Pixel 7", "OPPO Reno8", "iPad Air 4")
_FAULTS = (
    "屏幕碎裂 Cracked screen",
    "无法充电 Not charging",
    "电池鼓包 Battery swollen",
    "进水 Water damage",
    "听筒无声 No sound in earpiece",
)


def _repair_remark(fk: ServiceFaker, rng: random.Random) -> list[Span]:
    return rng.choice(
        (
            [S("修好请先致电 ", "other"), S(fk.hk_phone(), "phone")],
            [S("客户同意更换屏幕,由 ", "other"), S(fk.hk_name(), "name"), S(" 代取", "other")],
            [
                S("Call wife ", "other"),
                S(fk.hk_name(), "name"),
                S(" on ", "other"),
                S(fk.hk_phone(), "phone"),
            ],
            [S("数据无需备份 No backup needed", "other")],
        )
    )


def repair_ticket(rng: random.Random) -> Canvas:
    """维修单 REPAIR TICKET: customer grid, accessories, remark, technician, tear-off stub."""
    fk = ServiceFaker(rng)
    c, p, m, right = sheet(rng, (1000, 1100), 1.5, cjk=True, base=1100, margin=(0.04, 0.06))
    W = c.width
    f = p.font(rng.uniform(19, 22))
    shop = rng.choice(("快修站", "Fix Corner", "機修坊", "QuickFix")) + rng.choice(
        (" 旺角店", " 荃灣店", " Tsuen Wan", "")
    )
    hand = rng.random() < 0.6
    ticket = fk.digits(6)
    y = m + 46 * p.s
    c.text(m, y, shop, p.font(30, bold=True), "shop")
    c.text(
        right,
        y,
        f"No. {ticket}",
        p.font(24, bold=True),
        "other",
        anchor="rs",
        fill=(200, 35, 35),
    )
    y += 34 * p.s
    c.text(
        m,
        y,
        f"{rng.randint(1, 300)} Nathan Road, Shop {rng.randint(1, 60)}",
        p.font(17),
        "shop_address",
        None,
    )
    y += 50 * p.s
    c.text(
        W / 2,
        y,
        rng.choice(("维修单 REPAIR TICKET", "維修單 SERVICE ORDER", "维修登记单")),
        p.font(30, bold=True),
        "label",
        anchor="ms",
    )
    y += 30 * p.s
    name, phone, device = (
        fk.hk_name() if rng.random() < 0.5 else fk.cn_name(honorific=0.0),
        fk.hk_phone(),
        rng.choice(_DEVICES),
    )
    lab = lambda cn, en: bilingual(rng, cn, en, colon=0.3)  # noqa: E731
    q = (right - m) / 4
    rows = [
        [
            Cell.of(lab("客户姓名", "Customer"), "label"),
            Cell.of(name, "name", hand=hand),
            Cell.of(lab("电话", "Tel"), "label"),
            Cell.of(phone, "phone", hand=hand),
        ],
        [
            Cell.of(lab("机型", "Model"), "label"),
            Cell.of(device, "item", hand=hand),
            Cell.of(lab("颜色", "Colour"), "label"),
            Cell.of(rng.choice(("黑 Black", "白", "Blue", "金")), "other", hand=hand),
        ],
        [
            Cell.of(lab("序列号", "IMEI/SN"), "label"),
            Cell.of(fk.imei(), "id_number", hand=hand, span=3),
        ],
        [
            Cell.of(lab("故障", "Fault"), "label"),
            Cell.of(rng.choice(_FAULTS), "other", hand=hand, span=3),
        ],
        [
            Cell.of(lab("开机密码", "Passcode"), "label"),
            Cell.of(fk.digits(6), "id_number", hand=hand),
            Cell.of(lab("报价", "Estimate"), "label"),
            Cell.of(f"HK${rng.randint(3, 30) * 50}", "price", hand=hand),
        ],
        [
            Cell.of(lab("收机日期", "Date in"), "label"),
            Cell.of(fk.date(), "date", hand=hand),
            Cell.of(lab("取机日期", "Ready"), "label"),
            Cell.of(fk.date(), "date", hand=hand),
        ],
    ]
    y = table(
        p,
        m,
        y,
        [q * 0.9, q * 1.1, q * 0.8, q * 1.2],
        rows,
        rng.uniform(54, 62) * p.s,
        f,
        hand_px=30,
    )
    y += 46 * p.s
    x = c.line(m, y, [S(rng.choice(("随机配件 Accessories:", "附件:")), "label")], f) + 14 * p.s
    for opt in ("充电器 Charger", "卡托 SIM tray", "保护壳 Case", "无 None"):
        x = tick_box(p, x, y, opt, rng.random() < 0.35, f) + 22 * p.s
    y += 50 * p.s
    y = memo(
        p,
        m,
        y,
        rng.choice(("备注 Remarks:", "备注:", "Remarks")),
        _repair_remark(fk, rng),
        f,
        right - m,
        hand=hand,
    )
    y += 10 * p.s
    x = role_line(
        p,
        m,
        y,
        rng.choice(("技术员", "Technician", "维修员")),
        rng.choice((fk.hk_name(), fk.cn_name(honorific=0.0))),
        f,
    )
    c.line(x + 80 * p.s, y, [S("客户签署 Signature", "label")], f)
    handwritten(p, right - 220 * p.s, y + 4 * p.s, [S(name, "name")], 34, cjk=True, width=200 * p.s)
    y += 40 * p.s
    c.wrap(
        m,
        y,
        [
            S(
                "取机时请出示此单。维修完成后30天内未取机,本店不负保管责任。Please bring this ticket to collect.",
                "footer",
            )
        ],
        p.font(17),
        right - m,
        22 * p.s,
        max_lines=2,
    )
    y += 70 * p.s
    c.hline(m, right, y, width=2, dash=int(10 * p.s))
    y += 50 * p.s
    c.text(m, y, rng.choice(("取机联 CUSTOMER COPY", "客户存根")), p.font(22, bold=True), "label")
    c.text(right, y, f"No. {ticket}", f, "other", anchor="rs", fill=(200, 35, 35))
    y += 46 * p.s
    x = c.line(m, y, [S(rng.choice(("客户 Name", "姓名:")), "label")], f)
    handwritten(p, x + 14 * p.s, y, [S(name, "name")], 30, cjk=True, width=260 * p.s)
    x = c.line(m + (right - m) / 2, y, [S(rng.choice(("电话尾号", "Tel (last 4)")), "label")], f)
    handwritten(p, x + 14 * p.s, y, [S(phone.replace(" ", "")[-4:], "phone")], 30, cjk=False)
    y += 46 * p.s
    c.line(m, y, [S(lab("机型", "Model") + " ", "label"), S(device, "item")], f)
    return _finish(c, y, m, border=rng.choice((0, 2)), pad=30 * p.s)


LAYOUTS = {"repair_ticket": repair_ticket, "takeaway_sticker": takeaway_sticker}
