"""Hospital wards and inpatient care. A ward's 床头卡 slid into the holder at the foot
of the bed (the hospital and 床头卡 on a coloured band, the bed number large, 科室,
姓名, 性别, 年龄, 住院号, 入院日期, 诊断, the 护理级别 as a coloured mark, 饮食, 过敏史 in
red, 主管医生 and 责任护士, values printed or written in marker); a patient's
wristband strip (name, sex, age, 住院号 with its barcode or QR, bed, ward); or the
nurses' station whiteboard listing the beds with each patient, diagnosis, care level
and nurse in marker, empty beds marked 空. An English bed board (Patient, DOB, MRN or
NHS number, Consultant, Named nurse, Allergies, NIL BY MOUTH) or wristband, or a German
Bettkarte / Patientenarmband (Name, Vorname, Geb.-Datum, Fall-Nr., Station, Zimmer).

Personal: patients, doctors and nurses (``name``), inpatient, case, MRN and NHS
numbers and dates of birth (``id_number``), barcodes and QR codes of them
(``code``). Ordinary: the hospital, headings, labels, sex, ages, beds, wards, rooms,
departments, diagnoses, care levels, diets, allergies, admission dates and warnings.
"""

from __future__ import annotations

import random

from . import ward_cards as wc
from . import ward_words as ww
from .fakedata_money import MoneyFaker
from .formkit import RED, Cell, fit, table
from .formkit_slips import label_cell
from .kit import S, _finish, hand_font
from .render import Canvas


def _cn_card(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p = wc.card(rng, rng.choice((800, 860)), 0.8, True)
    s, W = p.s, c.width
    hospital = fk.cn_estate()[:2] + rng.choice(ww.CN_HOSPITALS)
    y = wc.band_head(
        p, "床 头 卡", hospital, rng.choice(((30, 110, 180), (20, 140, 120), (120, 60, 150)))
    )
    by_hand = rng.random() < 0.5  # blank cards are filled in with a marker
    ink = rng.choice(wc.MARKERS[:2])  # one nurse's marker for the whole card
    m, f = 28 * s, p.font(22)
    bed = f"{rng.randint(1, 48)}"
    y += 70 * s
    c.text(m, y, rng.choice(ww.CN_DEPTS), p.font(26, bold=True), "other")
    c.line(W - m - 170 * s, y, [S(bed, "other"), S(" 床", "label")], p.font(48, bold=True))
    care, colour = rng.choice(ww.CN_CARE)
    if colour:  # the care level's coloured triangle in the card's corner
        c.draw.polygon([(W - 70 * s, 64 * s), (W, 64 * s), (W, 134 * s)], fill=colour)
    patient = fk.cn_name(honorific=0.0)
    rows = [
        ("姓名", [S(patient, "name")], "性别", [S(fk.sex(), "other")]),
        (
            "年龄",
            [S(f"{rng.randint(18, 93)}岁", "other")],
            "住院号",
            [S(fk.digits(rng.choice((7, 8, 10))), "id_number")],
        ),
        ("入院日期", [S(fk.date(), "date")], "护理级别", [S(care, "other")]),
        (
            "饮食",
            [S(rng.choice(ww.CN_DIET), "other")],
            "诊断",
            [S(rng.choice(ww.CN_DIAG), "other")],
        ),
        (
            "主管医生",
            [S(fk.cn_name(honorific=0.0), "name")],
            "责任护士",
            [S(fk.cn_name(honorific=0.0), "name")],
        ),
    ]
    y += 30 * s
    half = (W - 2 * m) / 2
    for left_l, left_v, right_l, right_v in rows:
        y += 52 * s
        for k, (label, value) in enumerate(((left_l, left_v), (right_l, right_v))):
            x = m + k * half
            vx = c.line(x, y, [S(label + ":", "label")], f) + 10 * s
            c.hline(vx, x + half - 16 * s, y + 8 * s, width=1)
            if by_hand:
                wc.marker(p, vx + 4 * s, y, value, 30, x + half - vx - 24 * s, ink)
            else:
                vf = fit(
                    p, p.font(22, bold=True), "".join(v.text for v in value), x + half - vx - 24 * s
                )
                c.line(vx + 4 * s, y, value, vf)
    y += 60 * s
    allergy = rng.choice(ww.CN_ALLERGY)
    x = c.line(m, y, [S("过敏史:", "label")], f, fill=RED) + 10 * s
    c.text(x, y, allergy, p.font(26, bold=True), "other", fill=RED if allergy != "无" else None)
    x = W / 2
    for warn in rng.sample(ww.CN_WARN, rng.randint(1, 2)):  # yellow warning stickers
        tw = p.width(warn, p.font(20, bold=True)) + 20 * s
        c.draw.rectangle([x, y - 28 * s, x + tw, y + 8 * s], fill=(250, 210, 40))
        c.text(x + 10 * s, y, warn, p.font(20, bold=True), "other")
        x += tw + 16 * s
    y += 46 * s
    c.text(
        m,
        y,
        "请勿随意取下床头卡 · 如有疑问请咨询护士站",
        p.font(15),
        "footer",
        fill=(110, 110, 110),
    )
    return _finish(c, y, 0, pad=20 * s)


def _wristband(rng: random.Random, fk: MoneyFaker, lang: str) -> Canvas:
    """A printed wristband strip: rounded ends, the patient's lines beside the code."""
    c, p = wc.card(rng, rng.choice((1000, 1100)), 0.3, lang == "cn")
    s, W, H = p.s, c.width, c.height
    c.draw.rounded_rectangle(
        [4, 20 * s, W - 4, H - 20 * s],
        radius=60 * s,
        fill=(252, 252, 250),
        outline=(170, 170, 175),
        width=2,
    )
    for hole in (40 * s, 80 * s):  # the snap holes at the strap's end
        c.draw.ellipse(
            [hole - 9 * s, H / 2 - 9 * s, hole + 9 * s, H / 2 + 9 * s],
            outline=(150, 150, 150),
            width=2,
        )
    number = fk.digits(8) if lang != "en" else "RX" + fk.digits(7)
    f, fb = p.font(22), p.font(26, bold=True)
    x, y = 130 * s, 72 * s
    if lang == "cn":
        lines = [
            [
                S(fk.cn_name(honorific=0.0), "name"),
                S(f"  {fk.sex()}  {rng.randint(1, 95)}岁", "other"),
            ],
            [
                S("住院号:", "label"),
                S(number, "id_number"),
                S(f"  {rng.randint(1, 48)}床", "other"),
            ],
            [S("科室:", "label"), S(rng.choice(ww.CN_DEPTS), "other")],
        ]
    elif lang == "en":
        name = fk.en_name()
        lines = [
            [S(name.split()[-1].upper() + ", " + name.split()[0], "name")],
            [
                S("DOB ", "label"),
                S(fk.dob("dmy"), "id_number"),
                S("  MRN ", "label"),
                S(number, "id_number"),
            ],
            [
                S("NHS No. ", "label"),
                S(fk.nhs_number(), "id_number"),
                S("  " + rng.choice(ww.EN_WARDS).split(" –")[0], "other"),
            ],
        ]
    else:
        first, last = fk.eu_name("de").split()
        y0, mo, d = fk.dob("dot").split(".")
        lines = [
            [S(last + ", " + first, "name")],
            [
                S("geb. ", "label"),
                S(f"{d}.{mo}.{y0}", "id_number"),
                S("  Fall-Nr. ", "label"),
                S(number, "id_number"),
            ],
            [S(rng.choice(ww.DE_STATIONS), "other"), S(f"  Zi. {rng.randint(101, 640)}", "other")],
        ]
    hospital = {
        "cn": fk.cn_estate()[:2] + rng.choice(ww.CN_HOSPITALS),
        "en": rng.choice(ww.EN_TRUSTS),
    }
    lines.insert(
        0, [S(hospital.get(lang, "Klinikum " + fk.eu_address("de")[1].split(" ", 1)[1]), "shop")]
    )
    words = {
        "cn": ("入院 ", "  过敏: "),
        "en": ("Adm ", "  Allergy: "),
        "de": ("Aufn. ", "  Allergie: "),
    }[lang]
    allergy = rng.choice({"cn": ww.CN_ALLERGY, "en": ww.EN_ALLERGY, "de": ww.DE_ALLERGY}[lang])
    lines.append(
        [S(words[0], "label"), S(fk.date(), "date"), S(words[1], "label"), S(allergy, "other")]
    )
    y -= 24 * s
    for k, spans in enumerate(lines):  # each line squeezed to the band left of the code
        text = "".join(sp.text for sp in spans)
        c.line(x, y, spans, fit(p, fb if k == 1 else f, text, W * 0.61 - x))
        y += 38 * s
    if rng.random() < 0.5:
        c.barcode(
            int(W * 0.63), int(50 * s), number, height=int(90 * s), module=3, max_width=int(W * 0.3)
        )
    else:
        c.qr(int(W * 0.72), int(36 * s), number, size=int(H - 90 * s))
    c.text(
        W * 0.63,
        H - 30 * s,
        "ID 识别带" if lang == "cn" else "PATIENT ID",
        p.font(14),
        "label",
        fill=(110, 110, 110),
    )
    return _finish(c, H, 0)


def _cn_board(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """The nurses' station whiteboard: a grid of beds with the patients in marker."""
    c, p = wc.card(rng, rng.choice((960, 1040)), 1.1, True)
    s, W = p.s, c.width
    c.img.paste((246, 247, 249), (0, 0, W, c.height))
    c.draw.rectangle([6, 6, W - 6, c.height - 6], outline=(160, 165, 170), width=int(10 * s))
    m = 30 * s
    y = 70 * s
    title = rng.choice(("病区一览表", "病人一览表", "床位动态"))
    c.text(
        W / 2,
        y,
        fk.cn_estate()[:1] + rng.choice(("一", "三", "五")) + "病区 " + title,
        p.font(30, bold=True),
        "label",
        anchor="ms",
    )
    y += 44 * s
    duty = [S("日期:", "label"), S(fk.date(), "date"), S("  值班护士:", "label")]
    x = c.line(m, y, duty, p.font(20)) + 8 * s
    wc.marker(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 28, 160 * s)
    y += 24 * s
    head = (
        "床号",
        rng.choice(("患者", "病人", "姓名")),
        "年龄",
        "诊断",
        "护理",
        "饮食",
        "责任护士",
    )
    widths = [(W - 2 * m) * k for k in (0.08, 0.15, 0.08, 0.24, 0.13, 0.16, 0.16)]
    nurses = [fk.cn_name(honorific=0.0) for _ in range(3)]
    rows = [[label_cell(h) for h in head]]
    for bed in range(rng.randint(1, 20), 100)[: rng.randint(7, 10)]:
        if rng.random() < 0.15:
            rows.append(
                [
                    Cell.of(str(bed), "other", align="c"),
                    Cell.of("空", "other", hand=True),
                    *(Cell.of("", "other") for _ in head[2:]),
                ]
            )
            continue
        nurse = rng.choice(nurses)
        rows.append(
            [
                Cell.of(str(bed), "other", align="c"),
                Cell.of(fk.cn_name(honorific=0.0), "name", hand=True),
                Cell.of(str(rng.randint(20, 95)), "other", hand=True),
                Cell.of(rng.choice(ww.CN_DIAG), "other", hand=True),
                Cell.of(rng.choice(ww.CN_CARE)[0][:2], "other", hand=True),
                Cell.of(rng.choice(ww.CN_DIET), "other", hand=True),
                Cell.of(nurse if rng.random() < 0.6 else nurse[0], "name", hand=True),
            ]
        )
    y = table(p, m, y, widths, rows, 50 * s, p.font(20), hand_px=30, ink=rng.choice(wc.MARKERS[:2]))
    y += 44 * s
    c.text(
        m,
        y,
        "今日手术: " + str(rng.randint(0, 4)) + "台  出院: " + str(rng.randint(0, 5)) + "人",
        p.font(20),
        "other",
        fill=wc.MARKERS[2],
    )
    y += 50 * s
    # a reminder in red marker: whose family to ring, and on which number
    kin = [
        S(f"{rng.randint(1, 48)}床家属 ", "other"),
        S(fk.cn_surname(), "name"),
        S(rng.choice(("先生", "女士")) + " ", "other"),
    ]
    kin += [
        S(fk.cn_mobile(), "phone"),
        S(rng.choice((" 明早8点前来签字", " 请通知缴费", " 已告知手术时间")), "other"),
    ]
    wc.marker(p, m, y, kin, 28, W - 2 * m, ink=wc.MARKERS[2])
    y += 10 * s
    return _finish(c, y, 0, pad=30 * s)


def _en_board(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p = wc.card(rng, rng.choice((800, 880)), 1.0, False)
    s, W = p.s, c.width
    y = wc.band_head(p, "BED " + str(rng.randint(1, 30)), rng.choice(ww.EN_TRUSTS), (0, 94, 184))
    m, f = 30 * s, p.font(22)
    y += 50 * s
    c.text(m, y, rng.choice(ww.EN_WARDS), p.font(22, bold=True), "other")
    ink = rng.choice(wc.MARKERS[:2])
    patient, consultant = fk.en_name(), fk.en_name()
    rows = [
        ("Patient", [S(patient, "name")]),
        ("DOB", [S(fk.dob("dmy"), "id_number")]),
        (rng.choice(("MRN", "Hospital No.")), [S("RX" + fk.digits(7), "id_number")]),
        ("Consultant", [S("Dr ", "other"), S(consultant.split()[-1], "name")]),
        ("Named nurse", [S(fk.en_first(upper=False), "name")]),
        ("Diet", [S(rng.choice(ww.EN_DIET), "other")]),
    ]
    if rng.random() < 0.5:
        rows.insert(3, ("NHS No.", [S(fk.nhs_number(), "id_number")]))
    for label, value in rows:  # a dry-wipe board: printed labels, values in marker
        y += 54 * s
        vx = c.line(m, y, [S(label, "label")], f) + 20 * s
        vx = max(vx, m + 200 * s)
        c.hline(vx, W - m, y + 8 * s, width=1)
        f_hand = fit(
            p, hand_font(p, 32, cjk=False), "".join(v.text for v in value), W - m - vx - 10 * s
        )
        c.line(vx + 6 * s, y, value, f_hand, fill=ink)
    y += 64 * s
    allergy = rng.choice(ww.EN_ALLERGY)
    c.draw.rectangle([m, y - 36 * s, W - m, y + 14 * s], fill=(200, 30, 30))
    c.line(
        m + 12 * s,
        y,
        [S("ALLERGIES: ", "label"), S(allergy, "other")],
        p.font(24, bold=True),
        fill=(255, 255, 255),
    )
    y += 56 * s
    for sign in rng.sample(
        ("NIL BY MOUTH", "FALLS RISK", "ASSIST WITH MEALS", "DNACPR – see notes"), 2
    ):
        c.text(m, y, sign, p.font(22, bold=True), "other", fill=(0, 94, 184))
        y += 36 * s
    return _finish(c, y, 0, pad=24 * s)


def _de_card(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p = wc.card(rng, rng.choice((800, 860)), 0.8, False)
    s, W = p.s, c.width
    y = wc.band_head(
        p, "Bettkarte", "Klinikum " + fk.eu_address("de")[1].split(" ", 1)[1], (0, 120, 110)
    )
    m, f = 30 * s, p.font(21)
    first, last = fk.eu_name("de").split()
    y0, mo, d = fk.dob("dot").split(".")
    station = rng.choice(ww.DE_STATIONS)
    rows = [
        ("Name", [S(last, "name")]),
        ("Vorname", [S(first, "name")]),
        ("Geb.-Datum", [S(f"{d}.{mo}.{y0}", "id_number")]),
        ("Fall-Nr.", [S(fk.digits(8), "id_number")]),
        ("Station / Zimmer", [S(f"{station.split()[1]} / {rng.randint(101, 640)}", "other")]),
        ("Aufnahme", [S(f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026", "date")]),
        ("Kostform", [S(rng.choice(ww.DE_KOST), "other")]),
        ("Stationsarzt", [S("Dr. ", "other"), S(fk.eu_name("de").split()[1], "name")]),
        ("Bezugspflege", [S(fk.eu_name("de").split()[0], "name")]),
    ]
    hand, ink = rng.random() < 0.5, rng.choice(wc.MARKERS[:2])
    for label, value in rows:
        y += 50 * s
        c.text(m, y, label + ":", f, "label")
        vx = m + 230 * s
        if hand:
            wc.marker(p, vx, y, value, 30, W - m - vx, ink, cjk=False)
        else:
            c.line(vx, y, value, p.font(22, bold=True))
    y += 56 * s
    c.line(
        m,
        y,
        [S("Allergien: ", "label"), S(rng.choice(ww.DE_ALLERGY), "other")],
        p.font(22, bold=True),
        fill=RED,
    )
    return _finish(c, y, 0, pad=24 * s)


def inpatient_bed_card(rng: random.Random) -> Canvas:
    """A ward's bed card, a patient's wristband or the nurses' whiteboard: patients,
    their numbers and dates of birth, doctors and nurses among ward words."""
    fk = MoneyFaker(rng)
    kind = rng.choices(
        ("cn_card", "cn_band", "cn_board", "en_board", "en_band", "de_card", "de_band"),
        weights=(24, 14, 16, 16, 10, 12, 8),
    )[0]
    if kind.endswith("band"):
        return _wristband(rng, fk, kind[:2])
    return {"cn_card": _cn_card, "cn_board": _cn_board, "en_board": _en_board, "de_card": _de_card}[
        kind
    ](rng, fk)


LAYOUTS = {"inpatient_bed_card": inpatient_bed_card}
