"""An English school trip consent form and a French autorisation de sortie scolaire for
:mod:`synth.layouts_schooltrip`.

Personal: the pupil, the parent or carer, emergency contacts and the teacher in charge
(``name``; after Mr, Mrs, Ms, Mme only the name), dates of birth (``id_number``), the
home with its flat or appartement (``door``), phones. Ordinary: the visit, its date,
cost and transport, forms and classes, relationships, medical notes and medicines,
the town where the form is signed; the school's and the GP surgery's lines are
business data.
"""

from __future__ import annotations

import random

from .fakedata_consents import ConsentFaker
from .formkit import sheet, table
from .formkit_blanks import fill_in, tick_box
from .formkit_fill import ruled_entry
from .formkit_marks import word_wrap
from .formkit_slips import hand_cell, label_cell
from .kit import S, _finish, biz, joined_address, street_spans
from .render import Canvas, Span
from .schooltrip_words import (
    EN_FORMS,
    EN_GPS,
    EN_MEDICAL,
    EN_RELATIONS,
    EN_SCHOOLS,
    EN_TEXT,
    EN_TRIPS,
    FR_CLASSES,
    FR_SORTIES,
)


def en_form(rng: random.Random, fk: ConsentFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1200), 1.6, cjk=False, base=1100, margin=0.07)
    s, w = p.s, right - m
    school, office = rng.choice(EN_SCHOOLS)
    place, when, cost, transport = rng.choice(EN_TRIPS)
    y = m + 34 * s
    c.text(m, y, school, p.font(24, bold=True), "shop")
    c.line(right - 260 * s, y, [S("Office ", "footer"), biz(office, "shop_phone")], p.font(15))
    y += 56 * s
    c.text(m, y, "Educational Visit - Parental Consent Form", p.font(28, bold=True), "label")
    y += 48 * s
    f = p.font(18)
    lead = fk.en_name().split()[-1]
    for label, value in (
        ("Visit: ", [S(place, "other")]),
        ("Date: ", [S(when, "date")]),
        ("Cost: ", [S(f"{cost} by ParentPay", "price")]),
        ("Travel: ", [S(transport, "other")]),
        (
            "Visit leader: ",
            [S(rng.choice(("Mr ", "Mrs ", "Ms ", "Miss ")), "other"), S(lead, "name")],
        ),
    ):
        c.line(m, y, [S(label, "label"), *value], f)
        y += 30 * s
    y += 24 * s
    c.text(m, y, "Pupil details", p.font(20, bold=True), "label")
    y += 44 * s
    surname = fk.en_name().split()[-1]
    pupil = f"{fk.en_first(upper=False)} {surname}"
    parent = (
        f"{fk.en_first(upper=False)} {surname if rng.random() < 0.7 else fk.en_name().split()[-1]}"
    )
    fields = (
        ("Pupil's full name:", [S(pupil, "name")]),
        ("Form / class:", [S(rng.choice(EN_FORMS), "other")]),
        ("Date of birth:", [S(fk.born(2009, 2019, "dmy")[0], "id_number")]),
        ("Medical conditions / allergies:", [S(rng.choice(EN_MEDICAL), "other")]),
        ("Parent / carer name:", [S(parent, "name")]),
        ("Home address:", joined_address(fk.uk_block(), ", ")),
    )
    for field in fields:
        ruled_entry(p, m, right, y, field, True, f, hand_px=28)
        y += 48 * s
    y += 6 * s
    c.text(m, y, "Emergency contacts", p.font(20, bold=True), "label")
    rows = [[label_cell(h) for h in ("Name", "Relationship", "Telephone")]]
    for _ in range(2):
        rows.append(
            [
                hand_cell(fk.en_name(), "name"),
                hand_cell(rng.choice(EN_RELATIONS), "other"),
                hand_cell(fk.uk_phone(), "phone"),
            ]
        )
    y = (
        table(p, m, y + 14 * s, [w * 0.4, w * 0.25, w * 0.35], rows, 48 * s, p.font(16), cjk=False)
        + 40 * s
    )
    gp, gphone = rng.choice(EN_GPS)
    c.line(
        m,
        y,
        [
            S("GP surgery: ", "label"),
            S(gp, "shop"),
            S("  Tel ", "label"),
            biz(gphone, "shop_phone"),
        ],
        f,
    )
    y += 40 * s
    y = word_wrap(p, m, y, [S(EN_TEXT, "footer")], p.font(15), w, 24 * s) + 14 * s
    tick_box(p, m, y, "I give consent", rng.random() < 0.9, f)
    y += 50 * s
    ruled_entry(
        p,
        m,
        m + w * 0.55,
        y,
        ("Signed (parent/carer):", [S(parent.split()[0], "name")]),
        True,
        f,
        hand_px=30,
    )
    ruled_entry(
        p,
        m + w * 0.6,
        right,
        y,
        ("Date:", [S(f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/26", "date")]),
        True,
        f,
    )
    return _finish(c, y, m // 2, pad=24 * s)


def fr_autorisation(rng: random.Random, fk: ConsentFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1200), 1.3, cjk=False, base=1100, margin=0.08)
    s, w = p.s, right - m
    place, town = rng.choice(FR_SORTIES)
    y = m + 30 * s
    c.text(
        m,
        y,
        f"{rng.choice(('École élémentaire', 'École primaire', 'Collège'))} des Tilleuls - {town}",
        p.font(17, bold=True),
        "shop",
    )
    y += 80 * s
    c.text(
        c.width / 2,
        y,
        "AUTORISATION DE SORTIE SCOLAIRE",
        p.font(28, bold=True),
        "label",
        anchor="ms",
    )
    y += 80 * s
    f, hp, lh = p.font(19), 28, 58 * s
    parent = fk.eu_name("fr")
    child = f"{fk.eu_name('fr').split()[0]} {parent.split()[-1]}"
    street, pc_town = fk.eu_address("fr")
    day = f"{rng.choice(('lundi', 'mardi', 'jeudi', 'vendredi'))} {rng.randint(2, 28)} {rng.choice(('avril', 'mai', 'juin'))} 2026"

    def hand(spans: list[Span]) -> list[tuple[Span, bool]]:
        return [(sp, sp.category != "other") for sp in spans]

    lines: list[list[tuple[Span, bool]]] = [
        [(S("Je soussigné(e) ", "other"), False), (S(parent, "name"), True)],
        [(S("responsable légal de l'enfant ", "other"), False), (S(child, "name"), True)],
        [(S("en classe de ", "other"), False), (S(rng.choice(FR_CLASSES), "other"), True)],
        [(S("demeurant ", "other"), False), *hand([*street_spans(street, " ")])],
        [(S(pc_town, "address"), True)],
        [(S("téléphone : ", "other"), False), (S(fk.eu_phone("fr"), "phone"), True)],
        [(S(f"autorise mon enfant à participer à la sortie {place}", "other"), False)],
        [(S(f"le {day}, de 8h30 à 16h30, en car.", "other"), False)],
    ]
    for pieces in lines:
        fill_in(p, m, y, pieces, f, hand_px=hp, cjk=False)
        y += lh
    y += 20 * s
    fill_in(
        p,
        m,
        y,
        [
            (S("Fait à ", "other"), False),
            (S(town, "other"), True),
            (S(", le ", "other"), False),
            (S(f"{rng.randint(1, 28):02d}/03/2026", "date"), True),
        ],
        f,
        hand_px=hp,
        cjk=False,
    )
    y += lh
    fill_in(
        p,
        m + w * 0.45,
        y,
        [(S("Signature : ", "label"), False), (S(parent.split()[-1], "name"), True)],
        f,
        hand_px=32,
        cjk=False,
    )
    return _finish(c, y, m // 2, pad=30 * s)
