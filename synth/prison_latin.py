"""An English prison visit booking confirmation and a Spanish solicitud de comunicación
vis a vis for :mod:`synth.layouts_prison`.

Personal: the lead visitor, the other visitors, the prisoner or interno and the
comunicantes (``name``), dates of birth, the prison number, the visit reference, the
NIS and DNI / NIE numbers (``id_number``), the e-mail and phones, the comunicantes'
homes and pisos. Ordinary: establishments, centres, módulos, dates, times, halls, visit
kinds, parentesco, age bands and notes; the booking line is business data.
"""

from __future__ import annotations

import random

from .fakedata_dues import DuesFaker
from .formkit import Cell, sheet, stacked, table
from .formkit_blanks import corner_rows
from .formkit_marks import word_wrap
from .formkit_slips import label_cell
from .kit import EN_MONTHS, S, _finish, biz, hand_font, street_spans
from .prison_words import (
    EN_LINE,
    EN_NOTES,
    EN_PRISONS,
    ES_CENTROS,
    ES_KINDS,
    ES_MODULOS,
    ES_NOTE,
    ES_PARENTESCO,
)
from .render import Canvas


def en_visit(rng: random.Random, fk: DuesFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1000, 1100), 1.5, cjk=False, base=1000, margin=0.07)
    s, w = p.s, right - m
    y = m + 34 * s
    c.text(m, y, "Prison visit booking", p.font(16), "label", fill=(90, 90, 90))
    y += 46 * s
    c.text(m, y, "Your visit is confirmed", p.font(28, bold=True), "label")
    y += 50 * s
    lead = fk.en_name()
    ref = fk.visit_ref()
    lf, vf = p.font(13), p.font(19)
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    pairs = [
        ("Visit reference", [S(ref, "id_number")]),
        ("Prison", [S(rng.choice(EN_PRISONS), "other")]),
        (
            "Date and time",
            [
                S(
                    f"{day} {EN_MONTHS[month - 1]} 2026, {rng.choice(('9:30am', '2:00pm', '2:15pm', '6:00pm'))}",
                    "date",
                )
            ],
        ),
        ("Prisoner", [S(fk.en_name(), "name")]),
        ("Prisoner number", [S(fk.uk_prison_no(), "id_number")]),
        ("Confirmation sent to", [S(fk.email(lead), "email")]),
    ]
    for k, (label, value) in enumerate(pairs):
        x = m + (k % 2) * w / 2
        stacked(p, x, y + (k // 2) * 66 * s, label, value, lf, vf, w / 2 - 20 * s)
    y += 3 * 66 * s + 20 * s
    c.text(m, y, "Visitors", p.font(19, bold=True), "label")
    rows = [[label_cell(h) for h in ("Name", "Date of birth", "Age group")]]
    for k in range(rng.randint(1, 3)):
        dob, age = fk.born(1950, 2024, "dmy")
        rows.append(
            [
                Cell.of(lead if k == 0 else fk.en_name(), "name"),
                Cell.of(dob, "id_number", align="c"),
                Cell.of("Adult" if age >= 18 else "Child", "other", align="c"),
            ]
        )
    y = (
        table(
            p,
            m,
            y + 14 * s,
            [w * 0.45, w * 0.3, w * 0.25],
            rows,
            36 * s,
            p.font(16),
            cjk=False,
            line=1,
        )
        + 40 * s
    )
    for note in EN_NOTES:
        y = word_wrap(p, m, y, [S(note, "footer")], p.font(15), w, 22 * s) + 8 * s
    y += 12 * s
    c.line(m, y, [S("Booking line: ", "label"), biz(EN_LINE, "shop_phone")], p.font(15))
    return _finish(c, y, m // 2, pad=20 * s)


def es_solicitud(rng: random.Random, fk: DuesFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1200), 1.4, cjk=False, base=1100, margin=0.06)
    s, w = p.s, right - m
    centro = rng.choice(ES_CENTROS)
    y = m + 30 * s
    c.text(
        m, y, "SECRETARÍA GENERAL DE INSTITUCIONES PENITENCIARIAS", p.font(14, bold=True), "label"
    )
    y += 26 * s
    c.text(m, y, centro, p.font(20, bold=True), "shop")
    y += 50 * s
    c.text(
        c.width / 2,
        y,
        f"SOLICITUD DE COMUNICACIÓN VIS A VIS {rng.choice(ES_KINDS).upper()}",
        p.font(20, bold=True),
        "label",
        anchor="ms",
    )
    y += 24 * s
    hand = rng.random() < 0.8
    interno = fk.eu_name("es")
    y = corner_rows(
        p,
        m,
        right,
        y,
        [
            [
                ("Interno/a (nombre y apellidos)", [S(interno, "name")]),
                ("NIS", [S(fk.es_nis(), "id_number")]),
            ],
            [
                ("Módulo", [S(rng.choice(ES_MODULOS), "other")]),
                (
                    "Fecha solicitada",
                    [S(f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026", "date")],
                ),
            ],
        ],
        64 * s,
        hand,
    )
    y += 40 * s
    c.text(m, y, "COMUNICANTES", p.font(17, bold=True), "label")
    heads = ("Nombre y apellidos", "DNI/NIE", "Parentesco", "Teléfono")
    rows = [[label_cell(h) for h in heads]]
    for _ in range(rng.randint(1, 3)):
        rows.append(
            [
                Cell.of(fk.eu_name("es"), "name", hand=hand),
                Cell.of(
                    fk.dni() if rng.random() < 0.8 else fk.nie(), "id_number", hand=hand, align="c"
                ),
                Cell.of(rng.choice(ES_PARENTESCO), "other", hand=hand, align="c"),
                Cell.of(fk.eu_phone("es"), "phone", hand=hand, align="c"),
            ]
        )
    y = (
        table(
            p,
            m,
            y + 12 * s,
            [w * 0.36, w * 0.22, w * 0.18, w * 0.24],
            rows,
            46 * s,
            p.font(15),
            hand_px=26,
            cjk=False,
            line=1,
        )
        + 30 * s
    )
    street, town = fk.eu_address("es")
    y = corner_rows(
        p,
        m,
        right,
        y,
        [
            [
                (
                    "Domicilio del primer comunicante",
                    [*street_spans(street), S(", ", "other"), S(town, "address")],
                )
            ]
        ],
        64 * s,
        hand,
    )
    y += 36 * s
    y = word_wrap(p, m, y, [S(ES_NOTE, "footer")], p.font(14), w, 21 * s) + 30 * s
    town_name = town.split(" ", 1)[1]
    c.text(
        m,
        y,
        f"En {town_name}, a {rng.randint(1, 28)} de {rng.choice(('marzo', 'mayo', 'julio', 'octubre'))} de 2026",
        p.font(16),
        "date",
    )
    y += 50 * s
    c.text(m, y, "Firma del interno/a:", p.font(15), "label")
    c.line(
        m + 180 * s,
        y,
        [S(interno.split()[0] + " " + interno.split()[-2], "name")],
        hand_font(p, 30, cjk=False),
        fill=(25, 35, 120),
    )
    return _finish(c, y, m // 2, pad=30 * s)
