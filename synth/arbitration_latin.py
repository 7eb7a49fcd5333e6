"""An English employment tribunal claim form (ET1) and an Italian richiesta di
tentativo di conciliazione for :mod:`synth.layouts_arbitration`.

Personal: the claimant, the manager, a colleague and the lawyer (``name``), dates of
birth and the codice fiscale (``id_number``), the home and flat, phones and e-mails.
Ordinary: employers and their addresses, ACAS numbers, jobs, pay, claims, dates, bodies.
"""

from __future__ import annotations

import random

from .arbitration_words import (
    EN_FACTS,
    EN_FIRMS,
    EN_JOBS,
    IT_BODIES,
    IT_CLAIMS,
    IT_FIRMS,
    IT_JOBS,
)
from .fakedata_money import MoneyFaker
from .formkit import handwritten, sheet
from .formkit_fill import ruled_entry, template_spans
from .formkit_marks import word_wrap
from .kit import Pen, S, _finish, hand_font, joined_address
from .layouts_viewing import _codice_fiscale
from .render import Canvas, Span
from .transit_words import IT_FIRST, IT_LAST, IT_STREETS, IT_TOWNS


def _en_claim(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1180), 1.7, cjk=False, base=1100, margin=0.07)
    s = p.s
    y = m + 34 * s
    c.text(m, y, "Employment Tribunal", p.font(18), "shop")
    y += 40 * s
    c.text(m, y, "Claim form (ET1)", p.font(30, bold=True), "label")
    y += 46 * s
    hand = rng.random() < 0.5
    f = p.font(17)
    first, surname = fk.en_name().split(" ", 1)
    firm, firm_addr = rng.choice(EN_FIRMS)
    sections = (
        (
            "2  Claimant's details",
            (
                ("2.1 First name", [S(first, "name")]),
                ("2.2 Surname", [S(surname, "name")]),
                ("2.3 Date of birth", [S(fk.dob("dmy"), "id_number")]),
                ("2.4 Address", joined_address(fk.uk_block())),
                ("2.5 Phone number", [S(fk.uk_phone(), "phone")]),
                ("2.6 Email", [S(fk.email(f"{first} {surname}"), "email")]),
            ),
        ),
        (
            "3  Respondent's details",
            (
                ("3.1 Name of employer", [S(firm, "other")]),
                ("3.2 Address", [S(firm_addr, "other")]),
                ("3.3 ACAS certificate number", [S(f"R{fk.digits(6)}/26/{fk.digits(2)}", "other")]),
            ),
        ),
        (
            "5  Employment details",
            (
                (
                    "5.1 Employment start date",
                    [
                        S(
                            f"{rng.randint(1, 28):02d}/0{rng.randint(1, 9)}/20"
                            f"{rng.randint(15, 23)}",
                            "date",
                        )
                    ],
                ),
                ("5.2 Job title", [S(rng.choice(EN_JOBS), "other")]),
                ("6.2 Pay before tax", [S(f"£{rng.randint(1600, 3200):,} per month", "price")]),
            ),
        ),
    )
    for head, fields in sections:
        c.draw.rectangle([m, y - 24 * s, right, y + 8 * s], fill=(220, 226, 236))
        c.text(m + 8 * s, y, head, p.font(18, bold=True), "label")
        y += 48 * s
        for field in fields:
            ruled_entry(p, m, right, y, field, hand, f)
            y += 46 * s
        y += 10 * s
    c.draw.rectangle([m, y - 24 * s, right, y + 8 * s], fill=(220, 226, 236))
    c.text(m + 8 * s, y, "8.2  Details of your claim", p.font(18, bold=True), "label")
    y += 40 * s
    boss = fk.en_name()
    parts = {
        "start": (f"{rng.randint(1, 28)} March 20{rng.randint(15, 23)}", "date"),
        "end": (f"{rng.randint(1, 28)} August 2026", "date"),
        "day": (f"{rng.randint(1, 28)} July 2026", "date"),
        "boss": (boss, "name"),
        "mate": (fk.en_first(upper=False), "name"),
    }
    body = template_spans(rng.choice(EN_FACTS), parts)
    top = y - 16 * s
    if hand:
        y = _hand_prose(p, m + 12 * s, y + 14 * s, body, right - m - 24 * s)
    else:
        y = word_wrap(p, m + 12 * s, y + 10 * s, body, f, right - m - 24 * s, 28 * s)
    bottom = max(y + 10 * s, top + 220 * s)
    c.box(m, top, right, bottom, width=1)
    return _finish(c, bottom, m // 2, pad=10 * s)


def _hand_prose(p: Pen, x: float, y: float, body: list[Span], width: float) -> float:
    """Prose written by hand in the claim box, broken between words."""
    return word_wrap(
        p, x, y, body, hand_font(p, 26, cjk=False), width, 42 * p.s, fill=(25, 35, 120)
    )


def _it_ricorso(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1180), 1.45, cjk=False, base=1100, margin=0.08)
    s = p.s
    w = right - m
    y = m + 34 * s
    body_name = rng.choice(IT_BODIES)
    c.text(right - 460 * s, y, "Spett.le", p.font(17), "other")
    y += 28 * s
    y = word_wrap(p, right - 460 * s, y, [S(body_name, "other")], p.font(17), 460 * s, 26 * s)
    y += 30 * s
    subject = "OGGETTO: Richiesta di tentativo di conciliazione ai sensi dell'art. 410 c.p.c."
    y = word_wrap(p, m, y, [S(subject, "label")], p.font(18, bold=True), w, 28 * s) + 20 * s
    first, last = rng.choice(IT_FIRST), rng.choice(IT_LAST)
    born = "nata" if first.endswith("a") else "nato"
    firm, firm_addr = rng.choice(IT_FIRMS)
    town = rng.choice(IT_TOWNS)
    parts = {
        "name": (f"{first} {last}", "name"),
        "birthplace": (rng.choice(IT_TOWNS), "other"),
        "dob": (fk.dob("dmy"), "id_number"),
        "street": (f"{rng.choice(IT_STREETS)} {rng.randint(1, 140)}", "address"),
        "flat": (f"int. {rng.randint(1, 20)}", "door"),
        "town": (f"{fk.digits(5, True)} {town}", "address"),
        "cf": (_codice_fiscale(fk), "id_number"),
        "tel": (f"3{fk.digits(2)} {fk.digits(7)}", "phone"),
        "firm": (firm, "other"),
        "firm_addr": (firm_addr, "other"),
        "job": (rng.choice(IT_JOBS), "other"),
        "start": (
            f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/20{rng.randint(12, 23)}",
            "date",
        ),
    }
    lead, worker = (
        ("Il sottoscritto", "lavoratore") if born == "nato" else ("La sottoscritta", "lavoratrice")
    )
    template = (
        f"{lead} {{name}}, {born} a {{birthplace}} il {{dob}}, residente in {{street}}, {{flat}}, "
        f"{{town}}, C.F. {{cf}}, tel. {{tel}}, {worker} dipendente della ditta {{firm}} con sede in "
        "{firm_addr}, con mansioni di {job} dal {start},"
    )
    f = p.font(17)
    y = word_wrap(p, m, y, template_spans(template, parts), f, w, 28 * s) + 14 * s
    c.text(c.width / 2, y, "PREMESSO CHE", p.font(17, bold=True), "label", anchor="ms")
    y += 32 * s
    claims = rng.sample(IT_CLAIMS, 2)
    text = (
        f"il datore di lavoro non ha corrisposto quanto dovuto a titolo di {claims[0]} e di "
        f"{claims[1]}, per un importo complessivo di € {rng.randint(2, 30)}.{fk.digits(3)},00;"
    )
    y = word_wrap(p, m, y, [S(text, "footer")], f, w, 28 * s) + 14 * s
    c.text(c.width / 2, y, "CHIEDE", p.font(17, bold=True), "label", anchor="ms")
    y += 32 * s
    ask = (
        "la convocazione delle parti dinanzi alla Commissione di conciliazione per "
        "l'esperimento del tentativo di conciliazione. Le comunicazioni vanno inviate "
        "presso lo studio dell'Avv. "
    )
    lawyer = f"{rng.choice(IT_FIRST)} {rng.choice(IT_LAST)}"
    spans = [
        S(ask, "footer"),
        S(lawyer, "name"),
        S(", PEC ", "footer"),
        S(f"{lawyer.split()[1].lower()}@pec.ordineavvocati.it", "email"),
    ]
    y = word_wrap(p, m, y, spans, f, w, 28 * s) + 30 * s
    c.text(m, y, f"{town}, {rng.randint(1, 28)}/{rng.randint(1, 12)}/2026", f, "date")
    x = c.line(c.width * 0.55, y, [S("Firma", "label")], f) + 14 * s
    handwritten(p, x, y + 6 * s, [S(f"{first[0]}. {last}", "name")], 34, cjk=False)
    return _finish(c, y, m // 2, pad=14 * s)
