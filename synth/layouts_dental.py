"""Dentistry: a dental clinic's appointment card and recall reminder. A Chinese
口腔诊所预约卡 prints the clinic's name, address and booking line over a small grid
(姓名, 病历号, 出生日期, 电话, a parent for a child, 主治医生 and the hygienist or
nurse), the treatment with FDI tooth numbers (36 根管治疗, 11 全瓷冠), a table of
next visits the nurse fills in by hand and the cancellation notice. An English,
Spanish or German card has the patient's name on a rule, the chart number and date
of birth, the same visits table ("Dr Okafor", "Sarah (hygienist)") and, on a recall
card, a reminder that greets the patient by name and names the dentist in a sentence.

Personal: patient, parent, dentist, hygienist and nurse (``name``; a surname before
医生 / after Dr alone), chart or record number and date of birth (``id_number``),
the patient's and parent's phones (``phone``), the patient's address on a recall
card. Ordinary: the clinic's name, address and booking line (business data), the
titles, labels, tooth numbers, treatments, visit dates and times, fees and notices.
"""

from __future__ import annotations

import random

from .day_first import day_first
from .fakedata_households import HouseholdFaker
from .formkit import Cell, handwritten, sheet, table
from .formkit_marks import word_wrap
from .formkit_slips import grid_rows, hand_cell, label_cell
from .kit import S, _finish, joined_address
from .render import Canvas, Span

_CN_CLINICS = ("贝佳口腔诊所", "齿康口腔门诊部", "美奥口腔", "仁爱口腔医院", "微笑牙科诊所")
_CN_TREATMENTS = (
    "根管治疗(第{k}次)",
    "全瓷冠修复",
    "树脂充填",
    "龈上洁治(洗牙)",
    "拔除",
    "种植体植入",
    "窝沟封闭",
    "拆线复查",
)
_CN_NOTICE = (
    "温馨提示:请按预约时间提前10分钟到达,如需改约请至少提前24小时致电本诊所;"
    "迟到15分钟以上视为爽约,需重新预约。治疗前请勿空腹,儿童须由家长陪同。"
)
#: FDI tooth numbers (quadrant then tooth), as the chart writes them.
_TEETH = tuple(f"{q}{t}" for q in (1, 2, 3, 4) for t in range(1, 9))
_KID_TEETH = tuple(f"{q}{t}" for q in (5, 6, 7, 8) for t in range(1, 6))

#: Language -> the card's words.
_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "APPOINTMENT CARD",
        "recall": "Time for your check-up",
        "patient": "Patient:",
        "dob": "Date of birth:",
        "chart": "Chart no.",
        "tel": "Tel:",
        "parent": "Parent/guardian:",
        "cols": "Date|Time|With|Treatment",
        "dr": "Dr ",
        "hyg": " (hygienist)",
        "book": "Appointments",
        "dear": "Dear ",
        "letter": "our records show that it is six months since your last examination with "
        "{dr}. Please call us to book your check-up and a visit to {hyg}, our hygienist.",
        "notice": "Please give at least 24 hours' notice if you cannot keep an appointment. "
        "Missed appointments may be charged at £25. Private and NHS patients welcome.",
    },
    "es": {
        "title": "TARJETA DE CITAS",
        "recall": "Recordatorio de revisión",
        "patient": "Paciente:",
        "dob": "Fecha de nac.:",
        "chart": "N.º historia",
        "tel": "Tel.:",
        "parent": "Padre/madre/tutor:",
        "cols": "Fecha|Hora|Doctor/a|Tratamiento",
        "dr": "Dra. ",
        "hyg": " (higienista)",
        "book": "Próximas citas",
        "dear": "Estimado/a ",
        "letter": "según nuestros datos han pasado seis meses desde su última revisión con "
        "{dr}. Le rogamos que nos llame para pedir cita y una limpieza con {hyg}.",
        "notice": "Si no puede acudir, avise con 24 horas de antelación. Las citas no "
        "anuladas podrán cobrarse. Se admiten mutuas y pago con tarjeta.",
    },
    "de": {
        "title": "TERMINKARTE",
        "recall": "Zeit für Ihre Kontrolle",
        "patient": "Patient/in:",
        "dob": "Geb.-Datum:",
        "chart": "Kartei-Nr.",
        "tel": "Tel.:",
        "parent": "Erziehungsberechtigte/r:",
        "cols": "Datum|Uhrzeit|bei|Behandlung",
        "dr": "Dr. ",
        "hyg": " (Prophylaxe)",
        "book": "Ihre nächsten Termine",
        "dear": "Liebe/r ",
        "letter": "laut unserer Kartei liegt Ihre letzte Kontrolle bei {dr} sechs Monate "
        "zurück. Bitte vereinbaren Sie einen Termin, gern mit Zahnreinigung bei {hyg}.",
        "notice": "Bitte sagen Sie Termine spätestens 24 Stunden vorher ab. Nicht "
        "abgesagte Termine können in Rechnung gestellt werden.",
    },
}
_TREATMENTS = {
    "en": (
        "Check-up",
        "Scale & polish",
        "Filling {t}",
        "Root canal {t}",
        "Crown prep {t}",
        "Extraction {t}",
        "X-rays",
    ),
    "es": (
        "Revisión",
        "Limpieza",
        "Empaste {t}",
        "Endodoncia {t}",
        "Corona {t}",
        "Extracción {t}",
        "Radiografía",
    ),
    "de": (
        "Kontrolle",
        "PZR",
        "Füllung {t}",
        "Wurzelbehandlung {t}",
        "Krone {t}",
        "Extraktion {t}",
        "Röntgen",
    ),
}
_CLINICS = {
    "en": ("Riverside Dental Practice", "Smile Studio", "Market Street Dental Care"),
    "es": ("Clínica Dental Sonrisas", "Centro Odontológico Levante", "Dental Prado"),
    "de": ("Zahnarztpraxis am Markt", "Praxis für Zahnheilkunde", "Zahnzentrum Lindenhof"),
}


def _surname(name: str, cn: bool) -> str:
    return name[0] if cn else name.split()[-1]


def _visit_rows(rng: random.Random, staff, treat, date, cn: bool) -> list:
    """The visits table's rows: the first few written in by hand, the rest left blank.
    ``staff`` are (person, title before, title after) for the doctor and hygienist;
    ``treat`` and ``date`` draw a treatment and a visit's date."""
    rows = []
    filled = rng.randint(1, 3)
    for k in range(rng.randint(3, 5)):
        if k >= filled:
            rows.append([Cell.of("", "other") for _ in range(4)])
            continue
        who, before, after = rng.choice(staff)
        spans = [S(before, "other")] if before else []
        spans.append(S(_surname(who, cn) if rng.random() < 0.7 else who, "name"))
        spans += [S(after, "other")] if after else []
        rows.append(
            [
                hand_cell(date(), "date"),
                hand_cell(f"{rng.randint(8, 17)}:{rng.choice(('00', '15', '30', '45'))}", "date"),
                Cell(tuple(spans), hand=True),
                hand_cell(treat(), "item"),
            ]
        )
    return rows


def _cn(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c, p, m, right = sheet(rng, (860, 940), 1.2, cjk=True, base=820, margin=(0.05, 0.07))
    W, s, w = c.width, p.s, right - m
    f = p.font(17)
    y = m + 34 * s
    c.text(W / 2, y, rng.choice(_CN_CLINICS), p.font(28, bold=True), "shop", anchor="ms")
    y += 26 * s
    c.text(W / 2, y, fk.shop_address("cn"), p.font(14), "shop_address", anchor="ms")
    y += 22 * s
    tel = [S("预约电话:", "label"), Span(fk.cn_landline(), "shop_phone", None)]
    c.line(W / 2 - p.width("预约电话:0000-00000000", p.font(14)) / 2, y, tel, p.font(14))
    y += 52 * s
    title = rng.choice(("预约卡", "复诊预约单", "口腔诊所预约卡"))
    c.text(W / 2, y, title, p.font(30, bold=True), "label", anchor="ms")
    y += 22 * s
    child = rng.random() < 0.35
    doctor, helper = fk.cn_name(honorific=0.0), fk.cn_name(honorific=0.0)
    helper_title = rng.choice(("洁牙师", "护士", "助理"))
    tooth = rng.choice(_KID_TEETH if child else _TEETH)
    treatment = f"{tooth} " + rng.choice(_CN_TREATMENTS).format(k=rng.randint(1, 3))
    patient = fk.cn_name(honorific=0.0)
    born = fk.dob("cn")
    if child:  # a child patient was born in the last ten years or so
        born = f"{rng.randint(2014, 2022)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    # A child's parent is most often the father, whose surname the child carries.
    parent = patient[0] + fk.cn_given_name() if rng.random() < 0.6 else fk.cn_name(honorific=0.0)
    grid = [
        [
            ("姓名", patient, "name"),
            ("病历号", fk.medical_record_no(), "id_number"),
        ],
        [
            ("出生日期", born, "id_number"),
            ("电话", fk.cn_mobile(), "phone"),
        ],
    ]
    if child:
        grid.append([("家长", parent, "name"), ("家长电话", fk.cn_mobile(), "phone")])
    grid += [
        [("主治医生", doctor, "name"), (helper_title, helper, "name")],
        [("治疗项目", treatment, "item")],
    ]
    widths = (w * 0.14, w * 0.36, w * 0.14, w * 0.36)
    hand = rng.random() < 0.6
    y = table(p, m, y, widths, grid_rows(grid, hand=hand), 46 * s, f, hand_px=26) + 40 * s
    c.text(m, y, "复诊预约", p.font(20, bold=True), "label")
    y += 14 * s
    staff = ((doctor, "", "医生"), (helper, "", helper_title))
    teeth = _KID_TEETH if child else _TEETH

    def treat() -> str:
        return f"{rng.choice(teeth)} {rng.choice(_CN_TREATMENTS).format(k=rng.randint(2, 4))}"

    head = [label_cell(t) for t in ("日期", "时间", "医生", "项目")]
    rows = [head, *_visit_rows(rng, staff, treat, lambda: fk.date("cn"), True)]
    widths = (w * 0.26, w * 0.14, w * 0.22, w * 0.38)
    y = table(p, m, y, widths, rows, 44 * s, f, hand_px=24) + 40 * s
    y = c.wrap(m, y, [S(_CN_NOTICE, "footer")], p.font(14), w, 22 * s, max_lines=4)
    return _finish(c, y, 0, pad=m * 0.6)


def _latin(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    lang = rng.choice(("en", "en", "es", "de"))
    t = _WORDS[lang]
    c, p, m, right = sheet(rng, (760, 840), 1.3, cjk=False, base=800, margin=(0.06, 0.08))
    s, w = p.s, right - m
    f = p.font(17)
    person = fk.en_name if lang == "en" else (lambda: fk.eu_name(lang))
    y = m + 34 * s
    c.text(m, y, rng.choice(_CLINICS[lang]), p.font(26, bold=True), "shop")
    y += 24 * s
    if lang == "es":  # the clinic's street without the flat, and a Spanish landline
        street, town = fk.eu_address("es")
        where, phone_no = (
            f"{street.split(',')[0]}, {town}",
            f"9{fk.digits(2)} {fk.digits(3)} {fk.digits(3)}",
        )
    else:
        where = ", ".join(fk.office_address(lang))
        phone_no = fk.office_phone(lang)
    c.text(m, y, where, p.font(14), "shop_address")
    y += 22 * s
    c.line(m, y, [S(t["tel"] + " ", "label"), Span(phone_no, "shop_phone", None)], p.font(14))
    c.hline(m, right, y + 14 * s, width=2)
    y += 62 * s
    recall = rng.random() < 0.4
    c.text(m, y, t["recall"] if recall else t["title"], p.font(28, bold=True), "label")
    y += 50 * s
    patient, doctor, hyg = person(), person(), person()
    phone = fk.uk_phone() if lang == "en" else fk.eu_phone(lang)
    if recall:  # a postcard: the patient's address block, then the reminder
        if lang == "en":
            addr = joined_address(fk.uk_address())
        else:
            addr = [S(", ".join(fk.eu_address(lang)), "address")]
        c.text(m, y, patient, f, "name")
        y = word_wrap(p, m, y + 26 * s, addr, f, w * 0.7, 26 * s) + 20 * s
        first = patient.split()[0]
        c.line(m, y, [S(t["dear"], "footer"), S(first, "name"), S(",", "footer")], f)
        y += 28 * s
        dr = t["dr"] + doctor.split()[-1]
        head, _, rest = t["letter"].partition("{dr}")
        mid, _, tail = rest.partition("{hyg}")
        body = [S(head, "footer"), S(t["dr"], "footer"), S(dr[len(t["dr"]) :], "name")]
        body += [S(mid, "footer"), S(hyg.split()[0], "name"), S(tail, "footer")]
        y = word_wrap(p, m, y, body, f, w, 26 * s) + 22 * s
    hand = rng.random() < 0.7
    kid = rng.random() < 0.3
    born = fk.dob(rng.choice(("dmy", "dot")))
    if kid:  # a child patient, born in the last decade, brought by a parent
        born = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2014, 2022)}"
    fields = [
        (t["patient"], [S(patient, "name")], 0.62),
        (t["chart"], [S(fk.medical_record_no(), "id_number")], 0.38),
    ]
    fields2 = [
        (t["dob"], [S(born, "id_number")], 0.5),
        (t["tel"], [S(phone, "phone")], 0.5),
    ]
    lines = [fields, fields2]
    if kid:
        parent = person()
        if rng.random() < 0.6:  # who most often shares the child's surname
            parent = f"{parent.split()[0]} {patient.split(maxsplit=1)[-1]}"
        lines.append([(t["parent"], [S(parent, "name")], 1.0)])
    for row in lines:
        x = m
        for label, value, share in row:
            x1 = x + w * share - 14 * s
            lx = c.line(x, y, [S(label, "label")], f) + 8 * s
            c.hline(lx, x1, y + 8 * s, width=1)
            if hand:
                handwritten(p, lx + 4 * s, y, value, 26, cjk=False, width=x1 - lx - 8 * s)
            else:
                c.line(lx + 4 * s, y, value, f)
            x = x1 + 14 * s
        y += 46 * s
    y += 10 * s
    c.text(m, y, t["book"], p.font(19, bold=True), "label")
    y += 12 * s
    staff = ((doctor, t["dr"], ""), (hyg.split()[0], "", t["hyg"]))
    pool = _TREATMENTS[lang]
    sep = "." if lang == "de" else "/"

    def treat() -> str:
        return rng.choice(pool).format(t=rng.choice(_TEETH))

    head = [label_cell(x) for x in t["cols"].split("|")]
    rows = [head, *_visit_rows(rng, staff, treat, lambda: day_first(fk.date(), sep), False)]
    widths = (w * 0.22, w * 0.13, w * 0.32, w * 0.33)
    y = table(p, m, y, widths, rows, 42 * s, p.font(16), hand_px=22, cjk=False) + 36 * s
    y = word_wrap(p, m, y, [S(t["notice"], "footer")], p.font(13), w, 20 * s)
    return _finish(c, y, 0, pad=m * 0.6)


def dental_appointment_card(rng: random.Random) -> Canvas:
    """A dental clinic's appointment card or recall reminder: the patient, chart number,
    date of birth and phone, the dentist and hygienist, teeth and treatments, the
    visits table and the cancellation notice."""
    fk = HouseholdFaker(rng)
    return rng.choices((_cn, _latin), weights=(50, 50))[0](rng, fk)


LAYOUTS = {"dental_appointment_card": dental_appointment_card}
