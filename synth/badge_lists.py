"""Lists of a fair or meeting's attendees for :mod:`synth.layouts_badge`: an
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
    CN_EXHIBIT_ROLES,
    CN_FAIRS,
    CN_HALLS,
    CN_JOBS,
    CN_MEETINGS,
    CN_PLACES,
    CN_STAFF_NOTES,
    CN_UNITS,
)
from .fakedata_money import MoneyFaker
from .formkit import Cell, fit, handwritten, seal, sheet, table
from .formkit_fill import ruled_entry
from .formkit_slips import label_cell
from .kit import S, _finish
from .render import Canvas


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
