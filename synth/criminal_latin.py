"""An English basic criminal record certificate and a Spanish certificado de
antecedentes penales for :mod:`synth.layouts_criminal`.

Personal: the applicant and the other names they used, the Spanish parents named in
"hijo/a de ... y de ..." (``name``; after D./Dña. only the name), the certificate
number, the date of birth, DNI or NIE (``id_number``), the address with its flat
(``door``), the código seguro de verificación and its QR (``code``: it opens the one
person's certificate online). Ordinary: place of birth, position and employer, "NONE
RECORDED", "NO CONSTAN ANTECEDENTES", the purpose, the Act and the decree; an issuing
service's address and line are business data.
"""

from __future__ import annotations

import random

from .criminal_words import (
    EN_BIRTHPLACES,
    EN_ISSUERS,
    EN_POSITIONS,
    EN_TEXT,
    ES_FATHERS,
    ES_MOTHERS,
    ES_PURPOSES,
    ES_TEXT,
    ES_TOWNS,
)
from .fakedata_consents import ConsentFaker
from .formkit import sheet
from .formkit_blanks import corner_rows
from .formkit_fill import template_spans
from .formkit_marks import word_wrap
from .kit import EN_MONTHS, S, _finish, biz, joined_address, street_spans
from .render import Canvas

_ES_MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)


def en_certificate(rng: random.Random, fk: ConsentFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1200), 1.45, cjk=False, base=1100, margin=0.06)
    s, w = p.s, right - m
    issuer, iaddr, iphone = rng.choice(EN_ISSUERS)
    y = m + 36 * s
    c.text(m, y, issuer, p.font(20, bold=True), "shop")
    y += 56 * s
    c.text(
        m,
        y,
        rng.choice(("Basic Certificate", "Police Certificate", "Basic Disclosure")),
        p.font(34, bold=True),
        "label",
    )
    y += 24 * s
    first, last = fk.en_name().rsplit(" ", 1)
    other = fk.en_name().rsplit(" ", 1)[1].upper() if rng.random() < 0.4 else "NONE DECLARED"
    day = f"{rng.randint(1, 28):02d} {rng.choice(EN_MONTHS)[:3].upper()} 2026"
    role, employer = rng.choice(EN_POSITIONS)
    block = fk.uk_block()
    rows = [
        [
            ("Certificate Number", [S(fk.uk_check_no(), "id_number")]),
            ("Date of Issue", [S(day, "date")]),
        ],
        [("Surname", [S(last.upper(), "name")]), ("Forename(s)", [S(first.upper(), "name")])],
        [
            ("Other Names", [S(other, "name" if other != "NONE DECLARED" else "other")]),
            ("Date of Birth", [S(fk.born(1950, 2007, "dmy")[0], "id_number")]),
        ],
        [
            ("Place of Birth", [S(rng.choice(EN_BIRTHPLACES).upper(), "other")]),
            ("Gender", [S(rng.choice(("MALE", "FEMALE")), "other")]),
        ],
        [("Current Address", joined_address(block, ", "))],
        [
            ("Position Applied For", [S(role.upper(), "other")]),
            ("Name of Employer", [S(employer.upper(), "other")]),
        ],
    ]
    y = corner_rows(p, m, right, y, rows, 70 * s, False) + 40 * s
    c.text(m, y, "Police Records of Convictions", p.font(18, bold=True), "label")
    c.text(m + w * 0.55, y, "NONE RECORDED", p.font(22, bold=True), "other")
    y += 50 * s
    y = word_wrap(p, m, y, [S(EN_TEXT, "footer")], p.font(15), w, 24 * s) + 20 * s
    c.line(
        m,
        y,
        [
            S("If you think this certificate is wrong, contact us at ", "footer"),
            biz(iaddr, "shop_address"),
        ],
        p.font(14),
    )
    y += 24 * s
    c.line(m, y, [S("or call ", "footer"), biz(iphone, "shop_phone")], p.font(14))
    return _finish(c, y, m // 2, pad=20 * s)


def es_certificado(rng: random.Random, fk: ConsentFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1200), 1.45, cjk=False, base=1100, margin=0.08)
    s, w = p.s, right - m
    y = m + 30 * s
    c.text(m, y, "MINISTERIO DE JUSTICIA", p.font(18, bold=True), "shop")
    y += 28 * s
    c.text(m, y, "Registro Central de Penados", p.font(16), "shop")
    y += 80 * s
    c.text(
        c.width / 2,
        y,
        "CERTIFICADO DE ANTECEDENTES PENALES",
        p.font(28, bold=True),
        "label",
        anchor="ms",
    )
    y += 70 * s
    woman = rng.random() < 0.5
    name = fk.eu_name("es")
    doc = fk.dni() if rng.random() < 0.7 else fk.nie()
    kind = "DNI" if doc[0].isdigit() else "NIE"
    dob = fk.born(1950, 2007, "dmy")[0]
    town = rng.choice(ES_TOWNS)
    text = (
        f"{'Dña.' if woman else 'D.'} {{name}}, con {kind} {{doc}}, {'hija' if woman else 'hijo'} "
        f"de {{father}} y de {{mother}}, {'nacida' if woman else 'nacido'} el {{dob}} en {town}."
    )
    parts = {
        "name": (name, "name"),
        "doc": (doc, "id_number"),
        "dob": (dob, "id_number"),
        "father": (rng.choice(ES_FATHERS), "name"),
        "mother": (rng.choice(ES_MOTHERS), "name"),
    }
    f, lh = p.font(20), 32 * s
    y = word_wrap(p, m, y, template_spans(text, parts, "other"), f, w, lh) + 20 * s
    if rng.random() < 0.5:
        street, pc_town = fk.eu_address("es")
        spans = [
            S("Domicilio: ", "label"),
            *street_spans(street),
            S(", ", "other"),
            S(pc_town, "address"),
        ]
        y = word_wrap(p, m, y, spans, f, w, lh) + 20 * s
    c.text(m, y, "CERTIFICO:", p.font(20, bold=True), "label")
    y += 40 * s
    y = (
        word_wrap(
            p,
            m,
            y,
            [
                S("Que en el Registro Central de Penados ", "other"),
                S("NO CONSTAN ANTECEDENTES PENALES", "other"),
                S(" a nombre de la persona arriba indicada.", "other"),
            ],
            f,
            w,
            lh,
        )
        + 16 * s
    )
    y = (
        word_wrap(
            p, m, y, [S("Finalidad: ", "label"), S(rng.choice(ES_PURPOSES), "other")], f, w, lh
        )
        + 16 * s
    )
    y = word_wrap(p, m, y, [S(ES_TEXT, "footer")], p.font(15), w, 24 * s) + 30 * s
    c.text(m, y, f"Madrid, a {rng.randint(1, 28)} de {rng.choice(_ES_MONTHS)} de 2026", f, "date")
    y += 60 * s
    csv = fk.es_csv()
    q = int(150 * s)
    c.qr(int(right - q), int(y - 30 * s), f"https://sede.example/csv/{csv}", size=q)
    c.line(
        m,
        y + 40 * s,
        [S("Código Seguro de Verificación (CSV): ", "label"), S(csv, "code")],
        p.font(16),
    )
    c.text(m, y + 70 * s, "Validez: tres meses desde la fecha de expedición.", p.font(14), "footer")
    return _finish(c, y + q, m // 2, pad=20 * s)
