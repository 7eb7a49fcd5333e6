"""Marks on hand-made papers: a red thumbprint pressed over a signature, the rules
of notebook or letter paper a hand-written page is written on, and prose broken
between words as a hand writes it.

The thumbprint and the rules record no ground truth (they carry no words); they
make the page look like the paper it stands for.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from PIL import ImageFont

from .formkit import RED
from .kit import Pen
from .render import Span, _merge


def thumbprint(p: Pen, cx: float, cy: float, r: float) -> None:
    """A red fingerprint: broken concentric ridges in an upright oval, a little tilted."""
    c, rng = p.c, p.r
    tilt = rng.uniform(-0.4, 0.4)
    ink = (RED[0], RED[1] + rng.randint(0, 30), RED[2] + rng.randint(0, 30))
    for k in range(3, int(r / (3 * p.s))):
        rad = k * 3 * p.s
        start = rng.uniform(0, 2 * math.pi)
        steps = 28
        pts = []
        for i in range(steps + 1):
            a = start + i * (2 * math.pi - 0.6) / steps
            x, y = rad * 0.78 * math.cos(a), rad * math.sin(a)
            xr = x * math.cos(tilt) - y * math.sin(tilt)
            yr = x * math.sin(tilt) + y * math.cos(tilt)
            pts.append((cx + xr, cy + yr))
        for i in range(0, len(pts) - 1, 2):  # broken ridges, as a pressed finger leaves them
            if rng.random() < 0.8:
                c.draw.line([pts[i], pts[i + 1]], fill=ink, width=max(1, round(1.6 * p.s)))


def ruled_paper(
    p: Pen,
    x0: float,
    x1: float,
    y0: float,
    y1: float,
    step: float,
    *,
    margin: bool,
    rule: tuple[int, int, int] = (150, 180, 215),
) -> None:
    """Faint rules every ``step`` pixels, blue unless ``rule`` says otherwise (the red of
    Chinese letter paper), and a red margin rule on notebook paper."""
    c = p.c
    y = y0
    while y <= y1:
        c.draw.line([(x0, y), (x1, y)], fill=rule, width=max(1, round(p.s)))
        y += step
    if margin:
        mx = x0 + 70 * p.s
        c.draw.line(
            [(mx, y0 - step), (mx, y1)], fill=(220, 120, 120), width=max(1, round(1.5 * p.s))
        )


def word_wrap(
    p: Pen,
    x: float,
    y: float,
    spans: Sequence[Span],
    font: ImageFont.FreeTypeFont,
    width: float,
    line_height: float,
    *,
    fill: tuple[int, int, int] | None = None,
) -> float:
    """Latin prose broken between words only, accented or not (Canvas.wrap breaks
    non-ASCII text between characters, as Chinese wants); returns the next baseline."""
    words = [
        Span(t, sp.category, sp.pii) for sp in spans for t in re.findall(r"\s*\S+\s*", sp.text)
    ]
    line: list[Span] = []
    for word in words:
        trial = "".join(w.text for w in (*line, word)).rstrip()
        if line and p.width(trial, font) > width:
            p.c.line(x, y, _merge(line), font, fill=fill)
            y += line_height
            line = []
        if not line:  # a line starts at its first letter
            word = Span(word.text.lstrip(), word.category, word.pii)
        line.append(word)
    if line:
        p.c.line(x, y, _merge(line), font, fill=fill)
        y += line_height
    return y
