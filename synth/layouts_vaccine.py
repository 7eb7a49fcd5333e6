"""Vaccinations and immunisation: a child's Chinese 预防接种证 (the holder's page in a grid
and the dose table, stamped by the clinic), an English immunisation record card for a
child or an adult, or a French carnet de vaccination page.

Personal: the person's name, the date of birth and the record or health-service
number (``id_number``, as on every other family), the child's ID number, the parents'
or guardian's names, the home address and door, the phone, and the nurse's or
doctor's name or signature on every dose. Ordinary: the sex and birth weight, the
vaccines, dose numbers, dates, batch numbers and injection sites, the clinic's name
(on the stamp too), address and phone, headings and printed notes.
"""

from __future__ import annotations

import random

from .fakedata_errands import ErrandFaker
from .formkit import Cell, box_stamp, handwritten, seal, sheet, table
from .formkit_slips import hand_cell, label_cell
from .kit import S, _finish
from .render import Canvas

_CN_VACCINES = (
    ("乙肝疫苗", 3),
    ("卡介苗", 1),
    ("脊灰灭活疫苗", 2),
    ("百白破疫苗", 4),
    ("麻腮风疫苗", 2),
    ("乙脑减毒活疫苗", 2),
    ("A群流脑多糖疫苗", 2),
    ("甲肝减毒活疫苗", 1),
    ("水痘疫苗", 2),
)
_CN_CLINICS = ("社区卫生服务中心", "镇卫生院预防接种门诊", "妇幼保健院接种门诊")
_CN_AREAS = ("城东", "江北", "南湖", "新华", "朝阳", "西关")
_CN_NOTES = (
    "1. 请妥善保管本证,儿童入托、入学时需查验接种证。",
    "2. 每次接种后请在接种门诊留观30分钟。",
    "3. 如有发热、急性疾病等情况请告知接种医生。",
)
_KEYS = ("title", "name", "dob", "no", "parent", "addr", "tel", "vaccine", "dose", "date")
_KEYS2 = ("batch", "site", "by", "note")
#: Language -> printed words (keyed by :data:`_KEYS` + :data:`_KEYS2`), vaccines with
#: their doses for children and adults, clinics (name, address) and injection sites.
_WORDS = {
    "en": {
        **dict(
            zip(
                _KEYS + _KEYS2,
                (
                    *("Immunisation Record", "Name", "Date of birth", "NHS No."),
                    *("Parent / guardian", "Address", "Tel", "Vaccine", "Dose", "Date given"),
                    *("Batch no.", "Site", "Given by"),
                    "Bring this card to every appointment. Keep it safe with your red book.",
                ),
                strict=True,
            )
        ),
        "child": (("6-in-1", 3), ("MenB", 2), ("Rotavirus", 2), ("PCV", 2), ("MMR", 2)),
        "adult": (("Influenza", 1), ("COVID-19", 2), ("Td/IPV", 1), ("Hepatitis B", 3)),
        "clinics": (
            ("Riverside Medical Practice", "Mill Lane Health Centre, MK4 2JQ"),
            ("Northgate Surgery", "12 Station Approach"),
            ("Parkview Vaccination Clinic", "Unit 3, Parkview Road"),
        ),
        "sites": ("L thigh", "R thigh", "L arm", "R arm", "oral"),
    },
    "fr": {
        **dict(
            zip(
                _KEYS + _KEYS2,
                (
                    *("Carnet de vaccination", "Nom, prénom", "Né(e) le", "N° de sécurité sociale"),
                    *("Parents / tuteur", "Adresse", "Tél.", "Vaccin", "Dose", "Date"),
                    *("N° de lot", "Site", "Nom et signature du médecin"),
                    "Ce carnet est confidentiel. À présenter à chaque vaccination.",
                ),
                strict=True,
            )
        ),
        "child": (("Infanrix Hexa", 3), ("Prevenar 13", 3), ("M-M-RvaxPro", 2), ("Bexsero", 2)),
        "adult": (("Grippe saisonnière", 1), ("Repevax", 1), ("Comirnaty", 2), ("Engerix B", 3)),
        "clinics": (
            ("Centre de PMI Jean-Jaurès", "14 rue de la République"),
            ("Cabinet médical du Parc", "3 avenue Foch"),
        ),
        "sites": ("cuisse G", "cuisse D", "bras G", "bras D"),
    },
}


def _doses(rng: random.Random, pool: list[tuple[str, int]], n: int) -> list[tuple[str, str]]:
    """``n`` (vaccine, dose) pairs in the order a schedule gives them."""
    out = []
    for vaccine, doses in rng.sample(pool, min(len(pool), n)):
        for k in range(1, rng.randint(1, doses) + 1):
            out.append((vaccine, str(k)))
    return out[:n]


def _dates(rng: random.Random, n: int, year: int) -> list[tuple[int, int, int]]:
    days = sorted(rng.randint(0, 900) for _ in range(n))
    return [(year + d // 365, d % 365 // 31 + 1, d % 31 % 28 + 1) for d in days]


def _cn(rng: random.Random, fk: ErrandFaker) -> Canvas:
    c, p, m, right = sheet(rng, (900, 1000), 1.6, cjk=True, base=960, margin=(0.05, 0.07))
    W, s, w = c.width, p.s, right - m
    f = p.font(19)
    clinic = rng.choice(_CN_AREAS) + rng.choice(_CN_CLINICS)
    y = m + 44 * s
    c.text(W / 2, y, "预防接种证", p.font(38, bold=True), "label", anchor="ms")
    y += 36 * s
    c.text(
        W / 2,
        y,
        rng.choice(("儿童预防接种证", "国家免疫规划", "省卫生健康委员会监制")),
        p.font(17),
        "other",
        anchor="ms",
    )
    y += 26 * s
    child = fk.cn_name(honorific=0.0, given_len=rng.choice((1, 2)))
    born = rng.randint(2019, 2025)
    dob = f"{born}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    father, mother = fk.cn_surname() + fk.cn_given_name(), fk.cn_name(honorific=0.0)
    addr, _pc = fk.cn_address(with_door=0.95)
    rows = [
        [
            label_cell("儿童姓名"),
            hand_cell(child, "name"),
            label_cell("性别"),
            hand_cell(fk.sex(), "other"),
        ],
        [
            label_cell("出生日期"),
            hand_cell(dob, "id_number"),
            label_cell("出生体重"),
            hand_cell(f"{rng.uniform(2.6, 4.2):.1f}kg", "other"),
        ],
        [
            label_cell("接种证编号"),
            hand_cell(fk.digits(18 if rng.random() < 0.5 else 12, True), "id_number", 3),
        ],
        [
            label_cell("父亲姓名"),
            hand_cell(father, "name"),
            label_cell("母亲姓名"),
            hand_cell(mother, "name"),
        ],
        [label_cell("联系电话"), hand_cell(fk.cn_mobile("plain"), "phone", 3)],
        [label_cell("家庭住址"), Cell(tuple(S(t, k) for t, k in addr.segments), hand=True, span=3)],
    ]
    if rng.random() < 0.4:
        rows.insert(3, [label_cell("身份证号"), hand_cell(fk.cn_resident_id(), "id_number", 3)])
    widths = (w * 0.18, w * 0.34, w * 0.16, w * 0.32)
    y = table(p, m, y, widths, rows, 54 * s, f, hand_px=28)
    built = f"建证日期 {born}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日    建证单位 {clinic}"
    y += 36 * s
    c.text(m, y, built, p.font(17), "other")
    y += 50 * s
    c.text(W / 2, y, "预防接种记录", p.font(26, bold=True), "label", anchor="ms")
    y += 20 * s
    nurses = [fk.cn_name(honorific=0.0) for _ in range(rng.randint(1, 3))]
    head = [
        label_cell(x) for x in ("疫苗名称", "剂次", "接种日期", "疫苗批号", "接种单位", "接种者")
    ]
    doses = _doses(rng, list(_CN_VACCINES), rng.randint(4, 9))
    unit = clinic if rng.random() < 0.4 else clinic[:2] + "社区"
    rows = [head] + [
        [
            hand_cell(v, "item"),
            hand_cell(n, "other"),
            hand_cell(f"{yy}.{mo}.{dd}", "date"),
            hand_cell(rng.choice(("", "B", "Y")) + fk.digits(rng.choice((8, 10)), True), "other"),
            hand_cell(unit, "other"),
            hand_cell(rng.choice(nurses), "name"),
        ]
        for (v, n), (yy, mo, dd) in zip(doses, _dates(rng, len(doses), born), strict=True)
    ]
    rows += [[Cell(())] * 6 for _ in range(rng.randint(1, 3))]
    widths = (w * 0.22, w * 0.08, w * 0.17, w * 0.18, w * 0.19, w * 0.16)
    y = table(p, m, y, widths, rows, 44 * s, p.font(17), hand_px=24)
    # The clinic's round stamp beside the printed notes, clear of the table.
    seal(p, right - 80 * s, y + 95 * s, 70 * s, clinic)
    stamp_bottom = y + 190 * s
    y += 40 * s
    for line in _CN_NOTES[: rng.randint(1, 3)]:
        y = c.wrap(m, y, [S(line, "footer")], p.font(16), w - 180 * s, 26 * s, max_lines=2)
    y = max(y, stamp_bottom)
    c.text(
        m,
        y + 6 * s,
        f"接种门诊地址:{rng.choice(_CN_AREAS)}路{rng.randint(1, 300)}号  咨询电话:0{rng.randint(10, 99)}-{fk.digits(8, True)}",
        p.font(15),
        "other",
    )
    return _finish(c, y + 6 * s, 0, pad=m)


def _latin(rng: random.Random, fk: ErrandFaker) -> Canvas:
    lang = rng.choice(("en", "en", "fr"))
    t = _WORDS[lang]
    c, p, m, right = sheet(rng, (860, 960), 1.5, cjk=False, base=900, margin=(0.05, 0.07))
    s, w, lf = p.s, right - m, p.font(14)
    clinic, clinic_addr = rng.choice(t["clinics"])
    adult = rng.random() < 0.35
    y = m + 40 * s
    c.text(m, y, t["title"].upper(), p.font(30, bold=True), "label")
    y += 34 * s
    c.text(m, y, f"{clinic} · {clinic_addr}", p.font(15), "other")
    y += 24 * s
    if lang == "en":
        name, phone, parent = fk.en_name(), fk.uk_phone(), fk.en_name()
        street, town = fk.uk_address()
        addr = [
            *(S(x, k) for x, k in street.segments),
            S(", ", "other"),
            *(S(x, k) for x, k in town.segments),
        ]
        number = f"{fk.digits(3, True)} {fk.digits(3)} {fk.digits(4)}"
    else:
        name, phone, parent = fk.eu_name("fr"), fk.eu_phone("fr"), fk.eu_name("fr")
        a, b = fk.eu_address("fr")
        addr = [S(f"{a}, {b}", "address")]
        number = f"{rng.choice('12')} {fk.digits(2)} {fk.digits(2)} {fk.digits(2)} {fk.digits(3)} {fk.digits(3)}"
    year = rng.randint(1950, 2000) if adult else rng.randint(2019, 2025)
    dob = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year}"
    # Corner-label cells: a small caption in the cell's corner, the value written below.
    cells = [
        (t["name"], [S(name, "name")], 0.6),
        (t["dob"], [S(dob, "id_number")], 0.4),
        (t["no"], [S(number, "id_number")], 0.5),
        (t["tel"], [S(phone, "phone")], 0.5),
    ]
    if not adult:
        cells.append((t["parent"], [S(parent, "name")], 1.0))
    cells.append((t["addr"], addr, 1.0))
    x, row_h = m, 66 * s
    for caption, value, frac in cells:
        cw = w * frac
        if x + cw > right + 1:
            x, y = m, y + row_h
        c.box(x, y, x + cw, y + row_h, width=max(1, int(1.5 * s)))
        c.text(x + 6 * s, y + 16 * s, caption, lf, "label", fill=(70, 70, 70))
        handwritten(p, x + 10 * s, y + row_h - 14 * s, value, 28, cjk=False, width=cw - 20 * s)
        x += cw
    y += row_h + 30 * s
    staff = [
        fk.en_name() if lang == "en" else "Dr " + fk.eu_name("fr").split()[-1]
        for _ in range(rng.randint(1, 2))
    ]
    if lang == "en" and rng.random() < 0.5:
        staff = [f"{n.split()[0][0]}. {n.split()[-1]}" for n in staff]
    head = [label_cell(t[k]) for k in ("vaccine", "dose", "date", "batch", "site", "by")]
    pool = list(t["adult" if adult else "child"])
    doses = _doses(rng, pool, rng.randint(3, 8))
    rows = [head] + [
        [
            hand_cell(v, "item"),
            hand_cell(n, "other"),
            hand_cell(f"{dd:02d}/{mo:02d}/{yy}", "date"),
            hand_cell(fk.upper(rng.choice((1, 2))) + fk.digits(rng.choice((4, 5, 6))), "other"),
            hand_cell(rng.choice(t["sites"]), "other"),
            hand_cell(rng.choice(staff), "name"),
        ]
        for (v, n), (yy, mo, dd) in zip(
            doses, _dates(rng, len(doses), max(year, 2018)), strict=True
        )
    ]
    rows += [[Cell(())] * 6 for _ in range(rng.randint(1, 3))]
    widths = (w * 0.2, w * 0.08, w * 0.17, w * 0.15, w * 0.14, w * 0.26)
    y = table(p, m, y, widths, rows, 44 * s, p.font(15), hand_px=24, cjk=False)
    y += 36 * s
    y = c.wrap(m, y, [S(t["note"], "footer")], p.font(15), w * 0.6, 22 * s, max_lines=3)
    if rng.random() < 0.7:  # the surgery's stamp, clear of the table
        words = [clinic.upper(), rng.choice((t["title"].upper(), clinic_addr))]
        box_stamp(p, right - w * 0.2, y - 10 * s, words, 12)
        y += 40 * s
    return _finish(c, y, 0, pad=m)


def vaccination_record(rng: random.Random) -> Canvas:
    """A vaccination record: the holder's details, a dose table signed by the nurse or
    doctor on every line, the clinic's stamp."""
    fk = ErrandFaker(rng)
    return rng.choices((_cn, _latin), weights=(55, 45))[0](rng, fk)


LAYOUTS = {"vaccination_record": vaccination_record}
