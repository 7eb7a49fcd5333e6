"""The Latin-script claims of the social assistance family: an English housing benefit
and council tax reduction claim (claimant, NI number, partner, children, a private
landlord with address and phone, bank details, the declaration signed) and a Spanish
solicitud de ingreso mínimo vital (solicitante, DNI/NIE, domicilio with its piso, the
unidad de convivencia, IBAN, "En <town>, a <date>" and the signature).

Each records ground truth through the canvas, like :mod:`synth.formkit`.
"""

from __future__ import annotations

import random

from .assistance_words import EN_COUNCILS, EN_DECLARATION, EN_STATUSES, ES_DECLARATION, ES_RELATIONS
from .fakedata_money import MoneyFaker
from .formkit import Cell, handwritten, sheet, table
from .formkit_blanks import corner_cell, corner_rows
from .formkit_marks import word_wrap
from .formkit_slips import label_cell
from .kit import S, _finish, joined_address, street_spans
from .render import Canvas


def en_claim(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1260), 1.65, cjk=False, base=1200, margin=0.05)
    s = p.s
    y = m + 32 * s
    c.text(m, y, rng.choice(EN_COUNCILS), p.font(21, bold=True), "shop")
    y += 44 * s
    c.text(m, y, "Housing Benefit and Council Tax Reduction claim", p.font(26, bold=True), "label")
    hand, h = rng.random() < 0.8, 70 * s
    first, last = fk.en_name().split()
    partner = f"{fk.en_first(upper=False)} {last}"
    landlord = fk.en_name()
    landlord_home = fk.uk_block()
    sections = (
        (
            "1  About you",
            (
                (("Surname", [S(last, "name")]), ("Other names", [S(first, "name")])),
                (
                    ("Date of birth", [S(fk.dob("dmy"), "id_number")]),
                    ("National Insurance number", [S(fk.ni_number(), "id_number")]),
                ),
                (("Address", joined_address(fk.uk_block())),),
                (("Phone", [S(fk.uk_phone(), "phone")]), ("Email", [S(fk.email(first), "email")])),
            ),
        ),
        (
            "2  Your partner",
            (
                (
                    ("Full name", [S(partner, "name")]),
                    ("National Insurance number", [S(fk.ni_number(), "id_number")]),
                ),
            ),
        ),
        (
            "4  Your landlord",
            (
                (
                    ("Landlord's name", [S(landlord, "name")]),
                    ("Landlord's phone", [S(fk.uk_phone(), "phone")]),
                ),
                (("Landlord's address", joined_address(landlord_home)),),
            ),
        ),
    )
    y += 20 * s
    for title, rows in sections:
        y += 30 * s
        c.text(m, y, title, p.font(18, bold=True), "label")
        y += 10 * s
        y = corner_rows(p, m, right, y, rows, h, hand)
        if title.startswith("2"):
            y += 30 * s
            c.text(m, y, "3  Children who live with you", p.font(18, bold=True), "label")
            rows3 = [[label_cell(t) for t in ("Full name", "Date of birth", "At school / nursery")]]
            for _ in range(rng.randint(1, 3)):
                rows3.append(
                    [
                        Cell.of(f"{fk.en_first(upper=False)} {last}", "name", hand=hand),
                        Cell.of(
                            f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/"
                            f"{rng.randint(2010, 2024)}",
                            "id_number",
                            hand=hand,
                        ),
                        Cell.of(rng.choice(EN_STATUSES), "other", hand=hand),
                    ]
                )
            y = table(
                p,
                m,
                y + 10 * s,
                [(right - m) * k for k in (0.45, 0.25, 0.3)],
                rows3,
                44 * s,
                p.font(15),
                hand_px=26,
                cjk=False,
                line=1,
            )
    y += 30 * s
    c.text(m, y, "5  Bank details", p.font(18, bold=True), "label")
    y += 10 * s
    row = (
        ("Name of account holder", [S(f"{first} {last}", "name")]),
        ("Sort code", [S(fk.uk_sort_code(), "id_number")]),
        ("Account number", [S(fk.digits(8), "id_number")]),
    )
    y = corner_rows(p, m, right, y, (row,), h, hand) + 34 * s
    y = word_wrap(p, m, y, [S(EN_DECLARATION, "footer")], p.font(14), right - m, 21 * s) + 16 * s
    x = c.line(m, y, [S("Signature:", "label")], p.font(16)) + 8 * s
    handwritten(p, x, y, [S(f"{first[0]}. {last}", "name")], 30, cjk=False)
    c.line(
        c.width / 2,
        y,
        [
            S("Date: ", "label"),
            S(f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026", "date"),
        ],
        p.font(16),
    )
    return _finish(c, y, m // 2, pad=12 * s)


def es_application(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1260), 1.4, cjk=False, base=1200, margin=0.06)
    s = p.s
    y = m + 32 * s
    c.text(
        m,
        y,
        "Seguridad Social - Instituto Nacional de la Seguridad Social",
        p.font(17, bold=True),
        "shop",
    )
    y += 46 * s
    c.text(m, y, "SOLICITUD DE INGRESO MÍNIMO VITAL", p.font(26, bold=True), "label")
    y += 20 * s
    hand, h = rng.random() < 0.75, 70 * s
    name = fk.eu_name("es")
    street, town = fk.eu_address("es")
    rows = (
        (("Nombre y apellidos", [S(name, "name")]), ("DNI/NIE", [S(fk.eu_id("es"), "id_number")])),
        (("Domicilio", [*street_spans(street), S(", ", "other"), S(town, "address")]),),
        (
            ("Fecha de nacimiento", [S(fk.dob("dmy"), "id_number")]),
            ("Teléfono", [S(fk.eu_phone("es"), "phone")]),
        ),
    )
    y += 30 * s
    c.text(m, y, "1. Datos de la persona solicitante", p.font(18, bold=True), "label")
    y += 10 * s
    y = corner_rows(p, m, right, y, rows, h, hand)
    y += 40 * s
    c.text(m, y, "2. Unidad de convivencia", p.font(18, bold=True), "label")
    heads = ("Nombre y apellidos", "Parentesco", "DNI/NIE", "Fecha de nacimiento")
    table_rows = [[label_cell(t) for t in heads]]
    for rel in rng.sample(ES_RELATIONS, rng.randint(2, 4)):
        table_rows.append(
            [
                Cell.of(fk.eu_name("es"), "name", hand=hand),
                Cell.of(rel, "other", hand=hand),
                Cell.of(fk.eu_id("es"), "id_number", hand=hand),
                Cell.of(fk.dob("dmy"), "id_number", hand=hand),
            ]
        )
    y = table(
        p,
        m,
        y + 10 * s,
        [(right - m) * k for k in (0.38, 0.18, 0.22, 0.22)],
        table_rows,
        44 * s,
        p.font(15),
        hand_px=26,
        cjk=False,
        line=1,
    )
    y += 40 * s
    c.text(m, y, "3. Datos bancarios", p.font(18, bold=True), "label")
    iban = "ES" + fk.digits(2) + " " + " ".join(fk.digits(4) for _ in range(5))
    corner_cell(
        p,
        m,
        y + 10 * s,
        right - m,
        h,
        "IBAN (cuenta de la que sea titular)",
        [S(iban, "id_number")],
        hand,
    )
    y += h + 50 * s
    y = word_wrap(p, m, y, [S(ES_DECLARATION, "footer")], p.font(15), right - m, 23 * s) + 20 * s
    x = c.line(m, y, [S("En ", "label")], p.font(16))
    x = c.line(x, y, [S(town.split(" ", 1)[1], "other"), S(", a ", "label")], p.font(16))
    c.line(x, y, [S(f"{rng.randint(1, 28)} de mayo de 2026", "date")], p.font(16))
    x = c.line(c.width / 2, y, [S("Firma:", "label")], p.font(16)) + 8 * s
    handwritten(p, x, y, [S(name.split()[1], "name")], 30, cjk=False)
    return _finish(c, y, m // 2, pad=16 * s)
