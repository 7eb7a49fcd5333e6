"""Driving schools: a trainee's training record, the Chinese 学员培训记录 kept by the
school, or an English pupil's lesson record (German: Ausbildungsnachweis) kept by an
instructor.

The trainee's name, ID number, phone, address and photo sit in a grid beside a photo
box; the school's trainee number and the provisional licence number are the trainee's
identifiers (``id_number``), like a student number, and so is a date of birth. The
instructor is staff, so personal: the name after a role word, the phone, a badge
(ADI) number, and the signature written by hand on every row of the lessons table.
The school's name, its seal, the licence class, the training car, lesson dates,
hours and topics are ordinary. A remark may name a relative with a phone.
"""

from __future__ import annotations

import random

from .fakedata_permits import PermitFaker
from .formkit import Cell, face_photo, handwritten, role_line, seal, sheet, table
from .formkit_blanks import char_boxes
from .kit import S, _finish
from .render import Canvas

_CN_TOPICS = (
    ("科目二", "倒车入库"),
    ("科目二", "侧方停车"),
    ("科目二", "坡道定点停车与起步"),
    ("科目二", "直角转弯 曲线行驶"),
    ("科目三", "起步 直线行驶 变更车道"),
    ("科目三", "通过路口 掉头"),
    ("科目三", "夜间驾驶 模拟灯光"),
    ("科目一", "交通法规理论"),
)
_WORDS = {
    "en": {
        "title": "Pupil Lesson Record",
        "school": ("School of Motoring", "Driving School", "Driver Training"),
        "fields": ("Pupil", "Address", "", "Phone", "Date of birth", "Provisional licence no."),
        "instr": "Instructor",
        "badge": "ADI No.",
        "mob": "Mob.",
        "cols": ("Date", "Time", "Hrs", "Topics covered", "Instructor"),
        "topics": (
            "Cockpit drill, moving off",
            "Junctions and roundabouts",
            "Parallel park, bay park",
            "Dual carriageway",
            "Independent driving",
            "Mock test",
            "Emergency stop",
        ),
        "remark": "Notes",
        "rel": ("mum", "dad", "partner"),
        "note": ("Pick up from work. If late call {rel} ", " on "),
        "foot": "Lessons cancelled with less than 48 hours' notice are charged in full.",
    },
    "de": {
        "title": "Ausbildungsnachweis",
        "school": ("Fahrschule",),
        "fields": ("Fahrschüler/in", "Anschrift", "", "Telefon", "Geburtsdatum", "Ausweis-Nr."),
        "instr": "Fahrlehrer",
        "badge": "Fahrlehrer-Nr.",
        "mob": "Mobil",
        "cols": ("Datum", "Uhrzeit", "Std.", "Ausbildungsinhalt", "Fahrlehrer"),
        "topics": (
            "Grundstufe, Anfahren",
            "Kreuzungen, Vorfahrt",
            "Grundfahraufgaben",
            "Überlandfahrt",
            "Autobahnfahrt",
            "Nachtfahrt",
            "Testfahrt",
        ),
        "remark": "Bemerkung",
        "rel": ("Mutter", "Vater"),
        "note": ("Abholung Schule; bei Verspätung {rel} ", " anrufen: "),
        "foot": "Nicht abgesagte Fahrstunden (24 h vorher) werden berechnet.",
    },
}


def _lesson_days(rng: random.Random, n: int) -> list[tuple[int, int]]:
    """``n`` lesson days (month, day) in order, a few days apart."""
    month, day, out = rng.randint(1, 10), rng.randint(1, 20), []
    for _ in range(n):
        out.append((month, day))
        day += rng.randint(2, 9)
        if day > 28:
            month, day = month % 12 + 1, day - 28
    return out


def _cn(rng: random.Random, fk: PermitFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1240, 1300), 1.5, cjk=True, base=1240, margin=(0.05, 0.07))
    W, s, w = c.width, p.s, right - m
    f = p.font(22)
    school = fk.driving_school()
    y = m + 50 * s
    c.text(W / 2, y, school, p.font(30, bold=True), "shop", anchor="ms")
    y += 52 * s
    title = rng.choice(("学员培训记录", "机动车驾驶人培训学时记录表", "学员培训档案"))
    c.text(W / 2, y, title, p.font(34, bold=True), "label", anchor="ms")
    y += 44 * s
    c.line(m, y, [S("档案编号 ", "label"), S(fk.trainee_no(), "id_number")], p.font(19))
    c.text(right, y, f"报名日期 {fk.date('cn')}", p.font(19), "date", anchor="rs")
    y += 18 * s
    name, coach = fk.cn_name(honorific=0.0), fk.cn_name(honorific=0.0)
    lab = lambda t: Cell.of(t, "label", align="c")  # noqa: E731
    hand = lambda t, k, n=1: Cell.of(t, k, hand=True, span=n)  # noqa: E731
    gw = w * 0.8
    widths = (gw * 0.2, gw * 0.34, gw * 0.18, gw * 0.28)
    rh = 62 * s
    top = y
    boxed = rng.random() < 0.5  # the ID one character per printed box, or written freely
    id_no = fk.cn_resident_id()
    rows = [
        [lab("姓  名"), hand(name, "name"), lab("性  别"), hand(fk.sex(), "other")],
        [lab("身份证号"), Cell.of("", "other", span=3) if boxed else hand(id_no, "id_number", 3)],
        [
            lab("联系电话"),
            hand(fk.cn_mobile("plain"), "phone"),
            lab("准驾车型"),
            hand(fk.licence_class(), "other"),
        ],
        [
            lab("学员编号"),
            Cell.of(fk.trainee_no(), "id_number"),
            lab("班  别"),
            Cell.of(rng.choice(("普通班", "VIP班", "周末班")), "other"),
        ],
    ]
    y = table(p, m, y, widths, rows, rh, f, hand_px=30)
    if boxed:
        box = min((gw * 0.8 - 24 * s) / 18, 34 * s)
        char_boxes(
            p,
            m + widths[0] + 10 * s,
            top + rh + (rh - box) / 2,
            id_no,
            "id_number",
            box=box,
            cjk=True,
        )
    c.box(m + gw, top, right, y, width=2)
    face_photo(p, m + gw + 16 * s, top + 16 * s, w - gw - 32 * s, y - top - 32 * s)
    addr, _pc = fk.cn_address(with_door=0.9)
    widths = (w * 0.16, w * 0.34, w * 0.16, w * 0.34)
    rows = [
        [lab("住  址"), Cell(tuple(S(t, k) for t, k in addr.segments), hand=True, span=3)],
        [
            lab("教练员"),
            Cell.of(coach, "name"),
            lab("教练电话"),
            Cell.of(fk.cn_mobile("dash"), "phone"),
        ],
        [
            lab("教练车号"),
            Cell.of(fk.cn_plate()[:-1] + "学", "other"),
            lab("培训车型"),
            Cell.of(rng.choice(("手动挡", "自动挡")), "other"),
        ],
    ]
    y = table(p, m, y, widths, rows, rh, f, hand_px=30)
    y += 54 * s
    c.text(m, y, "培训记录", p.font(24, bold=True), "label")
    y += 14 * s
    widths = (w * 0.16, w * 0.12, w * 0.3, w * 0.1, w * 0.16, w * 0.16)
    head = [lab(t) for t in ("日期", "科目", "培训内容", "学时", "教练签字", "学员签字")]
    topics = sorted(
        rng.sample(_CN_TOPICS, rng.randint(5, 7)), key=lambda t: "一二三".index(t[0][2])
    )
    lessons = []
    for (subject, content), (mo, d) in zip(topics, _lesson_days(rng, len(topics)), strict=True):
        signer = coach if rng.random() < 0.8 else fk.cn_name(honorific=0.0)
        lessons.append(
            [
                hand(f"{mo}.{d}", "date"),
                Cell.of(subject, "other", align="c"),
                Cell.of(content, "other"),
                hand(str(rng.choice((1, 2, 2, 3, 4))), "other"),
                hand(signer, "name"),
                hand(name, "name") if rng.random() < 0.7 else Cell.of("", "other"),
            ]
        )
    y = table(p, m, y, widths, [head, *lessons], 56 * s, p.font(20), hand_px=28)
    y += 50 * s
    c.line(m, y, [S("累计学时:", "label"), S(f" {rng.randint(20, 60)} 学时", "other")], f)
    if rng.random() < 0.5:  # the remark names a relative
        rel = rng.choice(("母亲", "父亲", "爱人"))
        note = [
            S(f"学员改约,已通知其{rel}", "other"),
            S(fk.cn_name(honorific=0.3), "name"),
            S(",电话", "other"),
            S(fk.cn_mobile("plain"), "phone"),
        ]
        x = c.line(m + w * 0.35, y, [S("备注:", "label")], f)
        handwritten(p, x + 8 * s, y, note, 26, cjk=True, width=right - x - 8 * s)
    y += 56 * s
    role_line(p, m, y, "教学负责人", fk.cn_name(honorific=0.0), f)
    seal(p, right - 150 * s, y + 10 * s, 90 * s, "培训专用章")
    y += 56 * s
    for note in (
        "注:本记录由驾校留存,学员结业后归档保存。",
        "学时记录须经教练员与学员本人签字确认。",
    ):
        c.text(m, y, note, p.font(17), "footer")
        y += 30 * s
    return _finish(c, y, 0, pad=m * 0.6)


def _latin(rng: random.Random, fk: PermitFaker) -> Canvas:
    lang = rng.choice(("en", "en", "de"))
    t = _WORDS[lang]
    c, p, m, right = sheet(rng, (1000, 1100), 1.45, cjk=False, base=1000, margin=(0.05, 0.07))
    s, w = p.s, right - m
    f = p.font(20)
    school = f"{rng.choice(('Greenway', 'Clearview', 'First Gear', 'Sonnenweg', 'Roadwise'))} {rng.choice(t['school'])}"
    if lang == "de":
        school = f"{t['school'][0]} {rng.choice(('Sonnenweg', 'Krüger', 'Am Markt', 'Blinker'))}"
    y = m + 40 * s
    c.text(m, y, school, p.font(30, bold=True), "shop")
    y += 46 * s
    c.text(m, y, t["title"], p.font(26), "label")
    if rng.random() < 0.5:
        face_photo(p, right - 150 * s, m, 150 * s, 190 * s)
    y += 70 * s
    if lang == "en":
        name, (street, town) = fk.en_name(), fk.uk_address()
        addr = [[S(x, k) for x, k in street.segments], [S(x, k) for x, k in town.segments]]
        phone, ident = fk.uk_phone(), fk.driving_licence(name.split()[-1])
        coach, coach_phone = fk.en_name(), fk.uk_phone()
    else:
        name, (street, town) = fk.eu_name("de"), fk.eu_address("de")
        addr = [[S(street, "address")], [S(town, "address")]]
        phone, ident = fk.eu_phone("de"), fk.eu_id("de")
        coach, coach_phone = fk.eu_name("de"), fk.eu_phone("de")
    values = [
        [S(name, "name")],
        *addr,
        [S(phone, "phone")],
        [S(fk.dob("dmy"), "id_number")],
        [S(ident, "id_number")],
    ]
    x1 = right - (170 * s)
    for k, (label, value) in enumerate(zip(t["fields"], values, strict=True)):
        lx = c.line(m, y, [S(label, "label")], f) + 12 * s if label else m + 20 * s
        end = x1 if k < 3 else right
        c.hline(lx, end, y + 8 * s, width=1)
        handwritten(p, lx + 6 * s, y, value, 30, cjk=False, width=end - lx - 12 * s)
        y += 50 * s
    y += 10 * s
    x = role_line(p, m, y, t["instr"], coach, f)
    x = c.line(x + 30 * s, y, [S(t["badge"] + " ", "label"), S(fk.digits(6), "id_number")], f)
    c.line(x + 30 * s, y, [S(t["mob"] + " ", "label"), S(coach_phone, "phone")], f)
    y += 30 * s
    widths = (w * 0.16, w * 0.12, w * 0.08, w * 0.4, w * 0.24)
    lab = lambda x: Cell.of(x, "label", align="c")  # noqa: E731
    rows = [[lab(x) for x in t["cols"]]]
    sign = rng.choice((coach, coach.split()[-1], f"{coach[0]}. {coach.split()[-1]}"))
    topics = rng.sample(t["topics"], rng.randint(5, 7))
    for topic, (mo, d) in zip(topics, _lesson_days(rng, len(topics)), strict=True):
        rows.append(
            [
                Cell.of(f"{d:02d}/{mo:02d}" if lang == "en" else f"{d}.{mo}.", "date", hand=True),
                Cell.of(f"{rng.randint(8, 19):02d}:{rng.choice(('00', '30'))}", "other", hand=True),
                Cell.of(rng.choice(("1", "1.5", "2")), "other", hand=True, align="c"),
                Cell.of(topic, "other", hand=rng.random() < 0.5),
                Cell.of(sign, "name", hand=True),
            ]
        )
    y = table(p, m, y, widths, rows, 52 * s, p.font(18), hand_px=26, cjk=False)
    y += 46 * s
    x = c.line(m, y, [S(t["remark"] + ":", "label")], f)
    if rng.random() < 0.6:
        rel = rng.choice(t["rel"])
        kin = fk.en_first(upper=False) if lang == "en" else name.split()[-1]
        before, mid = t["note"]
        kin_phone = fk.uk_phone() if lang == "en" else fk.eu_phone("de")
        note = [
            S(before.format(rel=rel), "other"),
            S(kin, "name"),
            S(mid, "other"),
            S(kin_phone, "phone"),
        ]
        handwritten(p, x + 10 * s, y, note, 26, cjk=False, width=right - x - 10 * s)
    c.hline(x + 6 * s, right, y + 8 * s, width=1)
    y += 50 * s
    c.text(m, y, t["foot"], p.font(16), "footer")
    return _finish(c, y, 0, pad=m * 0.6)


def driving_school_record(rng: random.Random) -> Canvas:
    """A Chinese school's 学员培训记录, or an instructor's English or German lesson record."""
    fk = PermitFaker(rng)
    return _cn(rng, fk) if rng.random() < 0.55 else _latin(rng, fk)


LAYOUTS = {"driving_school_record": driving_school_record}
