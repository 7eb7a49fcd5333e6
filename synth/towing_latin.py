"""An English vehicle release form and a French procès-verbal de mise en fourrière for
:mod:`synth.layouts_towing`.

Personal: registered keepers, collectors, pound officers, propriétaires and agents
(``name``; after Mr, Mrs, M. or Mme only the name), registrations and immatriculations,
PCN numbers, a procès-verbal's number, driving licence numbers and an agent's matricule
(``id_number``), homes with their flat, appt or bât. (``door``), phones. Ordinary:
makes, colours, the street a car was removed from, contraventions and motifs, fees,
times, the vehicle's state, headings; a pound's or fourrière's address and phone are
business data.
"""

from __future__ import annotations

import random

from .fakedata_homes import HomeFaker
from .formkit import handwritten, sheet
from .formkit_blanks import corner_rows, tick_box
from .formkit_marks import word_wrap
from .kit import S, _finish, biz, joined_address, street_spans
from .render import Canvas, Span
from .towing_words import (
    EN_COLOURS,
    EN_CONTRAVENTIONS,
    EN_ID_SEEN,
    EN_MAKES,
    EN_POUNDS,
    EN_STREETS,
    FR_COLOURS,
    FR_MAKES,
    FR_MOTIFS,
    FR_PLACES,
    FR_POUNDS,
    FR_STATES,
)


def _head(c: Canvas, p, y: float, m: float, right: float, text: str) -> float:
    """A section heading over a rule."""
    c.text(m, y, text, p.font(17, bold=True), "label")
    c.hline(m, right, y + 8 * p.s, width=2)
    return y + 12 * p.s


def en_release(rng: random.Random, fk: HomeFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1150, 1200), 1.7, cjk=False, base=1150, margin=0.06)
    s = p.s
    pound, addr, phone = rng.choice(EN_POUNDS)
    hand = rng.random() < 0.65
    y = m + 30 * s
    c.text(m, y, pound, p.font(24, bold=True), "shop")
    y += 28 * s
    c.line(
        m,
        y,
        [biz(addr, "shop_address"), S("   Tel ", "label"), biz(phone, "shop_phone")],
        p.font(14),
    )
    y += 50 * s
    c.text(m, y, "VEHICLE RELEASE FORM", p.font(28, bold=True), "label")
    c.line(
        right - 250 * s, y, [S("Form no. ", "label"), S(fk.digits(6, True), "other")], p.font(15)
    )
    y += 30 * s
    y = _head(c, p, y, m, right, "Vehicle")
    day, mon = rng.randint(1, 27), rng.randint(1, 11)
    rows: list[list[tuple[str, list[Span]]]] = [
        [
            ("Registration", [S(fk.uk_plate(), "id_number")]),
            ("Make / model", [S(rng.choice(EN_MAKES), "other")]),
            ("Colour", [S(rng.choice(EN_COLOURS), "other")]),
        ],
        [
            ("Removed from", [S(rng.choice(EN_STREETS), "other")]),
            (
                "Date / time removed",
                [
                    S(
                        f"{day:02d}/{mon:02d}/2026 {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}",
                        "date",
                    )
                ],
            ),
        ],
        [
            ("PCN number", [S(fk.pcn_no(), "id_number")]),
            ("Contravention", [S(rng.choice(EN_CONTRAVENTIONS), "other")]),
        ],
    ]
    y = corner_rows(p, m, right, y + 6 * s, rows, 62 * s, hand) + 24 * s
    y = _head(c, p, y, m, right, "Registered keeper")
    keeper = fk.en_name()
    rows = [
        [("Name", [S(keeper, "name")]), ("Telephone", [S(fk.uk_phone(), "phone")])],
        [("Address", joined_address(fk.uk_block(), ", "))],
    ]
    y = corner_rows(p, m, right, y + 6 * s, rows, 62 * s, hand) + 24 * s
    y = _head(c, p, y, m, right, "Person collecting the vehicle")
    same = rng.random() < 0.6
    taker = keeper if same else fk.en_name()
    seen = rng.choice(EN_ID_SEEN)
    number = (
        fk.driving_licence(taker.split()[-1]) if seen == "Driving licence" else fk.digits(9, True)
    )
    rows = [
        [
            ("Name", [S(taker, "name")]),
            (
                "Relationship to keeper",
                [
                    S(
                        "Self" if same else rng.choice(("Spouse", "Son", "Daughter", "Employee")),
                        "other",
                    )
                ],
            ),
        ],
        [("ID seen", [S(seen, "other")]), ("Document number", [S(number, "id_number")])],
    ]
    y = corner_rows(p, m, right, y + 6 * s, rows, 62 * s, hand) + 24 * s
    y = _head(c, p, y, m, right, "Fees")
    days = rng.randint(0, 9)
    fee = [("Removal", 200), ("Storage", 20 * days), ("Release fee paid", 200 + 20 * days)]
    y += 34 * s
    for label, amount in fee:
        c.line(m + 10 * s, y, [S(label, "label")], p.font(16))
        c.text(m + 420 * s, y, f"£{amount:.2f}", p.font(16), "price", anchor="rs")
        y += 30 * s
    x = m + 500 * s
    tick_box(p, x, y - 60 * s, "Card", rng.random() < 0.7, p.font(16))
    tick_box(p, x + 120 * s, y - 60 * s, "Cash", False, p.font(16))
    y += 40 * s
    x = c.line(m, y, [S("Signed (collector) ", "label")], p.font(15)) + 8 * s
    handwritten(p, x, y, [S(taker, "name")], 30, cjk=False)
    x = c.line(m + (right - m) * 0.55, y, [S("Pound officer ", "label")], p.font(15)) + 8 * s
    handwritten(p, x, y, [S(fk.en_name().split()[0], "name")], 28, cjk=False)
    return _finish(c, y, m, pad=20 * s)


def fr_fourriere(rng: random.Random, fk: HomeFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1150, 1200), 1.6, cjk=False, base=1150, margin=0.06)
    s, w = p.s, right - m
    pound, addr, phone = rng.choice(FR_POUNDS)
    hand = rng.random() < 0.7
    y = m + 30 * s
    c.text(m, y, "RÉPUBLIQUE FRANÇAISE", p.font(15, bold=True), "other")
    c.line(right - 300 * s, y, [S("N° ", "label"), S(fk.fr_pv_no(), "id_number")], p.font(16))
    y += 50 * s
    c.text(
        c.width / 2,
        y,
        "PROCÈS-VERBAL DE MISE EN FOURRIÈRE",
        p.font(26, bold=True),
        "label",
        anchor="ms",
    )
    y += 30 * s
    y = _head(c, p, y, m, right, "Véhicule")
    rows: list[list[tuple[str, list[Span]]]] = [
        [
            ("Immatriculation", [S(fk.fr_plate(), "id_number")]),
            ("Marque / modèle", [S(rng.choice(FR_MAKES), "other")]),
            ("Couleur", [S(rng.choice(FR_COLOURS), "other")]),
        ],
        [
            ("Lieu de l'infraction", [S(rng.choice(FR_PLACES), "other")]),
            (
                "Date et heure",
                [
                    S(
                        f"{rng.randint(1, 28):02d}/{rng.randint(1, 11):02d}/2026 à {rng.randint(7, 22)}h{rng.randint(0, 59):02d}",
                        "date",
                    )
                ],
            ),
        ],
        [("Motif", [S(rng.choice(FR_MOTIFS), "other")])],
        [
            ("État du véhicule", [S(rng.choice(FR_STATES), "other")]),
            ("Numéro VIN", [S(fk.vin(), "id_number")]),
        ],
    ]
    y = corner_rows(p, m, right, y + 6 * s, rows, 62 * s, hand) + 24 * s
    y = _head(c, p, y, m, right, "Propriétaire ou titulaire du certificat d'immatriculation")
    name = fk.eu_name("fr")
    first, last = name.split(" ", 1)
    street, town = fk.eu_address("fr")
    home: list[Span] = [*street_spans(street, ", "), S(", ", "other"), S(town, "address")]
    rows = [
        [("Nom", [S(last.upper(), "name")]), ("Prénom", [S(first, "name")])],
        [("Demeurant", home)],
    ]
    if rng.random() < 0.5:
        rows[0].append(("Téléphone", [S(fk.eu_phone("fr"), "phone")]))
    y = corner_rows(p, m, right, y + 6 * s, rows, 62 * s, hand) + 30 * s
    text = [
        S("Le véhicule a été enlevé et placé à la ", "other"),
        S(pound, "shop"),
        S(", ", "other"),
        biz(addr, "shop_address"),
        S(" (tél. ", "other"),
        biz(phone, "shop_phone"),
        S(
            "). Il ne pourra être restitué qu'après paiement des frais d'enlèvement et de garde, sur présentation du permis de conduire, de l'attestation d'assurance et de la mainlevée.",
            "other",
        ),
    ]
    y = word_wrap(p, m, y, text, p.font(15), w, 24 * s) + 40 * s
    agent = fk.eu_name("fr")
    x = c.line(m, y, [S("L'agent verbalisateur : ", "label")], p.font(16)) + 6 * s
    end = handwritten(p, x, y, [S(agent.split()[-1], "name")], 30, cjk=False)
    c.line(end + 30 * s, y, [S("Matricule ", "label"), S(fk.police_no(), "id_number")], p.font(16))
    return _finish(c, y, m, pad=20 * s)
