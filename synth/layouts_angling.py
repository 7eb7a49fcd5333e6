"""Angling: a fishing permit bought for a season from an angling club or a water
authority, printed in German (Fischereierlaubnisschein) or English.

The holder's details sit in a ruled grid with each label printed small in the
top-left corner of its cell and the value under it (no colon), the name sometimes
repeated alone in capitals on the card's stub; the date of birth and the identity
card number are personal, as is the address down to the flat. The permit's own
number, the water, the season, the fee and the rules are ordinary. The club's
round stamp sits over the treasurer's hand-written name and the holder signs by
hand.
"""

from __future__ import annotations

import random

from .fakedata_occasions import OccasionFaker
from .formkit import RED, box_stamp, fit, handwritten, sheet
from .kit import Pen, S, _finish
from .render import Canvas, Span

#: Language -> the permit's printed words.
_WORDS: dict[str, dict[str, str]] = {
    "de": {
        "title": "Fischereierlaubnisschein",
        "sub": "Jahreskarte für Vereinsgewässer",
        "no": "Erlaubnisschein-Nr.",
        "name": "Name, Vorname",
        "dob": "Geburtsdatum",
        "id": "Personalausweis-Nr.",
        "street": "Straße, Hausnummer",
        "town": "PLZ, Wohnort",
        "phone": "Telefon",
        "water": "Gewässer",
        "season": "Gültig",
        "fee": "Gebühr",
        "holder": "Unterschrift des Inhabers",
        "issuer": "Ausgestellt durch",
        "club": "Angelverein",
    },
    "en": {
        "title": "Angling Permit",
        "sub": "Season ticket - club waters",
        "no": "Permit no.",
        "name": "Full name",
        "dob": "Date of birth",
        "id": "Rod licence no.",
        "street": "Address",
        "town": "Town / postcode",
        "phone": "Telephone",
        "water": "Water",
        "season": "Valid",
        "fee": "Fee paid",
        "holder": "Signature of holder",
        "issuer": "Issued by",
        "club": "Angling Society",
    },
}
_WATERS = {
    "de": ("Mühlenteich", "Altarm Kiesgrube", "Obere Lauter", "Stausee Birkenau"),
    "en": ("Mill Pond", "River Wend, lower beat", "Abbey Lakes", "Canal, locks 4-9"),
}
_RULES = {
    "de": (
        "Die Karte ist nicht übertragbar und beim Angeln mitzuführen.",
        "Schonzeiten und Mindestmaße laut Gewässerordnung beachten.",
        "Fangbuch bis 31.01. beim Vorstand abgeben.",
    ),
    "en": (
        "This permit is not transferable and must be carried when fishing.",
        "Close seasons and size limits apply; see the club rules.",
        "Return your catch card to the secretary by 31 January.",
    ),
}
_TOWNS_EN = ("Wendham", "Abbotsford", "Marlow Green", "Kingsbridge")


def _cell(p: Pen, x: float, y: float, w: float, h: float, label: str, value: list[Span], *, hand):
    """A ruled cell: its label small in the corner, the value printed or written under it."""
    c = p.c
    c.box(x, y, x + w, y + h, width=max(1, round(1.5 * p.s)))
    c.text(x + 8 * p.s, y + 22 * p.s, label, p.font(16), "label", fill=(60, 60, 60))
    text = "".join(sp.text for sp in value)
    if hand:
        handwritten(p, x + 14 * p.s, y + h - 16 * p.s, value, 30, cjk=False, width=w - 28 * p.s)
    else:
        c.line(x + 14 * p.s, y + h - 16 * p.s, value, fit(p, p.font(24), text, w - 28 * p.s))


def angling_licence(rng: random.Random) -> Canvas:
    """A season fishing permit: holder grid, stub with the name alone, stamp, signatures."""
    fk = OccasionFaker(rng)
    lang = rng.choice(("de", "de", "en"))
    t = _WORDS[lang]
    c, p, m, right = sheet(rng, (1100, 1200), 0.95, cjk=False, base=1100, margin=(0.05, 0.07))
    s = p.s
    frame, m, right = m, int(m + 24 * s), int(right - 24 * s)  # text inside the frame
    hand = rng.random() < 0.6  # filled in by the club's secretary or printed at the office
    stub = rng.random() < 0.6
    body_r = right - (230 * s if stub else 0)
    town = rng.choice(_TOWNS_EN) if lang == "en" else ""
    if lang == "de":
        club = f"{t['club']} {rng.choice(('Petri Heil', 'Forelle', 'Silberfisch'))} e.V."
    else:
        club = f"{town} {t['club']}"
    y = m + 44 * s
    c.text(m, y, club, p.font(30, bold=True), "shop")
    y += 52 * s
    c.text(m, y, t["title"], p.font(38, bold=True), "label")
    y += 34 * s
    c.text(m, y, t["sub"], p.font(22), "label")
    no = fk.licence_no()
    nf = p.font(22)
    nx = body_r - p.width(f"{t['no']} {no}", nf)
    c.line(nx, y, [S(f"{t['no']} ", "label"), S(no, "other")], nf, fill=RED)
    y += 24 * s
    name = fk.eu_name("de") if lang == "de" else fk.en_name()
    if lang == "de":
        street, postcode_town = fk.eu_address("de")
    else:
        road = f"{rng.choice(('Mill', 'Station', 'Church'))} {rng.choice(('Road', 'Lane'))}"
        street = f"Flat {rng.randint(1, 40)}, {rng.randint(1, 200)} {road}"
        postcode_town = f"{town} {fk.upper(2)}{rng.randint(1, 19)} {rng.randint(1, 9)}{fk.upper(2)}"
    ident = fk.eu_id("de") if lang == "de" else fk.digits(8)
    phone = fk.eu_phone("de") if lang == "de" else fk.uk_phone()
    w = body_r - m
    h = 74 * s
    rows: list[list[tuple[str, list[Span], float]]] = [
        [(t["name"], [S(name, "name")], 1.0)],
        [
            (t["dob"], [S(fk.dob("dot" if lang == "de" else "dmy"), "id_number")], 0.4),
            (t["id"], [S(ident, "id_number")], 0.6),
        ],
        [(t["street"], [S(street, "address")], 1.0)],
        [(t["town"], [S(postcode_town, "address")], 0.6), (t["phone"], [S(phone, "phone")], 0.4)],
        [
            (t["water"], [S(rng.choice(_WATERS[lang]), "other")], 0.6),
            (t["season"], [S(f"01.01.-31.12.{rng.randint(2026, 2027)}", "date")], 0.4),
        ],
    ]
    top = y
    for row in rows:
        x = m
        for label, value, frac in row:
            ink_value = hand and value[0].category in {"name", "address", "phone", "id_number"}
            _cell(p, x, y, w * frac, h, label, value, hand=ink_value)
            x += w * frac
        y += h
    fee = (
        f"{rng.choice((35, 45, 60, 80))},00 €"
        if lang == "de"
        else f"£{rng.choice((35, 45, 60))}.00"
    )
    y += 44 * s
    c.line(m, y, [S(f"{t['fee']} ", "label"), S(fee, "price")], p.font(24))
    y += 40 * s
    for rule in _RULES[lang]:
        y = c.wrap(m, y, [S(rule, "footer")], p.font(18), w, 26 * s, max_lines=2)
    y += 40 * s
    # Signatures: the holder's by hand over a rule; the issuer's name under the stamp.
    half = m + w * 0.5
    handwritten(p, m + 10 * s, y, [S(name, "name")], 36, cjk=False, width=w * 0.42)
    c.hline(m, m + w * 0.45, y + 12 * s, width=1)
    c.text(m, y + 38 * s, t["holder"], p.font(16), "label")
    issuer = fk.eu_name("de") if lang == "de" else fk.en_name()
    box_stamp(
        p,
        half + w * 0.25,
        y - 40 * s,
        (club, rng.choice(("BEZAHLT", "GEPRÜFT")) if lang == "de" else "PAID"),
        17,
    )
    handwritten(p, half + 10 * s, y, [S(issuer, "name")], 34, cjk=False, width=w * 0.42)
    c.hline(half, body_r, y + 12 * s, width=1)
    c.text(half, y + 38 * s, t["issuer"], p.font(16), "label")
    bottom = y + 50 * s
    if stub:  # the tear-off stub repeats the number and the holder's name, unlabelled
        sx = body_r + 20 * s
        for k in range(0, int(bottom - top), int(16 * s)):
            c.vline(body_r + 10 * s, top + k, top + k + 8 * s, width=1)
        c.text(sx, top + 30 * s, t["no"], p.font(15), "label")
        c.text(sx, top + 60 * s, no, fit(p, p.font(20), no, right - sx), "other")
        first, sur = name.split()[0], name.split()[-1].upper()
        sw = right - sx
        c.text(sx, top + 120 * s, sur, fit(p, p.font(24, bold=True), sur, sw), "name")
        c.text(sx, top + 152 * s, first, fit(p, p.font(22), first, sw), "name")
        water = rng.choice(_WATERS[lang])
        c.text(sx, top + 210 * s, water, fit(p, p.font(16), water, sw), "other")
    return _finish(c, bottom + 24 * s, frame, border=max(2, int(3 * s)))


LAYOUTS = {"angling_licence": angling_licence}
