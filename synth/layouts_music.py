"""Music lessons: the attendance card a music school or private tutor keeps for a
pupil. A Chinese 学员上课记录卡 from a 琴行 (the pupil's grid, then a row per lesson
with the date, room, the teacher's signature and the parent's 签字 by hand, a red
已缴费 stamp over a paid package), an English lesson card (ABRSM-style grade and exam
candidate number, a row per lesson with the teacher's initials and a "Paid" column),
or a German Unterrichtskarte from a Musikschule.

Personal: the pupil's and parent's names, the parent's phone, the teacher (staff,
printed and signing every lesson by surname, initials or 老师 form), the pupil or
card number and the exam candidate number (``id_number``), a parent's e-mail.
Ordinary: the school, its rooms, address and phone, instruments, grades, lesson
dates, times and durations, fees, stamps, exam dates, headings and rules.
"""

from __future__ import annotations

import random

from .fakedata_households import HouseholdFaker
from .formkit import Cell, box_stamp, sheet, table
from .formkit_slips import centred_head, grid_rows, hand_cell, label_cell
from .kit import S, _finish
from .render import Canvas

_CN_SCHOOLS = ("天籁琴行", "小蜜蜂音乐艺术中心", "知音艺术培训学校", "和弦音乐教室")
_CN_INSTRUMENTS = ("钢琴", "小提琴", "古筝", "吉他", "长笛", "二胡")
_CN_RULES = (
    "1. 请假须提前24小时通知老师,否则按正常课时扣除。",
    "2. 课时卡自购买之日起一年内有效,不退不转。",
    "3. 每节课后请家长签字确认。",
)
_EN_INSTRUMENTS = ("Piano", "Violin", "Cello", "Flute", "Classical guitar", "Singing")
_DE_INSTRUMENTS = ("Klavier", "Violine", "Querflöte", "Gitarre", "Schlagzeug")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e"})
_DE_FIRST = ("Anna", "Jonas", "Lea", "Paul", "Mia", "Felix", "Emma")


def _dates(rng: random.Random, n: int, fmt: str) -> list[str]:
    """Weekly lesson dates, now and then a week skipped."""
    y, mo, d = rng.randint(2025, 2026), rng.randint(1, 9), rng.randint(1, 7)
    out = []
    for _ in range(n):
        out.append(fmt.format(y=y, m=mo, d=d))
        d += 7 * rng.choice((1, 1, 1, 2))
        if d > 28:
            d, mo = d - 28, mo + 1
    return out


def _mail(rng: random.Random, name: str, de: bool) -> str:
    """A parent's address as such cards carry it: first.last at a home provider."""
    plain = name.lower().translate(_UMLAUTS).replace(" ", rng.choice((".", "", "_")))
    hosts = ("web.de", "gmx.de", "t-online.de") if de else ("gmail.com", "btinternet.com")
    return f"{plain}@{rng.choice(hosts)}"


def _cn(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c, p, m, right = sheet(rng, (820, 900), 1.5, cjk=True, base=880, margin=(0.05, 0.07))
    s, w, f = p.s, right - m, p.font(16)
    school = rng.choice(_CN_SCHOOLS)
    number = [S("卡号:", "label"), S(f"XY{fk.digits(6, True)}", "id_number")]
    dated = [S("开卡日期:", "label"), S(fk.date("cn"), "date")]
    y = centred_head(p, m, m + 36 * s, (school, "学员上课记录卡"), number, dated, px=(20, 28))
    y += 24 * s
    pupil, parent = fk.cn_name(honorific=0.0), fk.cn_name(honorific=0.0)
    teacher = fk.cn_name(honorific=0.0)
    lessons = rng.choice((24, 36, 48))
    rows = grid_rows(
        [
            [("学员姓名", pupil, "name"), ("年龄", f"{rng.randint(5, 14)}岁", "other")],
            [("家长姓名", parent, "name"), ("家长电话", fk.cn_mobile(), "phone")],
            [("乐器", rng.choice(_CN_INSTRUMENTS), "item"), ("授课老师", teacher, "name")],
            [("课时包", f"{lessons}课时", "other"), ("费用", f"¥{lessons * 180:,}", "price")],
            [("考级准考证号", fk.exam_no(), "id_number")],
            [
                ("报考级别", f"业余{rng.randint(1, 9)}级", "other"),
                ("考级日期", fk.date("cn"), "date"),
            ],
        ]
    )
    widths = (w * 0.2, w * 0.3, w * 0.2, w * 0.3)
    y = table(p, m, y, widths, rows, 44 * s, f, hand_px=24) + 30 * s
    room = f"{rng.randint(2, 4)}0{rng.randint(1, 8)}琴房"
    head = ["次数", "上课日期", "教室", "课时", "教师签字", "家长签字"]
    grid = [[label_cell(h) for h in head]]
    done = rng.randint(4, 8)
    sign = rng.choice((teacher, teacher[0] + "老师", teacher[-1]))
    for i, day in enumerate(_dates(rng, 12, "{m}.{d}")):
        if i >= done:
            grid.append([Cell.of(str(i + 1), "other", align="c")] + [Cell.of("", "other")] * 5)
            continue
        who = parent if rng.random() < 0.6 else parent[0] + rng.choice(("妈妈", "爸爸"))
        parent_cell = (
            hand_cell(who, "name")
            if "妈" not in who and "爸" not in who
            else Cell((S(who[0], "name"), S(who[1:], "other")), True)
        )
        grid.append(
            [
                Cell.of(str(i + 1), "other", align="c"),
                hand_cell(day, "date"),
                hand_cell(room, "other"),
                hand_cell(rng.choice(("1", "1", "1.5")), "other"),
                hand_cell(sign, "name"),
                parent_cell,
            ]
        )
    gw = (w * 0.1, w * 0.18, w * 0.18, w * 0.1, w * 0.22, w * 0.22)
    top = y
    y = table(p, m, y, gw, grid, 36 * s, p.font(15), hand_px=22) + 24 * s
    box_stamp(p, right - 110 * s, top + (done + 3) * 36 * s, ("已缴费", fk.date("iso")), 16)
    for rule in _CN_RULES:
        c.text(m, y, rule, p.font(13), "footer")
        y += 22 * s
    c.text(
        m,
        y + 8 * s,
        f"地址:江州市文化路{rng.randint(1, 200)}号2楼  咨询电话:0{rng.randint(10, 99)}-{fk.digits(8, True)}",
        p.font(13),
        "other",
    )
    return _finish(c, y + 8 * s, 0, pad=m)


def _latin(rng: random.Random, fk: HouseholdFaker, de: bool) -> Canvas:
    """The English card, or the German one with the same shape and German words."""
    c, p, m, right = sheet(rng, (820, 900), 1.45, cjk=False, base=880, margin=(0.05, 0.07))
    s, w, f = p.s, right - m, p.font(15)
    if de:
        school = f"Musikschule {rng.choice(('Am Stadtpark', 'Harmonie', 'Lindenau'))} e.V."
        words = (
            "Unterrichtskarte",
            "Schüler/in",
            "Erziehungsberechtigte/r",
            "Telefon",
            "Instrument",
            "Lehrkraft",
            "Prüfungsnummer",
            "Prüfungstermin",
            "E-Mail",
        )
        parent = fk.eu_name("de")
        pupil = f"{rng.choice(_DE_FIRST)} {parent.split()[-1]}"
        teacher = fk.eu_name("de")
        phone, instrument = fk.eu_phone("de"), rng.choice(_DE_INSTRUMENTS)
        grade = f"Stufe {rng.choice(('D1', 'D2', 'D3'))}"
    else:
        school = rng.choice(
            ("Allegro Music School", "Riverside Academy of Music", "Keys & Strings")
        )
        words = (
            "Lesson Attendance Card",
            "Pupil",
            "Parent/Guardian",
            "Phone",
            "Instrument",
            "Teacher",
            "Exam candidate no.",
            "Exam date",
            "Email",
        )
        parent, teacher = fk.en_name(), fk.en_name()
        pupil = f"{fk.en_first(upper=False)} {parent.split()[-1]}"
        phone, instrument = fk.uk_phone(), rng.choice(_EN_INSTRUMENTS)
        grade = f"Grade {rng.randint(1, 8)}"
    y = m + 34 * s
    c.text(m, y, school, p.font(24, bold=True), "shop")
    c.text(right, y, words[0], p.font(18, bold=True), "label", anchor="rs")
    y += 30 * s
    c.text(
        m,
        y,
        f"{'Tel.' if de else 'Tel'} {fk.digits(4)} {fk.digits(6)} · {rng.choice(('Studio', 'Raum' if de else 'Room'))} {rng.randint(1, 12)}",
        p.font(13),
        "other",
    )
    y += 30 * s
    sep = "." if de else "/"
    exam = f"{rng.randint(1, 28):02d}{sep}{rng.randint(3, 12):02d}{sep}2026"
    rows = grid_rows(
        [
            [(words[1], pupil, "name"), (words[4], f"{instrument} · {grade}", "item")],
            [(words[2], parent, "name"), (words[3], phone, "phone")],
            [(words[5], teacher, "name"), (words[8], _mail(rng, parent, de), "email")],
            [
                (words[6], fk.digits(rng.choice((6, 7))), "id_number"),
                (
                    words[7],
                    exam,
                    "date",
                ),
            ],
        ]
    )
    widths = (w * 0.2, w * 0.3, w * 0.18, w * 0.32)
    y = table(p, m, y, widths, rows, 42 * s, f, hand_px=22, cjk=False) + 30 * s
    head = (
        ("Nr.", "Datum", "Raum", "Min.", "Kürzel", "Unterschrift", "bezahlt")
        if de
        else ("No.", "Date", "Room", "Mins", "Teacher", "Parent's signature", "Paid")
    )
    grid = [[label_cell(h) for h in head]]
    initials = (
        "".join(part[0] for part in teacher.split()) if rng.random() < 0.7 else teacher.split()[-1]
    )
    done = rng.randint(3, 7)
    rooms = [f"{rng.choice('ABC')}{rng.randint(1, 9)}" for _ in range(2)]
    for i, day in enumerate(_dates(rng, 10, "{d:02d}.{m:02d}." if de else "{d}/{m}")):
        row = [Cell.of(str(i + 1), "other", align="c")]
        if i < done:
            row += [
                hand_cell(day, "date"),
                hand_cell(rng.choice(rooms), "other"),
                hand_cell(rng.choice(("30", "45", "60")), "other"),
                hand_cell(initials, "name"),
                hand_cell(parent.split()[-1] if rng.random() < 0.5 else parent, "name"),
                hand_cell(("ja" if de else "pd") if i < 4 else "", "other"),
            ]
        else:
            row += [Cell.of("", "other")] * 6
        grid.append(row)
    gw = (w * 0.08, w * 0.14, w * 0.1, w * 0.1, w * 0.14, w * 0.32, w * 0.12)
    top = y
    y = table(p, m, y, gw, grid, 34 * s, p.font(14), hand_px=21, cjk=False) + 26 * s
    fee = (
        f"{rng.choice((180, 240, 320))},00 € / Quartal"
        if de
        else f"£{rng.choice((180, 240, 320))} per term"
    )
    box_stamp(
        p, right - 100 * s, top + (done + 2.5) * 34 * s, ("BEZAHLT" if de else "PAID", fee), 14
    )
    note = (
        "Abgesagte Stunden bitte 24 Std. vorher melden; sonst werden sie berechnet."
        if de
        else "Lessons cancelled with less than 24 hours' notice are charged in full."
    )
    c.text(m, y, note, p.font(13), "footer")
    return _finish(c, y, 0, pad=m)


def music_lesson_card(rng: random.Random) -> Canvas:
    """A pupil's lesson card: the pupil, parent and teacher, the exam entered, and a
    signed row per lesson with a paid stamp."""
    fk = HouseholdFaker(rng)
    k = rng.choices(range(3), weights=(50, 30, 20))[0]
    return _cn(rng, fk) if k == 0 else _latin(rng, fk, de=k == 2)


LAYOUTS = {"music_lesson_card": music_lesson_card}
