"""An English magazine's reply card, a magazine's mailing label on its cover and a German
Abo-Bestellschein for :mod:`synth.layouts_subscribe`.

Personal: the subscriber and the Kontoinhaber (``name``), addresses with their flat or
Whg. (``door``), postcodes, phones and e-mails, the subscriber or customer number, the
date of birth and the IBAN (``id_number``), a card's number and expiry
(``card_number``). Ordinary: titles, offers, prices, ticks, the issue code and the
mailer's sort line on the label, the BIC (a bank's code).
"""

from __future__ import annotations

import random

from .fakedata_homes import HomeFaker
from .formkit import handwritten, sheet
from .formkit_blanks import char_boxes, over_caption, tick_box
from .formkit_fill import template_spans
from .formkit_marks import word_wrap
from .kit import S, _finish, street_spans
from .render import Canvas, Span
from .subscribe_words import COVER_LINES, DE_DELIVER, DE_PAPERS, DE_SEPA, DE_TERMS, EN_MAGS


def uk_home(rng: random.Random, fk: HomeFaker) -> tuple[list[Span], list[Span]]:
    """A UK home as two lines, sometimes a flat before the street (``door``)."""
    street, town = fk.uk_address()
    first: list[Span] = []
    for text, kind in street.segments:  # the faker's "Flat 23, " keeps its comma out of the door
        core = text.rstrip(", ")
        first += [S(core, kind)] + ([S(text[len(core) :], "other")] if core != text else [])
    if not any(sp.category == "door" for sp in first) and rng.random() < 0.45:
        first = [S(f"Flat {rng.randint(1, 24)}", "door"), S(", ", "other"), *first]
    return first, [S(t, k) for t, k in town.segments]


def en_reply(rng: random.Random, fk: HomeFaker) -> Canvas:
    """A reply card torn from an issue, filled in in capitals by pen."""
    c, p, m, right = sheet(rng, (1000, 1100), 0.8, cjk=False, base=1000, margin=0.05)
    s, w = p.s, right - m
    title, _, offer = rng.choice(EN_MAGS)
    c.draw.rectangle([0, 0, c.width, 110 * s], fill=(190, 30, 45))
    c.text(m, 70 * s, title, p.font(34, bold=True), "brand", fill=(255, 255, 255))
    y = 150 * s
    c.text(m, y, offer.upper(), p.font(22, bold=True), "label")
    y += 40 * s
    x = tick_box(p, m, y, "Direct Debit", False, p.font(17)) + 30 * s
    x = tick_box(p, x, y, "Credit / debit card", True, p.font(17)) + 30 * s
    tick_box(p, x, y, "Cheque", False, p.font(17))
    y += 60 * s
    name = fk.en_name(upper=True)
    first, town = uk_home(rng, fk)
    cap = p.font(13)
    for caption, value, width in (
        (
            "Title / Full name",
            [S(rng.choice(("MR ", "MRS ", "MS ", "")), "other"), S(name, "name")],
            w,
        ),
        ("Address", [Span(sp.text.upper(), sp.category, sp.pii) for sp in first], w),
        ("Town / Postcode", [Span(sp.text.upper(), sp.category, sp.pii) for sp in town], w * 0.6),
    ):
        over_caption(p, m, y, width, caption, value, cap, 28, hand=True, cjk=False)
        y += 64 * s
    y -= 64 * s
    over_caption(
        p,
        m + w * 0.64,
        y,
        w * 0.36,
        "Phone",
        [S(fk.uk_phone(), "phone")],
        cap,
        26,
        hand=True,
        cjk=False,
    )
    y += 64 * s
    over_caption(
        p, m, y, w, "Email", [S(fk.eu_email(name.title()), "email")], cap, 26, hand=True, cjk=False
    )
    y += 54 * s
    c.text(m, y, "Card number", p.font(15), "label")
    x = char_boxes(p, m + 130 * s, y - 28 * s, fk.card_number(16), "card_number", box=34 * s)
    c.text(x + 20 * s, y, "Expiry", p.font(15), "label")
    expiry = f"{rng.randint(1, 12):02d}/{rng.randint(27, 31)}"
    char_boxes(p, x + 90 * s, y - 28 * s, expiry, "card_number", box=34 * s)
    y += 60 * s
    x = c.line(m, y, [S("Signature", "label")], p.font(15)) + 12 * s
    handwritten(p, x, y, [S(name.title().split()[-1], "name")], 30, cjk=False)
    c.line(m + w * 0.6, y, [S("Date ", "label")], p.font(15))
    handwritten(p, m + w * 0.6 + 50 * s, y, [S(fk.date("dmy"), "date")], 24, cjk=False)
    y += 36 * s
    c.text(
        m,
        y,
        "No stamp needed. Offer open to UK residents. Your details are kept safe.",
        p.font(12),
        "footer",
    )
    return _finish(c, y, m, pad=8 * s)


def en_label(rng: random.Random, fk: HomeFaker) -> Canvas:
    """A mailing label on a magazine's cover: the mailer's sort line, the account number
    and issue code, then the subscriber's name and address."""
    c, p, m, right = sheet(rng, (900, 1000), 1.3, cjk=False, base=900, margin=0.04)
    s, w = p.s, right - m
    title, price, _ = rng.choice(EN_MAGS)
    c.draw.rectangle(
        [0, 0, c.width, c.height], fill=rng.choice(((40, 90, 60), (30, 60, 120), (120, 40, 60)))
    )
    c.text(m, 110 * s, title.split()[-1], p.font(96, bold=True), "brand", fill=(255, 255, 255))
    c.text(m, 150 * s, title, p.font(20), "brand", fill=(240, 240, 240))
    c.text(right, 190 * s, price, p.font(24, bold=True), "price", anchor="rs", fill=(255, 230, 90))
    # the cover picture (a lighter block) and its lines, under the label as on a real issue
    tone = tuple(min(255, v + 60) for v in c.draw.im.getpixel((5, 5)))
    c.draw.ellipse([m + w * 0.35, 230 * s, right - 10 * s, 760 * s], fill=tone)
    for k, line in enumerate(rng.sample(COVER_LINES, 3)):
        c.text(m, (280 + 70 * k) * s, line, p.font(24, bold=True), "other", fill=(255, 255, 255))
    us = rng.random() < 0.4
    x0, y0 = m + w * 0.12, 560 * s
    lw, lh = w * 0.76, 220 * s
    c.draw.rectangle([x0, y0, x0 + lw, y0 + lh], fill=(252, 252, 250))
    mono = p.font(20, mono=True)
    x, y = x0 + 20 * s, y0 + 40 * s
    sort = (
        "#BXNKRRT*****CAR-RT LOT**C-0" + fk.digits(2)
        if us
        else f"**{fk.upper(2)}{fk.digits(3)} MIXED"
    )
    c.text(x, y, sort, mono, "other")
    y += 32 * s
    acct = fk.digits(9, True) if us else f"{fk.upper(3)}{fk.digits(7, True)}"
    issue = f"{rng.choice(('JUN', 'SEP', 'DEC', 'MAR'))}{rng.randint(27, 28)}"
    c.line(
        x,
        y,
        [
            S(acct, "id_number"),
            S("   EXP ", "label"),
            S(issue, "other"),
            S(f"  {rng.randint(1, 9)}", "other"),
        ],
        mono,
    )
    y += 32 * s
    name = fk.en_name(upper=True)
    c.text(x, y, name, mono, "name")
    if us:
        lines = [[S(t.upper(), k) for t, k in ln.segments] for ln in fk.us_address()]
    else:
        a, b = uk_home(rng, fk)
        lines = [[Span(sp.text.upper(), sp.category, sp.pii) for sp in ln] for ln in (a, b)]
    for spans in lines:
        y += 32 * s
        c.line(x, y, spans, mono)
    c.text(
        m,
        c.height - 120 * s,
        rng.choice(("NEW SEASON SPECIAL", "50 IDEAS FOR SPRING", "WIN A WEEKEND AWAY")),
        p.font(40, bold=True),
        "other",
        fill=(255, 255, 255),
    )
    return _finish(c, c.height - m - 60 * s, m)


def de_order(rng: random.Random, fk: HomeFaker) -> Canvas:
    """An Abo-Bestellschein filled in by pen, with its SEPA mandate."""
    c, p, m, right = sheet(rng, (1000, 1100), 1.3, cjk=False, base=1000, margin=0.06)
    s, w = p.s, right - m
    paper, price, kind = rng.choice(DE_PAPERS)
    y = m + 36 * s
    c.text(m, y, paper, p.font(32, bold=True), "brand")
    c.text(right, y, kind, p.font(16), "other", anchor="rs")
    y += 46 * s
    c.text(m, y, "Abo-Bestellschein", p.font(26, bold=True), "label")
    y += 36 * s
    y = word_wrap(
        p,
        m,
        y,
        template_spans(DE_TERMS, {"price": (price, "price")}, "footer"),
        p.font(16),
        w,
        25 * s,
    )
    y += 12 * s
    x = m
    for k, option in enumerate(DE_DELIVER):
        x = tick_box(p, x, y, option, k == 0 or rng.random() < 0.2, p.font(16)) + 28 * s
    y += 60 * s
    name = fk.eu_name("de")
    street, town = fk.eu_address("de")
    cap = p.font(13)
    rows = (
        (("Name, Vorname", [S(f"{name.split()[-1]}, {name.split()[0]}", "name")], 1.0),),
        (
            ("Straße, Hausnummer", street_spans(street), 0.62),
            ("PLZ, Ort", [S(town, "address")], 0.38),
        ),
        (
            ("Telefon", [S(fk.eu_phone("de"), "phone")], 0.4),
            ("E-Mail", [S(fk.eu_email(name), "email")], 0.6),
        ),
        (
            (
                "Geburtsdatum",
                [S(fk.born(1940, 2000, "dmy")[0].replace("/", "."), "id_number")],
                0.4,
            ),
            ("Kundennummer (falls vorhanden)", [S(fk.digits(8, True), "id_number")], 0.6),
        ),
    )
    for row in rows:
        x = m
        for caption, value, share in row:
            over_caption(p, x, y, w * share - 16 * s, caption, value, cap, 28, hand=True, cjk=False)
            x += w * share
        y += 70 * s
    c.text(m, y, "SEPA-Lastschriftmandat", p.font(18, bold=True), "label")
    y += 28 * s
    y = word_wrap(p, m, y, [S(DE_SEPA, "footer")], p.font(14), w, 22 * s) + 30 * s
    holder = name if rng.random() < 0.75 else fk.eu_name("de")
    over_caption(
        p, m, y, w * 0.45, "Kontoinhaber/in", [S(holder, "name")], cap, 28, hand=True, cjk=False
    )
    over_caption(
        p,
        m + w * 0.5,
        y,
        w * 0.5,
        "IBAN",
        [S(fk.de_iban(), "id_number")],
        cap,
        26,
        hand=True,
        cjk=False,
    )
    y += 70 * s
    over_caption(p, m, y, w * 0.45, "BIC", [S(fk.swift(), "other")], cap, 26, hand=True, cjk=False)
    day = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026"
    over_caption(
        p,
        m + w * 0.5,
        y,
        w * 0.5,
        "Datum, Unterschrift",
        [S(day, "date"), S("  ", "other"), S(name.split()[-1], "name")],
        cap,
        28,
        hand=True,
        cjk=False,
    )
    return _finish(c, y + 30 * s, m, pad=10 * s)
