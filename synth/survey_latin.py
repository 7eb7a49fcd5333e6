"""An English restaurant or hotel comment card and an Italian online questionnaire
printout for :mod:`synth.layouts_survey`.

Personal: the guest's name, the waiter or receptionist named in a comment, the
commessa named in the Italian comment (``name``), e-mails, mobiles, and the postcode
the online form asks for (``address``: a postcode alone still narrows a home to a few
streets, as the red boxes on an envelope do). Ordinary: ratings circled or clicked,
questions, the age group, the visit's date, and a hotel room number (a room the guest
stays in for a night, not a home). The venue's or shop's address and line are business
data; the survey's web address is ordinary.
"""

from __future__ import annotations

import random

from .fakedata_surveys import SurveyFaker
from .formkit import HAND_INKS, fit, sheet
from .formkit_fill import ruled_entry, template_spans
from .formkit_marks import word_wrap
from .kit import EN_MONTHS, S, _finish, biz, hand_font
from .render import Canvas, Span
from .survey_words import (
    EN_ASPECTS,
    EN_COMMENTS,
    EN_HOTEL_ASPECTS,
    EN_VENUES,
    IT_AGES,
    IT_COMMENTS,
    IT_QUESTIONS,
    IT_SCALE,
    IT_SHOPS,
)


def en_comment_card(rng: random.Random, fk: SurveyFaker) -> Canvas:
    """A card left on the table or in the room: scales 1-5 circled by pen, then the
    optional name, e-mail, room and comments by hand."""
    c, p, m, right = sheet(rng, (900, 1000), 1.45, cjk=False, base=900, margin=0.07)
    s, w = p.s, right - m
    venue, vaddr, vphone, hotel = rng.choice(EN_VENUES)
    ink = rng.choice(HAND_INKS)
    y = m + 40 * s
    c.text(c.width / 2, y, venue, p.font(26, bold=True), "shop", anchor="ms")
    y += 56 * s
    c.text(c.width / 2, y, "How did we do?", p.font(34, bold=True), "label", anchor="ms")
    y += 34 * s
    c.text(c.width / 2, y, "1 = poor   5 = excellent", p.font(16), "label", anchor="ms")
    y += 54 * s
    f = p.font(19)
    for aspect in EN_HOTEL_ASPECTS if hotel else EN_ASPECTS:
        c.text(m, y, aspect, f, "label")
        pick = rng.choice((3, 4, 4, 5, 5, 2))
        for k in range(1, 6):
            cx = m + w * 0.5 + (k - 1) * w * 0.1
            c.text(cx, y, str(k), f, "label", anchor="ms")
            if k == pick:  # a pen's loop round the number
                r = 18 * s
                c.draw.ellipse(
                    [cx - r, y - r * 1.5, cx + r * 1.1, y + r * 0.5],
                    outline=ink,
                    width=max(2, round(2.5 * s)),
                )
        y += 46 * s
    y += 16 * s
    hand = rng.random() < 0.9
    name = fk.en_name()
    fields: list[tuple[str, list[Span]]] = [
        ("Your name (optional)", [S(name, "name")]),
        (
            rng.choice(("E-mail for our newsletter", "E-mail (for offers)")),
            [S(fk.email(name), "email")],
        ),
    ]
    if hotel:
        fields.append(("Room no.", [S(str(rng.choice((101, 204, 312, 18, 7, 415))), "other")]))
    elif rng.random() < 0.5:
        fields.append(("Table no.", [S(str(rng.randint(1, 30)), "other")]))
    day = f"{rng.randint(1, 28)} {rng.choice(EN_MONTHS)[:3]}"
    fields.append(("Date of visit", [S(day, "date")]))
    if rng.random() < 0.4:
        fields.append(("Phone (optional)", [S(fk.uk_mobile(), "phone")]))
    for field in fields:
        ruled_entry(p, m, right, y, field, hand, f, hand_px=28)
        y += 52 * s
    c.text(m, y, "Anything else you would like to tell us?", f, "label")
    y += 48 * s
    waiter = fk.en_first(upper=False)
    spans = template_spans(rng.choice(EN_COMMENTS), {"w": (waiter, "name")}, "other")
    for k in range(2):
        c.hline(m, right, y + k * 44 * s + 8 * s, width=1)
    word_wrap(p, m + 8 * s, y, spans, hand_font(p, 28, cjk=False), w - 16 * s, 44 * s, fill=ink)
    y += 2 * 44 * s + 30 * s
    foot = [biz(vaddr, "shop_address"), S("  ·  ", "footer"), biz(vphone, "shop_phone")]
    c.line(m, y, foot, fit(p, p.font(15), "".join(sp.text for sp in foot), w))
    y += 28 * s
    c.text(m, y, "Thank you! Please leave this card with a member of staff.", p.font(14), "footer")
    return _finish(c, y, m // 2, pad=16 * s, border=2)


def _radio(c: Canvas, x: float, y: float, r: float, on: bool, width: int) -> None:
    c.draw.ellipse([x - r, y - r, x + r, y + r], outline=(90, 90, 90), width=width)
    if on:
        c.draw.ellipse([x - r * 0.5, y - r * 0.5, x + r * 0.5, y + r * 0.5], fill=(40, 90, 200))


def it_online_survey(rng: random.Random, fk: SurveyFaker) -> Canvas:
    """A web questionnaire printed from the browser: the print header with the page's
    address, D1 … D7 with radio buttons, then CAP, fascia d'età, name, e-mail and
    a comment typed into a box."""
    c, p, m, right = sheet(rng, (1100, 1200), 1.45, cjk=False, base=1100, margin=0.06)
    s, w = p.s, right - m
    shop, url, saddr = rng.choice(IT_SHOPS)
    stamp = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/26, {rng.randint(8, 22)}:{rng.randint(10, 59)}"
    small = p.font(13)
    c.text(m, m, stamp, small, "date")
    c.text(right, m, f"{shop} - Questionario", small, "other", anchor="rs")
    y = m + 60 * s
    c.text(m, y, "Questionario di soddisfazione clienti", p.font(28, bold=True), "label")
    y += 32 * s
    c.text(m, y, shop, p.font(18), "shop")
    y += 44 * s
    f, lh = p.font(17), 28 * s
    width = max(1, round(1.5 * s))
    for k, q in enumerate(rng.sample(IT_QUESTIONS, rng.randint(5, 7)), 1):
        c.text(m, y, f"D{k}. {q}", p.font(17, bold=True), "label")
        y += lh + 4 * s
        pick = rng.choice((2, 3, 3, 4, 4, 1))
        x = m + 16 * s
        for i, word in enumerate(IT_SCALE):
            _radio(c, x + 9 * s, y - 6 * s, 9 * s, i == pick, width)
            c.text(x + 26 * s, y, word, p.font(16), "label")
            x += w / len(IT_SCALE)
        y += lh + 10 * s
    y += 6 * s
    street, town = fk.it_address()
    name = fk.it_name()

    def box(label: str, spans: list[Span]) -> None:
        nonlocal y
        c.text(m, y, label, f, "label")
        bx = m + w * 0.32
        c.box(bx, y - 26 * s, right, y + 10 * s, width=1)
        c.line(bx + 10 * s, y, spans, fit(p, f, "".join(sp.text for sp in spans), w * 0.6))
        y += 50 * s

    box("Il tuo CAP *", [S(town.split()[0], "address")])
    c.text(m, y, "Fascia d'età *", f, "label")
    x = m + w * 0.32
    age = rng.randrange(len(IT_AGES))
    for i, band in enumerate(IT_AGES):
        _radio(c, x + 9 * s, y - 6 * s, 9 * s, i == age, width)
        x = c.line(x + 26 * s, y, [S(band, "label")], p.font(16)) + 20 * s
    y += 50 * s
    if rng.random() < 0.7:
        box("Nome e cognome (facoltativo)", [S(name, "name")])
    box("E-mail", [S(fk.eu_email(name), "email")])
    if rng.random() < 0.4:
        box("Cellulare", [S(fk.it_mobile(), "phone")])
    c.text(m, y, "Commenti e suggerimenti", f, "label")
    y += 16 * s
    top = y
    spans = template_spans(
        rng.choice(IT_COMMENTS), {"w": (fk.it_name().split()[0], "name")}, "other"
    )
    y = word_wrap(p, m + 12 * s, y + 30 * s, spans, f, w - 24 * s, lh)
    c.box(m, top, right, y + 6 * s, width=1)
    y += 50 * s
    c.line(m, y, [S("Invia", "label")], p.font(18, bold=True))
    y += 46 * s
    foot = [S(f"{shop} · ", "footer"), biz(saddr, "shop_address")]
    c.line(m, y, foot, small)
    c.text(right, y, "1/1", small, "other", anchor="rs")
    y += 22 * s
    c.text(m, y, "https://" + url, small, "other")
    return _finish(c, y, m // 2, pad=12 * s)
