"""An English arrival card and a French fiche de débarquement for
:mod:`synth.layouts_arrival`.

Personal: family and first names, nom and prénoms, the signature (``name``), date of
birth and passport number (``id_number``), a home or private stay address with its flat
or appt (``door``), phone, e-mail. Ordinary: nationality, occupation, place of birth (a
town names no one), port, flight, the declarations ticked, printed words. A hotel given
as the stay address is business data.
"""

from __future__ import annotations

import random

from .arrival_words import (
    EN_COUNTRIES,
    EN_DECLARATIONS,
    EN_HOTELS,
    EN_NOTE,
    EN_OCCUPATIONS,
    FLIGHTS,
    FR_HOME_TOWNS,
    FR_HOTELS,
    FR_NOTE,
    FR_PORTS,
    FR_PROFESSIONS,
    NATIONALITIES,
)
from .fakedata_notices import NoticeFaker
from .formkit import fit, handwritten, sheet
from .formkit_blanks import char_boxes, corner_rows, tick_box
from .formkit_fill import ruled_entry
from .formkit_marks import word_wrap
from .kit import S, _finish, biz, joined_address, street_spans
from .render import Canvas, Span


def _traveller(rng: random.Random, fk: NoticeFaker) -> tuple[str, str, str]:
    """(given names, family name, language) of someone travelling."""
    lang = rng.choice(("en", "en", "de", "fr", "es"))
    name = fk.en_name() if lang == "en" else fk.eu_name(lang)
    given, family = name.split(" ", 1) if lang == "es" else name.rsplit(" ", 1)
    return given, family, lang


def en_card(rng: random.Random, fk: NoticeFaker) -> Canvas:
    """Block capitals in boxes for name, birth and documents; corner cells below."""
    c, p, m, right = sheet(rng, (1300, 1400), 1.1, cjk=False, base=1300, margin=0.05)
    s, w = p.s, right - m
    box = 34 * s
    country, port, _ = rng.choice(EN_COUNTRIES)
    y = m + 40 * s
    c.text(m, y, "ARRIVAL CARD", p.font(34, bold=True), "label")
    c.text(right, y, f"Welcome to {country}", p.font(18), "label", anchor="rs")
    y += 32 * s
    c.text(m, y, "Please complete in BLOCK CAPITALS using a black or blue pen", p.font(15), "label")
    given, family, lang = _traveller(rng, fk)
    code, nation = rng.choice(NATIONALITIES)
    y += 34 * s
    for label, value, kind, n in (
        ("Family name", family.upper(), "name", 24),
        ("First name(s)", given.upper(), "name", 24),
        ("Passport number", fk.foreign_passport(code), "id_number", 12),
        ("Nationality as shown in passport", nation, "other", 20),
    ):
        c.text(m, y, label, p.font(15), "label", fill=(60, 60, 60))
        char_boxes(p, m, y + 8 * s, value, kind, box=box, count=n)
        y += 8 * s + box + 24 * s
    c.text(m, y, "Date of birth (DD MM YYYY)", p.font(15), "label", fill=(60, 60, 60))
    c.text(m + w * 0.55, y, "Flight or ship", p.font(15), "label", fill=(60, 60, 60))
    x = m
    for part in (
        f"{rng.randint(1, 28):02d}",
        f"{rng.randint(1, 12):02d}",
        str(rng.randint(1948, 2008)),
    ):
        x = char_boxes(p, x, y + 8 * s, part, "id_number", box=box, count=len(part)) + 14 * s
    flight = f"{rng.choice(FLIGHTS)}{rng.randint(10, 999)}"
    char_boxes(p, m + w * 0.55, y + 8 * s, flight, "other", box=box, count=7)
    y += 8 * s + box + 20 * s
    if rng.random() < 0.4:
        hotel, addr = rng.choice(EN_HOTELS)
        stay: list[Span] = [biz(hotel, "shop"), S(", ", "other"), biz(addr, "shop_address")]
    else:
        stay = joined_address(fk.uk_block())
    name = f"{given} {family}"
    phone = fk.uk_mobile() if lang == "en" else fk.eu_phone(lang)
    y = (
        corner_rows(
            p,
            m,
            right,
            y,
            [
                [(f"Address in {country}", stay)],
                [
                    ("Email address", [S(fk.eu_email(name), "email")]),
                    ("Phone (with country code)", [S(phone, "phone")]),
                ],
                [
                    ("Occupation", [S(rng.choice(EN_OCCUPATIONS), "other")]),
                    ("Country of residence", [S(rng.choice(NATIONALITIES)[1], "other")]),
                ],
            ],
            72 * s,
            True,
            drop=16,
        )
        + 36 * s
    )
    for ask in EN_DECLARATIONS:
        c.text(m, y, ask, fit(p, p.font(16), ask, w * 0.72), "label")
        yes = rng.random() < 0.12
        x = tick_box(p, m + w * 0.78, y, "Yes", yes, p.font(16)) + 24 * s
        tick_box(p, x, y, "No", not yes, p.font(16))
        y += 36 * s
    y = word_wrap(p, m, y + 6 * s, [S(EN_NOTE, "footer")], p.font(14), w, 22 * s) + 30 * s
    x = c.line(m, y, [S("Signature", "label")], p.font(17)) + 12 * s
    c.hline(x, m + w * 0.55, y + 8 * s, width=1)
    handwritten(p, x + 8 * s, y, [S(f"{given[0]}. {family}", "name")], 34, cjk=False)
    x = c.line(m + w * 0.62, y, [S("Date", "label")], p.font(17)) + 12 * s
    handwritten(
        p, x, y, [S(f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/26", "date")], 28, cjk=False
    )
    c.text(right, y + 40 * s, f"{port} Border Force", p.font(13), "footer", anchor="rs")
    return _finish(c, y + 40 * s, m // 2, pad=10 * s)


def fr_fiche(rng: random.Random, fk: NoticeFaker) -> Canvas:
    """A fiche de débarquement: bilingual labels, capitals written on the rules."""
    c, p, m, right = sheet(rng, (1200, 1300), 1.1, cjk=False, base=1200, margin=0.06)
    s = p.s
    y = m + 40 * s
    c.text(c.width / 2, y, "FICHE DE DÉBARQUEMENT", p.font(30, bold=True), "label", anchor="ms")
    y += 32 * s
    c.text(c.width / 2, y, "DISEMBARKATION CARD", p.font(20), "label", anchor="ms")
    y += 30 * s
    y = word_wrap(p, m, y, [S(FR_NOTE, "footer")], p.font(14), right - m, 22 * s) + 20 * s
    given, family, lang = _traveller(rng, fk)
    code, nation = rng.choice(NATIONALITIES)
    maiden = fk.eu_name("fr").split()[-1].upper() if rng.random() < 0.3 else ""
    street, town = fk.eu_address(rng.choice(("fr", "es", "de")))
    if rng.random() < 0.45:
        hotel, addr = rng.choice(FR_HOTELS)
        stay: list[Span] = [biz(hotel, "shop"), S(", ", "other"), biz(addr, "shop_address")]
    else:
        st, tw = fk.eu_address("fr")
        stay = [*street_spans(st.upper()), S(", ", "other"), S(tw.upper(), "address")]
    born = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1945, 2008)}"
    fields: list[tuple[str, list[Span]]] = [
        ("1. Nom / Name :", [S(family.upper(), "name")]),
        ("2. Nom de jeune fille / Maiden name :", [S(maiden, "name")] if maiden else []),
        ("3. Prénoms / Given names :", [S(given.upper(), "name")]),
        ("4. Date de naissance / Date of birth :", [S(born, "id_number")]),
        ("5. Lieu de naissance / Place of birth :", [S(rng.choice(FR_PORTS).upper(), "other")]),
        ("6. Nationalité / Nationality :", [S(nation, "other")]),
        ("7. Profession / Occupation :", [S(rng.choice(FR_PROFESSIONS).upper(), "other")]),
        (
            "8. Domicile / Permanent address :",
            [
                *street_spans(street.upper()),
                S(", ", "other"),
                S(rng.choice(FR_HOME_TOWNS).upper(), "address"),
            ],
        ),
        ("9. N° de passeport / Passport No. :", [S(fk.foreign_passport(code), "id_number")]),
        ("10. Aéroport ou port d'embarquement :", [S(rng.choice(FR_PORTS).upper(), "other")]),
        ("11. Vol n° / Flight No. :", [S(f"AF{rng.randint(100, 999)}", "other")]),
        ("12. Adresse du séjour en France / Address in France :", stay),
    ]
    f = p.font(17)
    del town
    for field in fields:
        if field[1]:
            ruled_entry(p, m, right, y, field, True, f, hand_px=28)
        else:
            x = c.line(m, y, [S(field[0], "label")], f) + 10 * s
            c.hline(x, right, y + 8 * s, width=1)
        y += 52 * s
    y += 16 * s
    x = c.line(m, y, [S("Date :", "label")], f) + 10 * s
    handwritten(
        p,
        x,
        y,
        [S(f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026", "date")],
        28,
        cjk=False,
    )
    x = c.line(m + (right - m) * 0.45, y, [S("Signature :", "label")], f) + 10 * s
    handwritten(p, x, y, [S(family.title(), "name")], 36, cjk=False)
    return _finish(c, y, m // 2, pad=30 * s)
