"""Census and household surveys: a Chinese 人口普查表 / 住户登记表 (printed labels,
sometimes bilingual, values filled in by the enumerator by hand or printed from the
tablet), or an English household questionnaire or a Spanish hoja padronal.

Personal: the dwelling's address down to the room, the head of household's or
respondent's name and phone, every member's name, date of birth and ID number in
the members' table, a remark naming a landlord with a phone, the respondent's
signature, the enumerator's name and enumerator number (a staff number). Ordinary:
the form's title and printed instructions, the enumeration area and household codes
(they locate a form, not a person), relations to the head (户主, 配偶, Son), sex,
occupation, education, tenure ticks, the date of the visit.
"""

from __future__ import annotations

import random

from .fakedata_households import EDUCATION, OCCUPATIONS, RELATIONS, HouseholdFaker
from .formkit import Cell, bilingual, handwritten, memo, sheet, table
from .formkit_blanks import over_caption, tick_box
from .formkit_slips import label_cell
from .kit import S, _finish
from .render import Canvas

_CN_TITLES = ("人口普查表(短表)", "住户登记表", "人口普查住户登记表", "家庭户成员登记表")
_CN_HEAD = ("户编号", "普查区", "普查小区", "建筑物编号")
_CN_NOTE = (
    "填表说明:请按普查标准时点填报本户全部常住人口,包括临时外出人员。",
    "本表所填信息仅用于统计,依法予以保密。",
)
_EN = {
    "title": ("Census 2026 — Household Questionnaire", "Household Registration Form"),
    "codes": ("Enumeration district", "Household no."),
    "addr": ("Flat / room", "Address of dwelling", "Postcode and town"),
    "resp": ("Name of person completing this form", "Telephone"),
    "cols": ("No.", "Full name", "Relationship", "Sex", "Date of birth"),
    "cols2": ("NI / ID number", "Occupation", "Highest qualification"),
    "self": "Person 1",
    "sex": ("M", "F"),
    "tenure": ("This accommodation is:", ("Owned", "Rented", "Rent free")),
    "staff": ("Enumerator", "Enumerator no.", "Date of visit"),
    "sign": "Signature",
    "note": "Your answers are confidential and are used only to produce statistics.",
    "remark": "Remarks",
    "landlord": "Landlord ",
}
_ES = {
    "title": ("Hoja Padronal — Padrón Municipal de Habitantes", "Hoja de inscripción padronal"),
    "codes": ("Distrito / Sección", "Hoja n.º"),
    "addr": ("Piso / puerta", "Domicilio", "C.P. y municipio"),
    "resp": ("Nombre de quien firma la hoja", "Teléfono"),
    "cols": ("N.º", "Nombre y apellidos", "Parentesco", "Sexo", "F. nacimiento"),
    "cols2": ("DNI / NIE", "Ocupación", "Nivel de estudios"),
    "self": "Titular",
    "sex": ("H", "M"),
    "tenure": ("La vivienda es:", ("En propiedad", "En alquiler", "Cedida")),
    "staff": ("Agente censal", "N.º de agente", "Fecha de la visita"),
    "sign": "Firma",
    "note": "Los datos del padrón son confidenciales (Ley Orgánica de Protección de Datos).",
    "remark": "Observaciones",
    "landlord": "Propietario ",
}


def _cn_members(rng: random.Random, fk: HouseholdFaker, head: str, hand: bool) -> list[list[Cell]]:
    """The members' table: the head first, then the household, one row each."""
    rows = [[label_cell(t) for t in ("序号", "姓名", "与户主关系", "性别", "出生年月")]]
    rows[0] += [label_cell(t) for t in ("公民身份号码", "职业", "受教育程度")]
    for k in range(rng.randint(2, 5)):
        rel = "户主" if k == 0 else rng.choice(RELATIONS["cn"])
        name = head if k == 0 else fk.cn_name(honorific=0.0)
        if rel in ("子女", "孙子女"):  # children carry the head's surname
            name = head[: rng.choice((1, 1, 1, 2))] + fk.cn_given_name()
        pid = fk.cn_resident_id()
        dob = rng.choice((f"{pid[6:10]}.{pid[10:12]}", f"{pid[6:10]}年{int(pid[10:12])}月"))
        idc = Cell.of(pid, "id_number", hand=hand)
        if k and rng.random() < 0.15:  # a child with no card yet
            idc = Cell.of("未办理", "other", hand=hand)
        rows.append(
            [
                Cell.of(str(k + 1), "other", align="c"),
                Cell.of(name, "name", hand=hand),
                Cell.of(rel, "other", hand=hand),
                Cell.of(rng.choice(("男", "女")), "other", hand=hand, align="c"),
                Cell.of(dob, "id_number", hand=hand),
                idc,
                Cell.of(rng.choice(OCCUPATIONS["cn"]), "other", hand=hand),
                Cell.of(rng.choice(EDUCATION["cn"]), "other", hand=hand),
            ]
        )
    return rows


def _cn(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1000, 1100, 1200), 1.5, cjk=True, base=1100, margin=(0.04, 0.06))
    W, s, w = c.width, p.s, right - m
    hand = rng.random() < 0.65  # filled in on paper, or printed from the tablet
    f, hp = p.font(19), 27
    y = m + 40 * s
    c.text(W / 2, y, rng.choice(_CN_TITLES), p.font(32, bold=True), "label", anchor="ms")
    y += 44 * s
    x = m
    for label in rng.sample(_CN_HEAD, 3):
        x = c.line(
            x, y, [S(label + ":", "label"), S(fk.digits(rng.choice((3, 4, 12))), "other")], f
        )
        x += 36 * s
    y += 24 * s
    head, phone = fk.cn_name(honorific=0.0), fk.cn_mobile()
    addr, _pc = fk.cn_address(with_door=1.0)
    duo = rng.random() < 0.35  # forms of the bilingual cities print both languages
    lab = (lambda cn, en: bilingual(rng, cn, en, colon=0.0)) if duo else (lambda cn, en: cn)

    def val(text: str, category: str) -> Cell:
        return Cell.of(text, category, hand=hand)

    rows = [
        [
            label_cell(lab("户主姓名", "Head")),
            val(head, "name"),
            label_cell(lab("联系电话", "Tel")),
            val(phone, "phone"),
        ],
        [
            label_cell(lab("本户地址", "Address")),
            Cell(tuple(S(t, k) for t, k in addr.segments), hand=hand, span=3),
        ],
        [
            label_cell(lab("本户人数", "Persons")),
            val(f"{rng.randint(2, 6)}人", "other"),
            label_cell(lab("住房面积", "Area")),
            val(f"{rng.randint(35, 160)}平方米", "other"),
        ],
    ]
    y = table(p, m, y, (w * 0.16, w * 0.34, w * 0.16, w * 0.34), rows, 54 * s, f, hand_px=hp)
    y += 42 * s
    x = c.line(m, y, [S("户别:", "label")], f) + 12 * s
    kind = rng.randrange(2)
    for k, opt in enumerate(("家庭户", "集体户")):
        x = tick_box(p, x, y, opt, k == kind, f) + 30 * s
    x = c.line(x + 30 * s, y, [S("住房来源:", "label")], f) + 12 * s
    rent = rng.randrange(3)
    for k, opt in enumerate(("自有住房", "租赁", "其他")):
        x = tick_box(p, x, y, opt, k == rent, f) + 24 * s
    y += 22 * s
    cols = (0.05, 0.12, 0.1, 0.06, 0.12, 0.27, 0.12, 0.16)
    rows = _cn_members(rng, fk, head, hand)
    y = table(p, m, y, [w * k for k in cols], rows, 50 * s, p.font(16), hand_px=24)
    y += 44 * s
    if rent == 1 and rng.random() < 0.7:  # a rented flat: the enumerator notes the landlord
        note = [
            S("出租房,房东", "other"),
            S(fk.cn_name(honorific=0.5), "name"),
            S(fk.cn_mobile(), "phone"),
        ]
        y = memo(p, m, y, "备注:", note, f, w, hand=True)
    for line in _CN_NOTE:
        y = c.wrap(m, y, [S(line, "footer")], p.font(15), w, 24 * s)
    y += 34 * s
    x = c.line(m, y, [S("申报人签字:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(head, "name")], 32, cjk=True)
    x = c.line(m + w * 0.5, y, [S("登记日期:", "label")], f) + 10 * s
    handwritten(
        p, x, y, [S(f"2026年{rng.randint(10, 12)}月{rng.randint(1, 28)}日", "date")], hp, cjk=True
    )
    y += 50 * s
    x = c.line(m, y, [S("普查员:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 30, cjk=True)
    x = c.line(m + w * 0.5, y, [S("普查员证号:", "label")], f) + 10 * s
    c.line(x, y, [S(fk.enumerator_no(), "id_number")], f)
    return _finish(c, y, 0, pad=m)


def _latin_person(
    rng: random.Random, fk: HouseholdFaker, lang: str, surname: str
) -> tuple[str, str]:
    """A member's full name (sharing the household's surname) and an ID number."""
    if lang == "en":
        first = fk.en_first(upper=False)
        return f"{first} {surname}", fk.ni_number()
    first = fk.eu_name("es").split()[0]
    return f"{first} {surname}", fk.eu_id("es")


def _latin(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    lang = rng.choice(("en", "en", "es"))
    t = _EN if lang == "en" else _ES
    c, p, m, right = sheet(rng, (1000, 1100), 1.45, cjk=False, base=1100, margin=(0.045, 0.06))
    s, w = p.s, right - m
    hand = rng.random() < 0.7
    f, cap, hp = p.font(19), p.font(14), 28
    y = m + 40 * s
    c.text(m, y, rng.choice(t["title"]), p.font(30, bold=True), "label")
    y += 40 * s
    x = m
    for label, digits in zip(t["codes"], (rng.choice((6, 8)), 4), strict=True):
        x = (
            c.line(x, y, [S(label + ": ", "label"), S(fk.digits(digits, True), "other")], f)
            + 40 * s
        )
    y += 56 * s
    if lang == "en":
        full, phone = fk.en_name(), fk.uk_phone()
        surname = full.split()[-1]
        street, town = fk.uk_address()
        door = " ".join(tx.strip(", ") for tx, k in street.segments if k == "door")
        main = [S(tx.strip(", "), "address") for tx, k in street.segments if k == "address"]
        rest = [S(town.text, "address")]
    else:
        full, phone = fk.eu_name("es"), fk.eu_phone("es")
        surname = " ".join(full.split()[-2:])
        line1, line2 = fk.eu_address("es")
        street, _, door = line1.rpartition(", ")
        main, rest = [S(street, "address")], [S(line2, "address")]
    door_span = [S(door, "door")] if door else []
    xs = (m, m + w * 0.22, m + w * 0.7, right)
    for k, (label, value) in enumerate(zip(t["addr"], (door_span, main, rest), strict=True)):
        over_caption(
            p, xs[k], y, xs[k + 1] - xs[k] - 16 * s, label, value, cap, hp, hand=hand, cjk=False
        )
    y += 70 * s
    over_caption(p, m, y, w * 0.6, t["resp"][0], [S(full, "name")], cap, hp, hand=hand, cjk=False)
    over_caption(
        p,
        m + w * 0.64,
        y,
        w * 0.36,
        t["resp"][1],
        [S(phone, "phone")],
        cap,
        hp,
        hand=hand,
        cjk=False,
    )
    y += 74 * s
    x = c.line(m, y, [S(t["tenure"][0], "label")], f) + 14 * s
    owned = rng.randrange(3)
    for k, opt in enumerate(t["tenure"][1]):
        x = tick_box(p, x, y, opt, k == owned, f) + 30 * s
    y += 22 * s
    rows = [[label_cell(h) for h in (*t["cols"], *t["cols2"])]]
    for k in range(rng.randint(2, 5)):
        name, pid = (
            (full, fk.ni_number() if lang == "en" else fk.eu_id("es"))
            if k == 0
            else _latin_person(rng, fk, lang, surname)
        )
        rel = t["self"] if k == 0 else rng.choice(RELATIONS[lang])
        rows.append(
            [
                Cell.of(str(k + 1), "other", align="c"),
                Cell.of(name, "name", hand=hand),
                Cell.of(rel, "other", hand=hand),
                Cell.of(rng.choice(t["sex"]), "other", hand=hand, align="c"),
                Cell.of(fk.dob("dmy"), "id_number", hand=hand),
                Cell.of(pid if rng.random() < 0.85 else "", "id_number", hand=hand),
                Cell.of(rng.choice(OCCUPATIONS[lang]), "other", hand=hand),
                Cell.of(rng.choice(EDUCATION[lang]), "other", hand=hand),
            ]
        )
    cols = (0.04, 0.2, 0.12, 0.05, 0.14, 0.15, 0.14, 0.16)
    y = table(p, m, y, [w * k for k in cols], rows, 52 * s, p.font(15), hand_px=24, cjk=False)
    y += 44 * s
    if owned == 1 and rng.random() < 0.6:
        landlord = fk.en_name() if lang == "en" else fk.eu_name("es")
        note = [S(t["landlord"], "other"), S(landlord, "name"), S(", ", "other")]
        note.append(S(fk.uk_phone() if lang == "en" else fk.eu_phone("es"), "phone"))
        y = memo(p, m, y, t["remark"] + ":", note, f, w, hand=True, cjk=False)
    y = c.wrap(m, y, [S(t["note"], "footer")], p.font(15), w, 22 * s)
    y += 40 * s
    x = c.line(m, y, [S(t["sign"] + ":", "label")], f) + 12 * s
    handwritten(p, x, y, [S(full.split()[0][0] + ". " + surname, "name")], 32, cjk=False)
    staff, number, visit = t["staff"]
    y += 56 * s
    x = c.line(m, y, [S(staff + ":", "label")], f) + 10 * s
    enumerator = fk.en_name() if lang == "en" else fk.eu_name("es")
    handwritten(p, x, y, [S(enumerator, "name")], 28, cjk=False, width=m + w * 0.4 - x)
    x = c.line(m + w * 0.42, y, [S(number + " ", "label"), S(fk.enumerator_no(), "id_number")], f)
    x = c.line(x + 30 * s, y, [S(visit + ": ", "label")], f)
    handwritten(
        p,
        x,
        y,
        [S(f"{rng.randint(1, 28):02d}/{rng.randint(3, 5):02d}/2026", "date")],
        26,
        cjk=False,
    )
    return _finish(c, y, 0, pad=m)


def census_household_form(rng: random.Random) -> Canvas:
    """A household census sheet: Chinese (sometimes bilingual), English or Spanish."""
    fk = HouseholdFaker(rng)
    return rng.choices((_cn, _latin), weights=(55, 45))[0](rng, fk)


LAYOUTS = {"census_household_form": census_household_form}
