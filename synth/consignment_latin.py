"""The consignment notes of freight shipped abroad: an English consignment note (Shipper,
Consignee and Notify party boxes, goods with packages, gross weight and declared value,
the shipper's and carrier's signatures, the vehicle) and a Spanish carta de porte
(Remitente and Destinatario with NIF, Domicilio to the piso and phone, Mercancía,
Bultos, Embalaje, Peso, Portes, the signatures and the lorry's Matrícula).

Drawn for :mod:`synth.layouts_freight`; each piece records ground truth through the canvas.
"""

from __future__ import annotations

import random

from . import freight_words as fw
from .day_first import day_first
from .fakedata_money import MoneyFaker
from .formkit import Cell, handwritten, sheet, table
from .formkit_marks import word_wrap
from .formkit_slips import grid_rows, hand_cell, label_cell
from .kit import Pen, S, _finish, street_spans
from .render import Canvas, Span


def _block(p: Pen, x: float, y: float, title: str, lines: list[list[Span]], w: float) -> float:
    """A titled box of an international note (Shipper, Consignee...); returns its bottom."""
    c, s = p.c, p.s
    h = (len(lines) + 1) * 30 * s + 20 * s
    c.box(x, y, x + w, y + h, width=1)
    c.text(x + 10 * s, y + 24 * s, title, p.font(14, bold=True), "label")
    for k, spans in enumerate(lines):
        c.line(x + 14 * s, y + (k + 2) * 30 * s, spans, p.font(17))
    return y + h


def _head(
    rng: random.Random, carriers: tuple[str, ...], title: str, number: tuple[str, str]
) -> tuple[Canvas, Pen, int, int, float]:
    """The note's sheet with the carrier left, the title right and under the title the
    consignment number (``number`` is its label and the number); returns the sheet,
    its pen, margin, right edge and the baseline under the number."""
    c, p, m, right = sheet(rng, (1150, 1200, 1260), 1.2, cjk=False, base=1200, margin=0.05)
    s = p.s
    y = m + 34 * s
    c.text(m, y, rng.choice(carriers), p.font(26, bold=True), "shop")
    c.text(right, y, title, p.font(24, bold=True), "label", anchor="rs")
    y += 32 * s
    spans = [S(number[0], "label"), S(number[1], "tracking")]
    c.line(right - p.width(number[0] + number[1], p.font(16)), y, spans, p.font(16))
    return c, p, m, right, y + 20 * s


def en_note(rng: random.Random, fk: MoneyFaker) -> Canvas:
    title, number = "CONSIGNMENT NOTE", ("Consignment no. ", f"CN{fk.digits(9)}")
    c, p, m, right, y = _head(rng, fw.EN_CARRIERS, title, number)
    s = p.s
    half = (right - m) / 2 - 10 * s
    parties = []
    for role in ("Shipper", "Consignee", "Notify party"):
        lines = [[S(fk.en_name(), "name")]]
        lines += [[S(t, k) for t, k in ln.segments] for ln in fk.uk_block()[:3]]
        lines.append([S("Tel: ", "label"), S(fk.uk_phone(), "phone")])
        parties.append((role, lines))
    bottom = _block(p, m, y, parties[0][0], parties[0][1], half)
    bottom = max(bottom, _block(p, m + half + 20 * s, y, parties[1][0], parties[1][1], half))
    y = bottom + 16 * s
    y = _block(p, m, y, parties[2][0], parties[2][1][:2], half) + 30 * s
    head = [
        label_cell(t)
        for t in ("Description of goods", "No. of packages", "Gross weight kg", "Declared value")
    ]
    by_hand = rng.random() < 0.5
    rows = [
        [
            Cell.of(rng.choice(fw.EN_GOODS), "item", hand=by_hand),
            Cell.of(f"{rng.randint(1, 24)} {rng.choice(fw.EN_PACKS)}", "other", hand=by_hand),
            Cell.of(f"{rng.randint(40, 4000)}", "other", hand=by_hand),
            Cell.of(f"£{rng.randint(2, 90) * 100:,}", "price", hand=by_hand),
        ]
        for _ in range(rng.randint(1, 3))
    ]
    widths = [(right - m) * k for k in (0.4, 0.2, 0.2, 0.2)]
    y = table(p, m, y, widths, [head, *rows], 44 * s, p.font(16), hand_px=26, cjk=False) + 36 * s
    y = c.wrap(m, y, [S(fw.EN_CLAUSE, "footer")], p.font(14), right - m, 22 * s, max_lines=3)
    y += 50 * s
    f = p.font(16)
    for k, role in enumerate(("Shipper's signature", "Carrier's signature")):
        x = c.line(m + k * (right - m) / 2, y, [S(role, "label")], f) + 12 * s
        who = parties[0][1][0][0].text if k == 0 else fk.en_name()
        handwritten(p, x, y, [S(who, "name")], 30, cjk=False)
    y += 40 * s
    c.line(
        m,
        y,
        [
            S("Vehicle reg. ", "label"),
            S(fk.uk_plate(), "id_number"),
            S("   Date ", "label"),
            S(day_first(fk.date()), "date"),
        ],
        f,
    )
    return _finish(c, y, m // 2, pad=10 * s)


def es_note(rng: random.Random, fk: MoneyFaker) -> Canvas:
    number = ("Nº expedición ", fk.digits(10, True))
    c, p, m, right, y = _head(rng, fw.ES_CARRIERS, "CARTA DE PORTE", number)
    s = p.s
    by_hand = rng.random() < 0.6
    rows = []
    for role in ("Remitente", "Destinatario"):
        street, town = fk.eu_address("es")
        rows += [
            [(role, fk.eu_name("es"), "name"), ("NIF/CIF", fk.eu_id("es"), "id_number")],
            [
                (
                    "Domicilio",
                    [*street_spans(street), S(", ", "other"), S(town, "address")],
                    "address",
                )
            ],
            [
                ("Teléfono", fk.eu_phone("es"), "phone"),
                ("Población", town.split(" ", 1)[1], "other"),
            ],
        ]
    cells = grid_rows(rows, hand=by_hand)
    widths = [(right - m) * k for k in (0.16, 0.42, 0.14, 0.28)]
    y = table(p, m, y, widths, cells, 48 * s, p.font(17), hand_px=28, cjk=False) + 30 * s
    head = [label_cell(t) for t in ("Mercancía", "Bultos", "Embalaje", "Peso (kg)", "Portes")]
    goods = [
        [
            hand_cell(rng.choice(fw.ES_GOODS), "item"),
            hand_cell(str(rng.randint(1, 30)), "other"),
            hand_cell(rng.choice(fw.ES_PACKS), "other"),
            hand_cell(str(rng.randint(20, 2400)), "other"),
            hand_cell(rng.choice(("Pagados", "Debidos")), "other"),
        ]
        for _ in range(rng.randint(1, 3))
    ]
    w5 = [(right - m) * k for k in (0.32, 0.14, 0.2, 0.16, 0.18)]
    y = table(p, m, y, w5, [head, *goods], 44 * s, p.font(16), hand_px=26, cjk=False) + 36 * s
    y = word_wrap(p, m, y, [S(fw.ES_CLAUSE, "footer")], p.font(14), right - m, 22 * s)
    y += 50 * s
    f = p.font(16)
    for k, role in enumerate(("Firma remitente", "Firma transportista")):
        x = c.line(m + k * (right - m) / 2, y, [S(role, "label")], f) + 12 * s
        handwritten(p, x, y, [S(fk.eu_name("es").split()[1], "name")], 30, cjk=False)
    y += 40 * s
    c.line(
        m,
        y,
        [
            S("Fecha ", "label"),
            S(day_first(fk.date()), "date"),
            S("   Matrícula ", "label"),
            S(f"{fk.digits(4)} {fk.upper(3)}", "id_number"),
        ],
        f,
    )
    return _finish(c, y, m // 2, pad=10 * s)
