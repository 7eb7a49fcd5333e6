"""The Latin-script forms of the transit pass family: an English older person's bus pass
or photocard application (captioned blanks, date of birth and postcode in boxes, proof of
age, an "Office use only" box) and an Italian domanda di abbonamento (codice fiscale in
boxes, the passes ticked, Tessera n.). Kinds as in :mod:`synth.layouts_transitpass`.
"""

from __future__ import annotations

import random

from .fakedata_money import MoneyFaker
from .formkit import face_photo, handwritten, sheet
from .formkit_blanks import char_boxes, over_caption, tick_box
from .formkit_marks import word_wrap
from .kit import Pen, S, _finish
from .layouts_viewing import _codice_fiscale
from .render import Canvas, Span
from .transit_words import (
    EN_AUTHORITIES,
    EN_DOCS,
    EN_TITLES,
    IT_FIRST,
    IT_LAST,
    IT_PASSES,
    IT_STREETS,
    IT_TOWNS,
)


def _blank(
    p: Pen, x: float, y: float, w: float, caption: str, value: list[Span], px: float = 30
) -> None:
    """A value written by pen over a rule with its caption printed small under it."""
    over_caption(p, x, y, w, caption, value, p.font(14), px, hand=True, cjk=False)


def en_form(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """An older person's bus pass or photocard application with captioned boxes."""
    c, p, m, right = sheet(rng, (1000, 1080), 1.55, cjk=False, base=1000, margin=(0.05, 0.07))
    s, w, f = p.s, right - m, p.font(18)
    senior = rng.random() < 0.6
    y = m + 30 * s
    c.text(m, y, rng.choice(EN_AUTHORITIES), p.font(24, bold=True), "shop")
    y += 46 * s
    title = "Older person's bus pass application" if senior else "16+ Zip photocard application"
    c.text(m, y, title, p.font(30, bold=True), "label")
    y += 30 * s
    c.text(m, y, "Please use black ink and CAPITAL LETTERS", p.font(15), "footer")
    pw = 150 * s  # the photo box, top right, the photo glued in
    c.box(right - pw, m, right, m + pw * 1.3, width=1)
    face_photo(p, right - pw + 6 * s, m + 6 * s, pw - 12 * s, pw * 1.3 - 12 * s)
    y += 50 * s
    c.text(m, y, "1  Your details", p.font(20, bold=True), "label")
    y += 40 * s
    x = m
    pick = rng.choice(EN_TITLES)
    for t in EN_TITLES:
        x = tick_box(p, x, y, t, t == pick, f) + 24 * s
    first, last = (
        fk.en_name(upper=True).split()[:2] if rng.random() < 0.5 else fk.en_name().split()[:2]
    )
    y += 60 * s
    _blank(p, m, y, w * 0.48, "Forename(s)", [S(first, "name")])
    _blank(p, m + w * 0.52, y, w * 0.48, "Surname", [S(last, "name")])
    y += 70 * s
    y += 16 * s
    c.text(m, y, "Date of birth (DD MM YYYY)", f, "label")
    year = rng.randint(1940, 1960) if senior else rng.randint(2006, 2010)
    x = m + 290 * s
    for part in (f"{rng.randint(1, 28):02d}", f"{rng.randint(1, 12):02d}", str(year)):
        x = char_boxes(p, x, y - 30 * s, part, "id_number", box=38 * s) + 20 * s
    y += 70 * s
    line1, line2 = fk.uk_address()
    _blank(p, m, y, w, "Address", [S(t, k) for t, k in line1.segments])
    y += 70 * s
    town, _, code = line2.text.rpartition(" ")
    town, _, out = town.rpartition(" ")
    _blank(p, m, y, w * 0.5, "Town", [S(town, "address")])
    c.text(m + w * 0.54, y - 20 * s, "Postcode", f, "label")
    char_boxes(p, m + w * 0.54 + 100 * s, y - 40 * s, f"{out} {code}", "address", box=32 * s)
    y += 70 * s
    _blank(p, m, y, w * 0.48, "Telephone", [S(fk.uk_phone(), "phone")])
    _blank(
        p,
        m + w * 0.52,
        y,
        w * 0.48,
        "Email (optional)",
        [S(fk.email(f"{first} {last}").lower(), "email")],
        px=26,
    )
    y += 80 * s
    c.text(
        m,
        y,
        "2  Proof of " + ("age" if senior else "age and address"),
        p.font(20, bold=True),
        "label",
    )
    y += 40 * s
    doc = rng.choice(EN_DOCS)
    x = m
    for t in EN_DOCS:
        x = tick_box(p, x, y, t, t == doc, f) + 30 * s
    y += 60 * s
    number = (
        fk.passport()
        if doc == "Passport"
        else fk.driving_licence(last)
        if doc == "Driving licence"
        else fk.digits(9)
    )
    _blank(p, m, y, w * 0.55, "Document number", [S(number, "id_number")], px=28)
    _blank(
        p,
        m + w * 0.6,
        y,
        w * 0.4,
        "Current pass number (if renewing)",
        [S(fk.digits(4) + " " + fk.digits(4) + " " + fk.digits(4), "id_number")]
        if rng.random() < 0.5
        else [],
        px=26,
    )
    y += 80 * s
    text = "I declare that the information I have given is correct. I understand the pass is for my use only and that misuse may lead to its withdrawal."
    y = word_wrap(p, m, y, [S(text, "footer")], p.font(15), w, 24 * s) + 40 * s
    x = c.line(m, y, [S("Signature", "label")], f) + 16 * s
    handwritten(
        p,
        x,
        y,
        [
            S(
                f"{first[0]}. {last.title()}"
                if rng.random() < 0.5
                else f"{first.title()} {last.title()}",
                "name",
            )
        ],
        34,
        cjk=False,
    )
    c.line(
        m + w * 0.65,
        y,
        [
            S("Date  ", "label"),
            S(f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026", "date"),
        ],
        f,
    )
    y += 40 * s
    c.box(m, y, right, y + 130 * s, width=2)
    c.text(m + 12 * s, y + 30 * s, "OFFICE USE ONLY", p.font(15, bold=True), "label")
    c.text(m + 12 * s, y + 76 * s, "Received by", f, "label")
    handwritten(p, m + 140 * s, y + 76 * s, [S(fk.en_first(upper=False), "name")], 28, cjk=False)
    c.text(m + w * 0.4, y + 76 * s, "Pass no.", f, "label")
    handwritten(p, m + w * 0.4 + 90 * s, y + 76 * s, [S(fk.digits(8), "id_number")], 26, cjk=False)
    tick_box(p, m + w * 0.75, y + 76 * s, "ID seen", rng.random() < 0.8, f)
    c.text(m + 12 * s, y + 114 * s, "Photo attached and counter-signed", p.font(14), "footer")
    return _finish(c, y + 130 * s, 0, pad=40 * s)


def it_form(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """Domanda di abbonamento: the applicant's blanks, the codice fiscale in boxes."""
    c, p, m, right = sheet(rng, (1000, 1080), 1.45, cjk=False, base=1000, margin=(0.06, 0.08))
    s, w, f = p.s, right - m, p.font(18)
    town = rng.choice(IT_TOWNS)
    y = m + 30 * s
    c.text(m, y, f"Azienda Trasporti Pubblici di {town}", p.font(24, bold=True), "shop")
    y += 46 * s
    c.text(m, y, "DOMANDA DI ABBONAMENTO E TESSERA PERSONALE", p.font(26, bold=True), "label")
    y += 60 * s
    first, last = rng.choice(IT_FIRST), rng.choice(IT_LAST)
    c.text(m, y, "Il/La sottoscritto/a", f, "footer")
    y += 50 * s
    _blank(p, m, y, w * 0.48, "Cognome", [S(last, "name")])
    _blank(p, m + w * 0.52, y, w * 0.48, "Nome", [S(first, "name")])
    y += 70 * s
    born = fk.dob("dmy")
    _blank(p, m, y, w * 0.55, "nato/a a", [S(rng.choice(IT_TOWNS), "other")])
    _blank(p, m + w * 0.6, y, w * 0.4, "il", [S(born, "id_number")])
    y += 70 * s
    home = [
        S(f"{rng.choice(IT_STREETS)} n. {rng.randint(1, 140)}", "address"),
        S(", ", "other"),
        S(f"int. {rng.randint(1, 30)}", "door"),
    ]
    _blank(p, m, y, w * 0.65, "residente in (via, n. civico, interno)", home)
    _blank(
        p,
        m + w * 0.7,
        y,
        w * 0.3,
        "CAP e Comune",
        [S(f"{fk.digits(5, True)} {town}", "address")],
        px=26,
    )
    y += 60 * s
    c.text(m, y + 28 * s, "Codice fiscale", f, "label")
    char_boxes(p, m + 170 * s, y, _codice_fiscale(fk), "id_number", box=38 * s)
    y += 110 * s
    _blank(p, m, y, w * 0.4, "Tel.", [S(f"3{fk.digits(2)} {fk.digits(3)} {fk.digits(4)}", "phone")])
    _blank(p, m + w * 0.45, y, w * 0.55, "E-mail", [S(fk.email(f"{first} {last}"), "email")], px=26)
    y += 80 * s
    c.text(m, y, "CHIEDE il rilascio / rinnovo di:", f, "footer")
    pick = rng.randrange(len(IT_PASSES))
    for k, label in enumerate(IT_PASSES):
        y += 40 * s
        tick_box(p, m + 20 * s, y, label, k == pick, f)
    y += 50 * s
    x = tick_box(p, m, y, "Rete urbana", True, f) + 30 * s
    tick_box(p, x, y, f"Extraurbano zone 1-{rng.randint(2, 5)}", rng.random() < 0.4, f)
    y += 56 * s
    x = c.line(m, y, [S("Tessera n. (se già in possesso)", "label")], f) + 10 * s
    if rng.random() < 0.6:
        handwritten(p, x, y, [S(fk.digits(9), "id_number")], 28, cjk=False)
    y += 50 * s
    privacy = "Dichiaro di aver letto l'informativa sul trattamento dei dati personali ai sensi del Regolamento UE 2016/679. Allego una fototessera e copia del documento di identità."
    y = word_wrap(p, m, y, [S(privacy, "footer")], p.font(15), w, 24 * s) + 40 * s
    c.line(
        m,
        y,
        [S("Data ", "label"), S(f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026", "date")],
        f,
    )
    x = c.line(m + w * 0.45, y, [S("Firma", "label")], f) + 14 * s
    handwritten(p, x, y, [S(f"{first} {last}", "name")], 34, cjk=False)
    y += 50 * s
    x = c.line(m, y, [S("Spazio riservato all'ufficio — operatore:", "label")], p.font(15)) + 10 * s
    handwritten(
        p, x, y, [S(rng.choice(IT_FIRST)[0] + ". " + rng.choice(IT_LAST), "name")], 26, cjk=False
    )
    return _finish(c, y, 0, pad=40 * s)
