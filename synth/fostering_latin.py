"""An English foster carer / adoption application and a Spanish solicitud de adopción
for :mod:`synth.layouts_fostering`.

Personal: applicants, their previous names, household members, children and referees
(``name``; after Mr or Mrs only the name), dates of birth, National Insurance numbers,
DNIs and NIEs (``id_number``), homes past and present with the flat or piso (``door``),
phones and e-mails. Ordinary: titles, relationships, years at an address, jobs,
headings, the agency's name; its address and phone are business data.
"""

from __future__ import annotations

import random

from .fakedata_homes import HomeFaker
from .formkit import Cell, handwritten, sheet, table
from .formkit_blanks import corner_rows, tick_box
from .formkit_fill import ruled_entry
from .formkit_slips import label_cell
from .fostering_words import (
    EN_AGENCIES,
    EN_KIDS,
    EN_REF_KINDS,
    EN_RELATIONS,
    ES_CIVIL,
    ES_ENTIDADES,
    ES_JOBS,
    ES_TIPOS,
)
from .kit import S, _finish, biz, joined_address, street_spans
from .render import Canvas


def _head(c: Canvas, p, x: float, y: float, text: str) -> float:
    """A section heading in bold with a rule under it; returns the y under the rule."""
    c.text(x, y, text, p.font(19, bold=True), "label")
    c.hline(x, c.width - x, y + 8 * p.s, width=2)
    return y + 14 * p.s


def en_application(rng: random.Random, fk: HomeFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1240, 1300), 1.85, cjk=False, base=1240, margin=0.05)
    s, w = p.s, right - m
    agency, aaddr, aline = rng.choice(EN_AGENCIES)
    hand = rng.random() < 0.6
    y = m + 30 * s
    c.text(m, y, agency, p.font(24, bold=True), "shop")
    y += 26 * s
    c.line(
        m,
        y,
        [biz(aaddr, "shop_address"), S("  Tel ", "label"), biz(aline, "shop_phone")],
        p.font(14),
    )
    y += 46 * s
    title = rng.choice(
        (
            "Application to Foster",
            "Adoption Application - Stage One",
            "Prospective Foster Carer Application",
        )
    )
    c.text(m, y, title, p.font(28, bold=True), "label")
    y += 30 * s
    surname = fk.en_name().split()[-1]
    y = _head(c, p, m, y + 20 * s, "Section A: About you")
    two = rng.random() < 0.7
    firsts = [fk.en_name().split()[0] for _ in range(2 if two else 1)]
    for k, first in enumerate(firsts):
        last = surname if k == 0 or rng.random() < 0.7 else fk.en_name().split()[-1]
        born, _ = fk.born(1968, 1996, "dmy")
        prev = fk.en_name().split()[-1] if rng.random() < 0.5 else "None"
        c.text(m, y + 22 * s, f"Applicant {k + 1}", p.font(16, bold=True), "label")
        y = corner_rows(
            p,
            m,
            right,
            y + 30 * s,
            [
                [
                    ("Title", [S(rng.choice(("Mr", "Mrs", "Ms", "Mx")), "other")]),
                    ("Forename(s)", [S(first, "name")]),
                    ("Surname", [S(last, "name")]),
                    ("Previous names", [S(prev, "name" if prev != "None" else "other")]),
                ],
                [
                    ("Date of birth", [S(born, "id_number")]),
                    ("National Insurance no.", [S(fk.ni_number(), "id_number")]),
                    ("Mobile", [S(fk.uk_phone(), "phone")]),
                    ("Email", [S(fk.email(last.lower()), "email")]),
                ],
            ],
            66 * s,
            hand,
            drop=10,
        )
    y = _head(c, p, m, y + 40 * s, "Section B: Addresses in the last 5 years")
    hist: list[list[Cell]] = [[label_cell(h) for h in ("Address", "From", "To")]]
    for k in range(rng.randint(1, 3)):
        addr = joined_address(fk.uk_block(), ", ")
        start = f"{rng.randint(1, 12):02d}/{2025 - 3 * k - rng.randint(1, 3)}"
        hist.append(
            [
                Cell(tuple(addr), hand),
                Cell.of(start, "date", hand=hand),
                Cell.of(
                    "present" if k == 0 else f"{rng.randint(1, 12):02d}/{2025 - 3 * k}",
                    "date",
                    hand=hand,
                ),
            ]
        )
    y = table(
        p,
        m,
        y + 10 * s,
        [w * 0.7, w * 0.15, w * 0.15],
        hist,
        42 * s,
        p.font(15),
        hand_px=24,
        cjk=False,
    )
    y = _head(c, p, m, y + 44 * s, "Section C: Everyone who lives in your household")
    rows: list[list[Cell]] = [
        [label_cell(h) for h in ("Full name", "Date of birth", "Relationship to you")]
    ]
    for _ in range(rng.randint(1, 3)):
        born, _ = fk.born(2008, 2022, "dmy")
        rel = rng.choice(EN_RELATIONS)
        rows.append(
            [
                Cell.of(f"{rng.choice(EN_KIDS)} {surname}", "name", hand=hand),
                Cell.of(born, "id_number", hand=hand),
                Cell.of(rel, "other", hand=hand),
            ]
        )
    y = table(
        p,
        m,
        y + 10 * s,
        [w * 0.45, w * 0.25, w * 0.3],
        rows,
        42 * s,
        p.font(15),
        hand_px=24,
        cjk=False,
    )
    y = _head(c, p, m, y + 44 * s, "Section D: Referees (not related to you)")
    refs: list[list[Cell]] = [[label_cell(h) for h in ("Name", "Address", "Phone", "Known as")]]
    for _ in range(2):
        addr = joined_address([ln for ln in fk.uk_block() if ln.segments[0][1] != "door"], ", ")
        refs.append(
            [
                Cell.of(fk.en_name(), "name", hand=hand),
                Cell(tuple(addr), hand),
                Cell.of(fk.uk_phone(), "phone", hand=hand),
                Cell.of(rng.choice(EN_REF_KINDS), "other", hand=hand),
            ]
        )
    y = table(
        p,
        m,
        y + 10 * s,
        [w * 0.24, w * 0.4, w * 0.18, w * 0.18],
        refs,
        42 * s,
        p.font(14),
        hand_px=22,
        cjk=False,
    )
    y += 40 * s
    x = tick_box(p, m, y, "I consent to DBS and local authority checks", True, p.font(16))
    y += 50 * s
    x = c.line(m, y, [S("Signed:", "label")], p.font(17)) + 12 * s
    handwritten(p, x, y, [S(surname, "name")], 34, cjk=False)
    c.line(
        m + w * 0.55,
        y,
        [
            S("Date: ", "label"),
            S(f"{rng.randint(1, 28):02d}/{rng.randint(1, 11):02d}/2026", "date"),
        ],
        p.font(17),
    )
    return _finish(c, y, m, pad=20 * s)


def es_solicitud(rng: random.Random, fk: HomeFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1260), 1.5, cjk=False, base=1200, margin=0.07)
    s, w = p.s, right - m
    entidad, eaddr = rng.choice(ES_ENTIDADES)
    hand = rng.random() < 0.75
    y = m + 30 * s
    c.text(m, y, entidad, p.font(20, bold=True), "shop")
    y += 24 * s
    c.text(m, y, eaddr, p.font(14), "shop_address", None)
    y += 52 * s
    title = rng.choice(
        ("SOLICITUD DE DECLARACIÓN DE IDONEIDAD PARA LA ADOPCIÓN", "SOLICITUD DE ADOPCIÓN")
    )
    c.text(c.width / 2, y, title, p.font(24, bold=True), "label", anchor="ms")
    y += 40 * s
    tipo = rng.choice(ES_TIPOS)
    x = m
    for opt in ES_TIPOS:
        x = tick_box(p, x, y, opt, opt == tipo, p.font(15)) + 24 * s
    f, lh = p.font(17), 48 * s
    two = rng.random() < 0.75
    street, town = fk.eu_address("es")
    signer = ""
    for k in range(2 if two else 1):
        y += 40 * s
        c.text(m, y, f"SOLICITANTE {k + 1}", p.font(17, bold=True), "label")
        y += lh
        name = fk.eu_name("es")
        signer = signer or name.split()[-2]
        born, _ = fk.born(1970, 1995, "de")
        doc = fk.dni() if rng.random() < 0.8 else fk.nie()
        ruled_entry(p, m, m + w * 0.62, y, ("Nombre y apellidos:", [S(name, "name")]), hand, f)
        ruled_entry(p, m + w * 0.64, right, y, ("DNI/NIE:", [S(doc, "id_number")]), hand, f)
        y += lh
        ruled_entry(p, m, m + w * 0.4, y, ("Fecha de nacimiento:", [S(born, "id_number")]), hand, f)
        ruled_entry(
            p,
            m + w * 0.42,
            m + w * 0.7,
            y,
            ("Estado civil:", [S(rng.choice(ES_CIVIL), "other")]),
            hand,
            f,
        )
        ruled_entry(
            p, m + w * 0.72, right, y, ("Profesión:", [S(rng.choice(ES_JOBS), "other")]), hand, f
        )
        y += lh
        ruled_entry(p, m, m + w * 0.5, y, ("Teléfono:", [S(fk.eu_phone("es"), "phone")]), hand, f)
        ruled_entry(
            p,
            m + w * 0.52,
            right,
            y,
            ("Correo:", [S(fk.eu_email(name.split()[0] + name.split()[1]), "email")]),
            hand,
            f,
        )
    y += lh + 10 * s
    ruled_entry(p, m, right, y, ("Domicilio:", street_spans(street)), hand, f)
    y += lh
    ruled_entry(p, m, right, y, ("C.P. y localidad:", [S(town, "address")]), hand, f)
    if tipo != "Adopción internacional" and rng.random() < 0.6:
        y += 40 * s
        c.text(m, y, "MENOR PROPUESTO (si procede)", p.font(17, bold=True), "label")
        y += lh
        born, _ = fk.born(2014, 2024, "de")
        ruled_entry(p, m, m + w * 0.62, y, ("Nombre:", [S(fk.eu_name("es"), "name")]), hand, f)
        ruled_entry(p, m + w * 0.64, right, y, ("Nacido/a el:", [S(born, "id_number")]), hand, f)
    y += 60 * s
    y = (
        c.wrap(
            m,
            y,
            [
                S(
                    "Los solicitantes declaran que los datos consignados son ciertos y "
                    "autorizan su comprobación.",
                    "footer",
                )
            ],
            p.font(14),
            w,
            22 * s,
        )
        + 40 * s
    )
    c.line(m, y, [S("Firma de los solicitantes:", "label")], f)
    handwritten(p, m + w * 0.45, y, [S(signer, "name")], 34, cjk=False)
    return _finish(c, y, m, pad=20 * s)
