"""Banquets: a restaurant's banquet booking form (宴会预订单) filled in by the sales
manager for a wedding, a birthday or a baby's first-month feast.

The hosts are named after the occasion's roles with no colon ("新郎 X 新娘 Y", "寿星
X"), the booker's name and phone sit in a ruled grid beside their row headers, and
the remarks written by hand hold a second contact's name and phone. The hall, the
date, the number of tables, the set menu and its price, the deposit and the
restaurant's own phone are ordinary; the manager signs after a role word and the
cashier stamps the deposit "已收".
"""

from __future__ import annotations

import random

from .fakedata_occasions import OccasionFaker
from .formkit import RED, Cell, handwritten, memo, sheet, table
from .formkit_blanks import tick_box
from .kit import S, _finish
from .render import Canvas, Span

_HALLS = ("牡丹厅", "金色大厅", "花好月圆厅", "如意厅", "三楼宴会厅")
_MENUS = (("福禄宴", 1888), ("喜庆宴", 2688), ("龙凤呈祥宴", 3588), ("百年好合宴", 4288))
_DISHES = (
    "鸿运乳猪拼盘",
    "清蒸东星斑",
    "花胶炖鸡",
    "蒜蓉粉丝蒸扇贝",
    "金牌烧鹅",
    "上汤时蔬",
    "寿桃",
)
_OCCASIONS = ("婚宴", "寿宴", "满月酒", "升学宴", "订婚宴")


def _hosts(rng: random.Random, fk: OccasionFaker, occasion: str) -> list[Span]:
    """The feast's hosts after their roles, no colon: 新郎 X 新娘 Y, 寿星 X..."""
    if occasion in ("婚宴", "订婚宴"):
        return [
            S("新郎 ", "label"),
            S(fk.cn_name(honorific=0.0), "name"),
            S("  新娘 ", "label"),
            S(fk.cn_name(honorific=0.0), "name"),
        ]
    role = {"寿宴": "寿星 ", "满月酒": "宝宝 ", "升学宴": "学子 "}[occasion]
    return [S(role, "label"), S(fk.cn_name(honorific=0.0), "name")]


def banquet_booking(rng: random.Random) -> Canvas:
    """宴会预订单: booker grid, hosts by role, menu, deposit, hand remarks."""
    fk = OccasionFaker(rng)
    c, p, m, right = sheet(rng, (1240, 1300), 1.4, cjk=True, base=1240, margin=(0.05, 0.07))
    W, s, w = c.width, p.s, right - m
    f = p.font(22)
    hand = rng.random() < 0.7
    restaurant = fk.restaurant().split("(")[0].split("·")[0] + rng.choice(
        ("大酒店", "酒楼", "宴会中心")
    )
    y = m + 50 * s
    c.text(W / 2, y, restaurant, p.font(34, bold=True), "shop", anchor="ms")
    y += 56 * s
    c.text(W / 2, y, "宴会预订单", p.font(32, bold=True), "label", anchor="ms")
    y += 44 * s
    c.line(m, y, [S("订单号 ", "label"), S(fk.digits(10), "other")], f, fill=RED)
    c.line(right - 330 * s, y, [S("预订日期 ", "label"), S(fk.date("iso"), "date")], f)
    y += 24 * s
    occasion = rng.choice(_OCCASIONS)
    booker = fk.cn_name(honorific=0.3)
    menu, price = rng.choice(_MENUS)
    tables = rng.randint(6, 36)
    ink = lambda t, k: Cell.of(t, k, hand=hand)  # noqa: E731 - a filled-in cell
    lab = lambda t: Cell.of(t, "label", align="c")  # noqa: E731
    rows = [
        [lab("宴会类型"), ink(occasion, "other"), lab("宴会日期"), ink(fk.date("cn"), "date")],
        [lab("预订人"), ink(booker, "name"), lab("联系电话"), ink(fk.cn_mobile("plain"), "phone")],
        [lab("宴会厅"), ink(rng.choice(_HALLS), "other"), lab("开席时间"), ink("11:58", "other")],
        [
            lab("桌数"),
            ink(f"{tables}桌(备{rng.randint(1, 3)}桌)", "other"),
            lab("菜单"),
            ink(menu, "item"),
        ],
        [
            lab("餐标"),
            ink(f"¥{price}/桌", "price"),
            lab("订金"),
            ink(f"¥{rng.choice((2000, 3000, 5000))}", "price"),
        ],
    ]
    if rng.random() < 0.5:  # where the wedding cars fetch the bride, or where invitations go
        addr, _pc = fk.cn_address(with_door=1.0)
        where = "接亲地址" if occasion == "婚宴" else "联系地址"
        spans = tuple(S(t, k) for t, k in addr.segments)
        rows.insert(2, [lab(where), Cell(spans, hand=hand, span=3)])
    widths = (w * 0.15, w * 0.35, w * 0.15, w * 0.35)
    y = table(p, m, y, widths, rows, 64 * s, f, hand_px=30, cjk=True)
    y += 56 * s
    c.line(m, y, _hosts(rng, fk, occasion), p.font(28, bold=True))
    y += 56 * s
    c.text(m, y, "酒水及服务", f, "label")
    x = m + 150 * s
    for option in ("自带酒水", "酒店提供", "LED屏", "婚庆布置", "停车位"):
        x = tick_box(p, x, y, option, rng.random() < 0.5, f) + 26 * s
    y += 56 * s
    c.text(m, y, f"{menu}菜单 (每桌)", p.font(24, bold=True), "label")
    y += 40 * s
    dishes = rng.sample(_DISHES, 5)
    for k in range(0, len(dishes), 3):
        c.text(m + 20 * s, y, "    ".join(dishes[k : k + 3]), p.font(20), "item")
        y += 34 * s
    y += 20 * s
    second = fk.cn_name(honorific=rng.choice((0.0, 0.6)))
    remark = rng.choice(
        (
            [S("当天联系", "other"), S(second, "name"), S(fk.cn_mobile("plain"), "phone")],
            [S("婚庆公司", "other"), S(second, "name"), S(f"电话{fk.cn_mobile('plain')}", "phone")],
            [S("主桌12人 ", "other"), S(second, "name"), S("负责接待", "other")],
        )
    )
    y = memo(p, m, y, "备注", remark, f, w, hand=True)
    y += 30 * s
    manager = fk.cn_name(honorific=0.0)
    c.text(m, y, "宴会销售经理", f, "label")
    handwritten(p, m + 160 * s, y, [S(manager, "name")], 32, cjk=True, width=180 * s)
    c.text(m + w * 0.5, y, "客户签字", f, "label")
    handwritten(p, m + w * 0.5 + 110 * s, y, [S(booker, "name")], 32, cjk=True, width=180 * s)
    c.draw.rectangle(
        [right - 150 * s, y - 110 * s, right - 20 * s, y - 50 * s],
        outline=RED,
        width=max(3, int(4 * s)),
    )
    c.text(
        right - 85 * s,
        y - 68 * s,
        "订金已收",
        p.font(24, bold=True),
        "other",
        anchor="ms",
        fill=RED,
    )
    y += 60 * s
    for note in (
        "1. 订金不设退还,如需改期请提前30天通知。",
        f"2. 酒店订餐热线 {fk.cn_landline()},地址见门店指引。",
    ):
        y = c.wrap(m, y, [S(note, "footer")], p.font(18), w, 28 * s, max_lines=2)
    return _finish(c, y, m)


LAYOUTS = {"banquet_booking": banquet_booking}
