"""An English credit report and a Spanish informe de riesgos (CIRBE) for
:mod:`synth.layouts_credit`, and the grey section bar every report page uses.

Personal: the person and a financial associate (``name``), dates of birth, NIF and
account numbers or their last digits (``id_number``), addresses and flats. Ordinary:
lenders, amounts, statuses, payment grids, searches, dates and boilerplate.
"""

from __future__ import annotations

import random

from .credit_words import (
    EN_AGENCIES,
    EN_HISTORY,
    EN_LENDERS,
    EN_SEARCHES,
    EN_STATUS,
    ES_ENTITIES,
    ES_NOTE,
    ES_PRODUCTS,
    ES_SITUATION,
)
from .fakedata_money import MoneyFaker
from .formkit import Cell, sheet, table
from .formkit_marks import word_wrap
from .formkit_slips import label_cell
from .kit import Pen, S, _finish, joined_address, street_spans
from .render import Canvas

_GREY = (225, 225, 228)


def _money(rng: random.Random, lo: int, hi: int) -> str:
    return f"{rng.randrange(lo, hi, 100):,}"


def _section(p: Pen, m: float, right: float, y: float, title: str) -> float:
    """A report's section bar: grey band with its heading; returns the next top."""
    s = p.s
    p.c.draw.rectangle([m, y, right, y + 34 * s], fill=_GREY)
    p.c.text(m + 10 * s, y + 25 * s, title, p.font(18, bold=True), "label")
    return y + 40 * s


def _en_report(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1260), 1.6, cjk=False, base=1200, margin=0.06)
    s = p.s
    w = right - m
    y = m + 34 * s
    c.text(m, y, rng.choice(EN_AGENCIES), p.font(24, bold=True), "shop")
    c.text(right - 300 * s, y, f"Report date {rng.randint(1, 28):02d}/11/2026", p.font(15), "date")
    y += 30 * s
    y = _section(p, m, right, y, "Personal details")
    name = fk.en_name()
    f = p.font(16)
    for label, spans in (
        ("Name", [S(name, "name")]),
        ("Date of birth", [S(fk.dob("mon"), "id_number")]),
        ("Current address", joined_address(fk.uk_block())),
    ):
        x = c.line(m, y + 14 * s, [S(label, "label")], p.font(16, bold=True))
        c.line(max(x + 20 * s, m + 200 * s), y + 14 * s, spans, f)
        y += 32 * s
    since = rng.randint(2015, 2024)
    c.line(
        m + 200 * s,
        y + 14 * s,
        [
            S(f"Living here since {since}. Electoral roll: ", "other"),
            S(rng.choice(("Registered", "Not registered")), "other"),
        ],
        f,
    )
    y += 40 * s
    y = _section(p, m, right, y, "Previous addresses")
    for _ in range(rng.randint(1, 2)):
        a, b = rng.randint(since - 6, since - 1), since
        spans = [S(f"{a} - {b}  ", "date"), *joined_address(fk.uk_block())]
        c.line(m + 10 * s, y + 14 * s, spans, f)
        since = a
        y += 32 * s
    y += 8 * s
    y = _section(p, m, right, y, "Credit accounts")
    months = ("J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D")
    for lender, kind in rng.sample(EN_LENDERS, rng.randint(2, 4)):
        x = c.line(m, y + 16 * s, [S(lender, "other")], p.font(17, bold=True)) + 20 * s
        c.line(
            x,
            y + 16 * s,
            [
                S(kind, "other"),
                S("  Account number ending ", "label"),
                S(f"****{fk.digits(4)}", "id_number"),
            ],
            f,
        )
        y += 28 * s
        c.line(
            m,
            y + 14 * s,
            [
                S("Balance ", "label"),
                S(f"£{_money(rng, 0, 90000)}", "price"),
                S("   Started ", "label"),
                S(f"{rng.randint(1, 12):02d}/20{rng.randint(10, 25)}", "date"),
                S("   Status ", "label"),
                S(rng.choice(EN_STATUS), "other"),
            ],
            f,
        )
        y += 16 * s
        rows = [
            [label_cell(mo) for mo in months],
            [Cell.of(rng.choice(EN_HISTORY), "other", align="c") for _ in months],
        ]
        y = (
            table(p, m, y + 6 * s, [w / 12] * 12, rows, 28 * s, p.font(13), cjk=False, line=1)
            + 14 * s
        )
    y = _section(p, m, right, y, "Financial associates")
    body = [
        S("You are financially linked to ", "footer"),
        S(fk.en_name(), "name"),
        S(" through a joint account with ", "footer"),
        S(rng.choice(EN_LENDERS)[0], "other"),
        S(". If this link is wrong you can ask us to remove it.", "footer"),
    ]
    y = word_wrap(p, m, y + 14 * s, body, f, w, 24 * s) + 8 * s
    y = _section(p, m, right, y, "Searches (last 12 months)")
    for kind, why in rng.sample(EN_SEARCHES, 2):
        c.line(
            m + 10 * s,
            y + 14 * s,
            [
                S(f"{rng.randint(1, 28):02d}/0{rng.randint(1, 9)}/2026 ", "date"),
                S(f"{kind} - {why}", "other"),
            ],
            f,
        )
        y += 28 * s
    return _finish(c, y, m // 2, pad=14 * s)


def _es_informe(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1260), 1.3, cjk=False, base=1200, margin=0.06)
    s = p.s
    w = right - m
    y = m + 34 * s
    c.text(m, y, "BANCO DE ESPAÑA", p.font(22, bold=True), "shop")
    c.text(m, y + 24 * s, "Eurosistema", p.font(14), "shop")
    y += 70 * s
    c.text(m, y, "Informe de Riesgos - CIRBE", p.font(28, bold=True), "label")
    y += 30 * s
    c.line(
        m,
        y,
        [
            S("Fecha de la declaración: ", "label"),
            S(f"{rng.choice(('31/10', '30/09', '31/08'))}/2026", "date"),
        ],
        p.font(15),
    )
    y += 20 * s
    street, town = fk.eu_address("es")
    nif = fk.digits(8) + rng.choice("TRWAGMYFPDXBNJZSQVHLCKE")
    rows = [
        [label_cell("Titular"), Cell.of(fk.eu_name("es").upper(), "name", span=3)],
        [
            label_cell("NIF"),
            Cell.of(nif, "id_number"),
            label_cell("Nº de solicitud"),
            Cell.of(fk.digits(12), "other"),
        ],
        [
            label_cell("Domicilio"),
            Cell((*street_spans(street), S(", ", "other"), S(town, "address")), span=3),
        ],
    ]
    y = (
        table(
            p,
            m,
            y,
            [w * k for k in (0.18, 0.32, 0.18, 0.32)],
            rows,
            40 * s,
            p.font(16),
            cjk=False,
            line=1,
        )
        + 30 * s
    )
    c.text(m, y, "Operaciones", p.font(19, bold=True), "label")
    heads = (
        "Entidad declarante",
        "Producto",
        "Naturaleza",
        "Importe dispuesto",
        "Vencimiento",
        "Situación",
    )
    rows = [[label_cell(h) for h in heads]]
    for _ in range(rng.randint(2, 5)):
        rows.append(
            [
                Cell.of(rng.choice(ES_ENTITIES), "other"),
                Cell.of(rng.choice(ES_PRODUCTS), "other"),
                Cell.of(
                    rng.choice(("Titular", "Titular", "Avalista", "Cotitular")), "other", align="c"
                ),
                Cell.of(
                    f"{rng.randrange(600, 250000, 100):,} €".replace(",", "."), "price", align="r"
                ),
                Cell.of(f"{rng.randint(2026, 2055)}", "date", align="c"),
                Cell.of(rng.choice(ES_SITUATION), "other", align="c"),
            ]
        )
    widths = [w * k for k in (0.26, 0.19, 0.12, 0.17, 0.13, 0.13)]
    y = table(p, m, y + 10 * s, widths, rows, 38 * s, p.font(14), cjk=False, line=1) + 30 * s
    y = word_wrap(p, m, y, [S(ES_NOTE, "footer")], p.font(14), w, 22 * s) + 10 * s
    c.line(
        m, y, [S("Código seguro de verificación: ", "label"), S(fk.alnum(16), "other")], p.font(13)
    )
    return _finish(c, y, m // 2, pad=12 * s)
