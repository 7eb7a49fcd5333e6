"""Emergency ambulance calls. A Chinese 院前急救病历 / 120 出诊记录 filled in by the crew
(呼救电话, 呼救人 with a relation word, 患者姓名, 性别, 年龄, 现场地址 to the room or only a
landmark, 接车地点, the call's times, 主诉, 初步诊断, a vital-signs grid, 处置措施, 送往医院,
the doctor, nurse and driver by hand with their staff numbers, the patient's or a
relative's signature); a dispatch centre's printed call log (time, caller number,
address, call type, unit, a caller as 王先生); an English patient care report (name,
date of birth, NHS number, incident address, next of kin and phone, observations, the
crew and their collar numbers, the handover); or a German Einsatzprotokoll.

Personal: patients, callers, relatives, crew (``name``), phones, home addresses and
doors, dates of birth, NHS, insurance and staff numbers (``id_number``). Ordinary: times,
vital signs, complaints, diagnoses, treatments, hospitals, the ambulance's own number and
plate, call types, landmarks, headings; the centre and its phone are business data.
"""

from __future__ import annotations

import random

from .ambulance_words import (
    CN_CALL_TYPES,
    CN_CASES,
    CN_CENTRES,
    CN_CONSCIOUS,
    CN_HOSPITALS,
    CN_LANDMARKS,
    CN_RELATIONS,
    CN_STATES,
    CN_STATIONS,
    CN_UNITS,
    DE_CASES,
    DE_CLINICS,
    DE_INSURERS,
    DE_PLACES,
    DE_SERVICES,
    EN_CASES,
    EN_HOSPITALS,
    EN_RELATIONS,
    EN_SERVICES,
)
from .fakedata_money import MoneyFaker
from .formkit import Cell, handwritten, sheet, table
from .formkit_blanks import corner_rows
from .formkit_slips import grid_rows, label_cell
from .kit import S, _addr_spans, _finish, joined_address, street_spans
from .render import Canvas, Span


def _clock(rng: random.Random, h: int, m: int, step: int) -> tuple[str, int, int]:
    m += step
    h, m = (h + m // 60) % 24, m % 60
    return f"{h:02d}:{m:02d}", h, m


def _times(rng: random.Random, n: int) -> list[str]:
    """A call's times in order: received, dispatched, on scene, leaving, back."""
    h, m = rng.randint(0, 23), rng.randint(0, 59)
    out = []
    for step in (0, *(rng.randint(2, 18) for _ in range(n - 1))):
        t, h, m = _clock(rng, h, m, step)
        out.append(t)
    return out


def _vitals(rng: random.Random) -> list[str]:
    return [
        f"{rng.randint(90, 180)}/{rng.randint(55, 105)}",
        str(rng.randint(52, 130)),
        str(rng.randint(12, 30)),
        f"{rng.randint(86, 100)}%",
        f"{rng.uniform(36.0, 38.9):.1f}",
    ]


def _cn_scene(rng: random.Random, fk: MoneyFaker) -> list[Span]:
    """The scene: a home to the room, or only a landmark (public, ordinary)."""
    if rng.random() < 0.3:
        return [S(rng.choice(CN_LANDMARKS), "other")]
    line, _ = fk.cn_address(with_door=0.9)
    return _addr_spans([line])


def _cn_record(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1300), 1.55, cjk=True, base=1200, margin=0.05)
    s = p.s
    centre = rng.choice(CN_CENTRES)
    y = m + 34 * s
    c.text(c.width / 2, y, centre, p.font(26, bold=True), "shop", anchor="ms")
    y += 44 * s
    title = rng.choice(("院前急救病历", "120出诊记录单", "院前急救出诊记录"))
    c.text(c.width / 2, y, title, p.font(30, bold=True), "label", anchor="ms")
    y += 38 * s
    f = p.font(17)
    x = c.line(m, y, [S("编号:", "label"), S(f"{fk.digits(4)}{fk.digits(6)}", "other")], f)
    x = c.line(x + 30 * s, y, [S("分站:", "label"), S(rng.choice(CN_STATIONS), "other")], f)
    c.line(x + 30 * s, y, [S("车号:", "label"), S(fk.cn_plate(), "other")], f)
    y += 14 * s
    hand = rng.random() < 0.7
    caller = fk.cn_name(honorific=0.0)
    relation = rng.choice(CN_RELATIONS)
    patient = caller if relation == "本人" else fk.cn_name(honorific=0.0)
    grid = grid_rows(
        [
            [("呼救电话", fk.cn_mobile(), "phone"), ("呼救人", caller, "name")],
            [("与患者关系", relation, "other"), ("患者姓名", patient, "name")],
            [("性别", fk.sex(), "other"), ("年龄", f"{rng.randint(2, 92)}岁", "other")],
            [("现场地址", _cn_scene(rng, fk), "")],
            [("接车地点", rng.choice(CN_LANDMARKS), "other")],
        ],
        hand=hand,
    )
    widths = [(right - m) * k for k in (0.14, 0.36, 0.14, 0.36)]
    y = table(p, m, y, widths, grid, 48 * s, f)
    times = _times(rng, 5)
    heads = ("受理时间", "出车时间", "到达现场", "离开现场", "返回时间")
    rows = [[label_cell(h) for h in heads], [Cell.of(t, "date", hand=hand) for t in times]]
    y = table(p, m, y + 14 * s, [(right - m) / 5] * 5, rows, 42 * s, f)
    complaint, impression, treatment = rng.choice(CN_CASES)
    y += 38 * s
    for head, text in (("主诉:", complaint), ("初步诊断:", impression)):
        x = c.line(m, y, [S(head, "label")], p.font(17, bold=True)) + 10 * s
        if hand:
            handwritten(p, x, y, [S(text, "other")], 28, cjk=True, width=right - x)
        else:
            c.line(x, y, [S(text, "other")], f)
        y += 40 * s
    heads = ("时间", "血压mmHg", "心率次/分", "呼吸次/分", "SpO2", "体温℃", "意识")
    vit = [[label_cell(h) for h in heads]]
    for t in times[2:4]:
        vit.append([Cell.of(v, "other", hand=hand) for v in (t, *_vitals(rng))])
        vit[-1].append(Cell.of(rng.choice(CN_CONSCIOUS), "other", hand=hand))
    y = table(p, m, y - 14 * s, [(right - m) / 7] * 7, vit, 40 * s, p.font(15), line=1)
    y += 36 * s
    x = c.line(m, y, [S("处置措施:", "label")], p.font(17, bold=True)) + 10 * s
    y = c.wrap(x, y, [S(treatment, "other")], f, right - x, 30 * s, max_lines=2) + 6 * s
    c.line(m, y, [S("送往医院:", "label"), S(rng.choice(CN_HOSPITALS), "other")], f)
    c.line(c.width / 2, y, [S("病情告知:", "label"), S("已告知患者及家属", "footer")], f)
    y += 50 * s
    col = (right - m) / 3
    for k, role in enumerate(("随车医生", "随车护士", "驾驶员")):
        x = c.line(m + k * col, y, [S(f"{role}:", "label")], f) + 6 * s
        handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 30, cjk=True)
        c.line(m + k * col, y + 32 * s, [S("工号:", "label"), S(fk.digits(5), "id_number")], f)
    y += 80 * s
    signer = patient if rng.random() < 0.4 else fk.cn_name(honorific=0.0)
    x = c.line(m, y, [S("患者或家属签字:", "label")], f) + 10 * s
    x = handwritten(p, x, y, [S(signer, "name")], 34, cjk=True) + 14 * s
    c.line(x, y, [S("(同意送院并已知晓病情)", "footer")], p.font(14))
    y += 36 * s
    spans = [S("调度电话:", "label"), Span(fk.cn_landline(), "shop_phone", None)]
    c.line(m, y, spans, p.font(14))
    c.text(right - 240 * s, y, "第一联 存根", p.font(14), "footer")
    return _finish(c, y, m // 2, pad=10 * s)


def _cn_log(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """The dispatch centre's printed call log: one row per call, in time order."""
    c, p, m, right = sheet(rng, (1500, 1600), 0.9, cjk=True, base=1500, margin=0.03)
    s = p.s
    y = m + 34 * s
    c.text(
        c.width / 2,
        y,
        f"{rng.choice(CN_CENTRES)}受理调度记录",
        p.font(26, bold=True),
        "label",
        anchor="ms",
    )
    y += 34 * s
    day = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    f = p.font(15)
    c.line(m, y, [S("日期:", "label"), S(day, "date")], f)
    c.line(right - 380 * s, y, [S("打印时间:", "label"), S(f"{day} 08:00:12", "date")], f)
    y += 12 * s
    heads = ("序号", "受理时间", "呼救电话", "联系人", "现场地址", "类型", "派车", "状态")
    rows = [[label_cell(h) for h in heads]]
    h, mi = rng.randint(0, 14), rng.randint(0, 59)
    for k in range(rng.randint(10, 14)):
        t, h, mi = _clock(rng, h, mi, rng.randint(3, 40))
        if rng.random() < 0.5:
            who = (S(fk.cn_surname(), "name"), S(rng.choice(("先生", "女士")), "other"))
        else:
            who = (S(fk.cn_name(honorific=0.0), "name"),)
        phone = fk.cn_mobile() if rng.random() < 0.8 else fk.cn_landline()
        rows.append(
            [
                Cell.of(str(k + 1), "other", align="c"),
                Cell.of(t, "date"),
                Cell.of(phone, "phone"),
                Cell(who),
                Cell(tuple(_cn_scene(rng, fk))),
                Cell.of(rng.choice(CN_CALL_TYPES), "other"),
                Cell.of(rng.choice(CN_UNITS), "other"),
                Cell.of(rng.choice(CN_STATES), "other"),
            ]
        )
    widths = [(right - m) * k for k in (0.05, 0.08, 0.14, 0.1, 0.35, 0.09, 0.1, 0.09)]
    y = table(p, m, y, widths, rows, 38 * s, f, line=1)
    y += 34 * s
    x = c.line(m, y, [S("调度员:", "label"), S(fk.cn_name(honorific=0.0), "name")], f)
    c.line(x + 30 * s, y, [S("工号:", "label"), S(fk.digits(4), "id_number")], f)
    c.text(right - 200 * s, y, f"共{len(rows) - 1}条 第1页", f, "footer")
    return _finish(c, y, m // 2, pad=10 * s)


def _en_report(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1280), 1.5, cjk=False, base=1200, margin=0.05)
    s = p.s
    y = m + 30 * s
    c.text(m, y, rng.choice(EN_SERVICES), p.font(20, bold=True), "shop")
    c.text(right - 290 * s, y, "NHS Trust", p.font(16), "shop")
    y += 44 * s
    c.text(m, y, "PATIENT CARE REPORT", p.font(30, bold=True), "label")
    c.line(right - 330 * s, y, [S("Incident no. ", "label"), S(fk.digits(8), "other")], p.font(16))
    y += 20 * s
    hand = rng.random() < 0.75
    h = 70 * s
    kin = fk.en_name()
    rows = (
        (
            ("Patient name", [S(fk.en_name(upper=rng.random() < 0.5), "name")]),
            ("Date of birth", [S(fk.dob("dmy"), "id_number")]),
        ),
        (("Incident address", joined_address(fk.uk_block())),),
        (
            ("NHS number", [S(fk.nhs_number(), "id_number")]),
            ("Sex / Age", [S(f"{fk.sex(english=True)} / {rng.randint(18, 95)}", "other")]),
        ),
        (
            ("Next of kin", [S(kin, "name"), S(f" ({rng.choice(EN_RELATIONS)})", "other")]),
            ("NOK phone", [S(fk.uk_phone(), "phone")]),
        ),
    )
    y = corner_rows(p, m, right, y, rows, h, hand)
    times = _times(rng, 5)
    rows = [[label_cell(t) for t in ("Call", "Mobile", "At scene", "Left scene", "At hospital")]]
    rows.append([Cell.of(t, "date", hand=hand, align="c") for t in times])
    y = table(p, m, y + 16 * s, [(right - m) / 5] * 5, rows, 38 * s, p.font(15), cjk=False, line=1)
    complaint, impression, treatment = rng.choice(EN_CASES)
    y += 34 * s
    f = p.font(16)
    for head, text in (("PC:", complaint), ("Impression:", impression), ("Tx:", treatment)):
        x = c.line(m, y, [S(head, "label")], p.font(16, bold=True)) + 10 * s
        handwritten(p, x, y, [S(text, "other")], 26, cjk=False, width=right - x)
        y += 42 * s
    heads = ("Time", "BP", "HR", "RR", "SpO2", "Temp", "GCS")
    obs = [[label_cell(t) for t in heads]]
    for t in times[2:4]:
        vals = _vitals(rng)
        obs.append([Cell.of(v, "other", hand=hand) for v in (t, *vals, f"{rng.randint(13, 15)}")])
    y = table(p, m, y - 10 * s, [(right - m) / 7] * 7, obs, 38 * s, p.font(15), cjk=False, line=1)
    y += 40 * s
    for k, role in enumerate(("Clinician 1", "Clinician 2")):
        x0 = m + k * (right - m) / 2
        x = c.line(x0, y, [S(f"{role}:", "label")], f) + 8 * s
        x = handwritten(p, x, y, [S(fk.en_name(), "name")], 28, cjk=False) + 12 * s
        c.line(x0, y + 30 * s, [S("Collar no. ", "label"), S(fk.digits(4), "id_number")], f)
    y += 74 * s
    nurse = fk.en_name().split()[-1]
    x = c.line(m, y, [S("Handover to:", "label")], f) + 8 * s
    x = c.line(x, y, [S(rng.choice(EN_HOSPITALS), "other"), S(" - Sister ", "other")], f)
    handwritten(p, x + 6 * s, y, [S(nurse, "name")], 28, cjk=False)
    y += 34 * s
    c.text(
        m,
        y,
        "Copy 1 of 3 - Receiving hospital. Confidential patient information.",
        p.font(13),
        "footer",
    )
    return _finish(c, y, m // 2, pad=10 * s)


def _de_protocol(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1260), 1.4, cjk=False, base=1200, margin=0.05)
    s = p.s
    y = m + 30 * s
    c.text(m, y, rng.choice(DE_SERVICES), p.font(19, bold=True), "shop")
    y += 44 * s
    c.text(m, y, "Einsatzprotokoll Rettungsdienst", p.font(28, bold=True), "label")
    y += 20 * s
    first, last = fk.eu_name("de").split()
    street, town = fk.eu_address("de")
    hand = rng.random() < 0.6
    h = 80 * s
    cells = [
        ("Name", [S(last, "name")]),
        ("Vorname", [S(first, "name")]),
        ("Geb.-Datum", [S(fk.dob("dot"), "id_number")]),
        ("Straße, Hausnr.", street_spans(street)),
        ("PLZ, Ort", [S(town, "address")]),
        ("Krankenkasse", [S(rng.choice(DE_INSURERS), "other")]),
        ("Versichertennr.", [S(fk.de_insured_no(), "id_number")]),
        ("Einsatzort", [S(rng.choice(DE_PLACES), "other")]),
        ("Einsatz-Nr.", [S(f"{rng.randint(1, 12):02d}{fk.digits(6)}", "other")]),
    ]
    y = corner_rows(p, m, right, y, [cells[k : k + 3] for k in (0, 3, 6)], h, hand) + 16 * s
    times = _times(rng, 5)
    heads = ("Alarm", "Abfahrt", "Ankunft", "Transportbeginn", "Übergabe")
    rows = [[label_cell(t) for t in heads], [Cell.of(t, "date", align="c") for t in times]]
    y = table(p, m, y, [(right - m) / 5] * 5, rows, 38 * s, p.font(15), cjk=False, line=1)
    complaint, finding, measures = rng.choice(DE_CASES)
    y += 34 * s
    f = p.font(16)
    for head, text in (
        ("Notfallgeschehen:", complaint),
        ("Erstdiagnose:", finding),
        ("Maßnahmen:", measures),
    ):
        x = c.line(m, y, [S(head, "label")], p.font(16, bold=True)) + 10 * s
        handwritten(p, x, y, [S(text, "other")], 26, cjk=False, width=right - x)
        y += 42 * s
    vals = _vitals(rng)
    spans = [
        S("RR ", "label"),
        S(vals[0], "other"),
        S("  HF ", "label"),
        S(vals[1], "other"),
        S("  SpO2 ", "label"),
        S(vals[3], "other"),
    ]
    c.line(m, y, spans, f)
    y += 34 * s
    c.line(m, y, [S("Zielklinik:", "label"), S(rng.choice(DE_CLINICS), "other")], f)
    y += 34 * s
    c.line(
        m,
        y,
        [S("Fahrzeug:", "label"), S(f"RTW {rng.randint(1, 9)}/83-{rng.randint(1, 4)}", "other")],
        f,
    )
    y += 48 * s
    for k, role in enumerate(("Notarzt", "Rettungssanitäter/in")):
        x0 = m + k * (right - m) / 2
        x = c.line(x0, y, [S(f"{role}:", "label")], f) + 8 * s
        handwritten(p, x, y, [S(fk.eu_name("de"), "name")], 28, cjk=False)
    y += 30 * s
    return _finish(c, y, m // 2, pad=12 * s)


def ambulance_call_record(rng: random.Random) -> Canvas:
    """An emergency ambulance call: a Chinese 院前急救病历, a dispatch centre's call log,
    an English patient care report or a German Einsatzprotokoll."""
    fk = MoneyFaker(rng)
    draw = rng.choices((_cn_record, _cn_log, _en_report, _de_protocol), weights=(38, 20, 24, 18))[0]
    return draw(rng, fk)


LAYOUTS = {"ambulance_call_record": ambulance_call_record}
