"""An English hall of residence check-in and inventory form and a German Wohnheim
Einzugsprotokoll for :mod:`synth.layouts_dormitory`.

Personal: the student, the emergency contact, the residence assistant and the caretaker
(``name``), student and matriculation numbers (``id_number``), the room (``door``),
the home address, phones and e-mails. Ordinary: universities, halls, blocks, items,
conditions, keys, deposits, dates and notes.
"""

from __future__ import annotations

import random

from .dorm_words import (
    DE_HOMES,
    DE_ITEMS,
    DE_NOTE,
    DE_STATES,
    EN_CONDITIONS,
    EN_HALLS,
    EN_ITEMS,
    EN_RELATIONS,
    EN_UNIVERSITIES,
)
from .fakedata_money import MoneyFaker
from .formkit import Cell, handwritten, sheet, table
from .formkit_fill import ruled_entry
from .formkit_marks import word_wrap
from .formkit_slips import label_cell
from .kit import S, _finish, street_spans
from .render import Canvas


def _en_hall(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1180), 1.6, cjk=False, base=1100, margin=0.07)
    s = p.s
    y = m + 34 * s
    c.text(
        m,
        y,
        f"{rng.choice(EN_UNIVERSITIES)} - Accommodation Services",
        p.font(19, bold=True),
        "shop",
    )
    y += 46 * s
    c.text(m, y, "Hall of residence check-in / inventory form", p.font(26, bold=True), "label")
    y += 50 * s
    hand = rng.random() < 0.75
    f = p.font(17)
    name = fk.en_name()
    half = (m + right) / 2
    pairs = (
        (("Student name", [S(name, "name")]), ("Student ID", [S(fk.digits(8, True), "id_number")])),
        (
            ("Hall", [S(rng.choice(EN_HALLS), "other")]),
            (
                "Block / Room",
                [
                    S(f"{rng.choice('ABCDEF')}", "other"),
                    S(" / ", "other"),
                    S(f"{rng.randint(1, 4)}{rng.randint(1, 40):02d}", "door"),
                ],
            ),
        ),
        (
            ("Arrival date", [S(f"{rng.randint(18, 28)}/09/2026", "date")]),
            ("Mobile", [S(fk.uk_phone(), "phone")]),
        ),
    )
    for left, right_field in pairs:
        ruled_entry(p, m, half - 20 * s, y, left, hand, f)
        ruled_entry(p, half + 10 * s, right, y, right_field, hand, f)
        y += 48 * s
    ruled_entry(p, m, right, y, ("University email", [S(fk.email(name), "email")]), hand, f)
    y += 56 * s
    c.text(m, y, "Emergency contact", p.font(19, bold=True), "label")
    y += 44 * s
    ruled_entry(p, m, half - 20 * s, y, ("Name", [S(fk.en_name(), "name")]), hand, f)
    ruled_entry(
        p,
        half + 10 * s,
        right,
        y,
        ("Relationship", [S(rng.choice(EN_RELATIONS), "other")]),
        hand,
        f,
    )
    y += 48 * s
    ruled_entry(p, m, right, y, ("Phone", [S(fk.uk_phone(), "phone")]), hand, f)
    y += 30 * s
    rows = [[label_cell(h) for h in ("Item", "Qty", "Condition on arrival", "Comments")]]
    for item in rng.sample(EN_ITEMS, rng.randint(7, 10)):
        state = rng.choice(EN_CONDITIONS)
        note = (
            rng.choice(("", "", "scratch on top", "small stain", "reported"))
            if state != "Good"
            else ""
        )
        rows.append(
            [
                Cell.of(item, "other"),
                Cell.of("1", "other", align="c"),
                Cell.of(state, "other", hand=hand, align="c"),
                Cell.of(note, "other", hand=hand),
            ]
        )
    widths = [(right - m) * k for k in (0.3, 0.1, 0.28, 0.32)]
    y = table(p, m, y, widths, rows, 44 * s, p.font(15), cjk=False, hand_px=22, line=1) + 50 * s
    x = c.line(m, y, [S("Student signature:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(name.split()[-1], "name")], 32, cjk=False)
    x = c.line(half + 10 * s, y, [S("Residence assistant:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(fk.en_first(upper=False), "name")], 30, cjk=False)
    y += 40 * s
    y = word_wrap(
        p,
        m,
        y,
        [
            S(
                "Please report any faults within 7 days via the residence portal. "
                "Key cards replaced at £15.",
                "footer",
            )
        ],
        p.font(14),
        right - m,
        22 * s,
    )
    return _finish(c, y, m // 2, pad=10 * s)


def _de_protokoll(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1180), 1.45, cjk=False, base=1100, margin=0.07)
    s = p.s
    org, home = rng.choice(DE_HOMES)
    y = m + 34 * s
    c.text(m, y, org, p.font(21, bold=True), "shop")
    y += 44 * s
    c.text(m, y, "Einzugsprotokoll", p.font(28, bold=True), "label")
    y += 30 * s
    c.text(m, y, home, p.font(17), "other")
    y += 50 * s
    hand = rng.random() < 0.7
    f = p.font(17)
    name = fk.eu_name("de")
    street, town = fk.eu_address("de")
    half = (m + right) / 2
    ruled_entry(p, m, half - 20 * s, y, ("Mieter/in", [S(name, "name")]), hand, f)
    ruled_entry(
        p,
        half + 10 * s,
        right,
        y,
        ("Matrikelnummer", [S(fk.digits(7, True), "id_number")]),
        hand,
        f,
    )
    y += 48 * s
    ruled_entry(
        p,
        m,
        half - 20 * s,
        y,
        ("Zimmer Nr.", [S(f"{rng.randint(0, 5)}.{rng.randint(1, 30):02d}", "door")]),
        hand,
        f,
    )
    ruled_entry(
        p,
        half + 10 * s,
        right,
        y,
        ("Einzug am", [S(f"01.{rng.choice(('04', '10'))}.2026", "date")]),
        hand,
        f,
    )
    y += 48 * s
    ruled_entry(
        p,
        m,
        right,
        y,
        ("Heimatanschrift", [*street_spans(street), S(", ", "other"), S(town, "address")]),
        hand,
        f,
    )
    y += 48 * s
    ruled_entry(
        p,
        m,
        right,
        y,
        (
            "Telefon / E-Mail",
            [S(fk.eu_phone("de"), "phone"), S(" / ", "other"), S(fk.email(name), "email")],
        ),
        hand,
        f,
    )
    y += 30 * s
    rows = [[label_cell(h) for h in ("Gegenstand", "Anzahl", "Zustand", "Bemerkung")]]
    for item in rng.sample(DE_ITEMS, rng.randint(6, 8)):
        state = rng.choice(DE_STATES)
        rows.append(
            [
                Cell.of(item, "other"),
                Cell.of("1", "other", align="c"),
                Cell.of(state, "other", hand=hand, align="c"),
                Cell.of(
                    rng.choice(("", "Kratzer", "Fleck")) if state != "einwandfrei" else "",
                    "other",
                    hand=hand,
                ),
            ]
        )
    widths = [(right - m) * k for k in (0.34, 0.12, 0.26, 0.28)]
    y = table(p, m, y, widths, rows, 44 * s, p.font(15), cjk=False, hand_px=22, line=1) + 50 * s
    c.line(
        m,
        y,
        [
            S("Schlüssel erhalten: ", "label"),
            S(f"{rng.randint(2, 3)} Stück", "other"),
            S("   Kaution: ", "label"),
            S(f"{rng.choice((300, 400, 500))},00 €", "price"),
        ],
        f,
    )
    y += 36 * s
    y = word_wrap(p, m, y, [S(DE_NOTE, "footer")], p.font(14), right - m, 22 * s) + 30 * s
    x = c.line(m, y, [S("Unterschrift Mieter/in:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(name.split()[-1], "name")], 32, cjk=False)
    x = c.line(half + 10 * s, y, [S("Hausmeister:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(fk.eu_name("de"), "name")], 30, cjk=False, width=right - x)
    return _finish(c, y, m // 2, pad=14 * s)
