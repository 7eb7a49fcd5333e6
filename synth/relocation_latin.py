"""An English home loss payment claim under a compulsory purchase order and a Spanish
convenio de adquisición por mutuo acuerdo (justiprecio) for
:mod:`synth.layouts_relocation`.

Personal: claimants, the account holder, the expropriado and the alcalde who signs
(``name``; D. / Dña. ordinary), phones, e-mails, the property taken and the home it is
left for (``address`` with Flat / piso ``door``), the sort code and account number, the
DNI, the IBAN and the referencia catastral (``id_number``: the Catastro's number of one
owner's flat, as a 不动产权证号 is). Ordinary: the order's name, interests ticked, dates,
the justiprecio and every sum, the project. The council's and the agent's address and
line are business data.
"""

from __future__ import annotations

import random

from .fakedata import AddressLine
from .fakedata_surveys import SurveyFaker
from .formkit import fit, handwritten, sheet
from .formkit_blanks import corner_rows, tick_box
from .formkit_marks import word_wrap
from .kit import EN_MONTHS, S, _finish, biz, joined_address, street_spans
from .relocation_words import (
    EN_AGENTS,
    EN_AUTHORITIES,
    EN_INTERESTS,
    EN_SCHEMES,
    ES_COUNCILS,
    ES_PROJECTS,
)
from .render import Canvas


def _don(name: str) -> str:
    """D. or Dña. before a Spanish name (ordinary, like Mr / Mrs)."""
    return "Dña. " if name.split()[0] in ("Lucía", "María", "Sofía", "Nuria") else "D. "


def _flat(rng: random.Random, fk: SurveyFaker) -> tuple[AddressLine, ...]:
    block = fk.uk_block()
    if not any(k == "door" for ln in block for _, k in ln.segments) and rng.random() < 0.6:
        block = (AddressLine(((f"Flat {rng.randint(1, 60)}", "door"),)), *block)
    return block


def en_home_loss(rng: random.Random, fk: SurveyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1300), 1.5, cjk=False, base=1200, margin=0.06)
    s, w = p.s, right - m
    council, caddr, cphone = rng.choice(EN_AUTHORITIES)
    y = m + 34 * s
    c.text(m, y, council, p.font(22, bold=True), "shop")
    y += 26 * s
    c.line(
        m,
        y,
        [biz(caddr, "shop_address"), S("  Tel ", "footer"), biz(cphone, "shop_phone")],
        p.font(14),
    )
    y += 56 * s
    c.text(m, y, "Claim for Home Loss Payment and Disturbance", p.font(28, bold=True), "label")
    y += 30 * s
    c.text(m, y, "Land Compensation Act 1973, sections 29 and 37", p.font(16), "label")
    y += 30 * s
    y = (
        word_wrap(p, m, y, [S("Scheme: " + rng.choice(EN_SCHEMES), "other")], p.font(16), w, 24 * s)
        + 4 * s
    )
    name = fk.en_name()
    hand = rng.random() < 0.7
    rows = [
        [
            ("1. Claimant's full name", [S(name, "name")]),
            ("Telephone", [S(fk.uk_mobile(), "phone")]),
        ],
        [("Address of the property acquired", joined_address(_flat(rng, fk)))],
        [("Address for correspondence (if different)", joined_address(_flat(rng, fk)))],
        [
            ("E-mail", [S(fk.email(name), "email")]),
            ("Occupied since", [S(f"{rng.choice(EN_MONTHS)} {rng.randint(1985, 2020)}", "date")]),
        ],
    ]
    y = corner_rows(p, m, right, y, rows, 66 * s, hand) + 36 * s
    f = p.font(18)
    c.text(m, y, "2. Your interest in the property (tick one)", p.font(19, bold=True), "label")
    y += 40 * s
    pick = rng.randrange(len(EN_INTERESTS))
    x = m
    for i, word in enumerate(EN_INTERESTS):
        x = tick_box(p, x, y, word, i == pick, p.font(16)) + 26 * s
    y += 50 * s
    c.text(m, y, "3. Agent acting for you (if any)", p.font(19, bold=True), "label")
    y += 36 * s
    agent, aaddr = rng.choice(EN_AGENTS)
    c.line(
        m,
        y,
        [S(agent, "shop"), S(", ", "other"), biz(aaddr, "shop_address")],
        fit(p, f, agent + aaddr + ", ", w),
    )
    y += 40 * s
    c.text(m, y, "4. Bank details for payment", p.font(19, bold=True), "label")
    y += 14 * s
    holder = name if rng.random() < 0.7 else f"{name} & {fk.en_name()}"
    who = (
        [S(holder, "name")]
        if "&" not in holder
        else [
            S(holder.split(" & ")[0], "name"),
            S(" & ", "other"),
            S(holder.split(" & ")[1], "name"),
        ]
    )
    rows = [
        [
            ("Name(s) on account", who),
            ("Sort code", [S(fk.uk_sort_code(), "id_number")]),
            ("Account number", [S(fk.uk_account(), "id_number")]),
        ]
    ]
    y = corner_rows(p, m, right, y, rows, 66 * s, hand) + 36 * s
    decl = "I claim a home loss payment and disturbance compensation. The information given is true to the best of my knowledge."
    y = word_wrap(p, m, y, [S(decl, "footer")], p.font(15), w, 24 * s) + 40 * s
    x = c.line(m, y, [S("Signed", "label")], f) + 14 * s
    c.hline(x, m + w * 0.5, y + 8 * s, width=1)
    handwritten(p, x + 10 * s, y, [S(name, "name")], 32, cjk=False, width=w * 0.35)
    c.line(
        m + w * 0.6,
        y,
        [S("Date ", "label"), S(f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/2026", "date")],
        f,
    )
    return _finish(c, y, m // 2, pad=24 * s)


def es_convenio(rng: random.Random, fk: SurveyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1300), 1.5, cjk=False, base=1200, margin=0.08)
    s, w = p.s, right - m
    council, caddr, cphone = rng.choice(ES_COUNCILS)
    town = council.split(" de ", 1)[1]
    y = m + 34 * s
    c.text(m, y, council, p.font(20, bold=True), "shop")
    y += 70 * s
    head = "CONVENIO DE ADQUISICIÓN POR MUTUO ACUERDO"
    c.text(c.width / 2, y, head, fit(p, p.font(26, bold=True), head, w), "label", anchor="ms")
    y += 56 * s
    f, lh = p.font(18), 30 * s
    day = f"{rng.randint(1, 28)} de {rng.choice(('marzo', 'mayo', 'junio', 'octubre'))} de 2026"
    mayor, owner = fk.eu_name("es"), fk.eu_name("es")
    lead = _don(owner)
    home, place = fk.eu_address("es")
    taken, taken_town = fk.eu_address("es")
    paras = [
        [S(f"En {town}, a ", "other"), S(day, "date")],
        [S("REUNIDOS", "label")],
        [
            S(f"De una parte, {_don(mayor)}", "other"),
            S(mayor, "name"),
            S(
                f", Alcalde/sa-Presidente/a del {council}, en nombre y representación del mismo.",
                "other",
            ),
        ],
        [
            S(f"De otra parte, {lead}", "other"),
            S(owner, "name"),
            S(", mayor de edad, con DNI ", "other"),
            S(fk.dni(), "id_number"),
            S(" y domicilio en ", "other"),
            *street_spans(home),
            S(", ", "other"),
            S(place, "address"),
            S(", teléfono ", "other"),
            S(fk.eu_phone("es"), "phone"),
            S(", en su condición de propietario/a.", "other"),
        ],
        [S("EXPONEN", "label")],
        [
            S("I. Que es propietario/a de la vivienda sita en ", "other"),
            *street_spans(taken),
            S(", ", "other"),
            S(taken_town, "address"),
            S(", con referencia catastral ", "other"),
            S(fk.catastro_ref(), "id_number"),
            S(
                f", de {rng.randint(45, 130)} m² construidos, afectada por el {rng.choice(ES_PROJECTS)}.",
                "other",
            ),
        ],
        [S("ACUERDAN", "label")],
    ]
    price = rng.randrange(60000, 240000, 500)
    paras += [
        [
            S(
                f"PRIMERO.- Fijar el justiprecio en {price:,} €".replace(",", ".")
                + ", incluido el 5 % de premio de afección.",
                "other",
            )
        ],
        [
            S("SEGUNDO.- El pago se efectuará por transferencia a la cuenta ", "other"),
            S(fk.es_iban(), "id_number"),
            S(" de la que es titular el/la expropiado/a.", "other"),
        ],
        [
            S(
                "TERCERO.- La ocupación de la finca se producirá en el plazo de tres meses desde el pago.",
                "other",
            )
        ],
    ]
    for para in paras:
        y = word_wrap(p, m, y, para, f, w, lh) + 10 * s
    y += 60 * s
    for k, (label, name) in enumerate((("El/la Alcalde/sa", mayor), ("El/la expropiado/a", owner))):
        x = m + k * w * 0.5
        handwritten(p, x + 10 * s, y - 6 * s, [S(name, "name")], 30, cjk=False, width=w * 0.4)
        c.hline(x, x + w * 0.42, y + 10 * s, width=1)
        c.text(x, y + 34 * s, label, p.font(15), "label")
    y += 80 * s
    c.line(
        m,
        y,
        [biz(caddr, "shop_address"), S(" · Tel. ", "footer"), biz(cphone, "shop_phone")],
        p.font(14),
    )
    return _finish(c, y, m // 2, pad=20 * s)
