"""An English mortgage application and a Spanish solicitud de préstamo hipotecario for
:mod:`synth.layouts_mortgage`.

Personal: applicants, titulares and dependants (``name``; after Mr or Mrs only the
name), dates of birth, National Insurance numbers, DNIs and NIEs and the lender's
application reference (``id_number``), homes past and present and the property bought
(``address`` with the flat or piso ``door``), phones and e-mails. Ordinary: titles,
marital status, time at an address, residential status, employers, jobs, incomes,
dependants' ages, prices, loans, terms, headings; the lender's and the solicitors'
addresses and phones are business data.
"""

from __future__ import annotations

import random

from .fakedata_homes import HomeFaker
from .formkit import Cell, handwritten, sheet, table
from .formkit_blanks import tick_box
from .formkit_slips import label_cell
from .kit import S, _finish, biz, joined_address, street_spans
from .mortgage_words import (
    EN_JOBS,
    EN_KIDS,
    EN_LENDERS,
    EN_MARITAL,
    EN_MEN,
    EN_SOLICITORS,
    EN_STATUS,
    EN_WOMEN,
    ES_BANKS,
    ES_CIVIL,
    ES_CONTRACT,
    ES_JOBS,
)
from .render import Canvas, Span


def _band(c: Canvas, p, x0: float, x1: float, y: float, text: str) -> float:
    """A section's dark band with its heading in white; returns the y under it."""
    s = p.s
    c.draw.rectangle([x0, y, x1, y + 34 * s], fill=(40, 60, 100))
    c.text(x0 + 10 * s, y + 24 * s, text, p.font(17, bold=True), "label", fill=(255, 255, 255))
    return y + 34 * s


def _val(text: str, kind: str, hand: bool) -> Cell:
    return Cell.of(text, kind, hand=hand)


def en_application(rng: random.Random, fk: HomeFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1240, 1300), 1.9, cjk=False, base=1240, margin=0.05)
    s, w = p.s, right - m
    lender, office, line = rng.choice(EN_LENDERS)
    hand = rng.random() < 0.5
    y = m + 30 * s
    c.text(m, y, lender, p.font(24, bold=True), "shop")
    c.line(
        right - 380 * s,
        y,
        [S("Application ref: ", "label"), S(fk.mortgage_ref(), "id_number")],
        p.font(15),
    )
    y += 40 * s
    c.text(m, y, "Residential Mortgage Application", p.font(28, bold=True), "label")
    y += 24 * s
    two = rng.random() < 0.7
    surname = fk.en_name().split()[-1]
    pairs = [
        rng.choice((("Mr", EN_MEN), ("Mrs", EN_WOMEN), ("Ms", EN_WOMEN), ("Dr", EN_MEN + EN_WOMEN)))
    ]
    if two:
        pairs.append(("Mrs", EN_WOMEN) if pairs[0][1] is EN_MEN else ("Mr", EN_MEN))
    titles = [tt for tt, _ in pairs]
    people = [rng.choice(names) for _, names in pairs]
    y = _band(c, p, m, right, y, "1. About you")
    ws = [w * 0.28, w * 0.36, w * 0.36]
    rows: list[list[Cell]] = [
        [label_cell(""), label_cell("Applicant 1"), label_cell("Applicant 2")]
    ]
    fields = []
    for first, title in zip(people, titles, strict=True):
        last = surname if rng.random() < 0.7 else fk.en_name().split()[-1]
        born, _ = fk.born(1960, 2000, "dmy")
        fields.append(
            [
                (title, "other"),
                (first, "name"),
                (last, "name"),
                (born, "id_number"),
                (fk.ni_number(), "id_number"),
                (rng.choice(EN_MARITAL), "other"),
                (fk.uk_phone(), "phone"),
                (fk.email(last.lower()), "email"),
            ]
        )
    caps = (
        "Title",
        "Forename(s)",
        "Surname",
        "Date of birth",
        "National Insurance no.",
        "Marital status",
        "Mobile",
        "Email",
    )
    for k, cap in enumerate(caps):
        cells = [Cell.of(cap, "label")]
        for j in range(2):
            cells.append(_val(*fields[j][k], hand) if j < len(fields) else Cell.of("", "other"))
        rows.append(cells)
    y = table(p, m, y, ws, rows, 40 * s, p.font(15), hand_px=24, cjk=False)
    y += 20 * s
    y = _band(c, p, m, right, y, "2. Address history (last 3 years) - Applicant 1")
    hist: list[list[Cell]] = [[label_cell(h) for h in ("Address", "Time at address", "Status")]]
    for _ in range(rng.randint(1, 3)):
        addr = joined_address(fk.uk_block(), ", ")
        years = f"{rng.randint(0, 9)} yrs {rng.randint(0, 11)} mths"
        hist.append(
            [
                Cell(tuple(addr), hand),
                _val(years, "other", hand),
                _val(rng.choice(EN_STATUS), "other", hand),
            ]
        )
    y = table(
        p, m, y, [w * 0.64, w * 0.18, w * 0.18], hist, 42 * s, p.font(15), hand_px=24, cjk=False
    )
    y += 20 * s
    y = _band(c, p, m, right, y, "3. Employment and income")
    emp: list[list[Cell]] = [
        [label_cell(h) for h in ("", "Occupation", "Employer", "Gross annual income")]
    ]
    for k in range(len(people)):
        job, firm = rng.choice(EN_JOBS)
        emp.append(
            [
                Cell.of(f"Applicant {k + 1}", "label"),
                _val(job, "other", hand),
                _val(firm, "other", hand),
                _val(f"£{rng.randint(18, 95) * 1000:,}", "other", hand),
            ]
        )
    y = table(
        p,
        m,
        y,
        [w * 0.16, w * 0.26, w * 0.34, w * 0.24],
        emp,
        40 * s,
        p.font(15),
        hand_px=24,
        cjk=False,
    )
    if rng.random() < 0.7:
        y += 20 * s
        y = _band(c, p, m, right, y, "4. Dependants")
        dep: list[list[Cell]] = [
            [label_cell("Full name"), label_cell("Age"), label_cell("Relationship")]
        ]
        for _ in range(rng.randint(1, 3)):
            dep.append(
                [
                    _val(f"{rng.choice(EN_KIDS)} {surname}", "name", hand),
                    _val(str(rng.randint(1, 17)), "other", hand),
                    _val(rng.choice(("Son", "Daughter")), "other", hand),
                ]
            )
        y = table(
            p, m, y, [w * 0.5, w * 0.2, w * 0.3], dep, 40 * s, p.font(15), hand_px=24, cjk=False
        )
    y += 20 * s
    y = _band(c, p, m, right, y, "5. The property and the loan")
    price = rng.randint(120, 650) * 1000
    prop = joined_address(fk.uk_block(), ", ")
    sol, sol_addr, sol_tel = rng.choice(EN_SOLICITORS)
    rows = [
        [Cell.of("Property address", "label"), Cell(tuple(prop), hand, span=3)],
        [
            Cell.of("Purchase price", "label"),
            _val(f"£{price:,}", "other", hand),
            Cell.of("Loan required", "label"),
            _val(f"£{price * rng.choice((75, 80, 85, 90)) // 100:,}", "other", hand),
        ],
        [
            Cell.of("Term", "label"),
            _val(f"{rng.choice((20, 25, 30, 35))} years", "other", hand),
            Cell.of("Repayment type", "label"),
            _val(
                rng.choice(("Capital & interest", "Interest only", "Part and part")), "other", hand
            ),
        ],
        [
            Cell.of("Solicitor", "label"),
            Cell(
                (
                    S(sol, "shop"),
                    S(", ", "other"),
                    biz(sol_addr, "shop_address"),
                    S(", ", "other"),
                    biz(sol_tel, "shop_phone"),
                ),
                False,
                span=3,
            ),
        ],
    ]
    y = table(
        p,
        m,
        y,
        [w * 0.2, w * 0.3, w * 0.2, w * 0.3],
        rows,
        42 * s,
        p.font(15),
        hand_px=24,
        cjk=False,
    )
    y += 60 * s
    for k, first in enumerate(people):
        x = (
            c.line(m + k * w / 2, y, [S(f"Signature (applicant {k + 1}): ", "label")], p.font(15))
            + 6 * s
        )
        handwritten(p, x, y, [S(f"{first[0]}. {surname}", "name")], 30, cjk=False)
    y += 36 * s
    c.line(
        m,
        y,
        [
            S(lender + " · ", "shop"),
            biz(office, "shop_address"),
            S(" · ", "other"),
            biz(line, "shop_phone"),
        ],
        p.font(12),
    )
    return _finish(c, y, m, pad=10 * s)


def es_solicitud(rng: random.Random, fk: HomeFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1240, 1300), 1.6, cjk=False, base=1240, margin=0.05)
    s, w = p.s, right - m
    bank, office = rng.choice(ES_BANKS)
    hand = rng.random() < 0.6
    y = m + 30 * s
    c.text(m, y, bank, p.font(24, bold=True), "shop")
    c.text(right, y, office.split(" · ")[0], p.font(14), "other", anchor="rs")
    y += 44 * s
    c.text(m, y, "SOLICITUD DE PRÉSTAMO HIPOTECARIO", p.font(26, bold=True), "label")
    y += 24 * s
    y = _band(c, p, m, right, y, "Datos de los solicitantes")
    two = rng.random() < 0.75
    ws = [w * 0.26, w * 0.37, w * 0.37]
    rows: list[list[Cell]] = [[label_cell(""), label_cell("Titular"), label_cell("Cotitular")]]
    people = []
    for _ in range(2 if two else 1):
        street, town = fk.eu_address("es")
        born, _ = fk.born(1962, 2000, "dmy")
        name = fk.eu_name("es")
        people.append(
            [
                (S(name, "name"),),
                (S(fk.dni() if rng.random() < 0.8 else fk.nie(), "id_number"),),
                (S(born, "id_number"),),
                (S(rng.choice(ES_CIVIL), "other"),),
                tuple(street_spans(street)),
                (S(town, "address"),),
                (S(fk.eu_phone("es"), "phone"),),
                (S(fk.eu_email(name.split()[-2].lower()), "email"),),
                (S(rng.choice(ES_JOBS), "other"),),
                (S(rng.choice(ES_CONTRACT), "other"),),
                (S(f"{rng.randint(11, 48) * 100:,} €".replace(",", "."), "other"),),
            ]
        )
    caps = (
        "Nombre y apellidos",
        "DNI / NIE",
        "Fecha de nacimiento",
        "Estado civil",
        "Domicilio",
        "C.P. y localidad",
        "Teléfono",
        "Correo electrónico",
        "Profesión",
        "Tipo de contrato",
        "Ingresos netos / mes",
    )
    for k, cap in enumerate(caps):
        cells = [Cell.of(cap, "label")]
        for j in range(2):
            cells.append(Cell(people[j][k], hand) if j < len(people) else Cell.of("", "other"))
        rows.append(cells)
    y = table(p, m, y, ws, rows, 40 * s, p.font(15), hand_px=24, cjk=False)
    y += 20 * s
    y = _band(c, p, m, right, y, "Vivienda a adquirir y préstamo")
    street, town = fk.eu_address("es")
    price = rng.randint(90, 480) * 1000
    home: tuple[Span, ...] = (*street_spans(street), S(", ", "other"), S(town, "address"))
    rows = [
        [Cell.of("Dirección", "label"), Cell(home, hand, span=3)],
        [
            Cell.of("Precio de compra", "label"),
            Cell.of(f"{price:,} €".replace(",", "."), "other", hand=hand),
            Cell.of("Importe solicitado", "label"),
            Cell.of(f"{price * 8 // 10:,} €".replace(",", "."), "other", hand=hand),
        ],
        [
            Cell.of("Plazo", "label"),
            Cell.of(f"{rng.choice((20, 25, 30))} años", "other", hand=hand),
            Cell.of("Vivienda", "label"),
            Cell.of(rng.choice(("Habitual", "Segunda residencia")), "other", hand=hand),
        ],
    ]
    y = table(
        p,
        m,
        y,
        [w * 0.2, w * 0.3, w * 0.2, w * 0.3],
        rows,
        42 * s,
        p.font(15),
        hand_px=24,
        cjk=False,
    )
    y += 40 * s
    f = p.font(16)
    x = c.line(m, y, [S("Tipo de interés:", "label")], f) + 12 * s
    pick = rng.choice(("Fijo", "Variable", "Mixto"))
    for opt in ("Fijo", "Variable", "Mixto"):
        x = tick_box(p, x, y, opt, opt == pick, f) + 24 * s
    y += 40 * s
    note = "Los solicitantes declaran que los datos son ciertos y autorizan su consulta a la CIRBE."
    c.text(m, y, note, p.font(13), "footer")
    y += 50 * s
    for k, who in enumerate(people):
        x = c.line(m + k * w / 2, y, [S("Firma:", "label")], f) + 10 * s
        handwritten(p, x, y, [S(who[0][0].text, "name")], 28, cjk=False)
    y += 40 * s
    town = office.split(", ")[-1].split(" ", 1)[-1]
    c.line(
        m,
        y,
        [
            S(
                f"En {town}, a {rng.randint(1, 28)} de {rng.choice(('marzo', 'junio', 'octubre', 'noviembre'))} de 2026",
                "date",
            )
        ],
        f,
    )
    y += 30 * s
    c.line(m, y, [S(bank + " · ", "shop"), biz(office, "shop_address")], p.font(12))
    return _finish(c, y, m, pad=10 * s)
