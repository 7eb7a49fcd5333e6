"""The change-of-address family's prose pieces: the post's confirmation e-mail that
names everyone moving and both addresses in one sentence, and a hand-written "We've
moved!" card with the new home and number inside its lines.

Each piece records ground truth through the canvas, like :mod:`synth.formkit`.
"""

from __future__ import annotations

import random

from .fakedata_money import MoneyFaker
from .formkit import sheet
from .formkit_marks import word_wrap
from .kit import S, _finish, hand_font, joined_address
from .moveaddr_words import EN_NOTES, EN_POSTS, PERIODS, en_date
from .render import Canvas, Span


def redirection_email(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """The post's confirmation e-mail: everyone moving named in one sentence."""
    c, p, m, right = sheet(rng, (1000, 1080), 1.0, cjk=False, base=1000, margin=0.06)
    s = p.s
    post = rng.choice(EN_POSTS)
    first = fk.en_name()
    surname = first.split()[-1]
    others = [f"{fk.en_first(upper=False)} {surname}" for _ in range(rng.randint(0, 2))]
    y = m + 30 * s
    f = p.font(17)
    addr = fk.email(first)
    for label, spans in (
        ("From:", [Span(f"no-reply@{post.split()[0].lower()}.co.uk", "shop_address", None)]),
        ("To:", [S(addr, "email")]),
        ("Subject:", [S("Your Redirection is confirmed", "footer")]),
    ):
        x = c.line(m, y, [S(label, "label")], f) + 10 * s
        c.line(x, y, spans, f)
        y += 30 * s
    c.hline(m, right, y, width=1)
    y += 50 * s
    c.text(m, y, post, p.font(28, bold=True), "shop")
    y += 50 * s
    c.line(m, y, [S("Dear ", "footer"), S(first.split()[0], "name"), S(",", "footer")], p.font(19))
    y += 40 * s
    names: list[Span] = [S(first, "name")]
    for o in others:
        names += [S(", ", "footer"), S(o, "name")]
    old, new = fk.uk_block(), fk.uk_block()
    body = [
        S("Thank you for your order. We'll forward mail addressed to ", "footer"),
        *names,
        S(" from ", "footer"),
        *joined_address(old),
        S(" to ", "footer"),
        *joined_address(new),
        S(f" from {en_date(rng, words=True)}.", "footer"),
    ]
    y = word_wrap(p, m, y, body, p.font(19), right - m, 30 * s)
    y += 16 * s
    months, fee = rng.choice(PERIODS)
    for label, value in (
        ("Order reference", S(f"RD{fk.digits(9)}", "id_number")),
        ("Redirection period", S(f"{months} months", "other")),
        ("Amount paid", S(fee, "price")),
        ("Customer account", S(fk.email(first), "email")),
    ):
        c.line(m, y, [S(label, "label")], p.font(18))
        c.line(m + 300 * s, y, [value], p.font(18))
        y += 32 * s
    y += 16 * s
    for note in EN_NOTES[:2]:
        y = word_wrap(p, m, y, [S(note, "footer")], p.font(15), right - m, 22 * s)
    return _finish(c, y, m // 2, pad=12 * s)


def moved_card(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """A "We've moved!" card written to friends, names and the new home in prose."""
    c, p, m, right = sheet(rng, (900, 960), 0.75, cjk=False, base=900, margin=0.08)
    s = p.s
    c.text(
        c.width / 2,
        m + 60 * s,
        rng.choice(("We've moved!", "New home!", "We've Moved")),
        p.font(44, bold=True),
        "label",
        anchor="ms",
    )
    y = m + 130 * s
    hf = hand_font(p, 30, cjk=False)
    ink = (25, 35, 120)
    a, b = fk.en_first(upper=False), fk.en_first(upper=False)
    new = fk.uk_block()
    body = [
        S(f"Dear {rng.choice(('all', 'friends', 'everyone'))}, ", "footer"),
        S(a, "name"),
        S(" and ", "footer"),
        S(b, "name"),
        S(" have finally moved! Our new address is ", "footer"),
        *joined_address(new),
        S(" - come and see us. New number: ", "footer"),
        S(fk.uk_phone(), "phone"),
        S(" Lots of love, ", "footer"),
        S(a, "name"),
        S(" & ", "footer"),
        S(b, "name"),
        S(" x", "footer"),
    ]
    y = word_wrap(p, m, y, body, hf, right - m, 46 * s, fill=ink)
    return _finish(c, y, m // 2, pad=10 * s)
