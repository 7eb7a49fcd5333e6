"""School reports: an English or French end-of-term report, or a Chinese 学生成绩
报告单 with a class teacher's comment written by hand.

The pupil's name, student number and date of birth head the page; a grades table
follows (subjects, marks, grades and, on the English report, each subject
teacher's name). The form tutor's or class teacher's comment is running text that
names the pupil by first name (or given name) several times, so the name has to be
found inside sentences. The tutor and head teacher sign or are named after role
words; a parent signs a reply slip. Subjects, marks, grades, the term, the school
and its address are ordinary.
"""

from __future__ import annotations

import random

from .fakedata_errands import ErrandFaker
from .formkit import Cell, handwritten, role_line, seal, sheet, stacked, table
from .formkit_blanks import over_caption
from .formkit_marks import word_wrap
from .kit import S, _finish, hand_font
from .render import Canvas, Span

_LATIN = {
    "en": {
        "title": "End of Term Report",
        "schools": ("Hillcrest Academy", "St Anselm's School", "Wendham Park School"),
        "where": "Hill Road, Wendham",
        "fields": ("Pupil", "Student ID", "Form", "Date of birth", "Attendance"),
        "heads": ("Subject", "Attainment", "Effort", "Teacher"),
        "subjects": (
            "English",
            "Mathematics",
            "Science",
            "History",
            "Geography",
            "French",
            "Art",
            "PE",
            "Music",
        ),
        "grades": ("A*", "A", "B", "C", "D", "1", "2", "3", "4"),
        "comment": "Form tutor's comment",
        "tutor": "Form tutor",
        "head": "Headteacher",
        "slip": "Please sign and return: I have read the report of",
        "parent": "Parent / carer signature",
        "phone": "Contact telephone",
        "praise": (
            (
                " has worked with real determination this term. ",
                " contributes thoughtfully in class and ",
            ),
            (
                " is a kind and reliable member of the form. ",
                " should now aim to take more care with homework, and ",
            ),
            (" has made steady progress. ", " is encouraged to read widely over the holidays; "),
        ),
        "close": "'s effort has been noticed by all staff.",
    },
    "fr": {
        "title": "Bulletin du premier trimestre",
        "schools": ("Collège Jean Moulin", "Lycée des Tilleuls", "Collège Saint-Exupéry"),
        "where": "12 avenue Jean-Jaurès, Montclair",
        "fields": ("Élève", "N° INE", "Classe", "Né(e) le", "Absences"),
        "heads": ("Matière", "Moyenne", "Appréciation", "Professeur"),
        "subjects": (
            "Français",
            "Mathématiques",
            "Histoire-Géo",
            "Anglais LV1",
            "SVT",
            "Physique-Chimie",
            "EPS",
        ),
        "grades": ("14,5", "12", "16", "9,5", "11", "17,5", "13"),
        "comment": "Appréciation du conseil de classe",
        "tutor": "Professeur principal",
        "head": "Le chef d'établissement",
        "slip": "Coupon à retourner signé - bulletin de",
        "parent": "Signature des parents",
        "phone": "Téléphone",
        "praise": (
            (" a fourni un travail sérieux ce trimestre. ", " participe volontiers et "),
            (" doit encore gagner en rigueur. ", " a cependant progressé en mathématiques, et "),
        ),
        "close": " est encouragé(e) à poursuivre ainsi.",
    },
}
_EFFORT = ("Excellent", "Good", "Satisfactory", "Bien", "Assez bien", "Très bien")
_CN_SUBJECTS = ("语文", "数学", "英语", "道德与法治", "科学", "音乐", "体育", "美术")
_CN_COMMENTS = (
    (
        "同学:你是一个懂事、乖巧的孩子,上课认真听讲,作业书写工整。",
        "希望",
        "下学期大胆发言,争取更大的进步!",
    ),
    ("同学:老师看到了你这学期的努力,数学成绩进步明显。", "如果", "能把字写得更工整些,那就更棒了。"),
    ("同学:你热爱集体,积极参加班级活动,是老师的好帮手。", "希望", "在阅读上多下功夫,继续加油!"),
)


def _latin(rng: random.Random, fk: ErrandFaker) -> Canvas:
    lang = rng.choice(("en", "en", "fr"))
    t = _LATIN[lang]
    c, p, m, right = sheet(rng, (1100, 1200), 1.5, cjk=False, base=1100, margin=(0.06, 0.08))
    s, w = p.s, right - m
    f, lf = p.font(21), p.font(16)
    school = rng.choice(t["schools"])
    y = m + 40 * s
    c.text(m, y, school, p.font(32, bold=True), "shop")
    c.text(
        right,
        y,
        f"{t['title']} {rng.randint(2025, 2026)}",
        p.font(22, bold=True),
        "label",
        anchor="rs",
    )
    y += 30 * s
    c.text(
        m,
        y,
        t["where"],
        p.font(17),
        "other",
    )
    name = fk.en_name() if lang == "en" else fk.eu_name("fr")
    first = name.split()[0]
    values = (
        [S(name, "name")],
        [S(fk.student_no(), "id_number")],
        [S(f"{rng.randint(7, 11)}{rng.choice('ABCRW')}", "other")],
        [
            S(
                f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2009, 2016)}",
                "id_number",
            )
        ],
        [
            S(
                f"{rng.randint(88, 100)}%"
                if lang == "en"
                else f"{rng.randint(0, 9)} demi-journées",
                "other",
            )
        ],
    )
    y += 30 * s
    col = w / 5
    for k, (label, value) in enumerate(zip(t["fields"], values, strict=True)):
        stacked(p, m + k * col, y + 20 * s, label, value, lf, f, col - 16 * s)
    y += 70 * s
    rows = [[Cell.of(h, "label") for h in t["heads"]]]
    for subj in rng.sample(t["subjects"], rng.randint(5, 7)):
        teacher = f"{rng.choice(('Mr', 'Mrs', 'Ms', 'Dr') if lang == 'en' else ('M.', 'Mme'))} {fk.en_name().split()[-1] if lang == 'en' else fk.eu_name('fr').split()[-1]}"
        rows.append(
            [
                Cell.of(subj, "item"),
                Cell.of(rng.choice(t["grades"]), "other", align="c"),
                Cell.of(rng.choice(_EFFORT[:3] if lang == "en" else _EFFORT[3:]), "other"),
                Cell.of(teacher, "name"),
            ]
        )
    y = table(p, m, y, (w * 0.3, w * 0.17, w * 0.25, w * 0.28), rows, 44 * s, f, cjk=False, line=1)
    y += 50 * s
    c.text(m, y, t["comment"], p.font(20, bold=True), "label")
    y += 40 * s
    a, b = rng.choice(t["praise"])
    spans: list[Span] = [
        S(first, "name"),
        S(a, "other"),
        S(first, "name"),
        S(b, "other"),
        S(first, "name"),
        S(t["close"], "other"),
    ]
    by_hand = rng.random() < 0.5
    cf = hand_font(p, 30, cjk=False) if by_hand else f
    top = y - 30 * s
    lh = cf.size * (1.75 if by_hand else 1.45)
    ink = (25, 35, 120) if by_hand else None
    y = word_wrap(p, m + 14 * s, y, spans, cf, w - 28 * s, lh, fill=ink)
    c.box(m, top, right, y, width=1)
    y += 50 * s
    tutor = fk.en_name() if lang == "en" else fk.eu_name("fr")
    role_line(p, m, y, t["tutor"], tutor, f)
    role_line(p, m + w * 0.5, y, t["head"], fk.en_name() if lang == "en" else fk.eu_name("fr"), f)
    y += 50 * s
    c.hline(0, c.width, y, width=1, dash=int(8 * s))
    y += 50 * s
    c.line(m, y, [S(t["slip"], "label"), S(" ", "other"), S(name, "name")], p.font(18))
    y += 60 * s
    parent = f"{fk.en_name().split()[0] if lang == 'en' else fk.eu_name('fr').split()[0]} {name.split()[-1]}"
    over_caption(p, m, y, w * 0.5, t["parent"], [S(parent, "name")], lf, 34, hand=True, cjk=False)
    phone = [S(fk.uk_phone() if lang == "en" else fk.eu_phone("fr"), "phone")]
    over_caption(p, m + w * 0.58, y, w * 0.42, t["phone"], phone, lf, 30, hand=True, cjk=False)
    return _finish(c, y + 40 * s, 0, pad=m * 0.6)


def _cn(rng: random.Random, fk: ErrandFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1200), 1.5, cjk=True, base=1100, margin=(0.07, 0.09))
    s = p.s
    x0 = m + 60 * s  # a column on the left for the turned title
    w = right - x0
    f = p.font(22)
    school = f"{rng.choice(('滨江', '城南', '实验', '育才'))}{rng.choice(('小学', '第二中学', '外国语学校'))}"
    c.text_vertical(m, m + 60 * s, "学生成长记录册", p.font(26, bold=True), "label")
    y = m + 40 * s
    c.text(x0 + w / 2, y, school, p.font(30, bold=True), "shop", anchor="ms")
    y += 50 * s
    term = f"{rng.randint(2025, 2026)}学年第{rng.choice('一二')}学期 成绩报告单"
    c.text(x0 + w / 2, y, term, p.font(26), "label", anchor="ms")
    y += 26 * s
    sur, given = fk.cn_surname(), fk.cn_given_name()
    lab = lambda t: Cell.of(t, "label", align="c")  # noqa: E731
    rows = [
        [
            lab("姓名"),
            Cell.of(sur + given, "name"),
            lab("学号"),
            Cell.of(fk.student_no(), "id_number"),
        ],
        [
            lab("班级"),
            Cell.of(f"{rng.randint(1, 6)}年级{rng.randint(1, 8)}班", "other"),
            lab("性别"),
            Cell.of(fk.sex(), "other"),
        ],
    ]
    widths = (w * 0.14, w * 0.36, w * 0.14, w * 0.36)
    y = table(p, x0, y, widths, rows, 54 * s, f)
    y += 24 * s
    grades = [[lab(h) for h in ("科目", "平时", "期中", "期末", "等级")]]
    for subj in rng.sample(_CN_SUBJECTS, rng.randint(5, 7)):
        marks = [rng.randint(70, 100) for _ in range(3)]
        grades.append(
            [Cell.of(subj, "item", align="c")]
            + [Cell.of(str(v), "other", align="c") for v in marks]
            + [
                Cell.of(
                    "优" if marks[2] >= 90 else ("良" if marks[2] >= 80 else "合格"),
                    "other",
                    align="c",
                )
            ]
        )
    y = table(
        p, x0, y, (w * 0.24, w * 0.19, w * 0.19, w * 0.19, w * 0.19), grades, 46 * s, f, line=1
    )
    y += 50 * s
    c.text(x0, y, "班主任评语", p.font(24, bold=True), "label")
    y += 46 * s
    a, b, rest = rng.choice(_CN_COMMENTS)
    hf = hand_font(p, 30, cjk=True)
    top = y - 36 * s
    spans = [S(given, "name"), S(a + b, "other"), S(given, "name"), S(rest, "other")]
    y = c.wrap(
        x0 + 14 * s + hf.size * 2,
        y,
        spans,
        hf,
        w - 28 * s - hf.size * 2,
        hf.size * 1.6,
        indent=-hf.size * 2,
        fill=(25, 35, 120),
        max_lines=5,
    )
    sx = c.line(right - 300 * s, y + 10 * s, [S("班主任:", "label")], f)
    handwritten(p, sx + 8 * s, y + 10 * s, [S(fk.cn_name(honorific=0.0), "name")], 34, cjk=True)
    y += 40 * s
    c.box(x0, top, right, y, width=1)
    y += 50 * s
    c.line(x0, y, [S("家长意见:", "label")], f)
    handwritten(
        p,
        x0 + 130 * s,
        y,
        [S(rng.choice(("已阅,感谢老师的辛勤付出!", "孩子在家会继续努力。", "已阅")), "other")],
        30,
        cjk=True,
    )
    y += 56 * s
    x = c.line(x0, y, [S("家长签字:", "label")], f)
    handwritten(p, x + 10 * s, y, [S(sur + fk.cn_given_name(), "name")], 34, cjk=True)
    if rng.random() < 0.6:  # the parent leaves a number beside the signature
        x = c.line(x0 + w * 0.28, y, [S("电话:", "label")], f)
        handwritten(p, x + 8 * s, y, [S(fk.cn_mobile("plain"), "phone")], 28, cjk=True)
    role_line(p, x0 + w * 0.55, y, "校长", fk.cn_name(honorific=0.0), f)
    seal(p, right - 90 * s, y - 40 * s, 80 * s, school)
    y += 50 * s
    c.text(x0, y, f"下学期开学时间:{fk.date('cn')}", p.font(18), "date")
    return _finish(c, y, 0, pad=m * 0.6)


def school_report_card(rng: random.Random) -> Canvas:
    """A school report: English or French term report, or a Chinese 成绩报告单."""
    fk = ErrandFaker(rng)
    return _cn(rng, fk) if rng.random() < 0.5 else _latin(rng, fk)


LAYOUTS = {"school_report_card": school_report_card}
