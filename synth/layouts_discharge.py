"""Hospital discharge. A Chinese 出院小结 (the patient grid: 姓名, 性别, 年龄, 科室, 床号,
住院号; admission and discharge dates; 入院诊断 and 出院诊断; a 诊疗经过 paragraph that
names the doctors who saw the patient; numbered 出院医嘱 with medicines and doses; the
家属 or 联系人 with a phone; 主治医师 and 住院医师 signed by hand); an English discharge
summary (patient, NHS number and hospital number, date of birth, home address, GP by
name with the practice, consultant, diagnosis, a medications-on-discharge table, the
follow-up); a patient-facing "going home" sheet naming the nurse by first name; or a
Spanish informe de alta (Paciente, NHC, Fecha de nacimiento, Médico responsable).

Personal: patients, relatives, doctors, GPs and nurses (``name``), hospital, NHS and
history numbers and dates of birth (``id_number``), home addresses and phones.
Ordinary: diagnoses, procedures, medicines, doses, dates, wards, beds, departments, sex
and age, headings and advice; the hospital's name, address and ward phone are business.
"""

from __future__ import annotations

import random

from .discharge_words import (
    CN_CASES,
    CN_HOSPITALS,
    CN_ORDERS,
    CN_STATE,
    EN_CASES,
    EN_HOSPITALS,
    EN_INSTRUCTIONS,
    EN_MEDS,
    EN_PRACTICES,
    ES_CASES,
    ES_HOSPITALS,
)
from .fakedata_money import MoneyFaker
from .formkit import Cell, handwritten, sheet, table
from .formkit_marks import word_wrap
from .formkit_slips import label_cell
from .kit import S, _finish, joined_address, street_spans
from .render import Canvas, Span


def _cn_date(rng: random.Random, month: int, day: int) -> str:
    return rng.choice((f"2026-{month:02d}-{day:02d}", f"2026年{month}月{day}日"))


def _cn_summary(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1260), 1.6, cjk=True, base=1200, margin=0.06)
    s = p.s
    hospital = rng.choice(CN_HOSPITALS)
    dept, first_dx, final_dx, course = rng.choice(CN_CASES)
    y = m + 36 * s
    c.text(c.width / 2, y, hospital, p.font(28, bold=True), "shop", anchor="ms")
    y += 46 * s
    c.text(
        c.width / 2,
        y,
        rng.choice(("出院小结", "出 院 记 录", "出院记录")),
        p.font(32, bold=True),
        "label",
        anchor="ms",
    )
    y += 24 * s
    name = fk.cn_name(honorific=0.0)
    inpatient = fk.digits(rng.choice((7, 8, 10)))
    grid = [
        [
            label_cell("姓名"),
            Cell.of(name, "name"),
            label_cell("性别"),
            Cell.of(fk.sex(), "other"),
            label_cell("年龄"),
            Cell.of(f"{rng.randint(18, 90)}岁", "other"),
        ],
        [
            label_cell("科室"),
            Cell.of(dept, "other"),
            label_cell("床号"),
            Cell.of(f"{rng.randint(1, 60)}床", "other"),
            label_cell("住院号"),
            Cell.of(inpatient, "id_number"),
        ],
    ]
    widths = [(right - m) * k for k in (0.1, 0.22, 0.1, 0.18, 0.12, 0.28)]
    y = table(p, m, y, widths, grid, 50 * s, p.font(18))
    y += 40 * s
    mo, d = rng.randint(1, 12), rng.randint(1, 14)
    stay = rng.randint(4, 14)
    f = p.font(18)
    x = c.line(m, y, [S("入院日期:", "label"), S(_cn_date(rng, mo, d), "date")], f) + 40 * s
    x = c.line(x, y, [S("出院日期:", "label"), S(_cn_date(rng, mo, d + stay), "date")], f) + 40 * s
    c.line(x, y, [S("住院天数:", "label"), S(f"{stay}天", "other")], f)
    y += 44 * s
    for head, text in (("入院诊断:", first_dx), ("出院诊断:", final_dx)):
        c.line(m, y, [S(head, "label"), S(text, "other")], f)
        y += 38 * s
    chief, resident = fk.cn_name(honorific=0.0), fk.cn_name(honorific=0.0)
    senior = fk.cn_surname()
    c.text(m, y, "诊疗经过:", p.font(18, bold=True), "label")
    y += 34 * s
    prose = [
        S(f"患者因\u201c{first_dx}\u201d入院,入院后完善相关检查,经", "footer"),
        S(senior, "name"),
        S("主任医师查房后,", "footer"),
        S(course, "other"),
        S(",住院期间由", "footer"),
        S(chief, "name"),
        S("主治医师随访,恢复顺利,", "footer"),
        S(CN_STATE, "footer"),
    ]
    y = c.wrap(m + 36 * s, y, prose, f, right - m - 36 * s, 32 * s, max_lines=5)
    y += 10 * s
    c.text(m, y, "出院医嘱:", p.font(18, bold=True), "label")
    y += 34 * s
    for k, order in enumerate(rng.sample(CN_ORDERS, rng.randint(3, 5)), 1):
        c.line(m + 36 * s, y, [S(f"{k}. ", "other"), S(order, "other")], f)
        y += 32 * s
    y += 16 * s
    relation = rng.choice(("之子", "之女", "配偶", "家属"))
    x = c.line(m, y, [S(rng.choice(("家属签字:", "联系人:")), "label")], f) + 10 * s
    x = handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 32, cjk=True) + 10 * s
    x = c.line(x, y, [S(f"({relation})", "other")], f) + 30 * s
    c.line(x, y, [S("电话:", "label"), S(fk.cn_mobile(rng.choice(("plain", "dash"))), "phone")], f)
    y += 56 * s
    for k, (role, who) in enumerate((("主治医师:", chief), ("住院医师:", resident))):
        x = c.line(m + k * (right - m) / 2, y, [S(role, "label")], f) + 10 * s
        handwritten(p, x, y, [S(who, "name")], 34, cjk=True)
    y += 40 * s
    c.line(m, y, [S("科室电话:", "label"), Span(fk.cn_landline(), "shop_phone", None)], p.font(15))
    c.text(right - 200 * s, y, "第1页 共1页", p.font(15), "footer")
    return _finish(c, y, m // 2, pad=10 * s)


def _en_summary(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1260), 1.5, cjk=False, base=1200, margin=0.06)
    s = p.s
    hospital = rng.choice(EN_HOSPITALS)
    dept, dx, proc = rng.choice(EN_CASES)
    y = m + 34 * s
    c.text(m, y, hospital, p.font(24, bold=True), "shop")
    c.text(right - 320 * s, y, "NHS Foundation Trust", p.font(17), "shop")
    y += 46 * s
    c.text(m, y, "DISCHARGE SUMMARY", p.font(30, bold=True), "label")
    y += 20 * s
    name = fk.en_name(upper=rng.random() < 0.5)
    block = fk.uk_block()
    rows = [
        [
            label_cell("Patient name"),
            Cell.of(name, "name"),
            label_cell("NHS No."),
            Cell.of(fk.nhs_number(), "id_number"),
        ],
        [
            label_cell("Date of birth"),
            Cell.of(fk.dob("dmy"), "id_number"),
            label_cell("Hospital No."),
            Cell.of(f"{rng.choice('RKMW')}{fk.digits(7)}", "id_number"),
        ],
        [label_cell("Address"), Cell(tuple(joined_address(block)), span=3)],
        [
            label_cell("GP"),
            Cell((S("Dr ", "other"), S(fk.en_name(), "name"))),
            label_cell("Practice"),
            Cell.of(rng.choice(EN_PRACTICES), "other"),
        ],
        [
            label_cell("Consultant"),
            Cell((S("Dr ", "other"), S(fk.en_name().split()[-1], "name"))),
            label_cell("Ward"),
            Cell.of(f"{dept} - Ward {rng.randint(1, 30)}", "other"),
        ],
        [
            label_cell("Admitted"),
            Cell.of(f"{rng.randint(1, 14):02d}/03/2026", "date"),
            label_cell("Discharged"),
            Cell.of(f"{rng.randint(15, 28):02d}/03/2026", "date"),
        ],
    ]
    widths = [(right - m) * k for k in (0.17, 0.33, 0.17, 0.33)]
    y = table(p, m, y, widths, rows, 48 * s, p.font(17), cjk=False)
    y += 40 * s
    f = p.font(17)
    for head, text in (("Primary diagnosis:", dx), ("Procedure:", proc)):
        x = c.line(m, y, [S(head, "label")], p.font(17, bold=True)) + 10 * s
        c.line(x, y, [S(text, "other")], f)
        y += 32 * s
    y += 16 * s
    c.text(m, y, "Medications on discharge", p.font(19, bold=True), "label")
    y += 12 * s
    meds = [[label_cell(h) for h in ("Medicine", "Dose", "Route", "Frequency", "Duration")]]
    for row in rng.sample(EN_MEDS, rng.randint(3, 5)):
        meds.append([Cell.of(v, "other") for v in row])
    y = table(
        p,
        m,
        y,
        [(right - m) * k for k in (0.26, 0.14, 0.12, 0.26, 0.22)],
        meds,
        40 * s,
        f,
        cjk=False,
        line=1,
    )
    y += 40 * s
    clinic = f"{rng.randint(1, 28)} April 2026, {dept} clinic"
    x = c.line(m, y, [S("Follow-up:", "label")], p.font(17, bold=True)) + 10 * s
    c.line(x, y, [S(clinic, "other")], f)
    y += 36 * s
    body = [
        S("Completed by Dr ", "footer"),
        S(fk.en_name(), "name"),
        S(f" (FY2), bleep {fk.digits(4)}. Copy to GP and patient.", "footer"),
    ]
    y = word_wrap(p, m, y, body, p.font(15), right - m, 22 * s)
    return _finish(c, y, m // 2, pad=12 * s)


def _en_sheet(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """The patient's own "going home" sheet: name, instructions, the nurse by first name."""
    c, p, m, right = sheet(rng, (1000, 1080), 1.3, cjk=False, base=1000, margin=0.07)
    s = p.s
    hospital = rng.choice(EN_HOSPITALS)
    y = m + 34 * s
    c.text(m, y, hospital, p.font(22, bold=True), "shop")
    y += 50 * s
    c.text(m, y, "Going home: your discharge information", p.font(26, bold=True), "label")
    y += 50 * s
    f = p.font(18)
    for label, spans in (
        ("Name:", [S(fk.en_name(), "name")]),
        ("Date of birth:", [S(fk.dob("mon"), "id_number")]),
        ("Home address:", joined_address(fk.uk_block())),
        ("Contact number:", [S(fk.uk_phone(), "phone")]),
    ):
        x = c.line(m, y, [S(label, "label")], f) + 12 * s
        handwritten(p, x, y, spans, 28, cjk=False, width=right - x)
        y += 42 * s
    y += 12 * s
    for k, text in enumerate(EN_INSTRUCTIONS, 1):
        y = word_wrap(p, m, y, [S(f"{k}. {text}", "footer")], f, right - m, 28 * s)
    y += 20 * s
    x = c.line(m, y, [S("Your nurse today was", "label")], f) + 12 * s
    handwritten(p, x, y, [S(fk.en_first(upper=False), "name")], 32, cjk=False)
    y += 40 * s
    c.line(
        m,
        y,
        [S("Ward phone (24 h): ", "label"), Span(fk.office_phone("en"), "shop_phone", None)],
        f,
    )
    return _finish(c, y, m // 2, pad=12 * s)


def _es_informe(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1180), 1.3, cjk=False, base=1100, margin=0.06)
    s = p.s
    dept, dx, treatment = rng.choice(ES_CASES)
    y = m + 34 * s
    c.text(m, y, rng.choice(ES_HOSPITALS), p.font(24, bold=True), "shop")
    c.text(right - 260 * s, y, f"Servicio de {dept}", p.font(16), "other")
    y += 50 * s
    c.text(m, y, "INFORME DE ALTA HOSPITALARIA", p.font(28, bold=True), "label")
    y += 50 * s
    f = p.font(18)
    street, town = fk.eu_address("es")
    for label, spans in (
        ("Paciente:", [S(fk.eu_name("es"), "name")]),
        ("NHC:", [S(fk.digits(7), "id_number")]),
        ("Fecha de nacimiento:", [S(fk.dob("dmy"), "id_number")]),
        ("Domicilio:", [*street_spans(street), S(", ", "other"), S(town, "address")]),
        ("Fecha de ingreso:", [S(f"{rng.randint(1, 14):02d}/05/2026", "date")]),
        ("Fecha de alta:", [S(f"{rng.randint(15, 28):02d}/05/2026", "date")]),
    ):
        x = c.line(m, y, [S(label, "label")], p.font(18, bold=True)) + 12 * s
        c.line(x, y, spans, f)
        y += 36 * s
    y += 16 * s
    for head, text in (
        ("Diagnóstico principal", dx),
        ("Tratamiento al alta", treatment),
        (
            "Recomendaciones",
            "Control por su médico de Atención Primaria en 7-10 días. Acudir a "
            "Urgencias si fiebre o empeoramiento.",
        ),
    ):
        c.text(m, y, head, p.font(19, bold=True), "label")
        y += 32 * s
        y = word_wrap(p, m + 20 * s, y, [S(text, "other")], f, right - m - 20 * s, 28 * s) + 12 * s
    y += 30 * s
    doctor = fk.eu_name("es")
    x = c.line(
        m, y, [S("Médico responsable: ", "label"), S("Dr/a. ", "other"), S(doctor, "name")], f
    )
    handwritten(
        p, max(x + 30 * s, right - 260 * s), y, [S(doctor.split()[1], "name")], 32, cjk=False
    )
    y += 34 * s
    c.line(m, y, [S("Nº colegiado: ", "label"), S(fk.digits(9), "id_number")], p.font(15))
    return _finish(c, y, m // 2, pad=12 * s)


def hospital_discharge_summary(rng: random.Random) -> Canvas:
    """A hospital discharge: a Chinese 出院小结, an English summary, a patient's going-home
    sheet or a Spanish informe de alta."""
    fk = MoneyFaker(rng)
    draw = rng.choices(
        (_cn_summary, _en_summary, _en_sheet, _es_informe), weights=(38, 26, 16, 20)
    )[0]
    return draw(rng, fk)


LAYOUTS = {"hospital_discharge_summary": hospital_discharge_summary}
