"""English and Spanish wills (:mod:`synth.layouts_will`): a "Last Will and Testament"
(I, <name>, of <address>, numbered clauses naming executors and beneficiaries, the
attestation, the testator's signature and two witnesses with signature, name, address
and occupation by hand) and a Spanish testamento abierto in the notary's prose
(comparece D./Dña. … con DNI, legacies and the heir, the testator's signature).

Personal and ordinary items as in the module above.
"""

from __future__ import annotations

import random

from .fakedata_money import MoneyFaker
from .formkit import HAND_INKS, sheet
from .formkit_fill import template_spans
from .formkit_marks import word_wrap
from .kit import S, _finish, hand_font, joined_address
from .render import Canvas
from .will_words import (
    EN_CLAUSES,
    EN_GIFTS,
    EN_KIN,
    EN_OCCUPATIONS,
    ES_CLAUSES,
    ES_KIN,
    ES_TOWNS,
    es_date,
)


def _en_parts(fk: MoneyFaker, rng: random.Random) -> dict[str, tuple[str, str]]:
    a, b = fk.uk_address()
    return {
        "kin": (rng.choice(EN_KIN) + " ", "footer"),
        "heir": (fk.en_name(), "name"),
        "heir2": (fk.en_name(), "name"),
        "where": (f"{a.text}, {b.text}", "address"),
        "gift": (rng.choice(EN_GIFTS), "footer"),
        "charity": (fk.en_charity(), "footer"),
        "sum": (f"£{rng.choice((1, 2, 5, 10, 25))},000", "footer"),
    }


def en_will(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1180), 1.9, cjk=False, base=1100, margin=0.082)
    s, w = p.s, c.width
    name = fk.en_name(initial=rng.random() < 0.3)
    y = m + 40 * s
    c.text(w / 2, y, "LAST WILL AND TESTAMENT", p.font(34, bold=True), "label", anchor="ms")
    y += 46 * s
    c.line(
        w / 2 - p.width(f"of {name.upper()}", p.font(26)) / 2,
        y,
        [S("of ", "footer"), S(name.upper(), "name")],
        p.font(26),
    )
    y += 60 * s
    f = p.font(20)
    step = f.size * 1.6
    a, b = fk.uk_address()
    opening = [
        S("I, ", "footer"),
        S(name, "name"),
        S(" of ", "footer"),
        *joined_address([a, b]),
        S(
            " declare that this is my last Will and I revoke all earlier Wills and codicils.",
            "footer",
        ),
    ]
    y = word_wrap(p, m, y, opening, f, right - m, step) + step * 0.3
    for k, clause in enumerate(rng.sample(EN_CLAUSES, rng.randint(3, 4)), 1):
        spans = [S(f"{k}. ", "footer"), *template_spans(clause, _en_parts(fk, rng))]
        y = word_wrap(p, m, y, spans, f, right - m, step) + step * 0.3
    y += step * 0.5
    c.line(
        m,
        y,
        [
            S(
                f"Dated this {rng.randint(1, 28)}th day of {rng.choice(('March', 'June', 'October'))} 2026",
                "date",
            )
        ],
        f,
    )
    y += step * 1.5
    c.text(
        m,
        y,
        "Signed by the testator in our presence and then by us in the testator's presence",
        p.font(17),
        "footer",
    )
    y += step * 1.4
    x = c.line(m, y, [S("Signature of testator:", "label")], f) + 14 * s
    c.line(x, y, [S(name, "name")], hand_font(p, 36, cjk=False), fill=rng.choice(HAND_INKS))
    y += step * 1.6
    col = (right - m) / 2
    top = y
    for k in range(2):
        x0, y = m + k * col, top
        c.text(x0, y, f"Witness {k + 1}", p.font(19, bold=True), "label")
        who = fk.en_name()
        wa, wb = fk.uk_address()
        rows = (
            ("Signature", [S(who, "name")]),
            ("Full name", [S(who.upper(), "name")]),
            ("Address", [S(t, kk) for t, kk in wa.segments]),
            ("", [S(wb.text, "address")]),
            ("Occupation", [S(rng.choice(EN_OCCUPATIONS), "other")]),
        )
        for label, value in rows:
            y += step * 1.3
            lx = c.line(x0, y, [S(label, "label")], p.font(16)) + 10 * s if label else x0 + 100 * s
            c.hline(lx, x0 + col - 20 * s, y + 6 * s, width=1)
            hf = hand_font(p, 28, cjk=False)
            c.line(lx + 6 * s, y, value, hf, fill=rng.choice(HAND_INKS))
    return _finish(c, y, m, pad=10 * s)


def es_will(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1180), 1.7, cjk=False, base=1100, margin=0.091)
    s, w = p.s, c.width
    y = m + 40 * s
    c.text(w / 2, y, "TESTAMENTO ABIERTO", p.font(30, bold=True), "label", anchor="ms")
    y += 40 * s
    c.text(w / 2, y, f"NÚMERO {rng.randint(200, 2900)}", p.font(20), "other", anchor="ms")
    y += 60 * s
    f = p.font(20)
    step = f.size * 1.6
    town = rng.choice(ES_TOWNS)
    who = fk.eu_name("es")
    street, _ = fk.eu_address("es")
    street, _, piso = street.rpartition(", ")
    title = rng.choice(("Dña. ", "D. "))
    intro = [
        S(f"En {town}, {es_date(rng)}. Ante mí, ", "footer"),
        S(fk.eu_name("es"), "name"),
        S(
            f", Notario del Ilustre Colegio de {rng.choice(('Valencia', 'Andalucía', 'Madrid'))}, COMPARECE: {title}",
            "footer",
        ),
        S(who, "name"),
        S(", nacido/a el ", "footer"),
        S(fk.dob("dmy"), "id_number"),
        S(", vecino/a de ", "footer"),
        S(town, "address"),
        S(", con domicilio en ", "footer"),
        S(street, "address"),
        S(", ", "footer"),
        S(piso, "door"),
        S(", con DNI ", "footer"),
        S(fk.eu_id("es"), "id_number"),
        S(".", "footer"),
    ]
    y = word_wrap(p, m, y, intro, f, right - m, step) + step * 0.4
    c.text(w / 2, y, "OTORGA:", p.font(20, bold=True), "label", anchor="ms")
    y += step * 1.2
    for clause in ES_CLAUSES:
        parts = {
            "kin": (rng.choice(ES_KIN), "footer"),
            "heir": (fk.eu_name("es"), "name"),
            "heir2": (fk.eu_name("es"), "name"),
            "iban": (f"ES{fk.digits(2)} **** **** {fk.digits(4)}", "id_number"),
        }
        y = word_wrap(p, m, y, template_spans(clause, parts), f, right - m, step) + step * 0.3
    y += step
    c.line(m, y, [S("Firma del testador:", "label")], f)
    c.line(
        m + 260 * s, y, [S(who, "name")], hand_font(p, 34, cjk=False), fill=rng.choice(HAND_INKS)
    )
    return _finish(c, y, m, pad=10 * s)
