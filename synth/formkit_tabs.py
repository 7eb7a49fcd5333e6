"""A notice's sheet and the tear-off tabs along the bottom of a notice: a row of narrow strips cut apart, each
repeating a contact turned 90 degrees so it reads along the strip, some already torn
off (the wall shows through, a ragged stub left at the cut).

Each piece of a tab's words records ground truth through the canvas, like
:mod:`synth.formkit`; a torn tab records nothing.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from PIL import ImageFont

from .kit import Faces, Pen, _ink
from .render import Canvas

#: Poster papers: white, pale yellow, pale pink, pale green.
PAPERS = ((252, 252, 250), (250, 244, 200), (250, 225, 228), (225, 242, 225))


def poster(rng: random.Random, *, cjk: bool, aspect: float = 1.45) -> tuple[Canvas, Pen]:
    """A sheet of coloured or white paper the size of A4 held up on a wall."""
    w = rng.choice((1100, 1240))
    c = Canvas(w, int(w * aspect), paper=rng.choice(PAPERS), ink=_ink(rng))
    return c, Pen(rng, c, Faces.pick(rng, cjk=cjk), w / 1200)


def tear_tabs(
    p: Pen,
    x0: float,
    x1: float,
    y: float,
    pieces: Sequence[tuple[str, str]],
    font: ImageFont.FreeTypeFont,
    *,
    count: int,
    height: float,
    torn: float = 0.3,
    wall: tuple[int, int, int] = (150, 140, 125),
) -> float:
    """``count`` tabs between ``x0`` and ``x1`` hanging from ``y``, ``height`` long, each
    the ``pieces`` (text, kind) one after another along the strip, read top to bottom;
    about ``torn`` of them are gone. Returns the bottom y."""
    c, s, r = p.c, p.s, p.r
    w = (x1 - x0) / count
    c.hline(x0, x1, y, width=max(1, round(s)), dash=int(7 * s))
    long = sum(p.width(t, font) for t, _ in pieces) + 10 * s * len(pieces)
    if long > height - 24 * s:  # a long number on a short tab is written smaller
        font = font.font_variant(size=max(10, int(font.size * (height - 24 * s) / long)))
    gone = [r.random() < torn for _ in range(count)]
    if all(gone):
        gone[r.randrange(count)] = False
    for i in range(count):
        x = x0 + i * w
        if gone[i]:
            stub = [(x, y)]
            for k in range(7):  # the ragged edge a tear leaves under the cut line
                stub.append((x + w * k / 6, y + r.uniform(3, 14) * s))
            stub += [(x + w, y + height), (x, y + height)]
            c.draw.polygon(stub, fill=wall)
            continue
        c.vline(x, y, y + height, width=1)
        c.vline(x + w, y, y + height, width=1)
        yy = y + 12 * s
        for k, (text, kind) in enumerate(pieces):
            box = c.text_vertical(int(x + w / 2 - font.size / 2), int(yy), text, font, kind)
            joined = k + 1 < len(pieces) and pieces[k + 1][1] == "other"  # 王 + 先生
            yy = (box[3] if box else yy) + (2 if joined else 10) * s
    return y + height
