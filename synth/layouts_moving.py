"""Removals: a moving company's written quotation after a home survey.

A letterhead, the quote's number and date beside a block for the customer
(stacked: a small caption over the name, the current address, phone and e-mail),
the addresses moved from and to side by side with their access notes, a letter in
running prose that repeats the customer's surname and street, an inventory and a
price table in ruled grids, and an acceptance slip signed and printed by hand. The
surveyor signs the letter with a role under their name. The company's own address,
phone, registration, the goods, volumes and prices are ordinary.
"""

from __future__ import annotations

import random

from .fakedata_community import CommunityFaker
from .formkit import Cell, handwritten, sheet, table
from .kit import S, _finish
from .render import Canvas, Span

_FIRMS = ("Hartley", "Pennine", "Greenway", "Bridgeford", "Swift & Sons", "Kingsmead")
_ROOMS = ("Lounge", "Kitchen", "Bedroom 1", "Bedroom 2", "Garage", "Loft", "Study")
_ACCESS = (
    "Ground floor, parking outside",
    "2nd floor, no lift",
    "Narrow stairs, parking permit needed",
    "Lift available, loading bay at rear",
)


def _block(fk: CommunityFaker, rng: random.Random) -> list[list[Span]]:
    """A British address as lines of spans, a flat number first on some."""
    lines = [[S(t, k) for t, k in ln.segments] for ln in fk.uk_block()]
    if lines[0][0].category != "door" and rng.random() < 0.4:
        lines[0] = [S(f"Flat {rng.randint(1, 30)}, ", "door"), *lines[0]]
    return lines


def moving_quote(rng: random.Random) -> Canvas:
    """A removal quotation: letterhead, customer, from/to, letter, inventory, prices, slip."""
    fk = CommunityFaker(rng)
    c, p, m, right = sheet(rng, (1240, 1300), 1.55, cjk=False, base=1240, margin=(0.06, 0.08))
    W, w = c.width, right - m
    f, small = p.font(rng.uniform(19, 21)), p.font(16)
    lh = f.size * 1.45
    grey = (90, 90, 95)
    colour = rng.choice(((20, 70, 130), (140, 30, 40), (30, 100, 60), (60, 60, 60)))
    firm = rng.choice(_FIRMS) + rng.choice((" Removals", " Removals & Storage", " Moving Co."))
    y = m + 40 * p.s
    c.text(m, y, firm, p.font(38, bold=True), "shop", fill=colour)
    y += 34 * p.s
    office = f"Unit {rng.randint(1, 20)}, {rng.choice(('Mill Lane', 'Station Road', 'Canal Wharf'))} Industrial Estate"
    c.text(m, y, office, small, "other", fill=grey)
    c.text(
        right,
        y,
        f"Tel 0{rng.randint(1100, 1999)} {fk.digits(6)}  ·  www.{fk.web_domain()}",
        small,
        "other",
        anchor="rs",
        fill=grey,
    )
    y += 14 * p.s
    c.draw.rectangle([m, y, right, y + 6 * p.s], fill=colour)
    y += 70 * p.s
    c.text(right, y, "QUOTATION", p.font(34, bold=True), "label", anchor="rs", fill=colour)
    surveyor = fk.en_name()
    meta = [
        ("Quote no.", S(fk.quote_ref(), "other")),
        ("Date", S(fk.date("in"), "date")),
        ("Surveyor", S(surveyor, "name")),
    ]
    my = y + 46 * p.s
    for lab, val in meta:
        c.text(right - 420 * p.s, my, lab, f, "label", fill=grey)
        c.line(right - 250 * p.s, my, [val], f)
        my += lh
    customer = fk.en_name()
    title = rng.choice(("Mr", "Mrs", "Ms", "Dr"))
    c.text(m, y, rng.choice(("Prepared for", "Customer", "Client")), small, "label", fill=grey)
    y += lh
    c.text(m, y, f"{title} {customer}", p.font(f.size / p.s, bold=True), "name")
    y += lh
    home = _block(fk, rng)
    for spans in home:
        c.line(m, y, spans, f)
        y += lh
    c.line(m, y, [S(fk.uk_phone(), "phone")], f)
    y += lh
    if rng.random() < 0.7:
        c.line(m, y, [S(fk.email(customer), "email")], f)
        y += lh
    y = max(y, my) + 30 * p.s
    half = w / 2
    dest = _block(fk, rng)
    top = y
    for k, (head, lines) in enumerate((("Moving from", home), ("Moving to", dest))):
        x, yy = m + k * half, top
        c.text(x, yy, head, p.font(20, bold=True), "label", fill=colour)
        yy += lh
        for spans in lines:
            c.line(x, yy, spans, f)
            yy += lh
        c.line(x, yy, [S("Access ", "label"), S(rng.choice(_ACCESS), "other")], small)
        y = max(y, yy + lh * 1.6)
    c.line(m, y, [S("Provisional moving date  ", "label"), S(fk.date("in"), "date")], f)
    y += lh * 1.8
    street = next(sp.text for ln in home for sp in ln if sp.category == "address")
    letter = [
        S(f"Dear {title} ", "other"),
        S(customer.split()[-1], "name"),
        S(", thank you for inviting us to survey your home at ", "other"),
        S(street, "address"),
        S(
            ". Our price below covers a crew of two or three, a 7.5-tonne van, protective covers "
            "for your furniture and unloading at the new address. It is valid for 28 days.",
            "other",
        ),
    ]
    y = c.wrap(m, y, letter, f, w, lh, max_lines=5) + lh * 0.3
    rows = [[Cell.of(h, "label", align="c") for h in ("Room", "Item", "Qty", "Volume (cu ft)")]]
    for room in rng.sample(_ROOMS, rng.randint(2, 4)):
        rows.append(
            [
                Cell.of(room, "other"),
                Cell.of(fk.furniture(), "item"),
                Cell.of(str(rng.randint(1, 12)), "other", align="c"),
                Cell.of(str(rng.randint(8, 90)), "other", align="c"),
            ]
        )
    y = table(p, m, y, [w * k for k in (0.2, 0.46, 0.12, 0.22)], rows, 42 * p.s, f, cjk=False)
    y += 30 * p.s
    lines = [
        ("Removal (crew + van)", rng.randint(450, 1400)),
        ("Packing service", rng.choice((0, 180, 260, 340))),
    ]
    lines += [
        ("Storage, per week", rng.choice((0, 35, 45))),
        ("Goods in transit cover", rng.choice((25, 40, 60))),
    ]
    net = sum(v for _, v in lines)
    prices = [[Cell.of(t, "item"), Cell.of(f"£{v:,.2f}", "price", align="r")] for t, v in lines]
    prices += [
        [Cell.of("VAT 20%", "label"), Cell.of(f"£{net * 0.2:,.2f}", "price", align="r")],
        [Cell.of("Total", "label"), Cell.of(f"£{net * 1.2:,.2f}", "price", align="r")],
    ]
    y = table(p, m + half, y, [half * 0.62, half * 0.38], prices, 40 * p.s, f, cjk=False)
    y += 50 * p.s
    c.text(m, y, rng.choice(("Yours sincerely,", "Kind regards,")), f, "other")
    y += lh * 1.6
    handwritten(p, m, y, [S(surveyor, "name")], 38, cjk=False, width=360 * p.s)
    y += lh
    c.text(m, y, surveyor, f, "name")
    y += lh
    c.text(m, y, rng.choice(("Estimator", "Removals Surveyor", "Operations Manager")), f, "other")
    y += lh * 1.4
    c.hline(m, right, y, width=1, dash=int(8 * p.s))
    c.text(W / 2, y + 6 * p.s, "cut here and return", small, "other", anchor="mt", fill=grey)
    y += lh * 2
    c.text(m, y, "I accept this quotation and the company's terms and conditions.", f, "label")
    y += lh * 2
    signed = rng.random() < 0.6
    for k, lab in enumerate(("Signed", "Print name", "Date")):
        x = m + k * w / 3
        c.text(x, y, lab, small, "label")
        c.hline(x + 90 * p.s, x + w / 3 - 20 * p.s, y + 6 * p.s, width=1)
        if signed:
            val = S(fk.date("us"), "date") if k == 2 else S(customer, "name")
            handwritten(p, x + 100 * p.s, y, [val], 30, cjk=False, width=w / 3 - 130 * p.s)
    y += lh * 2
    terms = f"{firm} Ltd. Registered in England no. {fk.digits(8)}. Member of a removals trade association."
    y = c.wrap(m, y, [S(terms, "footer")], small, w, small.size * 1.4, max_lines=2)
    return _finish(c, y, m, pad=10 * p.s)


LAYOUTS = {"moving_quote": moving_quote}
