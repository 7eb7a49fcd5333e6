"""Student dormitories. A university's 学生宿舍入住登记表 filled in by pen (学号, 姓名,
学院 / 专业 / 班级, the hall, the room and the bed, 手机号, 身份证号, 家长姓名 and 家长
电话, 家庭住址, the keys ticked, the 物品清点 checklist, the 宿管员 and the student's
signature); the card on a room's door listing its four residents by bed with 学号 and
phone and the 宿舍长; the duty room's 晚归登记 log; an English hall of residence check-in
and inventory form with an emergency contact; or a German Wohnheim Einzugsprotokoll
(Mieter/in, Matrikelnummer, Zimmer, the Hausmeister).

Personal: students, parents, emergency contacts, wardens and duty staff (``name``, even
as initials), student, matriculation and ID numbers (``id_number``), phones, e-mails,
home addresses and the student's room (``door``: it is where the student lives).
Ordinary: universities, halls, blocks, colleges, majors, classes, beds, relations,
inventories, conditions, ticks, reasons, dates, times, rules and fees.
"""

from __future__ import annotations

import random

from PIL import ImageDraw

from .dorm_latin import _de_protokoll, _en_hall
from .dorm_words import (
    CN_COLLEGES,
    CN_DOOR_NOTES,
    CN_HALLS,
    CN_ITEMS,
    CN_LATE,
    CN_RELATIONS,
    CN_RULES,
    CN_UNIVERSITIES,
)
from .fakedata_money import MoneyFaker
from .formkit import Cell, handwritten, sheet, table
from .formkit_blanks import tick_box
from .formkit_slips import hand_cell, label_cell
from .kit import Faces, Pen, S, _finish, joined_address
from .render import Canvas, Span


def _room(rng: random.Random) -> str:
    return f"{rng.randint(1, 6)}{rng.randint(1, 30):02d}"


def _class(rng: random.Random, major: str) -> str:
    return f"{major[:2]}{rng.randint(22, 26)}{rng.randint(1, 4):02d}班"


def _cn_checkin(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1260), 1.5, cjk=True, base=1200, margin=0.06)
    s = p.s
    uni = rng.choice(CN_UNIVERSITIES)
    college, major = rng.choice(CN_COLLEGES)
    hall = rng.choice(CN_HALLS)
    y = m + 36 * s
    c.text(c.width / 2, y, uni, p.font(24, bold=True), "shop", anchor="ms")
    y += 46 * s
    c.text(c.width / 2, y, "学生宿舍入住登记表", p.font(30, bold=True), "label", anchor="ms")
    y += 36 * s
    f = p.font(17)
    c.line(m, y, [S("入住日期:", "label"), S(f"2026年9月{rng.randint(1, 12)}日", "date")], f)
    c.line(c.width * 0.6, y, [S("编号:", "label"), S(f"SS2026{fk.digits(4)}", "other")], f)
    y += 16 * s
    name = fk.cn_name(honorific=0.0)
    home, _ = fk.cn_address(with_door=0.7)
    rows = [
        [
            label_cell("学号"),
            hand_cell(fk.student_no(), "id_number"),
            label_cell("姓名"),
            hand_cell(name, "name"),
            label_cell("性别"),
            hand_cell(fk.sex(), "other"),
        ],
        [
            label_cell("学院"),
            hand_cell(college, "other", span=3),
            label_cell("班级"),
            hand_cell(_class(rng, major), "other"),
        ],
        [
            label_cell("专业"),
            hand_cell(major, "other", span=3),
            label_cell("学历"),
            hand_cell(rng.choice(("本科", "本科", "硕士")), "other"),
        ],
        [
            label_cell("宿舍楼"),
            hand_cell(f"{hall}{rng.randint(1, 12)}号楼", "other"),
            label_cell("房间号"),
            hand_cell(_room(rng), "door"),
            label_cell("床位"),
            hand_cell(f"{rng.randint(1, 6)}号床", "other"),
        ],
        [
            label_cell("手机号"),
            hand_cell(fk.cn_mobile_digits(), "phone", span=3),
            label_cell("民族"),
            hand_cell("汉", "other"),
        ],
        [label_cell("身份证号"), hand_cell(fk.cn_resident_id(x_prob=0.1), "id_number", span=5)],
        [
            label_cell("家长姓名"),
            hand_cell(fk.cn_name(honorific=0.0), "name"),
            label_cell("关系"),
            hand_cell(rng.choice(CN_RELATIONS), "other"),
            label_cell("家长电话"),
            hand_cell(fk.cn_mobile_digits(), "phone"),
        ],
        [label_cell("家庭住址"), Cell(tuple(joined_address([home])), hand=True, span=5)],
    ]
    w = right - m
    widths = [w * k for k in (0.13, 0.22, 0.12, 0.2, 0.12, 0.21)]
    y = table(p, m, y, widths, rows, 52 * s, p.font(18), hand_px=28) + 30 * s
    c.text(m, y, "物品清点(完好打√)", p.font(18, bold=True), "label")
    y += 40 * s
    x = m
    for item in CN_ITEMS:
        if x > right - 140 * s:
            x, y = m, y + 38 * s
        x = tick_box(p, x, y, item, rng.random() < 0.85, f) + 26 * s
    y += 46 * s
    keys = rng.randint(1, 2)
    x = c.line(m, y, [S("钥匙领取:", "label"), S(f"{keys}把", "other")], f) + 30 * s
    tick_box(p, x, y, "已领取", True, f)
    c.line(
        c.width * 0.55,
        y,
        [S("住宿费:", "label"), S(f"{rng.choice((900, 1200, 1500))}元/学年", "price")],
        f,
    )
    y += 44 * s
    for rule in CN_RULES:
        y = c.wrap(m, y, [S(rule, "footer")], p.font(14), w, 24 * s, max_lines=2)
    y += 30 * s
    x = c.line(m, y, [S("学生签名:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(name, "name")], 34, cjk=True)
    x = c.line(c.width * 0.5, y, [S("宿管员:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 32, cjk=True)
    y += 40 * s
    c.line(m, y, [S("宿管中心电话:", "label"), S(fk.cn_landline(), "other")], p.font(15))
    return _finish(c, y, m // 2, pad=10 * s)


def _cn_door_card(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """The card slid into the holder on a room's door: room, four beds, the 宿舍长."""
    w = rng.choice((1000, 1100))
    paper = rng.choice(((250, 250, 245), (232, 242, 252), (252, 240, 228)))
    c = Canvas(w, int(w * 0.8), paper=paper, ink=(25, 25, 30))
    p = Pen(rng, c, Faces.pick(rng, cjk=True), w / 1000)
    s, m = p.s, int(w * 0.05)
    ImageDraw.Draw(c.img).rectangle(
        [m // 2, m // 2, w - m // 2, c.height - m // 2],
        outline=(40, 70, 140),
        width=max(3, int(6 * s)),
    )
    college, major = rng.choice(CN_COLLEGES)
    y = m + 50 * s
    x = (
        c.line(
            m + 10 * s,
            y,
            [S(f"{rng.choice(CN_HALLS)}{rng.randint(1, 12)}栋", "other")],
            p.font(30, bold=True),
        )
        + 16 * s
    )
    c.line(x, y, [S(_room(rng), "door")], p.font(44, bold=True))
    c.text(
        w - m - 10 * s,
        y,
        rng.choice(CN_DOOR_NOTES),
        p.font(20),
        "other",
        anchor="rs",
        fill=(180, 30, 30),
    )
    y += 20 * s
    heads = ("床位", "姓名", "学号", "班级", "联系电话")
    rows = [[label_cell(h) for h in heads]]
    names = [fk.cn_name(honorific=0.0) for _ in range(4)]
    for k, name in enumerate(names, 1):
        phone = fk.cn_mobile(rng.choice(("plain", "dash", "space"))) if rng.random() < 0.8 else ""
        rows.append(
            [
                Cell.of(f"{k}号床", "other", align="c"),
                Cell.of(name, "name", align="c"),
                Cell.of(fk.student_no(), "id_number", align="c"),
                Cell.of(_class(rng, major), "other", align="c"),
                Cell.of(phone, "phone"),
            ]
        )
    inner = w - 2 * m
    widths = [inner * k for k in (0.12, 0.17, 0.24, 0.2, 0.27)]
    y = table(p, m, y, widths, rows, 56 * s, p.font(20), line=2) + 46 * s
    f = p.font(20)
    x = c.line(m, y, [S("宿舍长:", "label"), S(rng.choice(names), "name")], f) + 40 * s
    c.line(x, y, [S("学院:", "label"), S(college, "other")], f)
    y += 40 * s
    c.line(m, y, [S("楼栋值班室:", "label"), S(fk.cn_landline(), "other")], p.font(17))
    return _finish(c, y, m, pad=10 * s)


def _duty(rng: random.Random, fk: MoneyFaker, who: str) -> tuple[Span, ...]:
    """The duty warden's mark: the full name, initials or surname + 阿姨 (only the
    surname a name)."""
    style = rng.randrange(3)
    if style == 0:
        return (S(who, "name"),)
    if style == 1:
        return (S(fk.upper(rng.choice((2, 3))), "name"),)
    return (S(who[0], "name"), S(rng.choice(("阿姨", "老师", "师傅")), "other"))


def _cn_late_log(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """The duty room's late-return book: one hand-written row per student."""
    c, p, m, right = sheet(rng, (1300, 1400), 1.1, cjk=True, base=1300, margin=0.04)
    s = p.s
    hall = rng.choice(CN_HALLS)
    y = m + 36 * s
    c.text(
        c.width / 2,
        y,
        f"{hall}{rng.randint(1, 12)}号楼学生晚归登记表",
        p.font(28, bold=True),
        "label",
        anchor="ms",
    )
    y += 20 * s
    heads = ("日期", "时间", "宿舍号", "姓名", "学号", "晚归事由", "值班员")
    rows = [[label_cell(h) for h in heads]]
    month, day = rng.randint(3, 12), rng.randint(1, 20)
    duty = [fk.cn_name(honorific=0.0) for _ in range(2)]
    for _ in range(rng.randint(8, 13)):
        day += rng.random() < 0.4
        cells = [
            hand_cell(f"{month}.{day}", "date"),
            hand_cell(f"{rng.choice((23, 23, 0))}:{rng.randint(0, 59):02d}", "other"),
            hand_cell(_room(rng), "door"),
            hand_cell(fk.cn_name(honorific=0.0), "name"),
            hand_cell(fk.student_no(), "id_number"),
            hand_cell(rng.choice(CN_LATE), "other"),
            Cell(_duty(rng, fk, rng.choice(duty)), hand=True),
        ]
        rows.append(cells)
    w = right - m
    widths = [w * k for k in (0.09, 0.09, 0.1, 0.13, 0.18, 0.27, 0.14)]
    y = table(p, m, y, widths, rows, 48 * s, p.font(18), hand_px=26, line=1) + 34 * s
    c.text(m, y, "注:23:00后返回须登记,每月晚归三次以上通报学院。", p.font(15), "footer")
    return _finish(c, y, m // 2, pad=10 * s)


def student_dormitory_checkin(rng: random.Random) -> Canvas:
    """A student dormitory: a 宿舍入住登记表, a room's door card, a 晚归登记 log, an
    English hall check-in and inventory form or a German Einzugsprotokoll."""
    fk = MoneyFaker(rng)
    draw = rng.choices(
        (_cn_checkin, _cn_door_card, _cn_late_log, _en_hall, _de_protokoll),
        weights=(30, 18, 18, 18, 16),
    )[0]
    return draw(rng, fk)


LAYOUTS = {"student_dormitory_checkin": student_dormitory_checkin}
