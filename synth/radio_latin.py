"""An English amateur radio licence and a German Zulassungsurkunde zur Teilnahme am
Amateurfunkdienst for :mod:`synth.layouts_radio`.

Personal: the licensee or Inhaber (``name``), the call sign or Rufzeichen, the licence
number, the date of birth (``id_number``), the main station address or Anschrift with
its flat or floor (``door``) and postcode. Ordinary: the level or Klasse, validation
and issue dates, the Act and the terms; the regulator's office and line are business
data.
"""

from __future__ import annotations

import random

from .fakedata_consents import ConsentFaker
from .formkit import box_stamp, fit, handwritten, sheet
from .formkit_marks import word_wrap
from .kit import EN_MONTHS, S, _finish, biz, joined_address, street_spans
from .radio_words import DE_KLASSEN, DE_OFFICES, DE_TEXT, EN_BOILERPLATE, EN_LEVELS, EN_NOTES
from .render import Canvas


def en_licence(rng: random.Random, fk: ConsentFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1200), 1.35, cjk=False, base=1100, margin=0.07)
    s, w = p.s, right - m
    y = m + 40 * s
    level = rng.choice(EN_LEVELS)
    c.text(m, y, "Radio Spectrum Licensing", p.font(18, bold=True), "shop")
    y += 60 * s
    c.text(m, y, f"Amateur Radio Licence ({level})", p.font(34, bold=True), "label")
    y += 56 * s
    name = fk.en_name()
    flat = rng.random() < 0.5
    block = list(fk.uk_block())
    if flat and not any(k == "door" for ln in block for _, k in ln.segments):
        road = block[0].segments[0][0]
        block[0] = type(block[0])(
            ((f"Flat {rng.randint(1, 40)}", "door"), (", ", "other"), (road, "address"))
        )
    f = p.font(20)
    rows = (
        ("Licensee", [S(name, "name")]),
        ("Call Sign", [S(fk.uk_call_sign(), "id_number")]),
        ("Licence Number", [S(fk.uk_licence_no(), "id_number")]),
        ("Main Station Address", joined_address(block, ", ")),
        (
            "Date of Issue",
            [S(f"{rng.randint(1, 28)} {rng.choice(EN_MONTHS)} {rng.randint(2008, 2025)}", "date")],
        ),
        ("Validation Date", [S(f"{rng.randint(1, 28)} {rng.choice(EN_MONTHS)} 2026", "date")]),
    )
    for label, value in rows:
        c.text(m, y, label, p.font(16, bold=True), "label", fill=(80, 80, 80))
        text = "".join(v.text for v in value)
        c.line(m + w * 0.36, y, value, fit(p, f, text, w * 0.64))
        y += 46 * s
    y += 20 * s
    c.hline(m, right, y - 24 * s, width=1)
    y = word_wrap(p, m, y, [S(EN_BOILERPLATE, "footer")], p.font(15), w, 24 * s) + 14 * s
    for note in rng.sample(EN_NOTES, 2):
        y = word_wrap(p, m, y, [S("• " + note, "footer")], p.font(15), w, 24 * s) + 6 * s
    y += 20 * s
    c.line(
        m,
        y,
        [
            S("Licensing Centre  ", "footer"),
            biz("PO Box 56, Harlow Vale HV7 9ZX", "shop_address"),
            S("  Tel ", "footer"),
            biz("0300 555 0166", "shop_phone"),
        ],
        p.font(14),
    )
    return _finish(c, y, m // 2, pad=20 * s)


def de_zulassung(rng: random.Random, fk: ConsentFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1200), 1.3, cjk=False, base=1100, margin=0.08)
    s, w = p.s, right - m
    office, oaddr, ophone = rng.choice(DE_OFFICES)
    y = m + 30 * s
    c.text(m, y, office, p.font(17, bold=True), "shop")
    y += 80 * s
    c.text(c.width / 2, y, "Zulassungsurkunde", p.font(38, bold=True), "label", anchor="ms")
    y += 40 * s
    c.text(c.width / 2, y, "zur Teilnahme am Amateurfunkdienst", p.font(22), "label", anchor="ms")
    y += 70 * s
    c.text(c.width / 2, y, "Rufzeichen", p.font(18), "label", anchor="ms")
    y += 70 * s
    c.text(c.width / 2, y, fk.de_call_sign(), p.font(60, bold=True), "id_number", anchor="ms")
    y += 70 * s
    name = fk.eu_name("de")
    street, town = fk.eu_address("de")
    f = p.font(20)
    for label, value in (
        ("Inhaber/in:", [S(name, "name")]),
        ("geboren am:", [S(fk.born(1945, 2008, "de")[0], "id_number")]),
        ("Anschrift:", [*street_spans(street), S(", ", "other"), S(town, "address")]),
        ("Klasse:", [S(rng.choice(DE_KLASSEN), "other")]),
        ("Zulassungsnummer:", [S(fk.de_zulassung_no(), "id_number")]),
    ):
        c.text(m, y, label, f, "label")
        c.line(m + w * 0.3, y, value, fit(p, f, "".join(v.text for v in value), w * 0.5))
        y += 42 * s
    y += 10 * s
    y = word_wrap(p, m, y, [S(DE_TEXT, "footer")], p.font(16), w, 26 * s) + 30 * s
    day = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(2010, 2026)}"
    c.line(m, y, [S("Ausgestellt am ", "label"), S(day, "date")], f)
    x = c.line(m + w * 0.5, y, [S("Im Auftrag ", "label")], f) + 6 * s
    handwritten(p, x, y, [S(fk.eu_name("de").split()[-1], "name")], 30, cjk=False)
    box_stamp(p, right - 100 * s, y - 14 * s, ("Bundesnetzagentur", "Amateurfunk"), 13)
    y += 50 * s
    c.line(
        m,
        y,
        [biz(oaddr, "shop_address"), S("  Tel. ", "footer"), biz(ophone, "shop_phone")],
        p.font(14),
    )
    return _finish(c, y, m // 2, pad=20 * s)
