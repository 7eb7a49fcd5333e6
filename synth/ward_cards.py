"""Drawing helpers of a ward's cards and boards: the card's canvas and pen, a coloured
band across its top, and values written in felt-tip marker."""

from __future__ import annotations

import random

from .formkit import fit
from .kit import Faces, Pen, _ink, _paper, hand_font
from .render import Canvas, Span

MARKERS = ((25, 40, 150), (20, 20, 25), (190, 30, 30))


def card(rng: random.Random, w: int, aspect: float, cjk: bool) -> tuple[Canvas, Pen]:
    c = Canvas(w, int(w * aspect), paper=_paper(rng), ink=_ink(rng))
    return c, Pen(rng, c, Faces.pick(rng, cjk=cjk), w / 800)


def band_head(p: Pen, title: str, sub: str, colour: tuple[int, int, int]) -> float:
    """A coloured band across the top: the hospital left, the card's title right."""
    c, s = p.c, p.s
    c.draw.rectangle([0, 0, c.width, 64 * s], fill=colour)
    c.text(24 * s, 42 * s, sub, p.font(24, bold=True), "shop", fill=(255, 255, 255))
    c.text(
        c.width - 24 * s,
        42 * s,
        title,
        p.font(26, bold=True),
        "label",
        anchor="rs",
        fill=(255, 255, 255),
    )
    return 64 * s


def marker(
    p: Pen,
    x: float,
    y: float,
    spans: list[Span],
    px: float,
    width: float,
    ink: tuple[int, int, int] | None = None,
    *,
    cjk: bool = True,
) -> float:
    """Spans written in felt-tip marker, squeezed to ``width``."""
    f = fit(p, hand_font(p, px, cjk=cjk), "".join(sp.text for sp in spans), width)
    return p.c.line(x, y, spans, f, fill=ink or p.r.choice(MARKERS[:2]))
