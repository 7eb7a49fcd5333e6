"""An English attraction e-ticket and an Italian biglietto nominativo for
:mod:`synth.layouts_scenic`.

Personal: the lead booker, the ticket holder and the buyer (``name``; a title before
the name is ordinary), the booking reference and the codice prenotazione
(``id_number``: each finds the booker), the booker's e-mail, and the barcodes and QR
codes (``code``). Ordinary: attractions, museums, dates, arrival times and fasce
orarie, ticket types, quantities, prices, ticket serials and the terms; the visitor
services line and the museum's address are business data.
"""

from __future__ import annotations

import random

from .fakedata_kin import KinFaker
from .formkit import fit, sheet
from .formkit_marks import word_wrap
from .kit import EN_MONTHS, S, _finish
from .render import Canvas, Span
from .scenic_words import EN_ATTRACTIONS, EN_TERMS, EN_TICKETS, IT_KINDS, IT_MUSEUMS, IT_NOTES

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def en_eticket(rng: random.Random, fk: KinFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1180), 1.3, cjk=False, base=1100, margin=0.06)
    s, w = p.s, right - m
    place, line = rng.choice(EN_ATTRACTIONS)
    y = m + 36 * s
    c.text(m, y, place, fit(p, p.font(28, bold=True), place, w * 0.7), "shop")
    c.text(right, y, "E-TICKET", p.font(26, bold=True), "label", anchor="rs")
    y += 34 * s
    c.text(m, y, "Print this page or show it on your phone at the entrance.", p.font(15), "footer")
    y += 30 * s
    top = y
    name = fk.en_name()
    ref = fk.booking_ref()
    title = rng.choice(("", "", "", "Dr "))
    visit = f"{rng.choice(_DAYS)} {rng.randint(1, 28)} {rng.choice(EN_MONTHS[3:10])} 2026"
    slot = f"{rng.randint(9, 14)}:{rng.choice(('00', '30'))}"
    rows: list[tuple[str, list[Span]]] = [
        ("Lead booker", [S(title, "other"), S(name, "name")] if title else [S(name, "name")]),
        ("Booking reference", [S(ref, "id_number")]),
        ("Date of visit", [S(visit, "date")]),
        ("Arrival time", [S(f"{slot} (entry within 30 minutes)", "other")]),
        ("Confirmation sent to", [S(fk.email(name), "email")]),
    ]
    f, lf = p.font(19), p.font(15)
    y += 44 * s
    for label, value in rows:
        c.text(m + 20 * s, y, label, lf, "label", fill=(90, 90, 90))
        c.line(m + 250 * s, y, value, fit(p, f, "".join(v.text for v in value), w * 0.42))
        y += 42 * s
    c.barcode(
        int(right - 330 * s),
        int(top + 30 * s),
        ref,
        height=int(90 * s),
        module=2,
        max_width=int(300 * s),
    )
    c.text(right - 180 * s, top + 150 * s, ref, p.font(16, mono=True), "id_number", anchor="ms")
    c.box(m, top, right, y, width=2)
    y += 50 * s
    tickets = rng.sample(EN_TICKETS, rng.randint(1, 3))
    counts = [rng.randint(1, 3) for _ in tickets]
    heads = ("Ticket type", "Qty", "Price", "Total")
    xs = (m, m + w * 0.5, m + w * 0.65, m + w * 0.85)
    for x, h in zip(xs, heads, strict=True):
        c.text(x, y, h, p.font(17, bold=True), "label")
    c.hline(m, right, y + 12 * s, width=1)
    total = 0.0
    for (kind, price), n in zip(tickets, counts, strict=True):
        y += 38 * s
        total += price * n
        for x, (text, k) in zip(
            xs,
            (
                (kind, "other"),
                (str(n), "other"),
                (f"£{price:.2f}", "price"),
                (f"£{price * n:.2f}", "price"),
            ),
            strict=True,
        ):
            c.text(x, y, text, f, k)
    y += 20 * s
    c.hline(m, right, y, width=1)
    y += 36 * s
    c.line(
        xs[2], y, [S("Total paid ", "label"), S(f"£{total:.2f}", "price")], p.font(19, bold=True)
    )
    y += 50 * s
    n_all = sum(counts)
    for k in range(min(n_all, 3)):
        number = f"{ref[:3]}{fk.digits(7)}"
        c.hline(m, right, y - 20 * s, width=1, dash=int(8 * s))
        y += 20 * s
        c.barcode(int(m), int(y), number, height=int(60 * s), module=2, max_width=int(360 * s))
        c.text(
            m + 400 * s, y + 24 * s, f"Ticket {k + 1} of {n_all}", p.font(18, bold=True), "other"
        )
        c.text(m + 400 * s, y + 54 * s, number, p.font(16, mono=True), "other")
        y += 100 * s
    y = word_wrap(p, m, y + 10 * s, [S(EN_TERMS, "footer")], p.font(14), w, 21 * s) + 10 * s
    c.line(m, y, [S("Visitor services ", "label"), Span(line, "shop_phone", None)], p.font(15))
    return _finish(c, y, m // 2, pad=16 * s)


def it_biglietto(rng: random.Random, fk: KinFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1300), 0.7, cjk=False, base=1200, margin=0.04)
    s = p.s
    museum, site = rng.choice(IT_MUSEUMS)
    c.draw.rectangle(
        [m, m, right, m + 110 * s], fill=rng.choice(((232, 222, 206), (214, 226, 236)))
    )
    c.text(
        m + 24 * s,
        m + 50 * s,
        museum,
        fit(p, p.font(30, bold=True), museum, right - m - 60 * s),
        "shop",
    )
    c.text(m + 24 * s, m + 88 * s, site, p.font(16), "shop_address", None)
    y = m + 160 * s
    c.text(m + 24 * s, y, "BIGLIETTO NOMINATIVO", p.font(26, bold=True), "label")
    holder = fk.it_name()
    kind, price = rng.choice(IT_KINDS)
    day = f"{rng.randint(1, 28):02d}/{rng.randint(4, 10):02d}/2026"
    h = rng.randint(9, 17)
    q = rng.choice(("00", "15", "30", "45"))
    rows: list[tuple[str, list[Span]]] = [
        ("Nominativo", [S(holder.upper() if rng.random() < 0.6 else holder, "name")]),
        ("Data visita", [S(day, "date")]),
        ("Fascia oraria", [S(f"{h}:{q} - {h}:{int(q) + 14:02d}", "other")]),
        ("Tipologia", [S(kind, "other")]),
        ("Prezzo", [S(f"€ {price:.2f}".replace(".", ","), "price")]),
        ("Codice prenotazione", [S(f"{fk.upper(2)}{fk.digits(8, True)}", "id_number")]),
        ("N. biglietto", [S(fk.digits(12, True), "other")]),
    ]
    buyer = holder
    if rng.random() < 0.45:
        buyer = fk.it_name()
        rows.append(("Acquistato da", [S(buyer, "name")]))
    f, lf = p.font(20), p.font(15)
    y += 50 * s
    for label, value in rows:
        c.text(m + 24 * s, y, label, lf, "label", fill=(90, 90, 90))
        c.line(m + 260 * s, y, value, f)
        y += 40 * s
    qs = int(230 * s)
    c.qr(int(right - qs - 40 * s), int(m + 150 * s), f"IT{fk.alnum(16)}", size=qs)
    if rng.random() < 0.5:
        mail = fk.eu_email(buyer)
        c.line(m + 24 * s, y, [S("E-mail: ", "label"), S(mail, "email")], p.font(16))
        y += 36 * s
    y += 6 * s
    for note in IT_NOTES:
        y = word_wrap(p, m + 24 * s, y, [S(note, "footer")], p.font(14), right - m - 48 * s, 21 * s)
    c.box(m, m, right, y, width=2)
    return _finish(c, y, m, pad=0)
