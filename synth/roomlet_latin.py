"""An English card on a supermarket notice board and a German Aushang with
Abreißzettel for :mod:`synth.layouts_roomlet`.

Personal: the advertiser's first name in "call Dave on …" or "bei Lena" (``name``),
phones, e-mails, a viewing address given with its house number (``address``) and flat
(``door``). Ordinary: headlines, rooms, rents, prices, things for sale, subjects, areas
named without a number ("near the park", "Nähe Bahnhof"), times to call.
"""

from __future__ import annotations

import random

from .fakedata_notices import NoticeFaker
from .formkit import HAND_INKS, RED, box_stamp, fit
from .formkit_marks import ruled_paper, word_wrap
from .formkit_tabs import poster, tear_tabs
from .kit import S, _finish, hand_font
from .render import Canvas, Span
from .roomlet_words import (
    DE_HEADS,
    DE_LESSONS,
    DE_NEAR,
    DE_OFFERS,
    DE_WHEN,
    EN_EXTRAS,
    EN_HEADS,
    EN_NEAR,
    EN_OFFERS,
    EN_SALES,
    EN_WHEN,
)


def en_card(rng: random.Random, fk: NoticeFaker) -> Canvas:
    """A ruled index card pinned to cork, written by hand; cut into tabs or not."""
    c, p = poster(rng, cjk=False, aspect=0.78)
    s = p.s
    cork = (rng.randint(170, 195), rng.randint(130, 150), rng.randint(85, 105))
    c.draw.rectangle([0, 0, c.width, c.height], fill=cork)
    m = int(50 * s)
    c.draw.rectangle([m, m, c.width - m, c.height - m], fill=(250, 250, 246))
    step = 52 * s
    ruled_paper(p, m, c.width - m, m + 150 * s, c.height - m - 20 * s, step, margin=False)
    c.draw.line([(m, m + 100 * s), (c.width - m, m + 100 * s)], fill=(220, 110, 110), width=2)
    c.draw.ellipse([c.width / 2 - 14 * s, m + 10 * s, c.width / 2 + 14 * s, m + 38 * s], fill=RED)
    day = f"{rng.randint(1, 28)} {rng.choice(('JAN', 'MAR', 'MAY', 'JUL', 'SEP', 'NOV'))}"
    box_stamp(p, c.width - m - 150 * s, m + 60 * s, ("NOTICEBOARD", f"POSTED {day}"), 14)
    ink = rng.choice(HAND_INKS)
    f = hand_font(p, 40, cjk=False)
    head = rng.choice(EN_HEADS)
    x0, w = m + 40 * s, c.width - 2 * m - 80 * s
    hf = fit(p, hand_font(p, 60, cjk=False), head, w - 340 * s)  # clear of the board's stamp
    c.text(x0, m + 88 * s, head, hf, "label", fill=ink)
    sale = head == "FOR SALE"
    first = fk.en_first(upper=False)
    if sale:
        text = rng.choice(EN_SALES).format(price=f"£{rng.randrange(20, 300, 5)}")
    else:
        text = rng.choice(EN_OFFERS).format(rent=f"£{rng.randrange(450, 1100, 25)}")
    spans: list[Span] = [S(f"{text} {rng.choice(EN_NEAR).capitalize()}.", "other")]
    if not sale and rng.random() < 0.4:
        block = fk.uk_block()
        road = next(t for ln in block for t, k in ln.segments if k == "address")
        spans += [
            S(" Viewings at ", "other"),
            S(f"Flat {rng.randint(1, 9)}", "door"),
            S(", ", "other"),
            S(road, "address"),
            S(".", "other"),
        ]
    phone = fk.uk_mobile()
    y = word_wrap(p, x0, m + 150 * s - 8 * s, spans, f, w, step, fill=ink)
    for extra in rng.sample(EN_EXTRAS, 2):  # short lines of their own, as cards list them
        c.text(x0, y, extra, f, "other", fill=ink)
        y += step
    # the contact on lines of its own, the number never broken between two lines
    call = [
        S(rng.choice(("Call ", "Ring ", "Text ")), "other"),
        S(first, "name"),
        S(" on", "other"),
    ]
    c.line(x0, y, call, f, fill=ink)
    y += step
    tail = [S(phone, "phone"), S(f"  {rng.choice(EN_WHEN)}", "other")]
    c.line(x0, y, tail, fit(p, f, "".join(sp.text for sp in tail), w), fill=ink)
    y += step
    if rng.random() < 0.5:
        mail = [S("or email ", "other"), S(fk.email(first), "email")]
        c.line(x0, y, mail, fit(p, f, "".join(sp.text for sp in mail), w), fill=ink)
        y += step
    if rng.random() < 0.45:
        tab = [(first, "name"), (phone.replace(" ", ""), "phone")]
        y = tear_tabs(
            p,
            m,
            c.width - m,
            y + 10 * s,
            tab,
            hand_font(p, 28, cjk=False),
            count=rng.randint(6, 8),
            height=300 * s,
            wall=cork,
        )
        c.draw.rectangle([0, y + 1, c.width, c.height], fill=cork)
        c.trim(int(y + m))
        return c
    c.trim(int(max(y, m + 500 * s) + m))
    c.draw.rectangle([m, c.height - m, c.width, c.height], fill=cork)
    return c


def de_aushang(rng: random.Random, fk: NoticeFaker) -> Canvas:
    """A printed Aushang: headline, offer, contact, Abreißzettel with name and Tel."""
    c, p = poster(rng, cjk=False, aspect=1.3)
    s, m = p.s, int(70 * p.s)
    w = c.width - 2 * m
    head = rng.choice(DE_HEADS)
    lesson = "Nachhilfe" in head
    y = m + 100 * s
    c.text(c.width / 2, y, head, p.font(76, bold=True), "label", anchor="ms")
    y += 90 * s
    price = rng.randrange(12, 30) if lesson else rng.randrange(280, 620, 10)
    text = rng.choice(DE_LESSONS if lesson else DE_OFFERS).format(rent=price)
    f = p.font(34)
    name = fk.eu_name("de")
    first = name.split()[0]
    phone = fk.eu_phone("de")
    spans: list[Span] = [S(f"{text} {rng.choice(DE_NEAR)}.", "other")]
    y = word_wrap(p, m, y, spans, f, w, f.size * 1.5) + 30 * s
    contact: list[Span] = [
        S("Bei Interesse melden bei ", "other"),
        S(first if rng.random() < 0.6 else name, "name"),
        S(": Tel. ", "other"),
        S(phone, "phone"),
        S(f" ({rng.choice(DE_WHEN)})", "other"),
    ]
    if rng.random() < 0.5:
        contact += [S(" oder ", "other"), S(fk.eu_email(name), "email")]
    y = word_wrap(p, m, y, contact, p.font(34, bold=True), w, f.size * 1.5) + 20 * s
    word = "Nachhilfe" if lesson else "Zimmer"
    tab = [(word, "other"), (first, "name"), (phone, "phone")]
    y = tear_tabs(
        p,
        0,
        c.width,
        y + 20 * s,
        tab,
        p.font(26),
        count=rng.randint(8, 10),
        height=360 * s,
        torn=0.4,
        wall=(120, 120, 118),
    )
    return _finish(c, y, 0)
