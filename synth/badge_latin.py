"""A German Messe badge and an English conference registration e-mail printed out,
for :mod:`synth.layouts_badge`.

Personal: the attendee (``name``; a badge sets the first name large over the surname,
two items), the e-mail and mobile, the ticket or registration number (``id_number``)
and the barcode or QR scanned at the gate (``code``). Ordinary: fairs, halls, dates,
badge kinds, firms, towns, job titles, ticket types, sessions, the organiser's
no-reply address and notes; the organiser's office address is business data.
"""

from __future__ import annotations

import random

from .badge_words import (
    DE_FAIRS,
    DE_KINDS,
    DE_RULES,
    DE_TICKETS,
    DE_TOWNS,
    EN_DIETS,
    EN_EVENTS,
    EN_SESSIONS,
    EN_TICKETS,
)
from .fakedata_money import MoneyFaker
from .formkit import fit, sheet
from .formkit_marks import word_wrap
from .kit import Faces, Pen, S, _finish, _ink
from .render import Canvas, Span

_STRIPES = ((0, 90, 170), (200, 20, 60), (0, 140, 90), (40, 40, 45))


def de_badge(rng: random.Random, fk: MoneyFaker) -> Canvas:
    w = rng.choice((640, 700))
    c = Canvas(w, int(w * 1.45), paper=(253, 253, 253), ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=False), w / 640)
    s = p.s
    fair, sub, hall = rng.choice(DE_FAIRS)
    colour = rng.choice(_STRIPES)
    c.draw.rectangle([0, 0, 34 * s, c.height], fill=colour)
    x = 64 * s
    y = 70 * s
    c.text(x, y, fair, fit(p, p.font(34, bold=True), fair, w - x - 30 * s), "other", fill=colour)
    y += 34 * s
    c.text(x, y, sub, fit(p, p.font(16), sub, w - x - 30 * s), "other")
    y += 28 * s
    day = rng.randint(3, 20)
    c.text(
        x,
        y,
        f"{day}.–{day + 3}. {rng.choice(('März', 'Mai', 'Juni', 'Oktober'))} 2026 · {hall}",
        p.font(16),
        "other",
    )
    y += 70 * s
    kind = rng.choice(DE_KINDS)
    c.draw.rectangle([x - 6 * s, y - 40 * s, w - 30 * s, y + 14 * s], fill=colour)
    c.text(x + 6 * s, y, kind.upper(), p.font(30, bold=True), "other", fill=(255, 255, 255))
    y += 90 * s
    first, last = fk.eu_name("de").split(" ", 1)
    c.text(x, y, first, fit(p, p.font(50, bold=True), first, w - x - 30 * s), "name")
    y += 56 * s
    c.text(x, y, last, fit(p, p.font(34), last, w - x - 30 * s), "name")
    y += 56 * s
    c.text(x, y, fk.firm("de"), p.font(22), "other")
    y += 34 * s
    c.text(x, y, rng.choice(DE_TOWNS), p.font(20), "other", fill=(60, 60, 60))
    y += 50 * s
    ticket = f"{fk.digits(4)}-{fk.digits(4)}-{fk.digits(4)}"
    c.barcode(
        int(x), int(y), ticket.replace("-", ""), height=int(80 * s), max_width=int(w - x - 40 * s)
    )
    y += 112 * s
    c.line(x, y, [S("Ticket-Nr. ", "label"), S(ticket, "id_number")], p.font(16))
    c.text(w - 30 * s, y, rng.choice(DE_TICKETS), p.font(16, bold=True), "other", anchor="rs")
    y += 40 * s
    for rule in DE_RULES:
        c.text(x, y, rule, fit(p, p.font(14), rule, w - x - 30 * s), "footer")
        y += 24 * s
    c.trim(int(y + 20 * s))
    c.box(1, 1, w - 2, c.height - 2, width=2)
    return c


def en_confirmation(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """A registration e-mail printed from a browser: print header, mail headers,
    the greeting, the attendee's details, the QR to show at the door, the agenda."""
    c, p, m, right = sheet(rng, (1100, 1180), 1.45, cjk=False, base=1100, margin=0.07)
    s = p.s
    event, venue, code = rng.choice(EN_EVENTS)
    name = fk.en_name()
    first = name.split()[0]
    mail = fk.email(name)
    small = p.font(13)
    stamp = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026, {fk.time(False)}"
    c.text(m - 30 * s, 30 * s, stamp, small, "other", fill=(60, 60, 60))
    tab = [S("Mail - ", "other"), S(first, "name"), S(" - Outlook", "other")]
    tab_x = right - p.width(f"Mail - {first} - Outlook", small)
    c.line(tab_x, 30 * s, tab, small, fill=(60, 60, 60))
    y = m + 30 * s
    subject = f"Your registration is confirmed: {event}"
    y = word_wrap(p, m, y, [S(subject, "other")], p.font(24, bold=True), right - m, 34 * s) + 10 * s
    f = p.font(16)
    org = f"registrations@{code.lower()}.example.com"
    rows = [
        [S("From: ", "label"), S(f"{event} Registration <{org}>", "other")],
        [S("To: ", "label"), S(name, "name"), S(" <", "other"), S(mail, "email"), S(">", "other")],
        [S("Date: ", "label"), S(f"{fk.date('iso')} {fk.time(False)}", "date")],
    ]
    for row in rows:
        c.line(m, y, row, f)
        y += 28 * s
    c.hline(m, right, y, width=1)
    y += 50 * s
    body = p.font(18)
    greeting = rng.choice(("Dear ", "Hi ", "Hello "))
    c.line(m, y, [S(greeting, "other"), S(first, "name"), S(",", "other")], body)
    y += 40 * s
    text = (
        f"Thank you for registering for {event}. Please keep this e-mail: show the QR code "
        "below at the registration desk to print your badge. Badges are personal and must "
        "be worn at all times. Please bring photo ID."
    )
    y = word_wrap(p, m, y, [S(text, "footer")], body, right - m, 28 * s) + 20 * s
    reg = f"{code}-{fk.digits(6)}"
    size = int(200 * s)
    c.qr(int(right - size), int(y), reg, size=size)
    c.text(m, y + 20 * s, "Your registration", p.font(20, bold=True), "label")
    y += 60 * s
    details = [
        ("Registration ID", [S(reg, "id_number")]),
        ("Name", [S(name, "name")]),
        ("Job title", [S(fk.title("en"), "other")]),
        ("Organisation", [S(fk.en_company(), "other")]),
        ("Email", [S(mail, "email")]),
        ("Mobile", [S(fk.uk_phone(), "phone")]),
        ("Ticket type", [S(rng.choice(EN_TICKETS), "other")]),
        ("Dietary requirements", [S(rng.choice(EN_DIETS), "other")]),
    ]
    lf = p.font(16)
    for label, value in details:
        c.text(m, y, label, lf, "label", fill=(60, 60, 60))
        vx = m + 230 * s
        c.line(
            vx,
            y,
            value,
            fit(p, p.font(17), "".join(v.text for v in value), right - size - vx - 20 * s),
        )
        y += 32 * s
    y = max(y, y) + 30 * s
    c.text(m, y, "Venue", p.font(20, bold=True), "label")
    y += 32 * s
    c.text(m, y, venue, body, "other")
    y += 44 * s
    c.text(m, y, "Day 1 highlights", p.font(20, bold=True), "label")
    y += 32 * s
    for session in rng.sample(EN_SESSIONS, 3):
        c.text(m, y, session, body, "other")
        y += 30 * s
    y += 20 * s
    sign = "If you can no longer attend, please let us know so we can offer your place to "
    y = (
        word_wrap(
            p,
            m,
            y,
            [S(sign + "someone on the waiting list.", "footer")],
            p.font(15),
            right - m,
            24 * s,
        )
        + 20 * s
    )
    c.text(m, y, "Kind regards,", body, "other")
    y += 30 * s
    c.text(m, y, "The Events Team", body, "other")
    y += 40 * s
    c.line(
        m,
        y,
        [Span(f"Events Office, {fk.office_address('en')[0]}", "shop_address", None)],
        p.font(13),
        fill=(60, 60, 60),
    )
    y += 40 * s
    c.text(c.width / 2, y, "1/1", small, "other", anchor="ms", fill=(60, 60, 60))
    return _finish(c, y, m // 2, pad=6 * s)
