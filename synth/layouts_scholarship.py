"""Scholarships and student grants. A university's 国家助学金申请表 / 国家励志奖学金申请
审批表 filled in by pen or typed (the student's grid: name, sex, date of birth, 学号,
class, phone, ID, the home address to the group or room, household size and income;
the 家庭成员 table of names, ages, relations, work units, jobs, incomes and health; the
申请理由 in the student's hand naming the father and the ill mother; the student's
signature; the class committee's, the counsellor's and the college's opinions signed
by hand, a seal); a posted 拟资助学生名单公示 (names full or 张*明, 学号 starred in the
middle, classes, tiers; the office's contact 王老师 and phone); an English bursary
application or a Spanish solicitud de beca (:mod:`synth.scholarship_latin`).

Personal: students, parents, siblings and teachers (``name``; after 王老师 only the
surname), dates of birth, 学号 (starred too) and ID numbers (``id_number``), the home
and its door, phones. Ordinary: schools, colleges, majors, classes, grades, grants,
tiers, ethnic groups, relations, ages, units, jobs, incomes, health words, opinions,
dates and notices; the aid office's phone is business data.
"""

from __future__ import annotations

import random

from .fakedata_money import MoneyFaker
from .formkit import HAND_INKS, Cell, handwritten, seal, sheet, table
from .formkit_blanks import upright_word
from .formkit_fill import template_spans
from .formkit_slips import grid_rows, label_cell
from .kit import Pen, S, _finish, hand_font, joined_address
from .render import Canvas, Span
from .scholarship_latin import en_bursary, es_beca
from .scholarship_words import (
    CN_COLLEGES,
    CN_ETHNIC,
    CN_HEALTH,
    CN_ILLS,
    CN_MEMBERS,
    CN_NOTICE,
    CN_OPINIONS,
    CN_POLITICS,
    CN_REASON,
    CN_SCHOOLS,
    CN_SOURCES,
    CN_TIERS,
    CN_TITLES,
    CN_UNITS,
)


def _class(rng: random.Random, major: str) -> str:
    return f"{major[:2]}{rng.randint(22, 25)}{rng.randint(1, 4):02d}班"


def _home(rng: random.Random, fk: MoneyFaker) -> list[Span]:
    """A town flat to the room, or a village to the group and house number."""
    if rng.random() < 0.5:
        line, _ = fk.cn_address(with_door=1.0)
        return joined_address([line], "")
    region, _, _ = fk.cn_address_parts()
    village = f"{region}{rng.choice('东西南北')}{rng.choice(('坪', '岭', '塘', '湾'))}村"
    return [S(village, "address"), S(f"{rng.randint(1, 9)}组{rng.randint(1, 60)}号", "door")]


def _student_id(fk: MoneyFaker) -> str:
    """A resident ID of someone born 1999-2005 (a student's age), check digit valid."""
    for _ in range(200):
        idn = fk.cn_resident_id(x_prob=0.08)
        if idn[6:10] >= "1999":
            break
    return idn


def _box(p: Pen, m: float, right: float, y: float, h: float, head: str) -> float:
    """A ruled box with its heading upright in a narrow left column; returns text x."""
    c, s = p.c, p.s
    c.box(m, y, right, y + h, width=2)
    c.vline(m + 70 * s, y, y + h, width=1)
    upright_word(p, m + 35 * s, y + h / 2, head, p.font(19), "label")
    return m + 86 * s


def _cn_form(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1280), 2.0, cjk=True, base=1200, margin=0.06)
    s = p.s
    title, grant = rng.choice(CN_TITLES)
    school = rng.choice(CN_SCHOOLS)
    college, major = rng.choice(CN_COLLEGES)
    y = m + 40 * s
    c.text(
        c.width / 2,
        y,
        f"{school}{rng.choice(('2025-2026', '2026-2027'))}学年",
        p.font(22),
        "shop",
        anchor="ms",
    )
    y += 50 * s
    c.text(c.width / 2, y, title, p.font(32, bold=True), "label", anchor="ms")
    y += 46 * s
    f = p.font(17)
    c.line(m, y, [S("学院: ", "label"), S(college, "other")], f)
    c.line(c.width / 2, y, [S("专业: ", "label"), S(major, "other")], f)
    y += 18 * s
    hand = rng.random() < 0.75
    name = fk.cn_name(honorific=0.0)
    idn = _student_id(fk)
    born = f"{idn[6:10]}.{idn[10:12]}"
    members = rng.sample(CN_MEMBERS[:2], 2) + rng.sample(CN_MEMBERS[2:], rng.randint(1, 2))
    income = rng.randint(8, 40) * 100
    rows = grid_rows(
        [
            [("姓名", name, "name"), ("性别", fk.sex(), "other"), ("出生年月", born, "id_number")],
            [
                ("民族", rng.choice(CN_ETHNIC), "other"),
                ("政治面貌", rng.choice(CN_POLITICS), "other"),
                ("入学年月", f"20{rng.randint(22, 25)}.09", "date"),
            ],
            [
                ("学号", fk.student_no(), "id_number"),
                ("班级", _class(rng, major), "other"),
                ("联系电话", fk.cn_mobile(rng.choice(("plain", "space"))), "phone"),
            ],
            [("身份证号", idn, "id_number")],
            [("家庭住址", _home(rng, fk), "")],
            [
                ("家庭人口", f"{len(members) + 1}人", "other"),
                ("月总收入", f"{income}元", "price"),
                ("收入来源", rng.choice(CN_SOURCES), "other"),
            ],
        ],
        hand=hand,
        columns=6,
    )
    widths = [(right - m) * k for k in (0.11, 0.2, 0.11, 0.18, 0.12, 0.28)]
    y = table(p, m, y, widths, rows, 54 * s, p.font(17), hand_px=27) + 30 * s
    c.text(m, y, "家庭成员情况", p.font(19, bold=True), "label")
    heads = ("姓名", "年龄", "关系", "工作(学习)单位", "职业", "年收入(元)", "健康状况")
    table_rows = [[label_cell(h) for h in heads]]
    named: dict[str, str] = {}
    for relation, (lo, hi), jobs in members:
        person = fk.cn_name(honorific=0.0)
        if relation in ("父亲", "爷爷") and rng.random() < 0.8:  # children take the father's name
            person = name[0] + person[1:]
        named[relation] = person
        job = rng.choice(jobs)
        pay = "0" if "读" in job or job in ("无", "无业") else str(rng.randint(5, 40) * 1000)
        cells = [
            (person, "name"),
            (str(rng.randint(lo, hi)), "other"),
            (relation, "other"),
            (rng.choice(CN_UNITS), "other"),
            (job, "other"),
            (pay, "price"),
            (rng.choice(CN_HEALTH), "other"),
        ]
        table_rows.append([Cell.of(t, k, hand=hand, align="c") for t, k in cells])
    mw = [(right - m) * k for k in (0.13, 0.08, 0.09, 0.22, 0.18, 0.14, 0.16)]
    y = table(p, m, y + 14 * s, mw, table_rows, 48 * s, p.font(16), hand_px=26) + 24 * s
    sib = next((r for r in ("弟弟", "妹妹") if r in named), "")
    parts = {
        "name": (name, "name"),
        "home": ("农村" if rng.random() < 0.5 else "县城", "footer"),
        "n": (str(len(members) + 1), "footer"),
        "father": (named.get("父亲", ""), "name"),
        "mother": (named.get("母亲", ""), "name"),
        "ill": (rng.choice(CN_ILLS), "footer"),
        "sib": (f"{sib}{named[sib]}正在读书" if sib else "爷爷奶奶年迈多病", "footer"),
        "grant": (grant, "footer"),
    }
    reason = template_spans(CN_REASON, parts)
    if sib:  # the sibling's name inside the reason is the sibling's own
        whole = f"{sib}{named[sib]}正在读书"
        k = next(i for i, sp in enumerate(reason) if sp.text == whole)
        reason[k : k + 1] = [S(sib, "footer"), S(named[sib], "name"), S("正在读书", "footer")]
    h = 280 * s
    x = _box(p, m, right, y, h, "申请理由")
    ink = rng.choice(HAND_INKS)
    rf = hand_font(p, 25, cjk=True) if hand else p.font(17)
    c.wrap(
        x,
        y + 44 * s,
        reason,
        rf,
        right - x - 16 * s,
        38 * s,
        max_lines=7,
        fill=ink if hand else None,
    )
    sx = c.line(right - 430 * s, y + h - 24 * s, [S("申请人签名:", "label")], f) + 10 * s
    handwritten(p, sx, y + h - 22 * s, [S(name, "name")], 30, cjk=True)
    c.text(
        right - 140 * s, y + h - 24 * s, f"{rng.randint(9, 10)}月{rng.randint(1, 28)}日", f, "date"
    )
    y += h
    for head, signer in (("班级意见", "班主任"), ("辅导员意见", "辅导员"), ("学院意见", "负责人")):
        h = 150 * s
        x = _box(p, m, right, y, h, head)
        handwritten(p, x, y + 50 * s, [S(rng.choice(CN_OPINIONS), "other")], 26, cjk=True)
        sx = c.line(right - 430 * s, y + h - 24 * s, [S(f"{signer}签字:", "label")], f) + 10 * s
        handwritten(p, sx, y + h - 22 * s, [S(fk.cn_name(honorific=0.0), "name")], 28, cjk=True)
        c.text(
            right - 140 * s,
            y + h - 24 * s,
            f"{rng.randint(9, 10)}月{rng.randint(1, 28)}日",
            f,
            "date",
        )
        if head == "学院意见":
            seal(p, right - 560 * s, y + h / 2, 62 * s, college)
        y += h
    y += 34 * s
    c.text(m, y, "注: 本表一式两份,学院和学生资助管理中心各存一份。", p.font(15), "footer")
    return _finish(c, y, m // 2, pad=10 * s)


def _starred_no(no: str) -> str:
    """A student number with its middle starred, as posted lists print it."""
    return no[:4] + "*" * (len(no) - 6) + no[-2:]


def _cn_notice(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1300), 1.35, cjk=True, base=1200, margin=0.06)
    s = p.s
    school = rng.choice(CN_SCHOOLS)
    title, grant = rng.choice(CN_TITLES[:2] + CN_TITLES[3:])
    year = rng.choice(("2025-2026", "2026-2027"))
    y = m + 40 * s
    head = f"关于{year}学年{grant}拟资助学生名单的公示"
    c.text(c.width / 2, y, head, p.font(28, bold=True), "label", anchor="ms")
    y += 60 * s
    text = CN_NOTICE.format(school=school, year=year, grant=grant)
    y = c.wrap(m, y, [S("    " + text, "footer")], p.font(18), right - m, 32 * s, max_lines=5)
    y += 10 * s
    star_names = rng.random() < 0.5
    star_nos = rng.random() < 0.7
    heads = ("序号", "学院", "专业班级", "姓名", "学号", "资助档次")
    rows = [[label_cell(h) for h in heads]]
    for k in range(rng.randint(10, 16)):
        college, major = rng.choice(CN_COLLEGES)
        full = fk.cn_name(honorific=0.0)
        shown = full[0] + "*" + full[2:] if star_names and len(full) > 2 else full
        no = fk.student_no()
        rows.append(
            [
                Cell.of(str(k + 1), "other", align="c"),
                Cell.of(college, "other", align="c"),
                Cell.of(_class(rng, major), "other", align="c"),
                Cell.of(shown, "name", align="c"),
                Cell.of(_starred_no(no) if star_nos else no, "id_number", align="c"),
                Cell.of(rng.choice(CN_TIERS), "other", align="c"),
            ]
        )
    widths = [(right - m) * k for k in (0.08, 0.2, 0.2, 0.14, 0.24, 0.14)]
    y = table(p, m, y, widths, rows, 42 * s, p.font(17), line=1) + 40 * s
    f = p.font(18)
    x = c.line(m, y, [S("联系人: ", "label"), S(fk.cn_surname(), "name"), S("老师", "other")], f)
    c.line(x + 40 * s, y, [S("联系电话: ", "label"), Span(fk.cn_landline(), "shop_phone", None)], f)
    y += 70 * s
    c.text(right - 40 * s, y, f"{school}学生资助管理中心", f, "other", anchor="rs")
    seal(p, right - 180 * s, y - 10 * s, 70 * s, school)
    y += 40 * s
    c.text(right - 40 * s, y, fk.date("cn"), f, "date", anchor="rs")
    return _finish(c, y, m // 2, pad=20 * s)


def scholarship_application_form(rng: random.Random) -> Canvas:
    """A grant application form, a posted recipients list, an English bursary form or
    a Spanish solicitud de beca."""
    fk = MoneyFaker(rng)
    draw = rng.choices((_cn_form, _cn_notice, en_bursary, es_beca), weights=(38, 22, 22, 18))[0]
    return draw(rng, fk)


LAYOUTS = {"scholarship_application_form": scholarship_application_form}
