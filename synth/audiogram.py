"""A pure-tone audiogram as audiology forms print it: frequencies across the top (125 Hz
to 8 kHz), hearing level down the side (-10 to 120 dB HL), the right ear's thresholds as
red circles and the left ear's as blue crosses joined by lines, and the thresholds again
in a small table. Every figure on it is ordinary; the symbols carry no words and record
no ground truth. Used by :mod:`synth.layouts_hearing` and :mod:`synth.hearing_latin`.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from .formkit import Cell, table
from .formkit_slips import label_cell
from .kit import Pen

FREQS = ("125", "250", "500", "1k", "2k", "4k", "8k")
_RED, _BLUE = (200, 35, 35), (30, 70, 190)


def thresholds(rng: random.Random, worse: int = 0) -> list[int]:
    """One ear's air-conduction thresholds, a loss sloping down to the high tones (as
    with age or noise), in steps of 5 dB; ``worse`` shifts the whole ear."""
    base = rng.choice((10, 15, 20, 25, 30, 35, 40)) + worse
    slope = rng.uniform(3, 11)
    out = []
    for k in range(len(FREQS)):
        level = base + slope * max(0, k - 1) ** 1.3 + rng.uniform(-5, 5)
        out.append(int(min(120, max(-5, round(level / 5) * 5))))
    return out


def chart(
    p: Pen,
    x0: float,
    y0: float,
    w: float,
    h: float,
    ears: Sequence[tuple[str, Sequence[int]]],
    units: tuple[str, str] = ("Hz", "dB HL"),
) -> float:
    """The grid from ``x0, y0`` (``w`` by ``h``, labels outside it) with each ear's
    thresholds plotted: ``ears`` holds ("R" or "L", levels). Returns the bottom y."""
    c, s = p.c, p.s
    f = p.font(16)
    col = w / len(FREQS)
    step = h / 13  # -10 … 120 in tens
    c.box(x0, y0, x0 + w, y0 + h, width=max(1, round(1.5 * s)))
    for k in range(14):
        y = y0 + k * step
        c.draw.line([(x0, y), (x0 + w, y)], fill=(150, 150, 150), width=max(1, round(s)))
        c.text(x0 - 6 * s, y, str(k * 10 - 10), f, "other", anchor="rm")
    for k, freq in enumerate(FREQS):
        x = x0 + (k + 0.5) * col
        c.draw.line([(x, y0), (x, y0 + h)], fill=(170, 170, 170), width=max(1, round(s)))
        c.text(x, y0 - 8 * s, freq, f, "other", anchor="ms")
    c.text(x0 + w, y0 - 30 * s, units[0], f, "label", anchor="rs")
    c.text(x0 - 6 * s, y0 - 30 * s, units[1], f, "label", anchor="ls")
    r = 7 * s
    for side, levels in ears:
        ink = _RED if side == "R" else _BLUE
        pts = [(x0 + (k + 0.5) * col, y0 + (v + 10) / 10 * step) for k, v in enumerate(levels)]
        c.draw.line(pts, fill=ink, width=max(1, round(2 * s)))
        for x, y in pts:
            if side == "R":
                c.draw.ellipse(
                    [x - r, y - r, x + r, y + r],
                    outline=ink,
                    width=max(2, round(2 * s)),
                    fill=c.paper,
                )
            else:
                c.draw.line(
                    [(x - r, y - r), (x + r, y + r)], fill=ink, width=max(2, round(2.5 * s))
                )
                c.draw.line(
                    [(x - r, y + r), (x + r, y - r)], fill=ink, width=max(2, round(2.5 * s))
                )
    return y0 + h


def levels_table(
    p: Pen,
    x0: float,
    y0: float,
    width: float,
    ears: Sequence[tuple[str, Sequence[int]]],
    words: tuple[str, str, str],
    *,
    cjk: bool,
    hand: bool,
) -> float:
    """The thresholds in a table under the chart, one row an ear, a last column with
    the four-tone average; ``words`` name the right ear, the left and the average
    (右耳, 左耳, 平均). Ordinary figures. Returns the bottom y."""
    rows = [[label_cell("Hz"), *(label_cell(fr) for fr in FREQS), label_cell(words[2])]]
    for side, levels in ears:
        pta = round(sum(levels[2:6]) / 4)
        rows.append(
            [
                label_cell(words[0] if side == "R" else words[1]),
                *(Cell.of(str(v), "other", hand=hand, align="c") for v in levels),
                Cell.of(f"{pta} dB", "other", hand=hand, align="c"),
            ]
        )
    widths = [width * 0.12] + [width * 0.09] * len(FREQS) + [width * 0.25]
    return table(p, x0, y0, widths, rows, 34 * p.s, p.font(14), hand_px=22, cjk=cjk, line=1)
