"""An English mooring licence application and a French contrat d'amodiation for
:mod:`synth.layouts_mooring`.

Personal: the owner, a joint owner and the harbourmaster or port officer (``name``), a
date of birth, the boat's index, SSR or French registration number, an insurance policy
and the licence's number (``id_number``), the home and its flat, phones and e-mails.
Ordinary: harbours, ports, boat names, types, lengths, moorings, pontoons, fees, dates,
declarations and articles; the harbour's own phone is business data.
"""

from __future__ import annotations

import random

from .fakedata_upkeep import UpkeepFaker
from .formkit import Cell, box_stamp, handwritten, sheet, table
from .formkit_blanks import corner_rows
from .formkit_fill import template_spans
from .formkit_marks import word_wrap
from .formkit_slips import label_cell
from .kit import S, _finish, joined_address, street_spans
from .mooring_words import (
    EN_BOATS,
    EN_DECLARATION,
    EN_HARBOURS,
    EN_INSURERS,
    EN_MOORINGS,
    EN_TYPES,
    FR_ARTICLES,
    FR_BOATS,
    FR_PONTOONS,
    FR_PORTS,
    FR_QUARTERS,
    FR_TYPES,
)
from .render import Canvas, Span


def en_application(rng: random.Random, fk: UpkeepFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1180), 1.6, cjk=False, base=1100, margin=0.06)
    s = p.s
    harbour, phone = rng.choice(EN_HARBOURS)
    y = m + 32 * s
    c.text(m, y, harbour, p.font(21, bold=True), "shop")
    y += 46 * s
    c.text(m, y, "Application for an Annual Mooring Licence", p.font(27, bold=True), "label")
    y += 30 * s
    c.text(m, y, "Please complete in BLOCK CAPITALS and return with the fee.", p.font(15), "footer")
    hand = rng.random() < 0.75
    h = (82 if hand else 66) * s
    first, last = fk.en_name(upper=hand).split(" ", 1)
    block = fk.uk_block()
    owner = (
        (
            ("Customer no.", [S(f"C{fk.digits(6, True)}", "id_number")]),
            ("Surname", [S(last, "name")]),
            ("Forenames", [S(first, "name")]),
        ),
        (
            ("Address", joined_address(block[:-1], "  " if hand else ", ")),
            ("Postcode", [S(t, k) for t, k in block[-1].segments]),
        ),
        (
            ("Home telephone", [S(fk.uk_phone(), "phone")] if rng.random() < 0.6 else []),
            ("Mobile", [S(fk.uk_phone(), "phone")]),
        ),
        (("Email", [S(fk.email(f"{first} {last}"), "email")]),),
    )
    boat = rng.choice(EN_BOATS)
    vessel = (
        (
            ("Name of vessel", [S(boat.upper() if hand else boat, "other")]),
            ("Type", [S(rng.choice(EN_TYPES), "other")]),
            ("Length overall (m)", [S(f"{rng.uniform(5.5, 17.5):.2f}", "other")]),
        ),
        (
            ("Index / SSR number", [S(fk.uk_boat_index(), "id_number")]),
            ("Hull colour", [S(rng.choice(("White", "Blue", "Green/cream", "Red")), "other")]),
        ),
        (
            ("Insurer", [S(rng.choice(EN_INSURERS), "other")]),
            ("Policy number", [S(fk.policy_no(), "id_number")]),
            ("Expiry", [S(f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2027", "date")]),
        ),
    )
    mooring = (
        (
            ("Mooring no.", [S(f"{rng.choice('ABCDKMT')}{rng.randint(1, 140)}", "other")]),
            ("Type of mooring", [S(rng.choice(EN_MOORINGS), "other")]),
            ("Period", [S(rng.choice(("12 months", "Summer (Apr-Sep)", "Winter")), "other")]),
        ),
    )
    if rng.random() < 0.4:
        mooring += (
            (
                ("Joint owner", [S(fk.en_name(upper=hand), "name")]),
                ("Joint owner's phone", [S(fk.uk_phone(), "phone")]),
            ),
        )
    for head, rows in (("1  Owner", owner), ("2  Vessel", vessel), ("3  Mooring", mooring)):
        y += 42 * s
        c.text(m, y, head, p.font(18, bold=True), "label")
        y = corner_rows(p, m, right, y + 10 * s, rows, h, hand, drop=24 if hand else 14)
    y += 30 * s
    y = word_wrap(p, m, y, [S(EN_DECLARATION, "footer")], p.font(14), right - m, 21 * s) + 20 * s
    f = p.font(16)
    x = c.line(m, y, [S("Signed:", "label")], f) + 10 * s
    sig = f"{first[0]}. {last.title()}" if rng.random() < 0.5 else last.title()
    handwritten(p, x, y, [S(sig, "name")], 32, cjk=False)
    c.line(
        c.width * 0.6,
        y,
        [S("Date: ", "label"), S(f"{rng.randint(1, 28):02d}/{rng.randint(1, 3):02d}/2026", "date")],
        f,
    )
    y += 40 * s
    top = y
    c.text(m + 10 * s, y + 30 * s, "FOR OFFICE USE", p.font(14, bold=True), "label")
    y += 70 * s
    x = c.line(
        m + 10 * s,
        y,
        [
            S("Licence no. ", "label"),
            S(f"ML/{rng.randint(24, 26)}/{fk.digits(4, True)}", "id_number"),
        ],
        f,
    )
    x = c.line(
        x + 30 * s, y, [S("Fee paid ", "label"), S(f"£{rng.randint(180, 1650)}.00", "price")], f
    )
    x = c.line(x + 30 * s, y, [S("Harbourmaster:", "label")], f) + 8 * s
    handwritten(p, x, y, [S(fk.upper(2), "name")], 26, cjk=False)
    c.box(m, top, right, y + 24 * s, width=1)
    y += 56 * s
    c.line(
        m,
        y,
        [S("Harbour Office ", "label"), Span(phone, "shop_phone", None), S("  VHF Ch 12", "other")],
        p.font(15),
    )
    return _finish(c, y, m // 2, pad=12 * s)


def fr_contract(rng: random.Random, fk: UpkeepFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1180), 1.45, cjk=False, base=1100, margin=0.08)
    s, w = p.s, right - m
    port, operator, phone = rng.choice(FR_PORTS)
    y = m + 32 * s
    c.text(m, y, operator, p.font(19, bold=True), "shop")
    c.line(
        right - 250 * s,
        y,
        [S("Capitainerie ", "label"), Span(phone, "shop_phone", None)],
        p.font(14),
    )
    y += 50 * s
    title = rng.choice(
        ("CONTRAT ANNUEL D'AMODIATION", "CONTRAT D'OCCUPATION D'UN POSTE D'AMARRAGE")
    )
    y = word_wrap(p, m, y, [S(title, "label")], p.font(23, bold=True), w, 32 * s)
    c.line(
        m,
        y,
        [
            S("N° ", "label"),
            S(f"{rng.randint(2025, 2026)}-{fk.digits(4)}", "other"),
            S(f"   {port}", "other"),
        ],
        p.font(16),
    )
    y += 44 * s
    name = fk.eu_name("fr")
    street, town = fk.eu_address("fr")
    woman = name.split()[0] in ("Amélie", "Céline", "Hélène", "Léa", "Maëlle")
    f = p.font(16)
    lead = [
        S("ENTRE ", "other"),
        S(operator, "shop"),
        S(", ci-après « le port », d'une part,", "other"),
    ]
    y = word_wrap(p, m, y, lead, f, w, 26 * s) + 8 * s
    parts = {
        "title": ("Mme " if woman else "M. ", "other"),
        "name": (name, "name"),
        "dob": (fk.born(1945, 1995, "dmy")[0], "id_number"),
        "phone": (fk.eu_phone("fr"), "phone"),
        "mail": (fk.eu_email(name), "email"),
    }
    born = "née" if woman else "né"
    head = template_spans(f"ET {{title}}{{name}}, {born} le {{dob}}, demeurant ", parts, "other")
    tail = template_spans(
        ", tél. {phone}, courriel {mail}, ci-après « le titulaire », d'autre part,", parts, "other"
    )
    spans = [*head, *street_spans(street), S(", ", "other"), S(town, "address"), *tail]
    y = word_wrap(p, m, y, spans, f, w, 26 * s) + 12 * s
    c.text(m, y, "IL A ÉTÉ CONVENU CE QUI SUIT :", p.font(16, bold=True), "label")
    y += 34 * s
    c.text(m, y, "Article 1 – Navire", p.font(16, bold=True), "label")
    y += 12 * s
    heads = ("Nom", "Type", "Immatriculation", "Longueur", "Largeur")
    loa = rng.uniform(6.0, 14.5)
    vals = [
        (rng.choice(FR_BOATS), "other"),
        (rng.choice(FR_TYPES), "other"),
        (fk.fr_boat_reg(rng.choice(FR_QUARTERS)), "id_number"),
        (f"{loa:.2f} m".replace(".", ","), "other"),
        (f"{loa * 0.33:.2f} m".replace(".", ","), "other"),
    ]
    rows = [[label_cell(t) for t in heads], [Cell.of(v, k, align="c") for v, k in vals]]
    y = (
        table(
            p,
            m,
            y,
            [w * k for k in (0.24, 0.22, 0.22, 0.16, 0.16)],
            rows,
            40 * s,
            p.font(15),
            cjk=False,
            line=1,
        )
        + 34 * s
    )
    c.text(m, y, "Article 2 – Poste attribué et redevance", p.font(16, bold=True), "label")
    y += 28 * s
    fee = f"{rng.randint(900, 4800):,},00 €".replace(",", " ", 1)
    berth = (
        f"Ponton {rng.choice(FR_PONTOONS)}, poste n° {rng.randint(1, 90)}, du 1er janvier au "
        f"31 décembre 2026. Redevance annuelle : {fee} TTC."
    )
    y = word_wrap(p, m, y, [S(berth, "footer")], f, w, 26 * s) + 10 * s
    for art in FR_ARTICLES:
        y = word_wrap(p, m, y, [S(art, "footer")], p.font(14), w, 22 * s) + 6 * s
    y += 20 * s
    c.line(
        m,
        y,
        [
            S(f"Fait à {town.split(' ', 1)[1]}, le ", "footer"),
            S(f"{rng.randint(1, 28):02d}/{rng.randint(1, 2):02d}/2026", "date"),
            S(", en deux exemplaires.", "footer"),
        ],
        f,
    )
    y += 44 * s
    half = m + w / 2
    c.text(m, y, "Le titulaire", f, "label")
    c.text(half, y, "Pour le port, le maître de port", f, "label")
    y += 40 * s
    handwritten(p, m + 10 * s, y, [S("Lu et approuvé", "other")], 24, cjk=False)
    box_stamp(p, half + 150 * s, y + 10 * s, (operator.upper(), "CAPITAINERIE"), 11)
    y += 52 * s
    handwritten(p, m + 20 * s, y, [S(name.split()[-1], "name")], 32, cjk=False)
    handwritten(p, half + 40 * s, y + 20 * s, [S(fk.eu_name("fr"), "name")], 26, cjk=False)
    return _finish(c, y + 20 * s, m // 2, pad=14 * s)
