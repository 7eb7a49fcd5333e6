"""An English credit card application and a German Kreditkartenantrag for
:mod:`synth.layouts_cardapply`.

Personal: the applicant and the mother's maiden name asked as a security word (``name``),
the date of birth, the bank account and sort code, an IBAN and the staff number of the
branch adviser (``id_number``), the current and previous homes with their flats, phones
and e-mails, the adviser (``name``). Ordinary: issuers, card names, titles (Mr, Frau),
time at address, employment, jobs, employers, incomes, nationality, places of birth,
ticks, dates and declarations; the issuer's phone is business data.
"""

from __future__ import annotations

import random

from .cardapply_words import (
    DE_ISSUERS,
    DE_JOBS,
    DE_SCHUFA,
    DE_STATUS,
    EN_DECLARATION,
    EN_ISSUERS,
    EN_JOBS,
    EN_STATUS,
)
from .fakedata_deeds import DeedFaker
from .formkit import handwritten, sheet
from .formkit_blanks import corner_rows, over_caption, tick_box
from .formkit_marks import word_wrap
from .kit import S, _finish, joined_address, street_spans
from .render import Canvas, Span


def en_application(rng: random.Random, fk: DeedFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1180), 1.55, cjk=False, base=1100, margin=0.06)
    s, w = p.s, right - m
    bank, phone = rng.choice(EN_ISSUERS)
    y = m + 32 * s
    c.text(m, y, bank, p.font(22, bold=True), "shop")
    c.line(
        right - 300 * s,
        y,
        [S("Card services ", "label"), Span(phone, "shop_phone", None)],
        p.font(15),
    )
    y += 46 * s
    c.text(
        m,
        y,
        rng.choice(("Credit Card Application", "Apply for a Classic Credit Card")),
        p.font(28, bold=True),
        "label",
    )
    y += 28 * s
    c.text(m, y, "Please complete in BLOCK CAPITALS using black ink.", p.font(15), "footer")
    hand, h = rng.random() < 0.75, 64 * s
    first, last = fk.en_name(upper=hand).split(" ", 1)
    maiden = fk.en_name(upper=hand).split(" ", 1)[1]
    born = rng.randint(1950, 2003)
    dob = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{born}"
    now, before = fk.uk_block(), fk.uk_block()
    years = rng.randint(0, 12)
    about = (
        (
            ("Title", [S(rng.choice(("Mr", "Mrs", "Ms", "Miss", "Dr")), "other")]),
            ("First name(s)", [S(first, "name")]),
            ("Surname", [S(last, "name")]),
        ),
        (
            ("Date of birth", [S(dob, "id_number")]),
            ("Mother's maiden name", [S(maiden, "name")]),
            ("Nationality", [S("British" if rng.random() < 0.8 else "Irish", "other")]),
        ),
    )
    home = (
        (
            ("Current address", joined_address(now[:-1])),
            ("Postcode", [S(t, k) for t, k in now[-1].segments]),
        ),
        (
            ("Time at address", [S(f"{years} yrs {rng.randint(0, 11)} mths", "other")]),
            (
                "Residential status",
                [S(rng.choice(("Homeowner", "Tenant", "Living with parents")), "other")],
            ),
        ),
    )
    if years < 3:
        home += ((("Previous address (if less than 3 years)", joined_address(before)),),)
    contact = (
        (
            ("Mobile", [S(fk.uk_phone(), "phone")]),
            ("Home phone", [S(fk.uk_phone(), "phone")] if rng.random() < 0.5 else []),
        ),
        (("Email", [S(fk.email(f"{first} {last}").lower(), "email")]),),
    )
    work = (
        (
            ("Employment status", [S(rng.choice(EN_STATUS), "other")]),
            ("Occupation", [S(rng.choice(EN_JOBS), "other")]),
            ("Employer", [S(fk.en_company(), "other")]),
        ),
        (
            (
                "Annual income (before tax)",
                [S(f"£{rng.randint(14, 95)},{rng.randint(0, 9)}00", "price")],
            ),
            ("Sort code", [S(fk.uk_sort_code(), "id_number")]),
            ("Account number", [S(fk.uk_account(), "id_number")]),
        ),
    )
    for head, rows in (
        ("1  About you", about),
        ("2  Where you live", home),
        ("3  Contact details", contact),
        ("4  Employment and your bank", work),
    ):
        y += 40 * s
        c.text(m, y, head, p.font(18, bold=True), "label")
        y = corner_rows(p, m, right, y + 10 * s, rows, h, hand)
    y += 30 * s
    x = c.line(m, y, [S("Send statements by:", "label")], p.font(16)) + 12 * s
    paper = rng.random() < 0.5
    x = tick_box(p, x, y, "Post", paper, p.font(16)) + 30 * s
    tick_box(p, x, y, "Email (paperless)", not paper, p.font(16))
    y += 34 * s
    y = word_wrap(p, m, y, [S(EN_DECLARATION, "footer")], p.font(14), w, 21 * s) + 18 * s
    x = c.line(m, y, [S("Signature:", "label")], p.font(16)) + 10 * s
    handwritten(p, x, y, [S(f"{first[0]}. {last.title()}", "name")], 32, cjk=False)
    c.line(
        c.width * 0.62,
        y,
        [
            S("Date: ", "label"),
            S(f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026", "date"),
        ],
        p.font(16),
    )
    if rng.random() < 0.6:  # taken in a branch: the adviser fills the bank's box
        y += 30 * s
        top, y = y, y + 40 * s
        x = c.line(m + 10 * s, y, [S("BRANCH USE  Adviser:", "label")], p.font(15)) + 8 * s
        x = handwritten(p, x, y, [S(fk.en_name(), "name")], 26, cjk=False) + 24 * s
        x = c.line(x, y, [S("Staff ID ", "label")], p.font(15))
        handwritten(
            p, x + 6 * s, y, [S(f"{fk.upper(1)}{fk.digits(6, True)}", "id_number")], 24, cjk=False
        )
        c.box(m, top, right, y + 20 * s, width=1)
        y += 20 * s
    return _finish(c, y, m // 2, pad=14 * s)


def de_antrag(rng: random.Random, fk: DeedFaker) -> Canvas:
    """A Kreditkartenantrag: values on rules with their captions printed under them."""
    c, p, m, right = sheet(rng, (1100, 1180), 1.5, cjk=False, base=1100, margin=0.07)
    s, w = p.s, right - m
    bank, phone = rng.choice(DE_ISSUERS)
    y = m + 32 * s
    c.text(m, y, bank, p.font(22, bold=True), "shop")
    c.line(
        right - 260 * s, y, [S("Service ", "label"), Span(phone, "shop_phone", None)], p.font(15)
    )
    y += 48 * s
    c.text(
        m,
        y,
        rng.choice(("Antrag auf eine Kreditkarte", "Kreditkartenantrag Gold")),
        p.font(27, bold=True),
        "label",
    )
    hand = rng.random() < 0.7
    first, last = fk.eu_name("de").split(" ", 1)
    street, town = fk.eu_address("de")
    female = first in ("Lena", "Sabine", "Birgit", "Käthe", "Anja")
    dob, _ = fk.born(1950, 2004, "de")
    cap, px = p.font(13), 27

    def row(y: float, cells: list[tuple[float, str, list[Span]]]) -> None:
        x = m
        for frac, caption, value in cells:
            over_caption(p, x, y, w * frac - 18 * s, caption, value, cap, px, hand=hand, cjk=False)
            x += w * frac

    sections = [
        (
            "Persönliche Angaben",
            [
                [
                    (0.2, "Anrede", [S("Frau" if female else "Herr", "other")]),
                    (0.4, "Name", [S(last, "name")]),
                    (0.4, "Vorname", [S(first, "name")]),
                ],
                [
                    (0.3, "Geburtsdatum", [S(dob, "id_number")]),
                    (
                        0.35,
                        "Geburtsort",
                        [S(rng.choice(("Kassel", "Rostock", "Ulm", "Bremen")), "other")],
                    ),
                    (0.35, "Staatsangehörigkeit", [S("deutsch", "other")]),
                ],
                [
                    (0.6, "Straße, Hausnummer", street_spans(street)),
                    (0.4, "PLZ, Ort", [S(town, "address")]),
                ],
                [
                    (0.4, "Telefon / Mobil", [S(fk.eu_phone("de"), "phone")]),
                    (0.6, "E-Mail", [S(fk.eu_email(f"{first} {last}"), "email")]),
                ],
            ],
        ),
        (
            "Beruf und Einkommen",
            [
                [
                    (0.35, "Beschäftigungsverhältnis", [S(rng.choice(DE_STATUS), "other")]),
                    (0.35, "Beruf", [S(rng.choice(DE_JOBS), "other")]),
                    (
                        0.3,
                        "beschäftigt seit",
                        [S(f"{rng.randint(1, 12):02d}/{rng.randint(1995, 2024)}", "date")],
                    ),
                ],
                [
                    (0.6, "Arbeitgeber", [S(fk.firm("de"), "other")]),
                    (0.4, "monatl. Nettoeinkommen", [S(f"{rng.randint(16, 62)}00 €", "price")]),
                ],
            ],
        ),
        (
            "Referenzkonto",
            [
                [
                    (0.7, "IBAN", [S(fk.de_iban(), "id_number")]),
                    (
                        0.3,
                        "Kreditinstitut",
                        [S(rng.choice(("Sparkasse", "Volksbank", "Postbank")), "other")],
                    ),
                ],
            ],
        ),
    ]
    for head, rows in sections:
        y += 58 * s
        c.text(m, y, head, p.font(18, bold=True), "label")
        for cells in rows:
            y += 62 * s
            row(y, cells)
        y += 18 * s
    y += 40 * s
    y = word_wrap(p, m, y, [S(DE_SCHUFA, "footer")], p.font(14), w, 21 * s) + 30 * s
    row(
        y,
        [
            (
                0.45,
                "Ort, Datum",
                [
                    S(f"{town.split(' ', 1)[1]}, ", "other"),
                    S(f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026", "date"),
                ],
            ),
            (0.55, "Unterschrift Antragsteller/in", []),
        ],
    )
    handwritten(
        p,
        m + w * 0.47,
        y,
        [S(f"{first[0]}. {last}" if rng.random() < 0.5 else last, "name")],
        32,
        cjk=False,
    )
    return _finish(c, y + 30 * s, m // 2, pad=14 * s)
