"""School trips and parents' consent. A school's 研学旅行 / 春游 家长知情同意书 (the trip's
destination, dates, transport and cost; the teacher in charge by name or as surname +
老师 with a mobile; the school's office line; the rules) with its 回执 torn off below a
dashed cut line and filled in by pen (pupil, class, 学籍号, the parent with relation,
mobile and ID for the insurance, allergies or medicines, 同意 / 不同意 ticked, signature,
date), a coach's seating list for the insurer (seat, pupil, sex, ID, a parent's phone,
notes; the teacher and driver on board), or an English school trip consent form and a
French autorisation de sortie scolaire (:mod:`synth.schooltrip_latin`).

Personal: pupils, parents, teachers and drivers (``name``; after 老师, Mr, Mrs only the
name), IDs, 学籍号 and dates of birth (``id_number``), homes with their room or flat
(``door``), phones, a teacher's own mobile. Ordinary: trips, destinations, dates,
costs, transport, classes, relations, seats, allergies and medicines, rules; a school's
office line and a GP surgery's are business data.
"""

from __future__ import annotations

import random

from .fakedata_consents import ConsentFaker
from .formkit import Cell, fit, handwritten, seal, sheet, table
from .formkit_blanks import tick_box
from .formkit_slips import grid_rows, label_cell
from .kit import S, _finish, biz
from .render import Canvas, Span
from .schooltrip_latin import en_form, fr_autorisation
from .schooltrip_words import (
    CN_GRADES,
    CN_HEALTH,
    CN_RELATIONS,
    CN_RULES,
    CN_SCHOOLS,
    CN_SEAT_NOTES,
    CN_TRIPS,
)


def _teacher(rng: random.Random, fk: ConsentFaker) -> list[Span]:
    """The teacher in charge: a full name, or a surname + 老师 (only the surname a name)."""
    if rng.random() < 0.5:
        return [S(fk.cn_name(honorific=0.0), "name"), S("老师", "other")]
    return [S(fk.cn_surname(), "name"), S("老师", "other")]


def _cn_consent(rng: random.Random, fk: ConsentFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1300), 1.7, cjk=True, base=1200, margin=0.06)
    s, w = p.s, right - m
    school, office = rng.choice(CN_SCHOOLS)
    kind, place, transport, cost = rng.choice(CN_TRIPS)
    grade = rng.choice(CN_GRADES)
    y = m + 36 * s
    c.text(c.width / 2, y, school, p.font(24, bold=True), "shop", anchor="ms")
    y += 46 * s
    c.text(
        c.width / 2,
        y,
        f"2026年{grade}{kind}家长知情同意书",
        p.font(28, bold=True),
        "label",
        anchor="ms",
    )
    y += 56 * s
    f, lh = p.font(18), 30 * s
    c.text(m, y, "尊敬的家长:", f, "other")
    y += lh + 6 * s
    mon, day = rng.randint(3, 11), rng.randint(1, 25)
    days = rng.choice((1, 1, 3, 5))
    when = f"2026年{mon}月{day}日" + (f"至{mon}月{day + days - 1}日" if days > 1 else "")
    intro = f"为拓宽学生视野,经学校研究决定,于{when}组织{grade}学生赴{place}开展{kind.removesuffix('活动')}活动。现将有关事项告知如下:"
    y = c.wrap(m + 36 * s, y, [S(intro, "other")], f, w - 36 * s, lh, max_lines=3) + 6 * s
    for label, value in (
        ("活动时间:", [S(when, "date")]),
        ("活动地点:", [S(place, "other")]),
        ("交通方式:", [S(transport, "other")]),
        ("费用标准:", [S(f"{cost}/人(含交通、门票、餐费、保险)", "other")]),
        (
            "带队教师:",
            [
                *_teacher(rng, fk),
                S("  手机:", "label"),
                S(fk.cn_mobile(rng.choice(("plain", "dash"))), "phone"),
            ],
        ),
        ("学校联系电话:", [biz(office, "shop_phone")]),
    ):
        c.line(m + 36 * s, y, [S(label, "label"), *value], f)
        y += lh
    y += 6 * s
    for rule in sorted(rng.sample(CN_RULES, 3)):
        y = c.wrap(m + 36 * s, y, [S(rule, "footer")], p.font(16), w - 36 * s, 26 * s, max_lines=2)
    y += 20 * s
    c.text(right, y, f"{school}", fit(p, f, school, w * 0.5), "other", anchor="rs")
    y += lh
    c.text(right, y, f"2026年{max(1, mon - 1)}月{rng.randint(1, 28)}日", f, "date", anchor="rs")
    seal(p, right - 120 * s, y - 70 * s, 62 * s, school)
    y += 50 * s
    c.hline(m, right, y, width=1, dash=10)
    c.text(c.width / 2, y - 8 * s, "✂ 请沿此线剪下", p.font(14), "footer", anchor="ms")
    y += 50 * s
    c.text(c.width / 2, y, "回  执", p.font(24, bold=True), "label", anchor="ms")
    y += 20 * s
    parent = fk.cn_name(honorific=0.0)
    rows = grid_rows(
        [
            [
                ("学生姓名", fk.cn_name(honorific=0.0), "name"),
                ("班级", f"{grade}({rng.randint(1, 12)})班", "other"),
            ],
            [("学籍号", fk.student_roll_no(), "id_number")],
            [("家长姓名", parent, "name"), ("与学生关系", rng.choice(CN_RELATIONS), "other")],
            [
                ("家长手机", fk.cn_mobile(), "phone"),
                ("家长身份证号", fk.id_born(1970, 1995), "id_number"),
            ],
            [("过敏史/特殊疾病", rng.choice(CN_HEALTH), "other")],
        ],
        hand=True,
    )
    y = (
        table(
            p, m, y, [w * 0.18, w * 0.3, w * 0.18, w * 0.34], rows, 52 * s, p.font(16), hand_px=28
        )
        + 40 * s
    )
    agree = rng.random() < 0.85
    x = c.line(m, y, [S("家长意见:", "label")], f) + 12 * s
    x = tick_box(p, x, y, "同意孩子参加", agree, f) + 30 * s
    tick_box(p, x, y, "不同意孩子参加", not agree, f)
    y += 56 * s
    x = c.line(m, y, [S("家长签字:", "label")], f) + 8 * s
    handwritten(p, x, y, [S(parent, "name")], 30, cjk=True)
    x = c.line(m + w * 0.55, y, [S("日期:", "label")], f) + 8 * s
    handwritten(p, x, y, [S(f"{mon - 1 or 1}.{rng.randint(1, 28)}", "date")], 28, cjk=False)
    return _finish(c, y, m // 2, pad=24 * s)


def _cn_seating(rng: random.Random, fk: ConsentFaker) -> Canvas:
    """A coach's seating list kept for the insurer: typed, the people on board above."""
    c, p, m, right = sheet(rng, (1300, 1400), 1.3, cjk=True, base=1300, margin=0.04)
    s, w = p.s, right - m
    school, office = rng.choice(CN_SCHOOLS)
    kind, place, _, _ = rng.choice(CN_TRIPS)
    y = m + 36 * s
    c.text(
        c.width / 2,
        y,
        f"{school}{kind}学生乘车座位表",
        fit(p, p.font(26, bold=True), school + kind + "学生乘车座位表", w),
        "label",
        anchor="ms",
    )
    y += 46 * s
    f = p.font(16)
    bus = rng.randint(1, 8)
    head = [
        S(f"{bus}号车", "other"),
        S("   目的地:", "label"),
        S(place, "other"),
        S("   出发:", "label"),
        S(f"2026-{rng.randint(3, 11):02d}-{rng.randint(1, 28):02d} 07:30", "date"),
    ]
    c.line(m, y, head, fit(p, f, "".join(sp.text for sp in head), w))
    y += 34 * s
    people = [
        S("随车教师:", "label"),
        *_teacher(rng, fk),
        S(" ", "other"),
        S(fk.cn_mobile("plain"), "phone"),
    ]
    people += [
        S("   司机:", "label"),
        S(fk.cn_name(honorific=0.0), "name"),
        S(" ", "other"),
        S(fk.cn_mobile("plain"), "phone"),
    ]
    c.line(m, y, people, fit(p, f, "".join(sp.text for sp in people), w))
    y += 20 * s
    heads = ("座位", "学生姓名", "性别", "身份证号码", "家长电话", "备注")
    rows = [[label_cell(h) for h in heads]]
    for k in range(rng.randint(14, 22)):
        rows.append(
            [
                Cell.of(f"{k // 4 + 1}{'ABCD'[k % 4]}", "other", align="c"),
                Cell.of(fk.cn_name(honorific=0.0), "name", align="c"),
                Cell.of(fk.sex(), "other", align="c"),
                Cell.of(fk.id_born(2008, 2019), "id_number", align="c"),
                Cell.of(fk.cn_mobile("plain"), "phone", align="c"),
                Cell.of(rng.choice(CN_SEAT_NOTES), "other", align="c"),
            ]
        )
    widths = [w * k for k in (0.08, 0.16, 0.08, 0.3, 0.22, 0.16)]
    y = table(p, m, y, widths, rows, 36 * s, p.font(15), line=1) + 40 * s
    c.line(
        m,
        y,
        [
            S("学校值班电话:", "footer"),
            biz(office, "shop_phone"),
            S(f"   共{len(rows) - 1}人", "footer"),
        ],
        f,
    )
    return _finish(c, y, m // 2, pad=20 * s)


def school_trip_consent_form(rng: random.Random) -> Canvas:
    """A 家长知情同意书 with its 回执, a coach's seating list, an English school trip
    consent form or a French autorisation de sortie scolaire."""
    fk = ConsentFaker(rng)
    draw = rng.choices(
        (_cn_consent, _cn_seating, en_form, fr_autorisation), weights=(36, 22, 24, 18)
    )[0]
    return draw(rng, fk)


LAYOUTS = {"school_trip_consent_form": school_trip_consent_form}
