"""An English client intake form and a German Anmeldebogen für Psychotherapie for
:mod:`synth.layouts_counsel`.

Personal: the client, the people the reason for referral names, the emergency contact
and the GP or Hausarzt (``name``; after Dr or Dr. med. only the surname), the date of
birth and the Versichertennummer with its check digit (``id_number``), the home with its
flat, phones and e-mails. Ordinary: practices, surgeries, relations, referral routes,
Krankenkassen, ticks, the agreement and dates; a practice's phone is business data.
"""

from __future__ import annotations

import random

from .counsel_words import (
    DE_CONSENT,
    DE_HEARD,
    DE_KASSEN,
    DE_PRACTICES,
    DE_REASONS,
    EN_CONSENT,
    EN_HEARD,
    EN_PRACTICES,
    EN_REASONS,
    EN_RELATIONS,
    EN_SURGERIES,
)
from .fakedata_kin import KinFaker
from .formkit import HAND_INKS, handwritten, sheet
from .formkit_blanks import corner_rows, tick_box
from .formkit_fill import ruled_entry, template_spans
from .formkit_marks import word_wrap
from .kit import Pen, S, _finish, hand_font, joined_address, street_spans
from .render import Canvas, Span


def _ticks(p: Pen, x: float, y: float, label: str, options, font) -> float:
    x = p.c.line(x, y, [S(label, "label")], font) + 12 * p.s
    chosen = p.r.randrange(len(options))
    for k, opt in enumerate(options):
        x = tick_box(p, x, y, opt, k == chosen, font) + 24 * p.s
    return x


def _reason(p: Pen, x: float, y: float, width: float, spans: list[Span], hand: bool) -> float:
    """The client's reason in their own hand or typed, between words; returns the y under it."""
    if hand:
        f, ink = hand_font(p, 27, cjk=False), p.r.choice(HAND_INKS)
        return word_wrap(p, x, y, spans, f, width, 40 * p.s, fill=ink)
    return word_wrap(p, x, y, spans, p.font(17), width, 28 * p.s)


def en_intake(rng: random.Random, fk: KinFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1180), 1.6, cjk=False, base=1100, margin=0.06)
    s, w = p.s, right - m
    practice, phone = rng.choice(EN_PRACTICES)
    y = m + 34 * s
    c.text(m, y, practice, p.font(22, bold=True), "shop")
    c.line(right - 250 * s, y, [S("Tel ", "label"), Span(phone, "shop_phone", None)], p.font(15))
    y += 44 * s
    c.text(m, y, "Client Intake Form", p.font(28, bold=True), "label")
    y += 26 * s
    c.text(
        m, y, "Confidential - please complete before your first appointment.", p.font(15), "footer"
    )
    hand, h = rng.random() < 0.75, 64 * s
    name = fk.en_name(upper=hand and rng.random() < 0.5)
    block = fk.uk_block()
    dob = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1958, 2006)}"
    you = (
        (("Full name", [S(name, "name")]), ("Date of birth", [S(dob, "id_number")])),
        (
            ("Address", joined_address(block[:-1], " " if hand else ", ")),
            ("Postcode", [S(t, k) for t, k in block[-1].segments]),
        ),
        (
            ("Mobile", [S(fk.uk_phone(), "phone")]),
            ("Email", [S(fk.email(name.title()), "email")]),
            ("OK to leave a message?", [S(rng.choice(("Yes", "No", "Text only")), "other")]),
        ),
        (
            ("GP", [S("Dr ", "other"), S(fk.en_name().split()[-1], "name")]),
            ("Surgery", [S(rng.choice(EN_SURGERIES), "other")]),
        ),
        (
            ("Emergency contact", [S(fk.en_name(), "name")]),
            ("Relationship", [S(rng.choice(EN_RELATIONS), "other")]),
            ("Phone", [S(fk.uk_phone(), "phone")]),
        ),
    )
    y = corner_rows(p, m, right, y + 24 * s, you, h, hand, drop=18) + 40 * s
    _ticks(p, m, y, "How did you hear about us?", rng.sample(EN_HEARD, 3), p.font(16))
    y += 40 * s
    _ticks(p, m, y, "Have you had counselling before?", ("Yes", "No"), p.font(16))
    y += 44 * s
    c.text(
        m, y, "Reason for referral / what brings you to counselling", p.font(17, bold=True), "label"
    )
    top = y + 14 * s
    parts = {"kin": (fk.en_first(upper=False), "name"), "other": (fk.en_first(upper=False), "name")}
    spans = template_spans(rng.choice(EN_REASONS), parts, "other")
    y = _reason(p, m + 14 * s, top + 40 * s, w - 28 * s, spans, hand)
    c.box(m, top, right, y, width=1)
    y = word_wrap(p, m, y + 36 * s, [S(EN_CONSENT, "footer")], p.font(14), w, 21 * s) + 24 * s
    f = p.font(16)
    x = c.line(m, y, [S("Signature:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(name.split()[-1].title(), "name")], 30, cjk=False)
    c.line(
        c.width * 0.6,
        y,
        [
            S("Date: ", "label"),
            S(f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026", "date"),
        ],
        f,
    )
    return _finish(c, y, m // 2, pad=20 * s)


def de_anmeldung(rng: random.Random, fk: KinFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1180), 1.5, cjk=False, base=1100, margin=0.07)
    s, w = p.s, right - m
    practice, phone = rng.choice(DE_PRACTICES)
    y = m + 34 * s
    c.text(m, y, practice, p.font(20, bold=True), "shop")
    y += 28 * s
    c.line(
        m,
        y,
        [S("Telefonische Sprechzeit Mo-Fr 8-9 Uhr: ", "label"), Span(phone, "shop_phone", None)],
        p.font(14),
    )
    y += 50 * s
    c.text(m, y, "Anmeldebogen für Psychotherapie", p.font(26, bold=True), "label")
    y += 56 * s
    hand = rng.random() < 0.8
    full = fk.eu_name("de")
    first, last = full.split(" ", 1)
    street, town = fk.eu_address("de")
    f = p.font(17)
    mid = (m + right) / 2
    pairs = (
        (("Name:", [S(last, "name")]), ("Vorname:", [S(first, "name")])),
        (
            (
                "Geburtsdatum:",
                [
                    S(
                        f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(1960, 2006)}",
                        "id_number",
                    )
                ],
            ),
            ("Telefon:", [S(fk.eu_phone("de"), "phone")]),
        ),
        (
            ("Straße, Nr.:", street_spans(street, " " if hand else ", ")),
            ("PLZ, Ort:", [S(town, "address")]),
        ),
        (
            ("E-Mail:", [S(fk.eu_email(full), "email")]),
            ("Krankenkasse:", [S(rng.choice(DE_KASSEN), "other")]),
        ),
        (
            ("Versichertennr.:", [S(fk.kvnr(), "id_number")]),
            (
                "Hausarzt/-ärztin:",
                [S("Dr. med. ", "other"), S(fk.eu_name("de").split()[-1], "name")],
            ),
        ),
    )
    for left, other in pairs:
        ruled_entry(p, m, mid - 20 * s, y, left, hand, f)
        ruled_entry(p, mid + 10 * s, right, y, other, hand, f)
        y += 52 * s
    y += 10 * s
    _ticks(
        p, m, y, "Wie sind Sie auf uns aufmerksam geworden?", rng.sample(DE_HEARD, 3), p.font(15)
    )
    y += 44 * s
    _ticks(p, m, y, "Waren Sie schon einmal in Psychotherapie?", ("ja", "nein"), p.font(15))
    y += 50 * s
    c.text(m, y, "Ihr Anliegen / Grund der Anmeldung:", p.font(17, bold=True), "label")
    parts = {"kin": (fk.eu_name("de").split()[0], "name"), "other": (fk.eu_name("de"), "name")}
    spans = template_spans(rng.choice(DE_REASONS), parts, "other")
    top = y + 14 * s
    y = _reason(p, m + 14 * s, top + 40 * s, w - 28 * s, spans, hand)
    c.box(m, top, right, y, width=1)
    y = word_wrap(p, m, y + 36 * s, [S(DE_CONSENT, "footer")], p.font(14), w, 21 * s) + 30 * s
    town_only = town.split(" ", 1)[1]
    c.line(
        m,
        y,
        [
            S(f"{town_only}, den ", "footer"),
            S(f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026", "date"),
        ],
        f,
    )
    x = c.line(mid, y, [S("Unterschrift:", "label")], f) + 10 * s
    handwritten(
        p, x, y, [S(f"{first[0]}. {last}" if rng.random() < 0.5 else last, "name")], 30, cjk=False
    )
    return _finish(c, y, m // 2, pad=24 * s)
