"""An English fleet fuel card statement and a German Tankquittung for
:mod:`synth.layouts_fuel`.

Personal: the drivers and the person a statement is for (``name``), card numbers whole
or starred to their last digits (``card_number``), vehicle registrations and
Kennzeichen (``id_number``). Ordinary: the small business's name, sites, products,
litres, prices, odometer readings, VAT, totals, receipt and terminal numbers and dates;
the issuer's and the station's addresses and phones and the business's account number
are business data.
"""

from __future__ import annotations

import random

from .fakedata_filings import FilingFaker, spaced4
from .formkit import Cell, handwritten, sheet, table
from .formkit_slips import label_cell
from .fuel_words import (
    DE_CARDS,
    DE_GRADES,
    DE_STATIONS,
    EN_FIRMS,
    EN_ISSUERS,
    EN_PRODUCTS,
    EN_SITES,
)
from .kit import S, _finish
from .render import Canvas, Span


def _starred(rng: random.Random, number: str) -> str:
    """A fleet card as a statement or a receipt prints it: whole, or the first six and
    last four kept."""
    if rng.random() < 0.4:
        return spaced4(number)
    return spaced4(number[:6] + "*" * (len(number) - 10) + number[-4:])


def en_statement(rng: random.Random, fk: FilingFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1300, 1400), 1.3, cjk=False, base=1300, margin=0.05)
    s, w = p.s, right - m
    issuer, iaddr, iphone = rng.choice(EN_ISSUERS)
    y = m + 34 * s
    c.text(m, y, issuer, p.font(26, bold=True), "shop")
    c.text(right, y, "Fuel Card Transaction Statement", p.font(22, bold=True), "label", anchor="rs")
    y += 26 * s
    c.line(m, y, [Span(iaddr, "shop_address", None)], p.font(14))
    c.line(
        right - 300 * s,
        y,
        [S("Customer services ", "label"), Span(iphone, "shop_phone", None)],
        p.font(14),
    )
    y += 56 * s
    firm = rng.choice(EN_FIRMS)
    f = p.font(17)
    c.line(m, y, [S("FAO ", "other"), S(fk.en_name(), "name")], f)
    c.line(right - 420 * s, y, [S("Account name: ", "label"), S(firm, "shop")], f)
    y += 28 * s
    c.text(m, y, firm, f, "shop")
    c.line(
        right - 420 * s,
        y,
        [S("Account no: ", "label"), Span(f"FC{fk.digits(7, True)}", "order_number", None)],
        f,
    )
    y += 28 * s
    c.line(
        m,
        y,
        [
            Span(
                f"Unit {rng.randint(1, 40)}, {rng.choice(('Riverside', 'Canal', 'Mill'))} Trading Estate",
                "shop_address",
                None,
            )
        ],
        f,
    )
    start = rng.randint(1, 15)
    month = rng.choice(("October", "November"))
    c.line(
        right - 420 * s,
        y,
        [S("Period: ", "label"), S(f"{start} - {start + 13} {month} 2026", "date")],
        f,
    )
    y += 50 * s
    heads = ("Date", "Time", "Site", "Product", "Litres", "Odometer", "Net £", "VAT £", "Gross £")
    widths = [w * k for k in (0.1, 0.07, 0.22, 0.1, 0.08, 0.11, 0.1, 0.1, 0.12)]
    total = 0.0
    for _ in range(rng.randint(2, 3)):
        driver = fk.en_name()
        card = fk.eu_fuel_card()
        reg = fk.uk_plate()
        c.draw.rectangle([m, y - 22 * s, right, y + 10 * s], fill=(228, 232, 240))
        c.line(
            m + 8 * s,
            y,
            [
                S("Card ", "label"),
                S(_starred(rng, card), "card_number"),
                S("   Driver: ", "label"),
                S(driver, "name"),
                S("   Vehicle reg: ", "label"),
                S(reg, "id_number"),
            ],
            p.font(16, bold=True),
        )
        rows = [[label_cell(t) for t in heads]]
        odo = rng.randint(20000, 140000)
        for day in sorted(rng.sample(range(start, start + 14), rng.randint(2, 4))):
            product, price = rng.choices(EN_PRODUCTS, weights=(4, 4, 4, 1))[0]
            litres = rng.uniform(25, 80) if product != "AdBlue" else rng.uniform(5, 15)
            gross = litres * price
            total += gross
            odo += rng.randint(150, 700)
            cells = (
                (
                    f"{day:02d}/{11 if month == 'November' else 10}/26",
                    "date",
                ),
                (f"{rng.randint(6, 20):02d}:{rng.randint(0, 59):02d}", "other"),
                (rng.choice(EN_SITES), "other"),
                (product, "item"),
                (f"{litres:.2f}", "other"),
                (str(odo), "other"),
                (f"{gross / 1.2:.2f}", "price"),
                (f"{gross - gross / 1.2:.2f}", "price"),
                (f"{gross:.2f}", "price"),
            )
            rows.append([Cell.of(t, k, align="r" if k == "price" else "l") for t, k in cells])
        y = table(p, m, y + 16 * s, widths, rows, 34 * s, p.font(14), cjk=False, line=1) + 44 * s
    c.line(
        right - 360 * s,
        y,
        [S("Total this statement: ", "label"), S(f"£{total:.2f}", "price")],
        p.font(18, bold=True),
    )
    y += 40 * s
    note = "Please check every transaction. Report a lost or stolen card at once on the customer services line."
    c.text(m, y, note, p.font(14), "footer")
    return _finish(c, y, m // 2, pad=20 * s)


def de_quittung(rng: random.Random, fk: FilingFaker) -> Canvas:
    c, p, m, right = sheet(rng, (560, 600), 2.4, cjk=False, base=560, margin=0.05)
    s = p.s
    name, street, town, phone = rng.choice(DE_STATIONS)
    f = p.font(18, mono=rng.random() < 0.6)
    lh = 29 * s
    y = m + 34 * s
    c.text(c.width / 2, y, name, p.font(26, bold=True), "shop", anchor="ms")
    for text, kind in (
        (street, "shop_address"),
        (town, "shop_address"),
        (f"Tel. {phone}", "shop_phone"),
    ):
        y += lh
        c.text(c.width / 2, y, text, f, kind, None, anchor="ms")
    y += 44 * s
    grade, price = rng.choice(DE_GRADES)
    litres = rng.uniform(20, 65)
    total = litres * price
    day = f"{rng.randint(1, 28):02d}.{rng.randint(1, 11):02d}.2026"
    c.line(m, y, [S("Beleg-Nr. ", "label"), S(fk.digits(5, True), "other")], f)
    c.text(right, y, f"{day} {fk.time(seconds=False)}", f, "date", anchor="rs")
    y += lh * 1.5
    c.line(m, y, [S(f"Säule {rng.randint(1, 12)}  ", "other"), S(grade, "item")], f)
    y += lh
    c.text(m, y, f"{litres:.2f} l x {price:.3f} EUR/l".replace(".", ","), f, "other")
    c.text(right, y, f"{total:.2f} EUR".replace(".", ","), f, "price", anchor="rs")
    y += lh * 1.4
    c.hline(m, right, y - lh * 0.7, width=1)
    c.text(m, y, "SUMME", p.font(22, bold=True), "label")
    c.text(
        right, y, f"{total:.2f} EUR".replace(".", ","), p.font(22, bold=True), "price", anchor="rs"
    )
    y += lh
    c.text(m, y, f"enth. MwSt 19%  {total - total / 1.19:.2f}".replace(".", ","), f, "other")
    y += lh * 1.5
    card = fk.eu_fuel_card()
    rows: list[list[Span]] = [
        [S("Zahlung: ", "label"), S(rng.choice(DE_CARDS), "other")],
        [S("Karten-Nr.: ", "label"), S(_starred(rng, card), "card_number")],
        [S("Kennzeichen: ", "label"), S(fk.de_plate(), "id_number")],
        [S("km-Stand: ", "label"), S(str(rng.randint(12000, 260000)), "other")],
        [S("Terminal-ID: ", "label"), S(fk.digits(8, True), "other")],
    ]
    driver = fk.eu_name("de")
    if rng.random() < 0.7:
        rows.insert(3, [S("Fahrer: ", "label"), S(driver, "name")])
    for spans in rows:
        c.line(m, y, spans, f)
        y += lh
    y += 20 * s
    x = c.line(m, y + 10 * s, [S("Unterschrift:", "label")], f) + 8 * s
    handwritten(p, x, y + 10 * s, [S(driver.split()[-1], "name")], 28, cjk=False)
    c.hline(x, right, y + 16 * s, width=1)
    y += 60 * s
    c.text(c.width / 2, y, "Vielen Dank für Ihren Besuch!", p.font(17), "footer", anchor="ms")
    return _finish(c, y, m, pad=10 * s)
