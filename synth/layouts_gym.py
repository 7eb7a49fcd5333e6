"""Fitness: a gym's membership contract (健身会员入会协议) filled in at the front desk.

The member's details are written by hand in coloured or black ballpoint inside
printed boxes, each box's label printed small in its top-left corner with the
value under it (no colon, no row), the ID number one character per box; the
membership plan is ticked, its prices sit in a ruled table, the terms are small
print, and the contract ends with the member's signature, the membership adviser's
name after a role word and the club's seal. The club's own name, phone and terms
are ordinary.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from .fakedata_community import CommunityFaker
from .formkit import HAND_INKS, RED, Cell, face_photo, fit, role_line, seal, sheet, table
from .formkit_blanks import char_boxes, tick_box
from .kit import Pen, S, _finish, hand_font
from .render import Canvas, Span

_BRANDS = ("力健", "悦动", "超燃", "铁馆", "轻氧", "型格", "乐活")
_PLANS = (("月卡", 1, 399), ("季卡", 3, 999), ("半年卡", 6, 1680), ("年卡", 12, 2880))
_TERMS = (
    "会员卡仅限本人使用,不得转借他人,入场时须刷卡或人脸识别。",
    "会籍生效后不予退款;因伤病可凭医院证明申请停卡一次,最长30天。",
    "会员须如实告知身体状况,有心脏病、高血压等疾病者请勿进行剧烈运动。",
    "私教课程有效期内未上完的课时不予退还,可转让一次(收取手续费)。",
    "请妥善保管个人物品,贵重物品请存放于前台,遗失本店不承担责任。",
    "营业时间:06:30-22:30,节假日营业时间另行通知。",
    "本协议一式两份,会员与本店各执一份,自双方签字盖章之日起生效。",
)


def _boxed(
    p: Pen,
    x: float,
    y: float,
    w: float,
    h: float,
    label: str,
    value: Sequence[Span],
    ink: tuple[int, int, int],
) -> None:
    """A printed box with its label small in the top-left corner and the value
    written by hand under the label."""
    c = p.c
    c.box(x, y, x + w, y + h, width=max(1, round(1.5 * p.s)))
    lf = p.font(17)
    c.text(x + 8 * p.s, y + 22 * p.s, label, lf, "label", fill=(45, 45, 45))
    text = "".join(sp.text for sp in value)
    if text:
        hf = fit(p, hand_font(p, 32, cjk=True), text, w - 24 * p.s)
        c.line(x + 16 * p.s, y + h - 14 * p.s, value, hf, fill=ink)


def gym_membership_contract(rng: random.Random) -> Canvas:
    """会员入会协议: boxed details by hand, ticked plan, price table, terms, signatures."""
    fk = CommunityFaker(rng)
    c, p, m, right = sheet(rng, (1240, 1300), 1.45, cjk=True, base=1240, margin=(0.05, 0.07))
    W, w = c.width, right - m
    f = p.font(rng.uniform(20, 22))
    ink = rng.choice((*HAND_INKS, (170, 30, 40)))  # some desks hand out a red pen
    brand = rng.choice(_BRANDS) + rng.choice(("健身", "健身俱乐部", "运动馆"))
    y = m + 50 * p.s
    c.text(m, y, brand, p.font(34, bold=True), "brand")
    c.text(
        right,
        y,
        rng.choice(("FITNESS CLUB", "GYM & YOGA", "24H FITNESS")),
        p.font(22, bold=True),
        "brand",
        anchor="rs",
    )
    y += 24 * p.s
    c.hline(m, right, y, width=max(2, int(4 * p.s)))
    y += 62 * p.s
    c.text(
        W / 2,
        y,
        rng.choice(("会员入会协议书", "会籍合同", "会员入会申请表及协议")),
        p.font(34, bold=True),
        "label",
        anchor="ms",
    )
    y += 44 * p.s
    c.line(m, y, [S("合同编号 ", "label"), S(fk.digits(10), "other")], f, fill=RED)
    c.line(right - 330 * p.s, y, [S("会员卡号 ", "label"), S(fk.gym_member_no(), "id_number")], f)
    y += 30 * p.s
    photo = rng.random() < 0.5
    bh = 76 * p.s
    col = (w - (170 * p.s if photo else 0)) / 3
    name = fk.cn_name(honorific=0.0)
    region, street, door = fk.cn_address_parts()
    rows = [
        [
            ("姓名", [S(name, "name")]),
            ("性别", [S(fk.sex(), "other")]),
            ("出生日期", [S(fk.dob("iso"), "id_number")]),
        ],
        [
            ("手机号码", [S(fk.cn_mobile("plain"), "phone")]),
            ("微信号", [S(fk.wechat_id(), "id_number")]),
            ("职业", [S(rng.choice(("教师", "程序员", "学生", "会计", "自由职业")), "other")]),
        ],
        [
            ("紧急联系人", [S(fk.cn_name(honorific=0.0), "name")]),
            ("紧急联系电话", [S(fk.cn_mobile_digits(), "phone")]),
            ("健身目标", [S(rng.choice(("减脂", "增肌", "塑形", "康复")), "other")]),
        ],
    ]
    top = y
    for row in rows:
        for k, (lab, val) in enumerate(row):
            _boxed(p, m + k * col, y, col, bh, lab, val, ink)
        y += bh
    _boxed(
        p,
        m,
        y,
        col * 3,
        bh,
        rng.choice(("家庭住址", "现住址", "通讯地址")),
        [S(region + street, "address"), S(door, "door")],
        ink,
    )
    y += bh
    if photo:
        px = m + col * 3 + 14 * p.s
        c.box(px, top, right, top + bh * 3, width=1)
        face_photo(p, px + 8 * p.s, top + 8 * p.s, right - px - 16 * p.s, bh * 3 - 16 * p.s)
    y += 44 * p.s
    x = c.line(m, y, [S("身份证号码", "label")], f)
    char_boxes(
        p,
        x + 16 * p.s,
        y - 36 * p.s,
        fk.cn_resident_id(),
        "id_number",
        box=min(48 * p.s, (right - x - 20 * p.s) / 18),
        count=18,
        cjk=False,
    )
    y += 70 * p.s
    c.text(m, y, "会籍类型", p.font(24, bold=True), "label")
    y += 46 * p.s
    plan = rng.randrange(len(_PLANS))
    x = m
    for k, (word, _, _) in enumerate(_PLANS):
        x = tick_box(p, x, y, word, k == plan, f) + 36 * p.s
    coach = rng.random() < 0.5
    tick_box(p, x, y, f"私教课程 {rng.choice((10, 20, 30))}节", coach, f)
    y += 34 * p.s
    word, months, fee = _PLANS[plan]
    body = [
        [Cell.of(h, "label", align="c") for h in ("项目", "有效期", "原价", "实收金额", "赠送")]
    ]
    start = fk.date()
    body.append(
        [
            Cell.of(word, "item", align="c"),
            Cell.of(f"{start} 起 {months}个月", "date", align="c"),
            Cell.of(f"¥{fee}", "price", align="c"),
            Cell.of(f"¥{fee - rng.choice((0, 100, 200, 300))}", "price", hand=True, align="c"),
            Cell.of(rng.choice(("送1个月", "体测1次", "毛巾", "")), "other", hand=True, align="c"),
        ]
    )
    y = table(p, m, y, [w * k for k in (0.16, 0.34, 0.14, 0.18, 0.18)], body, 52 * p.s, f, ink=ink)
    y += 52 * p.s
    c.text(m, y, "会员须知", p.font(22, bold=True), "label")
    y += 36 * p.s
    small = p.font(17)
    for k, term in enumerate(rng.sample(_TERMS, rng.randint(4, len(_TERMS)))):
        y = c.wrap(m, y, [S(f"{k + 1}. {term}", "footer")], small, w, 27 * p.s, max_lines=2)
    y += 50 * p.s
    x = c.line(m, y, [S("会员签字", "label")], f)
    c.line(x + 20 * p.s, y + 4 * p.s, [S(name, "name")], hand_font(p, 40, cjk=True), fill=ink)
    role_line(
        p,
        W * 0.45,
        y,
        rng.choice(("会籍顾问", "销售顾问", "经办人")),
        fk.cn_name(honorific=0.0),
        f,
        sep="  ",
    )
    y += 56 * p.s
    c.line(m, y, [S("签约日期 ", "label"), S(start, "date")], f)
    seal(p, right - 110 * p.s, y - 40 * p.s, 90 * p.s, brand)
    y += 50 * p.s
    c.text(m, y, f"{brand} 前台电话 0{rng.randint(20, 29)}-{fk.digits(8)}", small, "footer")
    return _finish(c, y, m, pad=30 * p.s)


LAYOUTS = {"gym_membership_contract": gym_membership_contract}
