"""The priced side of home renovation: a 装修报价单 (rooms × items × unit × quantity ×
unit price × amount, the management fee and total, the client, site and designer
above, the client's signature under it) and an English quotation or work order
(Client, Site address, Contractor, Site supervisor, a priced schedule, VAT, the
payment schedule, "Accepted by"). Drawn by :mod:`synth.layouts_renovation`.
"""

from __future__ import annotations

import random

from .fakedata_money import MoneyFaker
from .formkit import Cell, handwritten, sheet, table
from .formkit_marks import word_wrap
from .formkit_slips import firm_head, hand_cell, label_cell
from .kit import S, _finish
from .layouts_ordershot import _cn_person
from .layouts_viewing import _titled
from .render import Canvas, Span

#: Chinese home-improvement firms (a town's two characters go before them).
CN_FIRMS = (
    "业之峰装饰",
    "东易日盛家居装饰",
    "居然之家装饰",
    "生活家装饰",
    "金螳螂家装",
    "本地匠心装饰",
)
#: Quotation rows: (room, item, unit, unit-price range).
_CN_QUOTE = (
    ("客厅", "墙面乳胶漆(立邦)", "m²", (28, 45)),
    ("客厅", "石膏板吊顶", "m²", (120, 180)),
    ("客厅", "800×800地砖铺贴", "m²", (55, 85)),
    ("主卧", "实木复合地板安装", "m²", (35, 60)),
    ("主卧", "衣柜(颗粒板)", "m²", (680, 980)),
    ("卫生间", "防水(刷两遍)", "m²", (60, 95)),
    ("卫生间", "墙砖铺贴", "m²", (65, 90)),
    ("厨房", "橱柜(含台面)", "延米", (1500, 2600)),
    ("厨房", "铝扣板吊顶", "m²", (110, 150)),
    ("全屋", "水电改造", "项", (8000, 15000)),
    ("阳台", "推拉门", "m²", (380, 560)),
)
_EN_WORKS = (
    ("Strip out existing kitchen and dispose", "item", (450, 900)),
    ("First-fix electrics, 12 sockets", "item", (900, 1600)),
    ("Re-plaster kitchen ceiling", "m²", (18, 30)),
    ("Supply & lay porcelain floor tiles", "m²", (55, 85)),
    ("Fit new base and wall units", "item", (1400, 2600)),
    ("Bathroom refit incl. tanking", "item", (3800, 6500)),
    ("Decorate hall, stairs & landing", "item", (700, 1300)),
)
_EN_FIRMS = (
    "Hartley & Sons Builders",
    "Oakline Renovations Ltd",
    "Brickwell Building Services",
    "Ashdown Home Improvements",
)


def cn_quote(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (900, 980), 1.3, cjk=True, base=900, margin=(0.04, 0.06))
    s, w, W = p.s, right - m, c.width
    f = p.font(17)
    firm = fk.cn_estate()[:2] + rng.choice(CN_FIRMS)
    y = firm_head(
        p,
        m + 30 * s,
        m,
        right,
        firm,
        "营业执照: 91" + fk.digits(16),
        ("热线 ", "0" + fk.digits(3) + "-" + fk.digits(8)),
    )
    y += 44 * s
    c.text(W / 2, y, "装修工程报价单", p.font(26, bold=True), "label", anchor="ms")
    y += 40 * s
    client, title = _cn_person(rng, fk, 0.7)
    who = _titled(client, title)
    c.line(
        m,
        y,
        [S("客户: ", "label"), *who, S("   电话: ", "label"), S(fk.cn_mobile_digits(), "phone")],
        f,
    )
    c.line(m + w * 0.62, y, [S("日期: ", "label"), S(fk.date(), "date")], f)
    y += 32 * s
    c.line(
        m, y, [S("工程地址: ", "label"), S(fk.cn_estate(), "address"), S(fk.cn_door(), "door")], f
    )
    c.line(m + w * 0.62, y, [S("设计师: ", "label"), S(fk.cn_name(honorific=0.0), "name")], f)
    y += 20 * s
    hand = rng.random() < 0.5  # a designer's draft filled in by pen on the firm's blank
    head = ("序号", "房间", "项目名称", "单位", "工程量", "单价(元)", "合价(元)")
    rows = [[label_cell(h) for h in head]]
    total = 0
    for k, (room, item, unit, (lo, hi)) in enumerate(
        sorted(rng.sample(_CN_QUOTE, rng.randint(7, 10))), 1
    ):
        qty = 1 if unit == "项" else round(rng.uniform(3, 40), 1)
        price = rng.randint(lo, hi)
        total += round(qty * price)
        cell = hand_cell if hand else (lambda t, k_: Cell.of(t, k_))
        rows.append(
            [
                Cell.of(str(k), "other", align="c"),
                Cell.of(room, "other"),
                Cell.of(item, "item"),
                Cell.of(unit, "other", align="c"),
                cell(str(qty), "other"),
                cell(str(price), "price"),
                cell(f"{round(qty * price)}", "price"),
            ]
        )
    fee = round(total * 0.05)
    rows.append([Cell((S("管理费(5%)", "label"),), span=6), Cell.of(str(fee), "price", hand=hand)])
    rows.append(
        [Cell((S("合计", "label"),), span=6), Cell.of(f"{total + fee}", "price", hand=hand)]
    )
    widths = [w * k for k in (0.07, 0.1, 0.33, 0.08, 0.12, 0.14, 0.16)]
    y = table(p, m, y, widths, rows, 42 * s, p.font(16), hand_px=24) + 40 * s
    y = (
        c.wrap(
            m,
            y,
            [
                S(
                    "说明: 1.以上报价不含主材(瓷砖、地板、洁具、灯具);2.工程量以实际测量为准;3.本报价有效期30天。",
                    "footer",
                )
            ],
            p.font(15),
            w,
            24 * s,
        )
        + 30 * s
    )
    x = c.line(m, y, [S("客户确认签字:", "label")], f) + 10 * s
    handwritten(
        p,
        x,
        y,
        [S(client, "name")],
        32,
        cjk=True,
    )
    c.line(m + w * 0.55, y, [S("报价人:", "label"), S(fk.cn_name(honorific=0.0), "name")], f)
    return _finish(c, y, 0, pad=m)


def en_quote(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (840, 900), 1.45, cjk=False, base=840, margin=(0.06, 0.08))
    s, w = p.s, right - m
    f = p.font(17)
    firm = rng.choice(_EN_FIRMS)
    y = firm_head(
        p,
        m + 30 * s,
        m,
        right,
        firm,
        "VAT Reg. GB " + fk.digits(9),
        ("Tel ", fk.office_phone("en")),
    )
    y += 44 * s
    c.text(
        m, y, rng.choice(("QUOTATION", "WORK ORDER", "ESTIMATE")), p.font(26, bold=True), "label"
    )
    c.line(
        right - 250 * s,
        y,
        [S("Ref: ", "label"), Span("Q-" + fk.digits(5), "order_number", None)],
        f,
    )
    block = fk.uk_block()
    client = fk.en_name()
    supervisor = fk.en_name()
    rows: list[tuple[str, list[Span]]] = [
        ("Client:", [S(rng.choice(("Mr ", "Mrs ", "Ms ", "")), "other"), S(client, "name")]),
        (
            "Site address:",
            [sp for ln in block for sp in (*(S(t, k) for t, k in ln.segments), S(", ", "other"))][
                :-1
            ],
        ),
        (
            "Phone / e-mail:",
            [S(fk.uk_phone(), "phone"), S(" / ", "other"), S(fk.email(client), "email")],
        ),
        ("Contractor:", [S(firm, "shop")]),
        (
            "Site supervisor:",
            [S(supervisor, "name"), S(" (", "other"), S(fk.uk_phone(), "phone"), S(")", "other")],
        ),
        ("Date:", [S(f"{rng.randint(1, 28)}/{rng.randint(1, 12):02d}/2026", "date")]),
    ]
    for label, value in rows:
        y += 34 * s
        c.text(m, y, label, f, "label")
        y = word_wrap(p, m + 170 * s, y, value, f, w - 170 * s, 26 * s) - 26 * s
    y += 24 * s
    head = [label_cell(h) for h in ("Description", "Qty", "Unit", "Rate £", "Amount £")]
    body, net = [head], 0
    for desc, unit, (lo, hi) in rng.sample(_EN_WORKS, rng.randint(4, 6)):
        qty = 1 if unit == "item" else rng.randint(6, 40)
        rate = rng.randint(lo, hi)
        net += qty * rate
        body.append(
            [
                Cell.of(desc, "item"),
                Cell.of(str(qty), "other", align="r"),
                Cell.of(unit, "other"),
                Cell.of(f"{rate:,.2f}", "price", align="r"),
                Cell.of(f"{qty * rate:,.2f}", "price", align="r"),
            ]
        )
    for label, amount in (("Net", net), ("VAT @ 20%", net // 5), ("Total", net + net // 5)):
        body.append(
            [
                Cell((S(label, "label"),), span=4, align="r"),
                Cell.of(f"{amount:,.2f}", "price", align="r"),
            ]
        )
    y = (
        table(
            p,
            m,
            y,
            [w * k for k in (0.5, 0.08, 0.1, 0.14, 0.18)],
            body,
            38 * s,
            p.font(15),
            cjk=False,
        )
        + 36 * s
    )
    y = (
        word_wrap(
            p,
            m,
            y,
            [
                S(
                    "Payment schedule: 25% deposit on acceptance, 50% at first fix, balance on completion. Quotation valid for 30 days. All work to BS 7671 where applicable.",
                    "footer",
                )
            ],
            p.font(15),
            w,
            22 * s,
        )
        + 30 * s
    )
    x = c.line(m, y, [S("Accepted by client:", "label")], f) + 12 * s
    handwritten(p, x, y, [S(client.split()[-1], "name")], 32, cjk=False)
    y += 40 * s
    x = c.line(m, y, [S("Print name:", "label")], f) + 12 * s
    handwritten(p, x, y, [S(client, "name")], 28, cjk=False)
    return _finish(c, y, 0, pad=m)
