"""A bakery's till-printed cake order (蛋糕预订小票), used by :mod:`synth.layouts_cake`
(see its docstring for what is personal): the same order as the hand-filled form, but
every value printed after its label on narrow thermal paper, the delivery address
wrapped over lines, the inscription after 祝福语, and the clerk after a staff number.
"""

from __future__ import annotations

import random

from .fakedata_errands import ErrandFaker
from .kit import Faces, Pen, S, _finish, _ink, _paper, hand_font
from .render import Canvas, Span

_CAKES = (
    ("芒果慕斯", 198),
    ("黑森林", 168),
    ("草莓奶油", 238),
    ("榴莲千层", 288),
    ("抹茶红豆", 218),
)
_EXTRAS = (("数字蜡烛", 5), ("生日帽", 3), ("餐具(套)", 0), ("巧克力插牌", 10))


def cake_ticket(rng: random.Random, fk: ErrandFaker) -> Canvas:
    """A thermal cake order ticket: shop, order number, customer, pick-up or delivery,
    inscription, items and money, clerk; a hand-written note may be added at the foot."""
    W = rng.choice((540, 580))
    c = Canvas(W, W * 4, paper=_paper(rng, thermal=True), ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=True), W / 560)
    s, m = p.s, int(W * 0.06)
    right, w = W - m, W - 2 * m
    f = p.font(20, mono=rng.random() < 0.4)
    lh = f.size * 1.5
    shop = rng.choice(("麦香坊", "金麦穗", "可颂")) + rng.choice(("烘焙", "蛋糕"))
    y = m + 34 * s
    c.text(W / 2, y, shop, p.font(30, bold=True), "shop", anchor="ms")
    y += lh * 1.3
    c.text(
        W / 2,
        y,
        rng.choice(("蛋糕预订单", "预订小票(顾客联)")),
        p.font(24, bold=True),
        "label",
        anchor="ms",
    )
    y += lh * 1.2
    head = [
        ("门店:", S(rng.choice(("人民路店", "万达店", "高新店")), "other")),
        ("单号:", S(fk.digits(14, True), "other")),
        ("下单:", S(f"{fk.date()} {fk.time(False)}", "date")),
    ]
    body: list[tuple[str, list[Span]]] = [
        ("取货人:", [S(fk.cn_name(honorific=0.4), "name")]),
        ("电话:", [S(fk.cn_mobile(rng.choice(("plain", "masked", "dash"))), "phone")]),
        (
            "取货时间:",
            [
                S(
                    f"{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(9, 20)}:00",
                    "date",
                )
            ],
        ),
    ]
    if rng.random() < 0.5:
        addr, _pc = fk.cn_address(with_door=0.95)
        body.append(("配送地址:", [S(t, k) for t, k in addr.segments]))
    else:
        body.append(("取货方式:", [S("到店自取", "other")]))
    who = fk.cn_given_name() if rng.random() < 0.6 else fk.cn_name(honorific=0.0)
    body.append(("祝福语:", [S("祝", "other"), S(who, "name"), S("生日快乐", "other")]))
    for label, value in [(k, [v]) for k, v in head] + body:
        x = c.line(m, y, [S(label, "label")], f) + 8 * s
        y = c.wrap(x, y, value, f, right - x, lh, max_lines=3)
        if label == "下单:":
            c.hline(m, right, y - lh * 0.55, width=1, dash=int(6 * s))
            y += lh * 0.3
    c.hline(m, right, y - lh * 0.55, width=1, dash=int(6 * s))
    y += lh * 0.3
    cake, price = rng.choice(_CAKES)
    lines = [(f"{rng.choice((6, 8, 10, 12))}寸{cake} x1", price)]
    for n, v in rng.sample(_EXTRAS, 2):
        k = rng.randint(1, 10)
        lines.append((f"{n} x{k}", v * k))
    for item, v in lines:
        c.text(m, y, item, f, "item")
        c.text(right, y, f"¥{v:.2f}", f, "price", anchor="rs")
        y += lh
    total = sum(v for _, v in lines)
    paid = rng.choice((50, 100, total))
    for label, v in (("合计:", total), ("已付定金:", paid), ("到店待付:", total - paid)):
        c.text(m, y, label, f, "label")
        c.text(right, y, f"¥{v:.2f}", f, "price", anchor="rs")
        y += lh
    c.line(
        m,
        y,
        [
            S("营业员:", "label"),
            S(f"{rng.randint(1, 99):03d} ", "other"),
            S(fk.cn_name(honorific=0.0), "name"),
        ],
        f,
    )
    y += lh * 1.3
    y = c.wrap(
        m,
        y,
        [
            S(
                "定制蛋糕不退不换,请凭此小票取货。服务热线 400-"
                + fk.digits(3)
                + "-"
                + fk.digits(4),
                "footer",
            )
        ],
        p.font(16),
        w,
        lh * 0.8,
        max_lines=3,
    )
    if rng.random() < 0.5:  # the clerk's pen note on the ticket
        note = [
            S(rng.choice(("到了先打电话 ", "放门卫,联系 ", "改送公司,联系 ")), "other"),
            S(fk.cn_mobile("plain"), "phone"),
        ]
        c.line(m, y + lh * 0.6, note, hand_font(p, 28, cjk=True), fill=(25, 35, 120))
        y += lh * 1.4
    return _finish(c, y, 0, pad=m)
