"""An English nursery registration form and a Spanish matrícula de escuela infantil
for :mod:`synth.layouts_kinder`.

Personal: the child, parents, carers, emergency contacts and people allowed to collect
(``name``; after Dr only the surname), the child's date of birth, DNI/NIE numbers with
their check letter and the collection password (``id_number``: whoever says it takes
the child home), homes with the flat, piso and puerta (``door``), phones and e-mails.
Ordinary: nurseries, sessions, relations, employers, jobs, allergies, diets, surgeries,
declarations, towns in "En <town>, a <date>" and dates; a surgery's phone is business
data.
"""

from __future__ import annotations

import random

from .fakedata_kin import KinFaker
from .fakedata_upkeep import first_surname
from .formkit import Cell, handwritten, sheet, table
from .formkit_blanks import corner_rows, tick_box
from .formkit_marks import word_wrap
from .formkit_slips import label_cell
from .kinder_words import (
    EN_ALLERGIES,
    EN_CONSENT,
    EN_DIETS,
    EN_EMPLOYERS,
    EN_PASSWORDS,
    EN_RELATIONS,
    EN_SURGERIES,
    ES_DECLARE,
    ES_HEALTH,
    ES_JOBS,
    ES_RELATIONS,
    ES_SCHOOLS,
    ES_STREETS,
    ES_TOWNS,
)
from .kit import S, _finish, joined_address
from .render import Canvas, Span

_BAND = (226, 226, 226)


def _band(p, m: float, right: float, y: float, title: str) -> float:
    """A grey section band with its title; returns the y under it."""
    p.c.draw.rectangle([m, y, right, y + 34 * p.s], fill=_BAND)
    p.c.text(m + 10 * p.s, y + 25 * p.s, title, p.font(17, bold=True), "label")
    return y + 34 * p.s


def en_registration(rng: random.Random, fk: KinFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1180), 1.75, cjk=False, base=1100, margin=0.06)
    s = p.s
    nursery = fk.en_nursery()
    y = m + 34 * s
    c.text(m, y, nursery, p.font(24, bold=True), "shop")
    y += 42 * s
    c.text(m, y, "Child Registration Form", p.font(28, bold=True), "label")
    hand, h = rng.random() < 0.8, 64 * s
    surname = fk.en_name().split()[-1]
    child = fk.en_first(upper=False)
    block = fk.uk_block()
    first = (
        (
            ("Child's legal first name(s)", [S(child, "name")]),
            ("Surname", [S(surname, "name")]),
            (
                "Known as",
                [S(child[:3] + rng.choice(("", "ie", "s")), "name")] if rng.random() < 0.4 else [],
            ),
        ),
        (
            (
                "Date of birth",
                [
                    S(
                        f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2022, 2024)}",
                        "id_number",
                    )
                ],
            ),
            ("Gender", [S(rng.choice(("F", "M", "Girl", "Boy")), "other")]),
            ("Start date", [S(f"0{rng.randint(1, 9)}/09/2026", "date")]),
        ),
        (
            ("Home address", joined_address(block[:-1], " " if hand else ", ")),
            ("Postcode", [S(t, k) for t, k in block[-1].segments]),
        ),
    )
    y = _band(p, m, right, y + 24 * s, "1  The child")
    y = corner_rows(p, m, right, y, first, h, hand, drop=18)
    y = _band(p, m, right, y + 20 * s, "2  Parents / carers with parental responsibility")
    carers = []
    for rel in rng.sample(EN_RELATIONS[:3], 2):
        name = (
            fk.en_first(upper=False)
            + " "
            + (surname if rng.random() < 0.7 else fk.en_name().split()[-1])
        )
        carers.append(name)
        carers_rows = (
            (
                ("Name", [S(name, "name")]),
                ("Relationship", [S(rel, "other")]),
                ("Mobile", [S(fk.uk_phone(), "phone")]),
            ),
            (
                ("Email", [S(fk.email(name), "email")]),
                ("Employer", [S(rng.choice(EN_EMPLOYERS), "other")]),
            ),
        )
        y = corner_rows(p, m, right, y, carers_rows, h, hand, drop=18)
    y = _band(p, m, right, y + 20 * s, "3  Emergency contacts (not the parents)")
    for rel in rng.sample(EN_RELATIONS[3:], 2):
        name = fk.en_name()
        y = corner_rows(
            p,
            m,
            right,
            y,
            (
                (
                    ("Name", [S(name, "name")]),
                    ("Relationship", [S(rel, "other")]),
                    ("Phone", [S(fk.uk_phone(), "phone")]),
                ),
            ),
            h,
            hand,
            drop=18,
        )
    y = _band(p, m, right, y + 20 * s, "4  Health")
    surgery, phone = rng.choice(EN_SURGERIES)
    gp = [S("Dr ", "other"), S(fk.en_name().split()[-1], "name")]
    health = (
        (
            ("GP", gp),
            ("Surgery", [S(surgery, "other")]),
            ("Surgery phone", [Span(phone, "shop_phone", None)]),
        ),
        (
            ("Allergies / medical needs", [S(rng.choice(EN_ALLERGIES), "other")]),
            ("Diet", [S(rng.choice(EN_DIETS), "other")]),
        ),
    )
    y = corner_rows(p, m, right, y, health, h, hand, drop=18)
    y = _band(p, m, right, y + 20 * s, "5  Collection")
    word = rng.choice(EN_PASSWORDS)
    y = corner_rows(
        p,
        m,
        right,
        y,
        (
            (
                ("Collection password", [S(word, "id_number")]),
                (
                    "Sessions",
                    [
                        S(
                            rng.choice(
                                ("Mon-Fri full days", "Mon, Wed, Fri mornings", "15 funded hours")
                            ),
                            "other",
                        )
                    ],
                ),
            ),
        ),
        h,
        hand,
        drop=18,
    )
    y += 40 * s
    x = m
    for opt in ("Photos for learning journal", "Sun cream", "Local walks"):
        x = tick_box(p, x, y, opt, rng.random() < 0.8, p.font(16)) + 30 * s
    y = (
        word_wrap(p, m, y + 40 * s, [S(EN_CONSENT, "footer")], p.font(14), right - m, 21 * s)
        + 24 * s
    )
    f = p.font(16)
    signer = rng.choice(carers)
    x = c.line(m, y, [S("Signed (parent/carer):", "label")], f) + 10 * s
    handwritten(
        p, x, y, [S(signer.split()[-1] if rng.random() < 0.5 else signer, "name")], 30, cjk=False
    )
    x = c.line(c.width * 0.55, y, [S("Print name:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(signer.upper(), "name")], 24, cjk=False, width=right - x)
    return _finish(c, y, m // 2, pad=24 * s)


def es_matricula(rng: random.Random, fk: KinFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1180), 1.7, cjk=False, base=1100, margin=0.06)
    s = p.s
    y = m + 34 * s
    c.text(m, y, rng.choice(ES_SCHOOLS), p.font(22, bold=True), "shop")
    y += 44 * s
    c.text(
        m,
        y,
        f"SOLICITUD DE MATRÍCULA - CURSO {rng.choice(('2026-2027', '2026/27'))}",
        p.font(25, bold=True),
        "label",
    )
    hand, h = rng.random() < 0.75, 66 * s
    father, mother = fk.eu_name("es"), fk.eu_name("es")
    s1, s2 = first_surname(father), first_surname(mother)
    town = rng.choice(ES_TOWNS)
    kid = (
        (
            ("Primer apellido", [S(s1, "name")]),
            ("Segundo apellido", [S(s2, "name")]),
            (
                "Nombre",
                [S(rng.choice(("Lucía", "Martín", "Daniela", "Hugo", "Vera", "Leo")), "name")],
            ),
        ),
        (
            (
                "Fecha de nacimiento",
                [
                    S(
                        f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2023, 2025)}",
                        "id_number",
                    )
                ],
            ),
            ("Sexo", [S(rng.choice(("Niña", "Niño", "M", "H")), "other")]),
            (
                "Nacionalidad",
                [S(rng.choice(("Española", "Española", "Rumana", "Marroquí")), "other")],
            ),
        ),
    )
    y = _band(p, m, right, y + 24 * s, "1. DATOS DEL NIÑO/A")
    y = corner_rows(p, m, right, y, kid, h, hand, drop=20)
    y = _band(p, m, right, y + 20 * s, "2. DOMICILIO FAMILIAR")
    home = (
        (
            ("Calle / Plaza", [S(rng.choice(ES_STREETS), "address")]),
            ("Nº", [S(str(rng.randint(1, 140)), "address")]),
            ("Piso", [S(f"{rng.randint(1, 8)}º", "door")]),
            ("Puerta", [S(rng.choice(("A", "B", "C", "D", "Izda.", "Dcha.")), "door")]),
        ),
        (
            ("C.P.", [S(f"{fk.digits(5, True)}", "address")]),
            ("Localidad", [S(town, "address")]),
            (
                "Teléfono fijo",
                [S(f"9{fk.digits(2)} {fk.digits(3)} {fk.digits(3)}", "phone")]
                if rng.random() < 0.5
                else [],
            ),
        ),
    )
    y = corner_rows(p, m, right, y, home, h, hand, drop=20)
    y = _band(p, m, right, y + 20 * s, "3. DATOS DE LOS TUTORES LEGALES")
    for name in (father, mother):
        idn = fk.dni() if rng.random() < 0.75 else fk.nie()
        rows = (
            (("Nombre y apellidos", [S(name, "name")]), ("DNI/NIE", [S(idn, "id_number")])),
            (
                ("Teléfono", [S(fk.eu_phone("es"), "phone")]),
                ("Correo electrónico", [S(fk.eu_email(name), "email")]),
                ("Profesión", [S(rng.choice(ES_JOBS), "other")]),
            ),
        )
        y = corner_rows(p, m, right, y, rows, h, hand, drop=20)
    y = _band(p, m, right, y + 20 * s, "4. PERSONAS AUTORIZADAS PARA RECOGER AL NIÑO/A")
    heads = ("Nombre y apellidos", "DNI/NIE", "Parentesco", "Teléfono")
    rows = [[label_cell(t) for t in heads]]
    for rel in rng.sample(ES_RELATIONS, rng.randint(1, 3)):
        cells = (
            (fk.eu_name("es"), "name"),
            (fk.dni(), "id_number"),
            (rel, "other"),
            (fk.eu_phone("es"), "phone"),
        )
        rows.append([Cell.of(t, k, hand=hand, align="c") for t, k in cells])
    w = right - m
    y = table(
        p,
        m,
        y,
        [w * 0.38, w * 0.2, w * 0.17, w * 0.25],
        rows,
        46 * s,
        p.font(16),
        cjk=False,
        hand_px=24,
        line=1,
    )
    y = _band(p, m, right, y + 20 * s, "5. SALUD")
    y = corner_rows(
        p,
        m,
        right,
        y,
        (
            (
                ("Alergias / intolerancias", [S(rng.choice(ES_HEALTH), "other")]),
                (
                    "Observaciones",
                    [S(rng.choice(("Ninguna", "Usa chupete", "Dieta sin cerdo")), "other")],
                ),
            ),
        ),
        h,
        hand,
        drop=16,
    )
    y = word_wrap(p, m, y + 34 * s, [S(ES_DECLARE, "footer")], p.font(14), w, 21 * s) + 16 * s
    f = p.font(16)
    date = f"{rng.randint(1, 28)} de {rng.choice(('abril', 'mayo', 'junio'))} de 2026"
    c.line(m, y, [S(f"En {town}, a {date}", "footer")], f)
    y += 50 * s
    for k, name in enumerate((father, mother)):
        x = m + k * w / 2
        c.text(x, y, f"Firma tutor/a {k + 1}", f, "label")
        handwritten(p, x + 20 * s, y + 44 * s, [S(first_surname(name), "name")], 30, cjk=False)
    return _finish(c, y + 44 * s, m // 2, pad=24 * s)
