"""An opened card's spread (the printed panel on the left, the hand-written one on the
right), an English Christmas or birthday card and a French carte de vœux or Italian
biglietto d'auguri for :mod:`synth.layouts_greeting`.

Personal: the people written to and signed as, after Aunt / Chère Mamie / Cara zia
only the name (``name``; the kin words alone are ordinary), a new address with its
flat or appt (``door``), a phone. Ordinary: printed greetings and verses, kin words,
endearments, kisses, dates.
"""

from __future__ import annotations

import random

from .fakedata_notices import NoticeFaker
from .formkit import HAND_INKS, fit
from .formkit_marks import word_wrap
from .greeting_words import (
    EN_BODIES,
    EN_FRONTS,
    EN_KIN,
    EN_SIGNS,
    FR_BODIES,
    FR_FRONTS,
    FR_KIN,
    FR_SIGNS,
    FR_UNDERS,
    IT_BODIES,
    IT_FRONTS,
    IT_KIN,
    IT_SIGNS,
    IT_UNDERS,
)
from .kit import Faces, Pen, S, _ink, hand_font, joined_address, street_spans
from .render import Canvas, Span

#: Card stocks for the printed panel: red, green, navy, pink, cream.
TINTS = ((190, 30, 40), (30, 110, 70), (30, 45, 100), (235, 150, 170), (240, 225, 190))


def card_spread(rng: random.Random, *, cjk: bool) -> tuple[Canvas, Pen, float]:
    """An opened card photographed flat: a tinted printed panel with dots and stars on
    the left, the fold, a white panel to write on; returns canvas, pen, the fold's x."""
    w = rng.choice((1500, 1600))
    c = Canvas(w, int(w * 0.66), paper=(250, 249, 244), ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=cjk), w / 1500)
    mid = w / 2
    tint = rng.choice(TINTS)
    c.draw.rectangle([0, 0, mid, c.height], fill=tint)
    for _ in range(26):  # printed confetti and snow
        x, y, r = rng.uniform(0, mid), rng.uniform(0, c.height), rng.uniform(4, 16) * p.s
        c.draw.ellipse(
            [x - r, y - r, x + r, y + r],
            fill=(240, 200, 90) if rng.random() < 0.5 else (255, 255, 255),
        )
    c.draw.line([(mid, 0), (mid, c.height)], fill=(200, 200, 195), width=max(2, int(3 * p.s)))
    return c, p, mid


def front(p: Pen, mid: float, big: str, small: str) -> None:
    """The printed greeting centred on the left panel (white on the tint), the card's
    heading (``label``, as a form's title)."""
    c, s = p.c, p.s
    f = fit(p, p.font(96, bold=True), big, mid - 80 * s)
    c.text(mid / 2, c.height * 0.45, big, f, "label", anchor="ms", fill=(255, 255, 255))
    sf = fit(p, p.font(30), small, mid - 80 * s)
    c.text(mid / 2, c.height * 0.45 + 70 * s, small, sf, "other", anchor="ms", fill=(255, 250, 230))


def _write(p: Pen, x: float, y: float, lines: list[list[Span]], width: float, px: float) -> float:
    """Lines in one hand and one ink, each wrapped between words."""
    f, ink = hand_font(p, px, cjk=False), p.r.choice(HAND_INKS)
    for spans in lines:
        y = word_wrap(p, x, y, spans, f, width, f.size * 1.45, fill=ink) + f.size * 0.35
    return y


def en_card(rng: random.Random, fk: NoticeFaker) -> Canvas:
    c, p, mid = card_spread(rng, cjk=False)
    s = p.s
    front(p, mid, *rng.choice(EN_FRONTS))
    reader = fk.en_first(upper=False)
    kin = f"{rng.choice(EN_KIN)} " if rng.random() < 0.6 else ""
    lines: list[list[Span]] = [
        [S(f"Dear {kin}", "other"), S(reader, "name"), S(",", "other")],
        [S(rng.choice(EN_BODIES), "other")],
    ]
    news = rng.choice(("moved", "number", "both"))  # why the card says more than love
    if news != "number":
        block = fk.uk_block()
        flat = (
            []
            if any(k == "door" for ln in block for _, k in ln.segments)
            else [S(f"Flat {rng.randint(1, 30)}", "door"), S(", ", "other")]
        )
        lines.append([S("Our new address: ", "other"), *flat, *joined_address(block)])
    if news != "moved":
        lines.append([S("New number ", "other"), S(fk.uk_mobile(), "phone"), S(" x", "other")])
    writers = [fk.en_first(upper=False) for _ in range(rng.choice((1, 2, 2)))]
    sign: list[Span] = [S(f"{rng.choice(EN_SIGNS)} ", "other"), S(writers[0], "name")]
    if len(writers) > 1:
        sign += [S(" & ", "other"), S(writers[1], "name")]
    sign.append(S(rng.choice((" & the kids xx", " xx", " x", "")) or ".", "other"))
    lines.append(sign)
    _write(p, mid + 60 * s, 110 * s, lines, mid - 120 * s, 38)
    return c


def eu_card(rng: random.Random, fk: NoticeFaker) -> Canvas:
    """A French carte de vœux or an Italian biglietto d'auguri."""
    french = rng.random() < 0.6
    c, p, mid = card_spread(rng, cjk=False)
    s = p.s
    fronts, kins, bodies, signs = (
        (FR_FRONTS, FR_KIN, FR_BODIES, FR_SIGNS)
        if french
        else (IT_FRONTS, IT_KIN, IT_BODIES, IT_SIGNS)
    )
    big = rng.choice(fronts)
    front(p, mid, big, rng.choice(FR_UNDERS if french else IT_UNDERS))
    writer = fk.eu_name("fr").split()[0] if french else fk.it_name().split()[0]
    head = rng.choice(kins)
    if rng.random() < 0.4:  # Chère Tata Hélène: the kin word ordinary, the name personal
        other = fk.eu_name("fr").split()[0] if french else fk.it_name().split()[0]
        opening = [S(f"{head} ", "other"), S(other, "name"), S(",", "other")]
    else:
        opening = [S(f"{head},", "other")]
    lines: list[list[Span]] = [opening, *([S(b, "other")] for b in rng.sample(bodies, 2))]
    if french and rng.random() < 0.6:
        street, town = fk.eu_address("fr")
        lines.append(
            [
                S("Notre nouvelle adresse : ", "other"),
                *street_spans(street),
                S(", ", "other"),
                S(town, "address"),
            ]
        )
    else:
        lines.append(
            [
                S("Mon nouveau numéro : " if french else "Il mio nuovo numero: ", "other"),
                S(
                    fk.fr_mobile() if french else f"3{fk.digits(2)} {fk.digits(3)} {fk.digits(4)}",
                    "phone",
                ),
            ]
        )
    lines.append([S(f"{rng.choice(signs)}, ", "other"), S(writer, "name")])
    day = (
        f"{rng.randint(1, 28):02d}/12/2026"
        if rng.random() < 0.6
        else f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.26"
    )
    lines.append([S(day, "date")])
    _write(p, mid + 60 * s, 120 * s, lines, mid - 120 * s, 40)
    return c
