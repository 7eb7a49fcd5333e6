"""An HM Land Registry title register and a Spanish nota simple informativa for
:mod:`synth.layouts_deeds`.

Personal: proprietors and titulares (``name``), the title number, a finca's number and
IDUFIR, the inscription's tomo / libro / folio and a DNI (``id_number``: each finds the
owner), the property's address (``address``) and its flat, planta and puerta (``door``),
a proprietor's other address. Ordinary: registries, districts, dates, tenure, prices
paid, areas, boundaries, shares, restrictions and the register's words; a lender's name
is ordinary, its company number and address business data.
"""

from __future__ import annotations

import random

from .deeds_words import (
    EN_DISTRICTS,
    EN_LENDERS,
    EN_RESTRICTION,
    ES_FLOORS,
    ES_LENDERS,
    ES_REGISTRIES,
    ES_STREETS,
)
from .fakedata_deeds import DeedFaker
from .formkit import box_stamp, sheet
from .formkit_marks import word_wrap
from .kit import EN_MONTHS, S, _finish
from .render import Canvas, Span


def _en_day(rng: random.Random, year: int) -> tuple[str, str]:
    d, mth = rng.randint(1, 28), rng.randint(1, 12)
    return f"{d:02d}.{mth:02d}.{year}", f"{d} {EN_MONTHS[mth - 1]} {year}"


def en_register(rng: random.Random, fk: DeedFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1180), 1.41, cjk=False, base=1100, margin=0.08)
    s, w = p.s, right - m
    title = fk.uk_title_no()
    y = m + 30 * s
    c.text(c.width / 2, y, "HM Land Registry", p.font(18, bold=True), "shop", anchor="ms")
    y += 34 * s
    c.text(
        c.width / 2,
        y,
        "Official copy of register of title",
        p.font(24, bold=True),
        "label",
        anchor="ms",
    )
    y += 46 * s
    f = p.font(16)
    c.line(m, y, [S("Title number ", "label"), S(title, "id_number")], p.font(19, bold=True))
    yr = rng.randint(1998, 2023)
    y += 28 * s
    c.line(m, y, [S("Edition date ", "label"), S(_en_day(rng, yr + 1)[0], "date")], f)
    y += 40 * s
    block = fk.uk_block()
    flat = [seg for ln in block for seg in ln.segments if seg[1] == "door"]
    street = [seg for ln in block for seg in ln.segments if seg[1] == "address"]
    place = [S(flat[0][0], "door"), S(", ", "footer")] if flat else []
    place += [S(", ".join(t for t, _ in street), "address")]
    tenure = "Leasehold" if flat else "Freehold"
    owners = [fk.en_name(upper=True) for _ in range(rng.choice((1, 2, 2)))]
    day, long_day = _en_day(rng, yr)
    parts: list[tuple[str, list[list[Span]]]] = [
        (
            "A: Property Register",
            [
                [
                    S(
                        "This register describes the land and estate comprised in the title.",
                        "footer",
                    )
                ],
                [S(rng.choice(EN_DISTRICTS), "other")],
                [
                    S(
                        f"1 ({day}) The {tenure} land shown edged with red on the plan of the above "
                        "Title filed at the Registry and being ",
                        "footer",
                    ),
                    *place,
                    S(".", "footer"),
                ],
            ],
        ),
    ]
    props: list[Span] = [S(f"1 ({day}) PROPRIETOR: ", "footer")]
    for k, owner in enumerate(owners):
        props += [S(" and " if k else "", "footer"), S(owner, "name")]
    props += [S(" of ", "footer"), *place, S(".", "footer")]
    price = f"£{rng.randint(90, 680) * 1000:,}"
    owner_rows = [
        [S("Title absolute", "label")],
        props,
        [
            S(f"2 ({day}) The price stated to have been paid on {long_day} was ", "footer"),
            S(price, "price"),
            S(".", "footer"),
        ],
    ]
    if len(owners) > 1:
        owner_rows.append([S(f"3 ({day}) {EN_RESTRICTION}", "footer")])
    parts.append(("B: Proprietorship Register", owner_rows))
    if rng.random() < 0.7:
        lender, regn, addr = rng.choice(EN_LENDERS)
        parts.append(
            (
                "C: Charges Register",
                [
                    [S(f"1 ({day}) REGISTERED CHARGE dated {long_day}.", "footer")],
                    [
                        S(f"2 ({day}) Proprietor: ", "footer"),
                        S(lender, "shop"),
                        S(" (Co. Regn. No. ", "footer"),
                        Span(regn, "tax_id", None),
                        S(") of ", "footer"),
                        Span(addr, "shop_address", None),
                        S(".", "footer"),
                    ],
                ],
            )
        )
    for head, rows in parts:
        c.text(c.width / 2, y, head, p.font(18, bold=True), "label", anchor="ms")
        y += 36 * s
        for spans in rows:
            y = word_wrap(p, m, y, spans, f, w, 25 * s) + 8 * s
        y += 20 * s
    c.text(c.width / 2, y, "End of register", p.font(15, bold=True), "label", anchor="ms")
    y += 36 * s
    c.text(m, y, f"Title number {title}", p.font(12), "id_number")
    return _finish(c, y, m // 2, pad=14 * s)


def _es(x: float) -> str:
    """A figure with a decimal comma, as Spanish registers print it."""
    return f"{x:.2f}".replace(".", ",")


def es_nota(rng: random.Random, fk: DeedFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1180), 1.41, cjk=False, base=1100, margin=0.08)
    s, w = p.s, right - m
    town = rng.choice(ES_REGISTRIES)
    y = m + 30 * s
    c.text(
        m,
        y,
        f"REGISTRO DE LA PROPIEDAD DE {town.upper()} Nº {rng.randint(1, 4)}",
        p.font(17, bold=True),
        "shop",
    )
    y += 50 * s
    c.text(c.width / 2, y, "NOTA SIMPLE INFORMATIVA", p.font(25, bold=True), "label", anchor="ms")
    y += 40 * s
    f = p.font(16)
    finca = fk.digits(5, True)
    idufir = fk.es_idufir()
    c.line(m, y, [S(f"FINCA DE {town.upper()} Nº: ", "label"), S(finca, "id_number")], f)
    y += 28 * s
    c.line(m, y, [S("IDUFIR / CRU: ", "label"), S(idufir, "id_number")], f)
    y += 44 * s
    c.text(m, y, "DESCRIPCIÓN DE LA FINCA", p.font(17, bold=True), "label")
    y += 30 * s
    planta = rng.choice(ES_FLOORS)
    puerta = rng.choice("ABCD")
    area = rng.uniform(55, 140)
    street = f"{rng.choice(ES_STREETS)}, número {rng.randint(1, 150)}"
    spans = [
        S(f"URBANA: NÚMERO {rng.randint(2, 40)}. Vivienda situada en la ", "footer"),
        S(f"planta {planta}, puerta {puerta}", "door"),
        S(", del edificio sito en ", "footer"),
        S(street, "address"),
        S(
            f", de {town}. Superficie construida: {_es(area)} m², útil: {_es(area * 0.82)} m². "
            f"Linderos: frente, rellano y hueco de escalera; derecha, vivienda puerta "
            f"{'ABCD'[('ABCD'.index(puerta) + 1) % 4]}; fondo, patio de luces. "
            f"Cuota: {_es(rng.uniform(1, 9))}%.",
            "footer",
        ),
    ]
    y = word_wrap(p, m, y, spans, f, w, 25 * s) + 26 * s
    c.text(m, y, "TITULARIDADES", p.font(17, bold=True), "label")
    y += 30 * s
    owners = [(fk.eu_name("es"), fk.dni()) for _ in range(rng.choice((1, 2)))]
    share = "100,000000%" if len(owners) == 1 else "50,000000%"
    for name, dni in owners:
        first, last = (
            name.split(" ", 1)
            if not name.startswith("María José")
            else ("María José", name.removeprefix("María José "))
        )
        c.line(
            m, y, [S("NOMBRE TITULAR: ", "label"), S(f"{last.upper()}, {first.upper()}", "name")], f
        )
        c.line(m + w * 0.62, y, [S("N.I.F.: ", "label"), S(dni, "id_number")], f)
        y += 26 * s
        book = (
            f"TOMO: {rng.randint(800, 2900)}  LIBRO: {rng.randint(100, 900)}  "
            f"FOLIO: {rng.randint(1, 220)}  ALTA: {rng.randint(1, 6)}"
        )
        c.line(m, y, [S(book, "id_number")], f)
        y += 26 * s
        c.text(m, y, f"{share} del pleno dominio por título de compraventa.", f, "footer")
        y += 36 * s
    c.text(m, y, "CARGAS", p.font(17, bold=True), "label")
    y += 30 * s
    if rng.random() < 0.65:
        charge = [
            S("HIPOTECA a favor de ", "footer"),
            S(rng.choice(ES_LENDERS), "shop"),
            S(
                f", en garantía de un préstamo de {rng.randint(60, 320)}.000,00 euros de "
                f"principal, por plazo de {rng.choice((20, 25, 30))} años.",
                "footer",
            ),
        ]
    else:
        charge = [S("NO HAY CARGAS REGISTRADAS", "footer")]
    y = word_wrap(p, m, y, charge, f, w, 25 * s) + 30 * s
    note = (
        "Esta nota simple tiene valor puramente informativo y no da fe del contenido de "
        "los asientos (art. 222 de la Ley Hipotecaria)."
    )
    y = word_wrap(p, m, y, [S(note, "footer")], p.font(13), w, 20 * s) + 40 * s
    c.line(
        m,
        y,
        [
            S(f"{town}, a ", "footer"),
            S(f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026", "date"),
        ],
        f,
    )
    box_stamp(p, right - 160 * s, y - 10 * s, ("REGISTRO DE LA PROPIEDAD", town.upper()), 11)
    return _finish(c, y + 40 * s, m // 2, pad=14 * s)
