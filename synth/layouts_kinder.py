"""Kindergarten and preschool enrolment. A 幼儿入园登记表 filled in by pen (class and
date; the child's grid beside a photo: name, sex, date of birth, 民族, 血型, ID, 户籍地址
and 现住址 to the room; 家庭成员 with the parents' names, work units, jobs and phones;
the 接送人 with relation, phone and sometimes their ID; allergies and illnesses;
vaccines ticked; the pledge, a parent's signature, the teacher as 王老师), or a 接送卡
photographed front and back (the school, the child's photo, name, class and card
number; the people who collect the child with relation and phone; the class teacher
and mobile; the rules); an English nursery registration or a Spanish matrícula de
escuela infantil (:mod:`synth.kinder_latin`).

Personal: children, parents, collectors and teachers (``name``; after 王老师 only the
surname), the child's date of birth, ID numbers and the pick-up card's number
(``id_number``: the card hands the child over), homes with their rooms (``door``),
phones and the child's photo (``face``). Ordinary: the kindergarten, classes, sex,
ethnic group, blood group, relations, work units, jobs, allergies, illnesses,
vaccines, ticks, dates and rules.
"""

from __future__ import annotations

import random

from .fakedata import CN_COMPOUND_SURNAMES
from .fakedata_kin import KinFaker
from .formkit import HAND_INKS, RED, Cell, face_photo, handwritten, seal, sheet, table
from .formkit_blanks import tick_box
from .formkit_slips import grid_rows, label_cell
from .kinder_latin import en_registration, es_matricula
from .kinder_words import (
    CN_ALLERGIES,
    CN_BLOOD,
    CN_CARD_RULES,
    CN_CLASSES,
    CN_ETHNIC,
    CN_ILLS,
    CN_JOBS,
    CN_PICKERS,
    CN_PLEDGE,
    CN_UNITS,
    CN_VACCINES,
)
from .kit import Faces, Pen, S, _finish, hand_font, joined_address
from .render import Canvas, Span


def _surname(name: str) -> str:
    return name[:2] if name[:2] in CN_COMPOUND_SURNAMES else name[0]


def _family(rng: random.Random, fk: KinFaker) -> tuple[str, str, str, str]:
    """(child, date of birth as the ID has it, ID, father's name): the child takes the
    father's surname."""
    father = fk.cn_name(honorific=0.0)
    child = _surname(father) + fk.cn_given_name()
    idn = fk.id_born(2021, 2023)
    born = f"{idn[6:10]}.{idn[10:12]}.{idn[12:14]}"
    return child, born, idn, father


def _home(fk: KinFaker) -> list[Span]:
    return joined_address([fk.cn_address(with_door=1.0)[0]], "")


def _cn_form(rng: random.Random, fk: KinFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1280), 1.65, cjk=True, base=1200, margin=0.055)
    s, w = p.s, right - m
    school = fk.kindergarten()
    y = m + 36 * s
    c.text(c.width / 2, y, school, p.font(22, bold=True), "shop", anchor="ms")
    y += 52 * s
    title = rng.choice(("幼儿入园登记表", "新生入园信息登记表", "幼儿入园信息采集表"))
    c.text(c.width / 2, y, title, p.font(30, bold=True), "label", anchor="ms")
    y += 44 * s
    f = p.font(17)
    x = c.line(m, y, [S("班级:", "label")], f) + 8 * s
    handwritten(p, x, y, [S(rng.choice(CN_CLASSES), "other")], 26, cjk=True)
    c.line(
        c.width * 0.36,
        y,
        [S("入园日期: ", "label"), S(f"2026年{rng.choice((2, 9))}月1日", "date")],
        f,
    )
    c.line(
        right - 190 * s,
        y,
        [S("编号: ", "label"), S(f"{rng.randint(2026001, 2026380)}", "other")],
        f,
    )
    y += 18 * s
    hand = rng.random() < 0.85
    child, born, idn, father = _family(rng, fk)
    photo_w = 170 * s
    left = w - photo_w
    rows = grid_rows(
        [
            [
                ("幼儿姓名", child, "name"),
                ("性别", fk.sex(), "other"),
                ("出生日期", born, "id_number"),
            ],
            [
                ("民族", rng.choice(CN_ETHNIC), "other"),
                ("血型", rng.choice(CN_BLOOD), "other"),
                ("乳名", child[-1] * 2, "name"),
            ],
            [("身份证号", idn, "id_number")],
            [("户籍地址", joined_address([fk.cn_address(with_door=0.6)[0]], ""), "")],
        ],
        hand=hand,
        columns=6,
    )
    widths = [left * k for k in (0.15, 0.2, 0.11, 0.15, 0.15, 0.24)]
    top = y
    y = table(p, m, y, widths, rows, 54 * s, f, hand_px=26)
    c.box(m + left, top, right, y, width=2)
    face_photo(p, m + left + 18 * s, top + 14 * s, photo_w - 36 * s, y - top - 28 * s)
    rows = grid_rows([[("现住址", _home(fk), "")]], hand=hand, columns=2)
    y = table(p, m, y, [w * 0.12, w * 0.88], rows, 54 * s, f, hand_px=26) + 24 * s
    c.text(m, y, "家庭成员", p.font(18, bold=True), "label")
    heads = ("称谓", "姓名", "工作单位", "职业", "联系电话")
    fam = [[label_cell(h) for h in heads]]
    mother = fk.cn_name(honorific=0.0)
    for rel, name in (("父亲", father), ("母亲", mother)):
        cells = [(rel, "other", False), (name, "name", hand), (rng.choice(CN_UNITS), "other", hand)]
        cells += [
            (rng.choice(CN_JOBS), "other", hand),
            (fk.cn_mobile(rng.choice(("plain", "dash", "space"))), "phone", hand),
        ]
        fam.append([Cell.of(t, k, hand=h, align="c") for t, k, h in cells])
    fw = [w * k for k in (0.1, 0.16, 0.32, 0.14, 0.28)]
    y = table(p, m, y + 12 * s, fw, fam, 48 * s, f, hand_px=25) + 24 * s
    c.text(m, y, "接送人(家长以外)", p.font(18, bold=True), "label")
    heads = ("姓名", "与幼儿关系", "联系电话", "身份证号")
    pick = [[label_cell(h) for h in heads]]
    for rel, (lo, hi) in rng.sample(CN_PICKERS, rng.randint(1, 3)):
        paternal = rel in ("爷爷", "姑姑")  # they share the father's surname
        name = _surname(father) + fk.cn_given_name() if paternal else fk.cn_name(honorific=0.0)
        pid = fk.id_born(lo, hi) if rng.random() < 0.6 else ""
        cells = [
            (name, "name"),
            (rel, "other"),
            (fk.cn_mobile_digits(), "phone"),
            (pid, "id_number"),
        ]
        pick.append([Cell.of(t, k, hand=hand, align="c") for t, k in cells])
    pw = [w * k for k in (0.18, 0.16, 0.26, 0.4)]
    y = table(p, m, y + 12 * s, pw, pick, 48 * s, f, hand_px=25) + 20 * s
    rows = grid_rows(
        [
            [
                ("过敏史", rng.choice(CN_ALLERGIES), "other"),
                ("既往病史", rng.choice(CN_ILLS), "other"),
            ]
        ],
        hand=hand,
        columns=4,
    )
    y = (
        table(p, m, y, [w * 0.12, w * 0.38, w * 0.12, w * 0.38], rows, 50 * s, f, hand_px=25)
        + 40 * s
    )
    x = c.line(m, y, [S("预防接种:", "label")], f) + 10 * s
    for vac in CN_VACCINES:
        if x > right - 130 * s:
            x, y = m + 100 * s, y + 36 * s
        x = tick_box(p, x, y, vac, rng.random() < 0.85, f) + 20 * s
    y += 46 * s
    y = c.wrap(m, y, [S(CN_PLEDGE, "footer")], p.font(15), w, 24 * s, max_lines=3) + 20 * s
    x = c.line(m, y, [S("家长签字:", "label")], f) + 10 * s
    signer = rng.choice((father, mother))
    handwritten(p, x, y, [S(signer, "name")], 32, cjk=True)
    x = c.line(c.width * 0.42, y, [S("经办老师:", "label")], f) + 10 * s
    hf = hand_font(p, 28, cjk=True)
    c.line(x, y, [S(fk.cn_surname(), "name"), S("老师", "other")], hf, fill=rng.choice(HAND_INKS))
    c.line(
        right - 200 * s,
        y,
        [S("日期: ", "label"), S(f"2026.{rng.randint(6, 8)}.{rng.randint(1, 28)}", "date")],
        f,
    )
    return _finish(c, y, m // 2, pad=24 * s)


def _card(p: Pen, x0: float, y0: float, w: float, h: float) -> None:
    c = p.c
    c.draw.rounded_rectangle(
        [x0, y0, x0 + w, y0 + h], 24 * p.s, fill=(252, 250, 244), outline=(170, 170, 170), width=2
    )


def _cn_card(rng: random.Random, fk: KinFaker) -> Canvas:
    W = rng.choice((1100, 1200))
    c = Canvas(
        W,
        int(W * 1.3),
        paper=rng.choice(((186, 160, 128), (120, 124, 130), (210, 206, 198))),
        ink=(25, 25, 30),
    )
    p = Pen(rng, c, Faces.pick(rng, cjk=True), W / 1100)
    s = p.s
    cw, ch = 860 * s, 540 * s
    x0 = (W - cw) / 2 + rng.uniform(-20, 20) * s
    y0 = 60 * s
    school = fk.kindergarten()
    child, _born, _idn, father = _family(rng, fk)
    hand = rng.random() < 0.5
    ink = rng.choice(HAND_INKS)
    vf = hand_font(p, 34, cjk=True) if hand else p.font(28, bold=True)
    # the front: school band, photo, child, class, card number
    _card(p, x0, y0, cw, ch)
    band = rng.choice(((255, 214, 214), (214, 236, 255), (220, 244, 214)))
    c.draw.rectangle([x0 + 4 * s, y0 + 24 * s, x0 + cw - 4 * s, y0 + 110 * s], fill=band)
    c.text(x0 + cw / 2, y0 + 82 * s, school, p.font(34, bold=True), "shop", anchor="ms")
    c.text(
        x0 + cw / 2,
        y0 + 170 * s,
        "幼儿接送卡",
        p.font(40, bold=True),
        "label",
        anchor="ms",
        fill=RED,
    )
    face_photo(p, x0 + 50 * s, y0 + 210 * s, 200 * s, 260 * s)
    f = p.font(26)
    tx, ty = x0 + 300 * s, y0 + 260 * s
    for label, value in (
        ("幼儿姓名:", [S(child, "name")]),
        ("班    级:", [S(rng.choice(CN_CLASSES), "other")]),
        ("卡    号:", [S(f"JS{fk.digits(6, True)}", "id_number")]),
    ):
        x = c.line(tx, ty, [S(label, "label")], f) + 14 * s
        if hand and label != "卡    号:":
            c.line(x, ty, value, vf, fill=ink)
        else:
            c.line(x, ty, value, f)
        ty += 78 * s
    seal(p, x0 + cw - 120 * s, y0 + ch - 110 * s, 70 * s, school)
    # the back: who may collect the child, the teacher, the rules
    y1 = y0 + ch + 60 * s
    _card(p, x0, y1, cw, ch)
    c.text(x0 + cw / 2, y1 + 64 * s, "接送人信息", p.font(30, bold=True), "label", anchor="ms")
    rows = [[label_cell(t) for t in ("关系", "姓名", "联系电话")]]
    mother = fk.cn_name(honorific=0.0)
    people = [("爸爸", father), ("妈妈", mother)]
    for rel, _years in rng.sample(CN_PICKERS[:4], rng.randint(0, 2)):
        paternal = rel == "爷爷"
        people.append(
            (rel, _surname(father) + fk.cn_given_name() if paternal else fk.cn_name(honorific=0.0))
        )
    for rel, name in people:
        rows.append(
            [
                Cell.of(rel, "other", align="c"),
                Cell.of(name, "name", hand=hand, align="c"),
                Cell.of(fk.cn_mobile_digits(), "phone", hand=hand, align="c"),
            ]
        )
    y = table(
        p,
        x0 + 40 * s,
        y1 + 90 * s,
        [cw * 0.2, cw * 0.3, cw * 0.4],
        rows,
        44 * s,
        p.font(20),
        hand_px=26,
        ink=ink,
        line=1,
    )
    y += 36 * s
    teacher = [
        S("班主任: ", "label"),
        S(fk.cn_surname(), "name"),
        S("老师  ", "other"),
        S(fk.cn_mobile_digits(), "phone"),
    ]
    c.line(x0 + 40 * s, y, teacher, p.font(20))
    y += 34 * s
    for rule in CN_CARD_RULES:
        if y > y1 + ch - 20 * s:
            break
        c.text(x0 + 40 * s, y, rule, p.font(16), "footer")
        y += 26 * s
    c.trim(int(max(y, y1 + ch) + 60 * s))
    return c


def kindergarten_enrolment_form(rng: random.Random) -> Canvas:
    """A 幼儿入园登记表, a 接送卡 front and back, an English nursery registration or a
    Spanish matrícula de escuela infantil."""
    fk = KinFaker(rng)
    draw = rng.choices(
        (_cn_form, _cn_card, en_registration, es_matricula), weights=(36, 22, 22, 20)
    )[0]
    return draw(rng, fk)


LAYOUTS = {"kindergarten_enrolment_form": kindergarten_enrolment_form}
