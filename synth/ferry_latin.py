"""An English passenger and vehicle booking confirmation and an Italian island ferry's
carta d'imbarco for :mod:`synth.layouts_ferry`.

Personal: the lead passenger and the others (``name``), their dates of birth, the
booking reference, the ticket number, the document's number and the vehicle's
registration or targa (``id_number``), the lead passenger's address, flat, phone and
e-mail, the boarding barcode (``code``). Ordinary: operators, routes, sailings, cabins
and their numbers, seats, decks, passenger types, vehicle kinds, prices and notes; the
operator's line is business data.
"""

from __future__ import annotations

import random

from .fakedata_dues import DuesFaker
from .ferry_words import (
    EN_CABINS,
    EN_NOTES,
    EN_OPERATORS,
    EN_ROUTES,
    EN_VEHICLES,
    IT_COMPANIES,
    IT_DOCS,
    IT_NOTES,
    IT_ROUTES,
    IT_SEATS,
)
from .formkit import Cell, fit, sheet, stacked, table
from .formkit_marks import word_wrap
from .formkit_slips import label_cell
from .kit import EN_MONTHS, S, _finish, biz
from .render import Canvas


def en_booking(rng: random.Random, fk: DuesFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1200), 1.5, cjk=False, base=1100, margin=0.07)
    s, w = p.s, right - m
    operator, line = rng.choice(EN_OPERATORS)
    dep, arr = rng.choice(EN_ROUTES)
    y = m + 34 * s
    c.text(m, y, operator, p.font(28, bold=True), "shop")
    c.line(
        right - p.width("Bookings " + line, p.font(15)),
        y,
        [S("Bookings ", "label"), biz(line, "shop_phone")],
        p.font(15),
    )
    y += 60 * s
    c.text(m, y, "Booking confirmation", p.font(24, bold=True), "label")
    ref = fk.uk_booking_ref()
    c.line(
        right - p.width("Booking reference: " + ref, p.font(20, bold=True)),
        y,
        [S("Booking reference: ", "label"), S(ref, "id_number")],
        p.font(20, bold=True),
    )
    y += 50 * s
    lead = fk.en_name()
    y = (
        word_wrap(
            p,
            m,
            y,
            [
                S("Dear ", "footer"),
                S(lead.split()[0], "name"),
                S(
                    ", thank you for booking with us. Please keep this confirmation and bring it to check-in.",
                    "footer",
                ),
            ],
            p.font(16),
            w,
            24 * s,
        )
        + 20 * s
    )
    lf, vf = p.font(13), p.font(18)
    day, month = rng.randint(1, 28), rng.randint(4, 10)
    boxes = [
        ("Lead passenger", [S(lead, "name")]),
        ("Mobile", [S(fk.uk_phone(), "phone")]),
        ("Email", [S(fk.email(lead), "email")]),
        ("Route", [S(f"{dep} - {arr}", "other")]),
        (
            "Departs",
            [
                S(
                    f"{day} {EN_MONTHS[month - 1]} 2026, {rng.randint(6, 22):02d}:{rng.choice(('00', '15', '30', '45'))}",
                    "date",
                )
            ],
        ),
        (
            "Accommodation",
            [
                S(rng.choice(EN_CABINS), "other"),
                S(f"  Cabin {rng.randint(2, 9)}{rng.randint(10, 60)}", "other"),
            ],
        ),
    ]
    col = w / 3
    for k, (label, value) in enumerate(boxes):
        x, yy = m + (k % 3) * col, y + (k // 3) * 64 * s
        stacked(p, x, yy, label, value, lf, vf, col - 16 * s)
    y += 2 * 64 * s + 10 * s
    block = fk.uk_block()
    addr = [sp for ln in block for sp in (S(t, kd) for t, kd in ln.segments)]
    spans = [S("Address: ", "label")]
    for k, sp in enumerate(addr):
        spans += ([S(", ", "other")] if k else []) + [sp]
    y = word_wrap(p, m, y, spans, p.font(15), w, 22 * s) + 24 * s
    c.text(m, y, "Passengers", p.font(18, bold=True), "label")
    rows = [[label_cell(h) for h in ("Name", "Type", "Date of birth", "Ticket")]]
    party = [lead] + [fk.en_name() for _ in range(rng.randint(1, 4))]
    for who in party:
        dob, age = fk.born(1950, 2022, "dmy")
        kind = "Child" if age < 16 else "Senior" if age >= 65 else "Adult"
        rows.append(
            [
                Cell.of(who, "name"),
                Cell.of(kind, "other", align="c"),
                Cell.of(dob, "id_number", align="c"),
                Cell.of(fk.digits(10, True), "id_number", align="c"),
            ]
        )
    y = (
        table(
            p,
            m,
            y + 12 * s,
            [w * 0.34, w * 0.14, w * 0.22, w * 0.3],
            rows,
            32 * s,
            p.font(15),
            cjk=False,
            line=1,
        )
        + 36 * s
    )
    if rng.random() < 0.75:
        c.text(m, y, "Vehicle", p.font(18, bold=True), "label")
        vehicle = [
            [label_cell(h) for h in ("Type", "Registration", "Length", "Driver")],
            [
                Cell.of(rng.choice(EN_VEHICLES), "other"),
                Cell.of(fk.uk_plate(), "id_number", align="c"),
                Cell.of(f"{rng.uniform(3.8, 6.9):.1f} m", "other", align="c"),
                Cell.of(lead, "name"),
            ],
        ]
        y = (
            table(
                p,
                m,
                y + 12 * s,
                [w * 0.3, w * 0.22, w * 0.14, w * 0.34],
                vehicle,
                32 * s,
                p.font(15),
                cjk=False,
                line=1,
            )
            + 36 * s
        )
    c.line(
        m,
        y,
        [
            S("Total paid: ", "label"),
            S(f"£{rng.randint(60, 720)}.{rng.choice(('00', '50', '90'))}", "price"),
        ],
        p.font(18, bold=True),
    )
    y += 30 * s
    c.barcode(
        int(right - 360 * s), int(y - 60 * s), ref, height=int(60 * s), max_width=int(340 * s)
    )
    y += 30 * s
    for note in EN_NOTES:
        y = word_wrap(p, m, y, [S(note, "footer")], p.font(14), w, 20 * s) + 4 * s
    return _finish(c, y, m // 2, pad=16 * s)


def it_carta(rng: random.Random, fk: DuesFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1200), 0.62, cjk=False, base=1100, margin=0.04)
    s = p.s
    company, line = rng.choice(IT_COMPANIES)
    dep, arr = rng.choice(IT_ROUTES)
    cut = m + (right - m) * 0.7
    c.draw.rectangle([m, m, right, m + 76 * s], fill=(208, 226, 244))
    c.text(m + 24 * s, m + 50 * s, company, p.font(26, bold=True), "shop")
    c.text(
        right - 24 * s, m + 50 * s, "CARTA D'IMBARCO", p.font(22, bold=True), "label", anchor="rs"
    )
    lf, vf = p.font(13), p.font(20)
    name = fk.it_name()
    ticket = fk.digits(11, True)
    day = f"{rng.randint(1, 28):02d}/{rng.randint(5, 9):02d}/2026"
    doc = rng.choice(IT_DOCS)
    number = {"C.I.": fk.it_document(), "Passaporto": f"Y{fk.upper(1)}{fk.digits(7)}"}.get(
        doc, f"U1{fk.upper(1)}{fk.digits(6)}{fk.upper(1)}"
    )
    left = [
        [
            ("Nominativo", [S(name.upper() if rng.random() < 0.5 else name, "name")]),
            ("Nato/a il", [S(fk.born(1945, 2015, "dmy")[0], "id_number")]),
        ],
        [
            (
                "Documento",
                [S(doc + " ", "other"), S(number, "id_number")],
            ),
            ("Biglietto n.", [S(ticket, "id_number")]),
        ],
        [("Partenza", [S(dep, "other")]), ("Arrivo", [S(arr, "other")])],
        [
            ("Data", [S(day, "date")]),
            ("Ora", [S(f"{rng.randint(6, 20):02d}:{rng.choice(('05', '20', '40'))}", "date")]),
        ],
        [
            ("Sistemazione", [S(rng.choice(IT_SEATS), "other")]),
            ("N. posto", [S(f"{rng.randint(1, 400)}", "other")]),
        ],
    ]
    if rng.random() < 0.5:
        left.append(
            [("Veicolo", [S("Autovettura", "other")]), ("Targa", [S(fk.it_plate(), "id_number")])]
        )
    y = m + 120 * s
    half = (cut - m - 40 * s) / 2
    for row in left:
        for k, (label, value) in enumerate(row):
            stacked(p, m + 24 * s + k * half, y, label, value, lf, vf, half - 20 * s)
        y += 60 * s
    for note in IT_NOTES:
        y = (
            word_wrap(p, m + 24 * s, y, [S(note, "footer")], p.font(13), cut - m - 48 * s, 19 * s)
            + 2 * s
        )
    c.line(m + 24 * s, y + 6 * s, [S("Info: ", "label"), biz(line, "shop_phone")], p.font(14))
    yy = m + 100 * s
    while yy < y + 10 * s:  # the perforation before the company's stub
        c.vline(cut, yy, yy + 10 * s, width=2)
        yy += 20 * s
    sx, sy = cut + 24 * s, m + 130 * s
    sw = right - sx - 20 * s
    c.text(sx, sy, "TAGLIANDO", p.font(18, bold=True), "label")
    sy += 40 * s
    c.line(sx, sy, [S(name, "name")], fit(p, p.font(18), name, sw))
    sy += 34 * s
    c.line(
        sx,
        sy,
        [S(f"{dep[:10]} > {arr[:10]}", "other")],
        fit(p, p.font(16), f"{dep[:10]} > {arr[:10]}", sw),
    )
    sy += 30 * s
    c.line(sx, sy, [S(day, "date")], p.font(16))
    sy += 20 * s
    q = int(min(sw, 150 * s))
    c.qr(int(sx), int(sy), f"IMB{ticket}", size=q)
    c.box(m, m, right, y + 30 * s, width=2)
    return _finish(c, y + 30 * s, m, pad=0)
