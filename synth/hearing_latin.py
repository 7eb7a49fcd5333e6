"""An English audiology fitting record (a hospital's patient label or boxes, the GP, the
audiogram, the aids issued with serial numbers, the audiologist's HCPC number) and a
German Anpassbericht (Versicherte/r, Versichertennummer, the prescribing ENT doctor's
LANR, the audiogram, the aids, the Hörakustiker/in) for :mod:`synth.layouts_hearing`.

Personal: patients, GPs and ENT doctors (after Dr or Dr. med. only the person), the
audiologist (``name``), dates of birth, NHS, hospital, insurance, LANR and HCPC numbers
and the aids' serials (``id_number``), addresses, flats and phones. Ordinary: trusts,
practices, shops, funds, makers, models, ear pieces, the audiogram, tests and notes; a
shop's address and phone are business data.
"""

from __future__ import annotations

import random

from .audiogram import chart, levels_table, thresholds
from .fakedata_upkeep import UpkeepFaker
from .formkit import Cell, handwritten, sheet, table
from .formkit_blanks import corner_rows, tick_box
from .formkit_marks import word_wrap
from .formkit_slips import grid_rows, label_cell
from .hearing_words import (
    BRANDS,
    DE_DOMES,
    DE_KASSEN,
    DE_NOTE,
    DE_SHOPS,
    EN_DOMES,
    EN_GIVEN,
    EN_NOTE,
    EN_PRACTICES,
    EN_TRUSTS,
)
from .kit import Pen, S, _finish, joined_address, street_spans
from .render import Canvas, Span


def _ears(rng: random.Random) -> tuple[tuple[str, list[int]], ...]:
    return (("R", thresholds(rng)), ("L", thresholds(rng, worse=rng.choice((-5, 0, 5, 10)))))


def _patient_label(p: Pen, x: float, y: float, lines: list[list[Span]]) -> float:
    """A hospital's printed patient label stuck on the form (mono type, a white sticker a
    little askew of the box it belongs in); returns its bottom."""
    c, s = p.c, p.s
    f = p.font(16, mono=True)
    w = max(p.width("".join(sp.text for sp in ln), f) for ln in lines) + 30 * s
    h = len(lines) * 26 * s + 24 * s
    c.draw.rectangle([x, y, x + w, y + h], fill=(252, 252, 250), outline=(200, 200, 200))
    yy = y + 32 * s
    for ln in lines:
        c.line(x + 14 * s, yy, ln, f)
        yy += 26 * s
    return y + h


def en_record(rng: random.Random, fk: UpkeepFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1180), 1.75, cjk=False, base=1100, margin=0.06)
    s, w = p.s, right - m
    y = m + 30 * s
    c.text(m, y, rng.choice(EN_TRUSTS), p.font(18, bold=True), "shop")
    y += 30 * s
    c.text(m, y, "Audiology Department", p.font(16), "other")
    y += 44 * s
    c.text(
        m, y, "Hearing Assessment and Hearing Aid Fitting Record", p.font(23, bold=True), "label"
    )
    y += 24 * s
    first, last = fk.en_name().split(" ", 1)
    dob, _ = fk.born(1936, 1968, "dmy")
    block = fk.uk_block()
    nhs = fk.nhs_checked()
    hosp = f"{fk.upper(1)}{fk.digits(7, True)}"
    hand = rng.random() < 0.6
    if rng.random() < 0.5:
        lines = [
            [S(f"{last.upper()}, {first}", "name")],
            [
                S("DOB: ", "label"),
                S(dob, "id_number"),
                S("  Sex: ", "label"),
                S(rng.choice("MF"), "other"),
            ],
            [S("NHS No: ", "label"), S(nhs, "id_number")],
            [S("Hosp No: ", "label"), S(hosp, "id_number")],
            joined_address(block),
        ]
        y = _patient_label(p, m + rng.uniform(0, 30) * s, y + 10 * s, lines) + 20 * s
    else:
        rows = (
            (
                ("Surname", [S(last, "name")]),
                ("First name", [S(first, "name")]),
                ("Date of birth", [S(dob, "id_number")]),
            ),
            (("NHS number", [S(nhs, "id_number")]), ("Hospital number", [S(hosp, "id_number")])),
            (("Address", joined_address(block, "  " if hand else ", ")),),
        )
        y = corner_rows(
            p, m, right, y + 10 * s, rows, (82 if hand else 64) * s, hand, drop=24 if hand else 14
        )
        y += 16 * s
    f = p.font(16)
    y += 24 * s
    gp = fk.en_name()
    c.line(
        m,
        y,
        [
            S("GP: ", "label"),
            S("Dr ", "other"),
            S(gp.split()[-1], "name"),
            S(f", {rng.choice(EN_PRACTICES)}", "other"),
        ],
        f,
    )
    y += 40 * s
    x = c.line(m, y, [S("Patient's contact number:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(fk.uk_phone(), "phone")], 26, cjk=False)
    y += 54 * s
    c.text(
        m,
        y,
        "Pure tone audiogram (air conduction)   O right   X left",
        p.font(17, bold=True),
        "label",
    )
    ears = _ears(rng)
    y += 46 * s
    bottom = chart(p, m + 50 * s, y, w * 0.62, 280 * s, ears, ("Frequency (Hz)", "dB HL"))
    y = (
        levels_table(
            p, m, bottom + 20 * s, w, ears, ("Right", "Left", "PTA 0.5-4k"), cjk=False, hand=hand
        )
        + 44 * s
    )
    c.text(m, y, "Hearing aids issued", p.font(17, bold=True), "label")
    _, maker, models = rng.choice(BRANDS)
    model = rng.choice(models)
    rows = [[label_cell(t) for t in ("Ear", "Make / model", "Serial no.", "Fitting", "Battery")]]
    for side in rng.choice((("Right", "Left"), ("Right", "Left"), ("Right",), ("Left",))):
        rows.append(
            [
                label_cell(side),
                Cell.of(f"{maker} {model}", "other"),
                Cell.of(fk.aid_serial(), "id_number", hand=hand),
                Cell.of(rng.choice(EN_DOMES), "other", hand=hand),
                Cell.of(rng.choice(("312", "13", "Rechargeable")), "other", hand=hand),
            ]
        )
    y = (
        table(
            p,
            m,
            y + 14 * s,
            [w * k for k in (0.12, 0.32, 0.22, 0.2, 0.14)],
            rows,
            42 * s,
            p.font(15),
            hand_px=24,
            cjk=False,
            line=1,
        )
        + 40 * s
    )
    x = c.line(m, y, [S("Given:", "label")], f) + 10 * s
    for item in rng.sample(EN_GIVEN, 3):
        x = tick_box(p, x, y, item, True, p.font(14)) + 20 * s
    y += 34 * s
    y = word_wrap(p, m, y, [S(EN_NOTE, "footer")], p.font(14), w, 21 * s) + 24 * s
    who = fk.en_name()
    x = c.line(m, y, [S("Audiologist (print):", "label")], f) + 8 * s
    handwritten(p, x, y, [S(who, "name")], 26, cjk=False)
    c.line(
        c.width * 0.62, y, [S("HCPC reg. ", "label"), S(f"HAD{fk.digits(5, True)}", "id_number")], f
    )
    y += 60 * s
    x = c.line(m, y, [S("Signature:", "label")], f) + 8 * s
    handwritten(p, x, y, [S(who.split()[-1], "name")], 30, cjk=False)
    x = c.line(c.width * 0.5, y, [S("Patient:", "label")], f) + 8 * s
    handwritten(p, x, y, [S(f"{first[0]} {last}", "name")], 30, cjk=False)
    return _finish(c, y, m // 2, pad=14 * s)


def de_report(rng: random.Random, fk: UpkeepFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1180), 1.7, cjk=False, base=1100, margin=0.06)
    s, w = p.s, right - m
    shop, address = rng.choice(DE_SHOPS)
    y = m + 30 * s
    c.text(m, y, shop, p.font(22, bold=True), "shop")
    y += 28 * s
    c.line(
        m,
        y,
        [
            Span(address, "shop_address", None),
            S(" · Tel. ", "other"),
            Span(fk.office_phone("de"), "shop_phone", None),
        ],
        p.font(14),
    )
    y += 50 * s
    c.text(m, y, "Anpassbericht Hörgeräteversorgung", p.font(25, bold=True), "label")
    y += 20 * s
    hand = rng.random() < 0.6
    name = fk.eu_name("de")
    first, last = name.split(" ", 1)
    street, town = fk.eu_address("de")
    dob, _ = fk.born(1936, 1968, "de")
    gap = "  " if hand else ", "
    rows = grid_rows(
        [
            [("Name, Vorname", f"{last}, {first}", "name"), ("Geb.-Datum", dob, "id_number")],
            [
                ("Krankenkasse", rng.choice(DE_KASSEN), "other"),
                ("Versichertennr.", fk.kvnr(), "id_number"),
            ],
            [("Anschrift", [*street_spans(street, gap), S(gap, "other"), S(town, "address")], "")],
            [
                ("Telefon", fk.eu_phone("de"), "phone"),
                ("Versorgung", rng.choice(("Erstversorgung", "Folgeversorgung")), "other"),
            ],
        ],
        hand=hand,
    )
    y = table(
        p,
        m,
        y,
        [w * k for k in (0.17, 0.35, 0.17, 0.31)],
        rows,
        46 * s,
        p.font(15),
        hand_px=24,
        cjk=False,
    )
    y += 40 * s
    doctor = fk.eu_name("de")
    f = p.font(16)
    spans = [
        S("Verordnung durch HNO-Arzt: ", "label"),
        S("Dr. med. ", "other"),
        S(doctor, "name"),
        S(", LANR ", "other"),
        S(fk.lanr(), "id_number"),
        S(f", vom {rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026", "date"),
    ]
    y = word_wrap(p, m, y, spans, f, w, 24 * s) + 24 * s
    c.text(m, y, "Tonaudiogramm (Luftleitung)   O rechts   X links", p.font(17, bold=True), "label")
    ears = _ears(rng)
    y += 46 * s
    bottom = chart(p, m + 50 * s, y, w * 0.62, 280 * s, ears, ("Frequenz (Hz)", "dB HL"))
    y = (
        levels_table(
            p, m, bottom + 20 * s, w, ears, ("Rechts", "Links", "Mittel"), cjk=False, hand=hand
        )
        + 44 * s
    )
    _, maker, models = rng.choice(BRANDS)
    model = rng.choice(models)
    c.text(m, y, "Versorgung", p.font(17, bold=True), "label")
    y += 14 * s
    rows = [
        [label_cell(t) for t in ("Seite", "Hersteller", "Modell", "Seriennummer", "Ankopplung")]
    ]
    for side in rng.choice((("rechts", "links"), ("rechts", "links"), ("rechts",), ("links",))):
        rows.append(
            [
                label_cell(side),
                Cell.of(maker, "other"),
                Cell.of(model, "other"),
                Cell.of(fk.aid_serial(), "id_number", hand=hand),
                Cell.of(rng.choice(DE_DOMES), "other", hand=hand),
            ]
        )
    y = (
        table(
            p,
            m,
            y,
            [w * k for k in (0.12, 0.18, 0.24, 0.24, 0.22)],
            rows,
            42 * s,
            p.font(15),
            hand_px=24,
            cjk=False,
            line=1,
        )
        + 40 * s
    )
    test = (
        f"Freiburger Einsilbertest bei 65 dB: ohne Hörgerät {rng.randint(20, 60)} %, "
        f"mit Hörgerät {rng.randint(65, 95)} %."
    )
    y = word_wrap(p, m, y, [S(test, "other")], f, w, 24 * s) + 6 * s
    y = word_wrap(p, m, y, [S(DE_NOTE, "footer")], p.font(14), w, 21 * s) + 30 * s
    x = c.line(m, y, [S("Hörakustiker/in:", "label")], f) + 8 * s
    handwritten(p, x, y, [S(fk.eu_name("de"), "name")], 28, cjk=False)
    x = c.line(c.width * 0.55, y, [S("Versicherte/r:", "label")], f) + 8 * s
    handwritten(p, x, y, [S(last, "name")], 30, cjk=False)
    return _finish(c, y, m // 2, pad=14 * s)
