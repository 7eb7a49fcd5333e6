"""Customs: the declaration stuck on a parcel sent abroad (a CN 23 form), filled in by
hand at the post office counter.

The form is printed in two languages (English and French, as the postal union's
forms are), in boxes: sender and addressee each in a block of small labels with no
colon and the values written by hand beside them on rules; the contents in a ruled
table (description, quantity, weight, value, tariff number, origin), the kind of
shipment in tick boxes, then the declaration in small print signed and dated by
hand. The parcel's item number is printed as text and as a barcode. Contents,
weights, values, tariff numbers and every printed caption are ordinary.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from .fakedata_community import CommunityFaker
from .formkit import HAND_INKS, Cell, fit, handwritten, sheet, table
from .formkit_blanks import tick_box
from .kit import Pen, S, _finish, hand_font
from .render import Canvas, Span

_KINDS = (
    "Gift / Cadeau",
    "Documents",
    "Commercial sample",
    "Returned goods",
    "Sale of goods",
    "Other / Autre",
)
#: How senders write the addressee's country (every addressee here lives in Britain).
_COUNTRIES = ("UNITED KINGDOM", "UK", "GREAT BRITAIN", "England")


def _party(
    p: Pen,
    x: float,
    y: float,
    w: float,
    title: str,
    fields: Sequence[tuple[str, Sequence[Span]]],
    ink: tuple[int, int, int],
    row: float,
) -> float:
    """A boxed block: its title, then one printed label per rule with the value written
    by hand after it; returns the bottom."""
    c = p.c
    lf, tf = p.font(15), p.font(18, bold=True)
    h = row * (len(fields) + 0.9)
    c.box(x, y, x + w, y + h, width=2)
    c.text(x + 10 * p.s, y + 26 * p.s, title, tf, "label")
    hf = hand_font(p, 30, cjk=False)
    yy = y + 26 * p.s + row
    lw = 150 * p.s
    for label, value in fields:
        c.text(x + 10 * p.s, yy, label, lf, "label", fill=(60, 60, 60))
        c.hline(x + lw, x + w - 10 * p.s, yy + 6 * p.s, width=1, dash=int(4 * p.s))
        text = "".join(sp.text for sp in value)
        if text:
            c.line(x + lw + 8 * p.s, yy, value, fit(p, hf, text, w - lw - 28 * p.s), fill=ink)
        yy += row
    return y + h


def customs_declaration(rng: random.Random) -> Canvas:
    """CN 23: item barcode, sender and addressee blocks, contents table, ticks, signature."""
    fk = CommunityFaker(rng)
    c, p, m, right = sheet(rng, (1240, 1300), 1.3, cjk=False, base=1240, margin=(0.04, 0.06))
    w = right - m
    ink = rng.choice(HAND_INKS)
    y = m
    c.box(m, y, right, y + 130 * p.s, width=2)
    c.text(m + 16 * p.s, y + 52 * p.s, "CUSTOMS DECLARATION", p.font(32, bold=True), "label")
    c.text(m + 16 * p.s, y + 88 * p.s, "DÉCLARATION EN DOUANE", p.font(20), "label")
    c.text(
        m + 16 * p.s,
        y + 116 * p.s,
        "May be opened officially / Peut être ouvert d'office",
        p.font(15),
        "label",
    )
    c.text(m + w * 0.52, y + 60 * p.s, "CN 23", p.font(40, bold=True), "label")
    item = fk.cn22_tracking()
    c.barcode(
        int(right - 360 * p.s),
        int(y + 14 * p.s),
        item,
        height=int(70 * p.s),
        module=2,
        max_width=int(340 * p.s),
        category="tracking",
    )
    c.text(
        right - 190 * p.s,
        y + 116 * p.s,
        " ".join((item[:2], item[2:5], item[5:8], item[8:11], item[11:])),
        p.font(20, mono=True),
        "tracking",
        anchor="ms",
    )
    y += 130 * p.s
    half = w / 2
    row = 44 * p.s
    cn_sender = rng.random() < 0.5
    country = rng.choice(_COUNTRIES)
    if cn_sender:
        door, street, city, postcode = fk.cn_address_latin()
        sender = [
            ("Name / Nom", [S(fk.pinyin_name(), "name")]),
            ("Street / Rue", [S(door + ", ", "door"), S(street, "address")]),
            ("City / Ville", [S(city, "address")]),
            ("Postcode", [S(postcode, "address")]),
            ("Country / Pays", [S("CHINA", "other")]),
            ("Tel", [S(fk.cn_mobile("plain"), "phone")]),
        ]
    else:
        lines = fk.us_block()
        sender = [
            ("Name / Nom", [S(fk.en_name(), "name")]),
            ("Street / Rue", [S(t, k) for t, k in lines[0].segments]),
            ("City / Ville", [S(t, k) for t, k in lines[1].segments]),
            ("Postcode", []),
            ("Country / Pays", [S("USA", "other")]),
            ("Tel", [S(fk.us_phone(), "phone")]),
        ]
    if rng.random() < 0.5:
        sender.insert(1, ("Business", [S(fk.en_company(), "other")] if rng.random() < 0.4 else []))
    uk = [ln for ln in fk.uk_block() if ln.segments[0][1] != "door"]
    to_name = fk.en_name()
    addressee = [
        ("Name / Nom", [S(to_name, "name")]),
        (
            "Street / Rue",
            [S(f"Flat {rng.randint(1, 40)}, ", "door"), *[S(t, k) for t, k in uk[0].segments]],
        ),
        ("City / Ville", [S(" ".join(t for ln in uk[1:] for t, _ in ln.segments), "address")]),
        ("Country / Pays", [S(country, "other")]),
        ("Tel", [S(fk.uk_phone(), "phone")]),
        ("E-mail", [S(fk.email(to_name), "email")]),
    ]
    b1 = _party(p, m, y, half, "From / De", sender, ink, row)
    b2 = _party(p, m + half, y, half, "To / À", addressee, ink, row)
    y = max(b1, b2)
    rows = [
        [
            Cell.of(t, "label", align="c")
            for t in (
                "Detailed description of contents",
                "Qty",
                "Net weight (kg)",
                "Value (USD)",
                "HS tariff no.",
                "Origin",
            )
        ]
    ]
    total_w = total_v = 0.0
    for _ in range(rng.randint(1, 4)):
        what, hs = fk.gift_item()
        q, kg, val = rng.randint(1, 4), rng.uniform(0.1, 1.5), rng.randint(5, 80)
        total_w += kg
        total_v += val
        rows.append(
            [
                Cell.of(what, "item", hand=True),
                Cell.of(str(q), "other", hand=True, align="c"),
                Cell.of(f"{kg:.2f}", "other", hand=True, align="c"),
                Cell.of(f"{val}.00", "price", hand=True, align="c"),
                Cell.of(hs if rng.random() < 0.7 else "", "other", hand=True, align="c"),
                Cell.of(
                    rng.choice(("CN", "China")) if cn_sender else "US",
                    "other",
                    hand=True,
                    align="c",
                ),
            ]
        )
    rows.append(
        [
            Cell.of("Total gross weight / Total", "label", span=2),
            Cell.of(f"{total_w + 0.3:.2f}", "other", hand=True, align="c"),
            Cell.of(f"{total_v:.2f}", "price", hand=True, align="c"),
            Cell.of("Postal charges", "label", align="c"),
            Cell.of(f"{rng.randint(18, 60)}.00", "price", align="c"),
        ]
    )
    widths = [w * k for k in (0.36, 0.08, 0.14, 0.14, 0.15, 0.13)]
    y = table(p, m, y, widths, rows, 48 * p.s, p.font(16), hand_px=28, cjk=False, ink=ink)
    y += 40 * p.s
    f = p.font(18)
    x = m
    pick = rng.randrange(len(_KINDS))
    for k, kind in enumerate(_KINDS):
        x = tick_box(p, x, y, kind, k == pick, f) + 26 * p.s
        if k == 2:
            x, y = m, y + 40 * p.s
    y += 50 * p.s
    x = c.line(m, y, [S("Importer's reference (tax code / VAT no.)", "label")], p.font(16))
    if rng.random() < 0.5:
        handwritten(p, x + 20 * p.s, y, [S(f"GB{fk.digits(9)}", "id_number")], 28, cjk=False)
    y += 50 * p.s
    small = p.font(15)
    for decl in (  # the English and the French wrapped apart: words are not split
        "I certify that the particulars given in this customs declaration are correct and that this "
        "item does not contain any dangerous article or articles prohibited by legislation or by "
        "postal or customs regulations.",
        "Je certifie que les renseignements donnés dans la présente déclaration sont exacts.",
    ):
        y = c.wrap(m, y, [S(decl, "footer")], small, w, 24 * p.s, max_lines=3)
    y += 40 * p.s
    c.text(
        m, y, "Date and sender's signature / Date et signature de l'expéditeur", p.font(16), "label"
    )
    y += 50 * p.s
    signer = sender[0][1][0].text
    handwritten(
        p, m + 20 * p.s, y, [S(fk.date(rng.choice(("us", "in", "iso"))), "date")], 30, cjk=False
    )
    handwritten(p, m + 320 * p.s, y, [S(signer, "name")], 40, cjk=False, width=420 * p.s)
    c.hline(m, m + 800 * p.s, y + 10 * p.s, width=1)
    y += 50 * p.s
    c.text(right, y, "CN 23 (Old C 2/CP 3) - July 2026", p.font(14), "footer", anchor="rs")
    return _finish(c, y, m, pad=10 * p.s)


LAYOUTS = {"customs_declaration": customs_declaration}
