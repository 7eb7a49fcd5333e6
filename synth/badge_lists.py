"""Forms and lists of a fair or meeting's attendees for :mod:`synth.layouts_badge`:
the 观众登记表 by pen with a business card stapled into its box (the card's firm phone
and address are business data, its WeChat ID on the form an ``id_number``); an
exhibitor's 参展商证件申请表 (real-name badges, so each staff row has its ID number),
and a meeting's 签到表, a printed list signed by hand (walk-ins written at the end)
or a blank sheet written row by row.

Personal: the contact, staff and attendees (``name``; their hand signatures too; after
会务联系人 王老师 only the surname), mobiles, ID numbers. Ordinary: fairs, meetings,
places, booths, units, jobs, badge kinds, counts, notes and the exhibitor's seal.
"""

from __future__ import annotations

import random

from .badge_words import (
    CN_CHANNELS,
    CN_DATES,
    CN_EXHIBIT_ROLES,
    CN_FAIRS,
    CN_FORM_NOTES,
    CN_HALLS,
    CN_INTERESTS,
    CN_JOBS,
    CN_MEETINGS,
    CN_NATURE,
    CN_PLACES,
    CN_PURPOSES,
    CN_STAFF_NOTES,
    CN_UNITS,
)
from .fakedata_money import MoneyFaker
from .formkit import RED, Cell, fit, handwritten, seal, sheet, table
from .formkit_blanks import tick_box
from .formkit_fill import ruled_entry
from .formkit_slips import grid_rows, label_cell
from .kit import Pen, S, _finish
from .render import Canvas, Span


def cn_staff_form(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """An exhibitor's request for staff badges: real-name, so each row carries an ID."""
    c, p, m, right = sheet(rng, (1300, 1400), 1.2, cjk=True, base=1300, margin=0.05)
    s = p.s
    fair, _, venue, _ = rng.choice(CN_FAIRS)
    y = m + 34 * s
    c.text(c.width / 2, y, fair, p.font(24, bold=True), "other", anchor="ms")
    y += 48 * s
    c.text(
        c.width / 2,
        y,
        rng.choice(("参展商证件申请表", "展商证办理登记表")),
        p.font(30, bold=True),
        "label",
        anchor="ms",
    )
    y += 56 * s
    f = p.font(18)
    hand = rng.random() < 0.5
    mid = (m + right) / 2
    firm = fk.cn_company()
    ruled_entry(p, m, mid - 30 * s, y, ("参展单位:", [S(firm, "other")]), hand, f, cjk=True)
    booth = f"{rng.choice(CN_HALLS)}{rng.choice('ABCDEFGH')}{rng.randint(1, 60)}"
    ruled_entry(p, mid, right, y, ("展位号:", [S(booth, "other")]), hand, f, cjk=True)
    y += 54 * s
    ruled_entry(
        p,
        m,
        mid - 30 * s,
        y,
        ("联系人:", [S(fk.cn_name(honorific=0.0), "name")]),
        hand,
        f,
        cjk=True,
    )
    ruled_entry(
        p,
        mid,
        right,
        y,
        ("联系电话:", [S(fk.cn_mobile(fk.cn_mobile_digits()), "phone")]),
        hand,
        f,
        cjk=True,
    )
    y += 30 * s
    heads = ("序号", "姓名", "性别", "身份证号码", "手机号码", "职务", "证件类型")
    rows = [[label_cell(h) for h in heads]]
    for k in range(rng.randint(3, 6)):
        cells = [
            (fk.cn_name(honorific=0.0), "name"),
            (fk.sex(), "other"),
            (fk.cn_resident_id(x_prob=0.08), "id_number"),
            (fk.cn_mobile_digits(), "phone"),
            (rng.choice(("销售", "技术支持", "经理", "市场专员", "布展")), "other"),
            (rng.choice(CN_EXHIBIT_ROLES), "other"),
        ]
        rows.append(
            [
                Cell.of(str(k + 1), "other", align="c"),
                *(Cell.of(t, kind, hand=hand) for t, kind in cells),
            ]
        )
    rows += [[Cell.of(str(len(rows)), "other", align="c"), *(Cell.of("", "other"),) * 6]]
    widths = [(right - m) * k for k in (0.06, 0.12, 0.07, 0.28, 0.19, 0.14, 0.14)]
    y = table(p, m, y + 20 * s, widths, rows, 54 * s, p.font(17), hand_px=28)
    y += 40 * s
    for note in CN_STAFF_NOTES:
        y = c.wrap(m, y, [S(note, "footer")], p.font(15), right - m, 26 * s, max_lines=2)
    y += 90 * s
    c.line(m, y, [S("单位(盖章):", "label")], f)
    seal(p, m + 260 * s, y - 20 * s, 70 * s, firm[3:13])
    c.line(mid + 100 * s, y, [S("日期: ", "label"), S(fk.date("cn"), "date")], f)
    return _finish(c, y, m // 2, pad=40 * s)


def cn_signin(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """A meeting's 签到表: a printed list each signs, or a blank sheet written row by row."""
    c, p, m, right = sheet(rng, (1300, 1400), 1.25, cjk=True, base=1300, margin=0.05)
    s = p.s
    meeting = rng.choice(CN_MEETINGS)
    y = m + 40 * s
    c.text(
        c.width / 2,
        y,
        meeting,
        fit(p, p.font(26, bold=True), meeting, right - m),
        "other",
        anchor="ms",
    )
    y += 50 * s
    c.text(
        c.width / 2,
        y,
        rng.choice(("签到表", "参会人员签到表", "会议签到表")),
        p.font(30, bold=True),
        "label",
        anchor="ms",
    )
    y += 44 * s
    f = p.font(17)
    c.line(
        m,
        y,
        [S("时间: ", "label"), S(f"{fk.date('cn')} {rng.choice(('9:00', '14:30'))}", "date")],
        f,
    )
    c.line((m + right) / 2, y, [S("地点: ", "label"), S(rng.choice(CN_PLACES), "other")], f)
    y += 22 * s
    printed = rng.random() < 0.55
    heads = ("序号", "姓名", "单位", "职务", "联系电话", "签名")
    rows = [[label_cell(h) for h in heads]]
    n = rng.randint(9, 14)
    for k in range(n):
        name = fk.cn_name(honorific=0.0)
        walk_in = printed and k >= n - rng.randint(1, 3)
        by_hand = not printed or walk_in
        phone = fk.cn_mobile(rng.choice(("plain", "plain", "space", "dash")))
        signed = rng.random() < (0.85 if printed else 0.6)
        rows.append(
            [
                Cell.of(str(k + 1), "other", align="c"),
                Cell.of(name, "name", hand=by_hand, align="c"),
                Cell.of(rng.choice(CN_UNITS), "other", hand=by_hand),
                Cell.of(rng.choice(CN_JOBS), "other", hand=by_hand, align="c"),
                Cell.of(phone if by_hand or rng.random() < 0.85 else "", "phone", hand=by_hand),
                Cell.of(name if signed or walk_in else "", "name", hand=True, align="c"),
            ]
        )
    widths = [(right - m) * k for k in (0.06, 0.14, 0.30, 0.12, 0.21, 0.17)]
    y = table(p, m, y, widths, rows, 50 * s, p.font(17), hand_px=28)
    y += 40 * s
    x = c.line(m, y, [S("会务联系人: ", "label")], f)
    if rng.random() < 0.5:  # 王老师: only the surname is the person's
        x = c.line(x, y, [S(fk.cn_surname(), "name"), S("老师", "other")], f)
    else:
        x = c.line(x, y, [S(fk.cn_name(honorific=0.0), "name")], f)
    c.line(x + 20 * s, y, [S(fk.cn_mobile_digits(), "phone")], f)
    if rng.random() < 0.5:
        handwritten(
            p,
            right - 300 * s,
            y,
            [S(f"应到{n}人 实到{n - rng.randint(0, 3)}人", "other")],
            26,
            cjk=True,
        )
    return _finish(c, y, m // 2, pad=14 * s)


def _card(p: Pen, fk: MoneyFaker, x: float, y: float, w: float, h: float, who: list[str]) -> None:
    """A business card stapled into the form's box: ``who`` is name, firm, title, mobile
    and e-mail; the firm's own phone and address; two staples across its top edge."""
    name, firm, title, mobile, mail = who
    c, s = p.c, p.s
    c.draw.rectangle([x + 4 * s, y + 4 * s, x + w + 4 * s, y + h + 4 * s], fill=(205, 205, 205))
    c.draw.rectangle([x, y, x + w, y + h], fill=(255, 255, 253), outline=(170, 170, 170))
    c.text(x + 18 * s, y + 34 * s, firm, fit(p, p.font(17), firm, w - 36 * s), "other")
    c.text(x + 18 * s, y + 86 * s, name, p.font(32, bold=True), "name")
    c.text(
        x + 30 * s + p.width(name, p.font(32, bold=True)),
        y + 86 * s,
        title,
        p.font(16),
        "other",
    )
    f = p.font(15)
    rows = [
        [S("手机: ", "label"), S(mobile, "phone")],
        [S("电话: ", "label"), Span(fk.office_phone("cn"), "shop_phone", None)],
        [S("邮箱: ", "label"), S(mail, "email")],
        [S("地址: ", "label"), Span(fk.office_address("cn")[0], "shop_address", None)],
    ]
    yy = y + 124 * s
    for row in rows:
        text = "".join(sp.text for sp in row)
        c.line(x + 18 * s, yy, row, fit(p, f, text, w - 36 * s))
        yy += 26 * s
    for sx in (x + w * 0.25, x + w * 0.75):  # staples
        c.draw.line(
            [(sx - 22 * s, y + 10 * s), (sx + 22 * s, y + 10 * s)],
            fill=(120, 120, 125),
            width=max(2, round(4 * s)),
        )


def _mobile_form(fk: MoneyFaker) -> str:
    return fk.r.choice(("plain", "space", "dash"))


def _ticks(p: Pen, m: float, right: float, y: float, head: str, options: tuple[str, ...]) -> float:
    """A question and its options in tick boxes, wrapped to the width; returns next y."""
    f = p.font(17)
    x = p.c.line(m, y, [S(head, "label")], f) + 14 * p.s
    picked = set(p.r.sample(options, p.r.randint(1, min(3, len(options)))))
    for option in options:
        if x + p.width(option, f) + 40 * p.s > right:
            x, y = m + 30 * p.s, y + 36 * p.s
        x = tick_box(p, x, y, option, option in picked, f) + 22 * p.s
    return y + 44 * p.s


def cn_visitor_form(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1280), 1.5, cjk=True, base=1200, margin=0.06)
    s = p.s
    fair, fair_en, venue, _ = rng.choice(CN_FAIRS)
    y = m + 34 * s
    c.text(c.width / 2, y, fair, p.font(24, bold=True), "other", anchor="ms")
    y += 48 * s
    c.text(
        c.width / 2,
        y,
        "观众登记表 VISITOR REGISTRATION",
        p.font(28, bold=True),
        "label",
        anchor="ms",
    )
    y += 34 * s
    c.line(right - 230 * s, y, [S("No.", "label"), S(fk.digits(7), "other")], p.font(18), fill=RED)
    c.text(m, y, f"{rng.choice(CN_DATES)}  {venue}", p.font(16), "other")
    y += 24 * s
    hand = rng.random() < 0.8
    name = fk.cn_name(honorific=0.0)
    card_w, card_h = 430 * s, 250 * s
    cx = right - card_w
    c.draw.rectangle(
        [cx - 10 * s, y, right, y + card_h + 20 * s],
        outline=(150, 150, 150),
        width=max(1, round(s)),
    )
    who = [name, fk.cn_company(), fk.title("cn"), fk.cn_mobile(_mobile_form(fk)), fk.email()]
    if rng.random() < 0.65:  # the visitor's card, or now and then a colleague's
        other = [
            fk.cn_name(honorific=0.0),
            who[1],
            fk.title("cn"),
            fk.cn_mobile_digits(),
            fk.email(),
        ]
        _card(p, fk, cx, y + 10 * s, card_w - 16 * s, card_h, who if rng.random() < 0.75 else other)
    else:
        c.text(
            cx + card_w / 2,
            y + card_h / 2,
            "名片粘贴处",
            p.font(22),
            "label",
            anchor="mm",
            fill=(100, 100, 100),
        )
    f = p.font(18)
    ly = y + 50 * s
    c.text(m, ly, "如已粘贴名片,带*项可不填", p.font(15), "footer", fill=(60, 60, 60))
    ly += 50 * s
    ruled_entry(p, m, cx - 40 * s, ly, ("填表日期:", [S(fk.date("cn"), "date")]), hand, f, cjk=True)
    ly += 56 * s
    ruled_entry(
        p,
        m,
        cx - 40 * s,
        ly,
        ("参观日期:", [S(rng.choice(("首日", "第二天", "全程")), "other")]),
        hand,
        f,
        cjk=True,
    )
    y += card_h + 50 * s
    mobile = who[3] if rng.random() < 0.7 else fk.cn_mobile_digits()
    rows = grid_rows(
        [
            [("*姓名", name, "name"), ("性别", fk.sex(), "other")],
            [("*公司名称", who[1], "other")],
            [
                ("部门", rng.choice(("采购部", "市场部", "技术部", "总经办", "销售部")), "other"),
                ("*职务", who[2], "other"),
            ],
            [
                ("*手机", mobile, "phone"),
                ("电话", [Span(fk.office_phone("cn"), "shop_phone", None)], ""),
            ],
            [("*邮箱", who[4], "email"), ("微信号", fk.wechat_id(), "id_number")],
            [("公司地址", [Span(fk.office_address("cn")[0], "shop_address", None)], "")],
        ],
        hand=hand,
    )
    widths = [(right - m) * k for k in (0.14, 0.36, 0.14, 0.36)]
    y = table(p, m, y, widths, rows, 58 * s, p.font(18), hand_px=30)
    y += 46 * s
    y = _ticks(p, m, right, y, "公司性质:", CN_NATURE)
    y = _ticks(p, m, right, y, "感兴趣的产品:", tuple(rng.sample(CN_INTERESTS, 7)))
    y = _ticks(p, m, right, y, "参观目的:", CN_PURPOSES)
    y = _ticks(p, m, right, y, "您从何处获知本展会:", CN_CHANNELS)
    y += 10 * s
    for note in CN_FORM_NOTES:
        y = c.wrap(m, y, [S(note, "footer")], p.font(15), right - m, 26 * s, max_lines=2)
    y += 16 * s
    c.line(
        m,
        y,
        [
            S("组委会服务热线:", "label"),
            Span(f"400-{fk.digits(3)}-{fk.digits(4)}", "shop_phone", None),
        ],
        p.font(16),
    )
    return _finish(c, y, m // 2, pad=10 * s)
