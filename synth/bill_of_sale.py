"""The Latin-script papers of a used car's private sale (:mod:`synth.layouts_usedcar`): an
English "Vehicle Bill of Sale" filled in by hand on ruled blanks (seller and buyer with
address and phone, the vehicle, the price in figures and words, "sold as seen", the
signatures and a witness) and a French déclaration de cession (the vehicle, the former and
the new owner, the date and hour of the sale, both signatures).

Personal: the people, their addresses, phones and a date of birth, the registration and
the VIN (``id_number``, as in the module above). Ordinary: makes, models, colours, years,
mileage, prices, dates, headings and terms.
"""

from __future__ import annotations

import random

from .fakedata_errands import en_words
from .fakedata_money import MoneyFaker
from .formkit import handwritten, sheet
from .formkit_fill import ruled_entry
from .garage_words import EN_MODELS, VIN_CHARS, WMI
from .kit import S, _finish
from .render import Canvas

_FR_MAKES = ("Renault Clio IV", "Peugeot 208", "Citroën C3", "Dacia Sandero", "Peugeot 3008")
_EN_COLOURS = ("Silver", "Black", "Blue", "White", "Red", "Grey")


def vin(fk: MoneyFaker) -> str:
    """A vehicle identification number: a maker's prefix and fourteen VIN characters."""
    return fk.r.choice(WMI) + "".join(fk.r.choice(VIN_CHARS) for _ in range(14))


def en_bill_of_sale(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1160), 1.6, cjk=False, base=1100, margin=0.07)
    s = p.s
    y = m + 40 * s
    c.text(c.width / 2, y, "VEHICLE BILL OF SALE", p.font(32, bold=True), "label", anchor="ms")
    y += 54 * s
    f = p.font(18)
    half = (right - m) / 2
    names = (fk.en_name(), fk.en_name(), fk.en_name())
    for k, who in enumerate(("SELLER", "BUYER")):
        x0, yy = m + k * half, y
        c.text(x0, yy, who, p.font(19, bold=True), "label")
        a, b = fk.uk_address()
        for label, value in (
            ("Name", [S(names[k], "name")]),
            ("Address", [S(t, kk) for t, kk in a.segments]),
            ("", [S(b.text, "address")]),
            ("Phone", [S(fk.uk_phone(), "phone")]),
        ):
            yy += 48 * s
            ruled_entry(p, x0, x0 + half - 30 * s, yy, (label, value), True, f)
    y += 4 * 48 * s + 60 * s
    c.text(m, y, "VEHICLE", p.font(19, bold=True), "label")
    fields = (
        ("Make / model", rng.choice(EN_MODELS), "other"),
        ("Year", str(rng.randint(2008, 2022)), "other"),
        ("Colour", rng.choice(_EN_COLOURS), "other"),
        ("VIN", vin(fk), "id_number"),
        ("Registration", fk.uk_plate(), "id_number"),
        ("Odometer", f"{rng.randint(12, 140)},{fk.digits(3)} miles", "other"),
    )
    for k, (label, value, kind) in enumerate(fields):
        x0 = m + (k % 2) * half
        ruled_entry(
            p, x0, x0 + half - 30 * s, y + (k // 2 + 1) * 48 * s, (label, [S(value, kind)]), True, f
        )
    y += 4 * 48 * s + 20 * s
    price = rng.randint(8, 120) * 50
    ruled_entry(
        p,
        m,
        right,
        y,
        ("Price paid (£)", [S(f"{price:,}", "price"), S(f" ({en_words(price)} pounds)", "price")]),
        True,
        f,
    )
    y += 56 * s
    terms = (
        "The seller confirms that they are the legal owner of the vehicle, that it is free of any "
        "finance, and that it is sold as seen, tried and approved, without warranty."
    )
    y = c.wrap(m, y, [S(terms, "footer")], p.font(16), right - m, 28 * s, max_lines=4) + 20 * s
    sold = f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/2026"
    for k, label in enumerate(("Seller's signature", "Buyer's signature", "Witness (print name)")):
        ruled_entry(p, m, right - 280 * s, y, (label, [S(names[k], "name")]), True, f)
        ruled_entry(p, right - 260 * s, right, y, ("Date", [S(sold, "date")]), True, f)
        y += 56 * s
    return _finish(c, y, m // 2, pad=10 * s)


def fr_cession(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1160), 1.6, cjk=False, base=1100, margin=0.06)
    s = p.s
    y = m + 30 * s
    c.text(right, y, "cerfa N° 15776*02", p.font(15), "other", anchor="rs")
    y += 40 * s
    c.text(
        c.width / 2,
        y,
        "DÉCLARATION DE CESSION D'UN VÉHICULE D'OCCASION",
        p.font(24, bold=True),
        "label",
        anchor="ms",
    )
    y += 50 * s
    f = p.font(17)
    plate = f"{fk.upper(2)}-{fk.digits(3)}-{fk.upper(2)}"
    owners = (fk.eu_name("fr"), fk.eu_name("fr"))
    sections = (
        (
            "LE VÉHICULE",
            [
                ("Numéro d'immatriculation", plate, "id_number"),
                (
                    "Date de 1re immatriculation",
                    f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2009, 2022)}",
                    "date",
                ),
                ("Numéro d'identification (VIN)", vin(fk), "id_number"),
                ("Marque, type", rng.choice(_FR_MAKES), "other"),
                ("Kilométrage", f"{rng.randint(20, 190)} {fk.digits(3)} km", "other"),
            ],
        ),
        ("L'ANCIEN PROPRIÉTAIRE (vendeur)", [("Nom, prénom", owners[0], "name")]),
        (
            "LE NOUVEAU PROPRIÉTAIRE (acquéreur)",
            [("Nom, prénom", owners[1], "name"), ("Né(e) le", fk.dob("dmy"), "id_number")],
        ),
    )
    for title, entries in sections:
        c.box(m, y - 26 * s, right, y + 8 * s, fill=(225, 225, 225))
        c.text(m + 10 * s, y, title, p.font(18, bold=True), "label")
        for label, value, kind in entries:
            y += 50 * s
            ruled_entry(p, m, right, y, (label, [S(value, kind)]), True, f)
        if "PROPRIÉTAIRE" in title:
            street, town = fk.eu_address("fr")
            street, _, flat = street.partition(", ")
            y += 50 * s
            ruled_entry(
                p,
                m,
                right,
                y,
                (
                    "Adresse",
                    [
                        S(street, "address"),
                        *([S(", ", "other"), S(flat, "door")] if flat else []),
                        S(f" {town}", "address"),
                    ],
                ),
                True,
                f,
            )
        y += 56 * s
    ruled_entry(
        p,
        m,
        right,
        y,
        (
            "Date et heure de la cession",
            [
                S(
                    f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026 à {rng.randint(9, 19)}h{rng.choice(('00', '30'))}",
                    "date",
                )
            ],
        ),
        True,
        f,
    )
    y += 70 * s
    half = (right - m) / 2
    for k, who in enumerate(
        ("Signature de l'ancien propriétaire", "Signature du nouveau propriétaire")
    ):
        c.text(m + k * half, y, who, p.font(15), "label")
        handwritten(
            p, m + k * half + 20 * s, y + 56 * s, [S(owners[k].split()[1], "name")], 36, cjk=False
        )
    return _finish(c, y + 56 * s, m // 2, pad=16 * s)
