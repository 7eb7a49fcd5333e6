"""An English hardship bursary application and a Spanish solicitud de beca for
:mod:`synth.layouts_scholarship`.

Personal: the student, parents or guardians, the referee and the family members
(``name``), student IDs, dates of birth, DNI/NIE numbers (with their check letter)
and the IBAN (``id_number``), term-time and home addresses with the flat or piso,
phones and e-mails. Ordinary: universities, courses, years, relations, occupations,
income bands, referees' posts, declarations, towns in "En <town>, a <date>" and dates.
"""

from __future__ import annotations

import random
import unicodedata

from .day_first import day_first
from .fakedata_money import MoneyFaker, _with_check_digits
from .formkit import Cell, handwritten, sheet, table
from .formkit_blanks import corner_rows, tick_box
from .formkit_fill import ruled_entry, template_spans
from .formkit_marks import word_wrap
from .formkit_slips import label_cell
from .kit import S, _finish, hand_font, joined_address, street_spans
from .render import Canvas
from .scholarship_words import (
    EN_COURSES,
    EN_INCOMES,
    EN_JOBS,
    EN_REFEREES,
    EN_RELATIONS,
    EN_STATEMENT,
    EN_UNIS,
    ES_DECLARE,
    ES_JOBS,
    ES_RELATIONS,
    ES_STUDIES,
    ES_TOWNS,
    ES_UNIS,
)

_GREY = (225, 225, 225)
_DNI = "TRWAGMYFPDXBNJZSQVHLCKE"
_CCC_WEIGHTS = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)


def _dob(rng: random.Random, lo: int, hi: int) -> str:
    return f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(lo, hi)}"


def _section(p, m: float, right: float, y: float, title: str) -> float:
    p.c.draw.rectangle([m, y, right, y + 34 * p.s], fill=_GREY)
    p.c.text(m + 10 * p.s, y + 25 * p.s, title, p.font(17, bold=True), "label")
    return y + 34 * p.s


def en_bursary(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1180), 1.75, cjk=False, base=1100, margin=0.06)
    s = p.s
    uni = rng.choice(EN_UNIS)
    y = m + 34 * s
    c.text(m, y, uni, p.font(22, bold=True), "shop")
    y += 44 * s
    c.text(
        m,
        y,
        f"Hardship Bursary Application {rng.choice(('2025/26', '2026/27'))}",
        p.font(27, bold=True),
        "label",
    )
    y += 30 * s
    c.text(m, y, "Please complete in black ink and BLOCK CAPITALS.", p.font(15), "footer")
    y += 20 * s
    hand = rng.random() < 0.7
    name = fk.en_name(upper=hand)
    first, last = name.split()[0], name.split()[-1]
    term1, term2 = fk.uk_address()
    home1, home2 = fk.uk_address()
    domain = (uni.split()[-1] if uni.startswith("University") else uni.split()[0]).lower()
    mail = f"{first[0].lower()}.{last.lower()}{fk.digits(2)}@student.{domain}.example.ac.uk"
    y = _section(p, m, right, y, "1. Your details")
    rows = [
        [
            ("Full name", [S(name, "name")]),
            ("Student ID number", [S(fk.digits(8, True), "id_number")]),
        ],
        [
            ("Date of birth", [S(_dob(rng, 1996, 2007), "id_number")]),
            ("Course", [S(rng.choice(EN_COURSES), "other")]),
            ("Year", [S(str(rng.randint(1, 4)), "other")]),
        ],
        [("Term-time address", joined_address([term1, term2]))],
        [
            (
                "Home address (if different)",
                joined_address([home1, home2]) if rng.random() < 0.7 else [],
            )
        ],
        [("Mobile", [S(fk.uk_phone(), "phone")]), ("University email", [S(mail, "email")])],
    ]
    y = corner_rows(p, m, right, y, rows, 72 * s, hand) + 16 * s
    y = _section(p, m, right, y, "2. Your household")
    heads = ("Parent / guardian name", "Relationship", "Occupation")
    members = [[label_cell(h) for h in heads]]
    carers = []
    for relation in rng.sample(EN_RELATIONS, rng.randint(1, 2)):
        carer = fk.en_name(upper=hand)
        if relation in ("Father", "Stepfather", "Mother") and rng.random() < 0.6:
            carer = f"{carer.split()[0]} {last}"
        carers.append((relation, carer))
        members.append(
            [
                Cell.of(carer, "name", hand=hand),
                Cell.of(relation, "other", hand=hand),
                Cell.of(rng.choice(EN_JOBS), "other", hand=hand),
            ]
        )
    w = right - m
    y = (
        table(
            p,
            m,
            y,
            [w * 0.45, w * 0.22, w * 0.33],
            members,
            46 * s,
            p.font(16),
            cjk=False,
            hand_px=26,
        )
        + 40 * s
    )
    f = p.font(16)
    x = c.line(m, y, [S("Household income: ", "label")], f) + 10 * s
    band = rng.choice(EN_INCOMES)
    for option in EN_INCOMES:
        x = tick_box(p, x, y, option, option == band, f) + 18 * s
    y += 40 * s
    y = _section(p, m, right, y, "3. Personal statement") + 40 * s
    relation, carer = carers[0]
    parts = {
        "kin": (relation.lower(), "footer"),
        "carer": (carer.title() if hand else carer, "name"),
        "pron": ("her" if relation in ("Mother", "Grandmother", "Aunt") else "his", "footer"),
    }
    spans = template_spans(EN_STATEMENT, parts)
    if hand:
        y = word_wrap(
            p, m, y, spans, hand_font(p, 25, cjk=False), right - m, 38 * s, fill=(25, 35, 120)
        )
    else:
        y = word_wrap(p, m, y, spans, p.font(17), right - m, 28 * s)
    y += 10 * s
    y = _section(p, m, right, y, "4. Referee")
    ref = fk.en_name()
    rows = [
        [("Referee name", [S(ref, "name")]), ("Position", [S(rng.choice(EN_REFEREES), "other")])],
        [("Email", [S(fk.email(ref), "email")]), ("Phone", [S(fk.uk_phone(), "phone")])],
    ]
    y = corner_rows(p, m, right, y, rows, 72 * s, hand) + 40 * s
    y = (
        word_wrap(
            p,
            m,
            y,
            [S("I declare that the information given is true and complete.", "footer")],
            f,
            right - m,
            24 * s,
        )
        + 20 * s
    )
    x = c.line(m, y, [S("Signed", "label")], f) + 14 * s
    handwritten(p, x, y, [S(f"{first[0]}. {last.title()}", "name")], 32, cjk=False)
    c.line(right - 250 * s, y, [S("Date ", "label"), S(day_first(fk.date()), "date")], f)
    return _finish(c, y, m // 2, pad=16 * s)


def _ascii(name: str) -> str:
    """Íñigo Ibáñez -> Inigo Ibanez, as an e-mail address spells a name."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _dni(fk: MoneyFaker) -> str:
    """A DNI (eight digits and their check letter) or now and then an NIE."""
    if fk.r.random() < 0.15:
        lead = fk.r.randrange(3)
        body = fk.digits(7)
        return "XYZ"[lead] + body + _DNI[int(f"{lead}{body}") % 23]
    body = fk.digits(8, True)
    return body + _DNI[int(body) % 23]


def _es_iban(fk: MoneyFaker) -> str:
    """ES + check digits + bank, branch, the two CCC control digits and the account."""
    bank, branch, account = fk.digits(4, True), fk.digits(4), fk.digits(10)

    def control(ten: str) -> str:
        d = 11 - sum(int(ch) * k for ch, k in zip(ten, _CCC_WEIGHTS, strict=True)) % 11
        return str({10: 1, 11: 0}.get(d, d))

    raw = _with_check_digits(
        "ES", bank + branch + control("00" + bank + branch) + control(account) + account
    )
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def es_beca(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1180), 1.65, cjk=False, base=1100, margin=0.07)
    s = p.s
    y = m + 34 * s
    c.text(m, y, rng.choice(ES_UNIS), p.font(22, bold=True), "shop")
    y += 44 * s
    c.text(
        m,
        y,
        f"Solicitud de beca - Curso {rng.choice(('2025-2026', '2026-2027'))}",
        p.font(26, bold=True),
        "label",
    )
    y += 24 * s
    hand = rng.random() < 0.7
    full = fk.eu_name("es")
    first, surnames = full.split(" ", 1) if " " in full else (full, "")
    if full.startswith("María José"):
        first, surnames = "María José", full.split(" ", 2)[2]
    street, town = fk.eu_address("es")
    f = p.font(17)
    y = _section(p, m, right, y, "1. Datos de la persona solicitante") + 44 * s
    mid = (m + right) / 2
    pairs = [
        (("Apellidos", [S(surnames, "name")]), ("Nombre", [S(first, "name")])),
        (
            ("DNI/NIE", [S(_dni(fk), "id_number")]),
            ("Fecha de nacimiento", [S(_dob(rng, 1998, 2007), "id_number")]),
        ),
        (("Domicilio familiar", street_spans(street)), ("CP y localidad", [S(town, "address")])),
        (
            ("Teléfono", [S(fk.eu_phone("es"), "phone")]),
            ("Correo electrónico", [S(fk.email(_ascii(full)), "email")]),
        ),
    ]
    for left, other in pairs:
        ruled_entry(p, m, mid - 20 * s, y, left, hand, f)
        ruled_entry(p, mid + 10 * s, right, y, other, hand, f)
        y += 48 * s
    ruled_entry(
        p,
        m,
        right,
        y,
        (
            "Estudios",
            [S(rng.choice(ES_STUDIES), "other"), S(f", {rng.randint(1, 4)}º curso", "other")],
        ),
        hand,
        f,
    )
    y += 30 * s
    y = _section(p, m, right, y, "2. Miembros computables de la unidad familiar")
    heads = ("Parentesco", "Nombre y apellidos", "DNI/NIE", "Fecha nac.", "Situación")
    rows = [[label_cell(h) for h in heads]]
    family = surnames.split()[0] if surnames else ""
    for relation in rng.sample(ES_RELATIONS, rng.randint(2, 4)):
        member = fk.eu_name("es")
        if relation in ("Padre", "Hermano/a") and family:
            member = f"{member.split()[0]} {family} {member.split()[-1]}"
        young = relation == "Hermano/a"
        cells = [
            (relation, "other"),
            (member, "name"),
            (_dni(fk) if not young or rng.random() < 0.5 else "", "id_number"),
            (_dob(rng, 2008, 2016) if young else _dob(rng, 1940, 1980), "id_number"),
            (rng.choice(ES_JOBS), "other"),
        ]
        rows.append([Cell.of(t, k, hand=hand) for t, k in cells])
    w = right - m
    y = (
        table(
            p,
            m,
            y,
            [w * k for k in (0.14, 0.34, 0.18, 0.15, 0.19)],
            rows,
            46 * s,
            p.font(15),
            cjk=False,
            hand_px=24,
        )
        + 20 * s
    )
    y = _section(p, m, right, y, "3. Datos bancarios") + 44 * s
    ruled_entry(p, m, right, y, ("IBAN", [S(_es_iban(fk), "id_number")]), hand, f)
    y += 40 * s
    y = word_wrap(p, m, y, [S(ES_DECLARE, "footer")], p.font(15), right - m, 23 * s) + 30 * s
    place = f"En {rng.choice(ES_TOWNS)}, a {day_first(fk.date())}"
    c.text(m, y, place, f, "date")
    x = c.line(mid, y, [S("Firma:", "label")], f) + 14 * s
    handwritten(
        p, x, y + 4 * s, [S(f"{first.split()[0]} {surnames.split()[0]}", "name")], 32, cjk=False
    )
    return _finish(c, y, m // 2, pad=16 * s)
