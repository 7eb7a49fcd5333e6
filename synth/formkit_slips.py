"""Pieces of shop order slips filled in at the counter (cake orders, optician's and
tailor's tickets): the slip's title with its red serial number, a label with its
value written by hand on a rule, and the two kinds of grid cell such slips print.

Each piece records ground truth through the canvas, like :mod:`synth.formkit`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PIL import ImageFont

from .formkit import RED, Cell, handwritten
from .kit import Pen, S
from .render import Span


def hand_cell(text: str, category: str, span: int = 1) -> Cell:
    """A grid cell the clerk fills in by hand."""
    return Cell.of(text, category, hand=True, span=span)


def label_cell(text: str) -> Cell:
    """A grid cell's printed row or column header, centred."""
    return Cell.of(text, "label", align="c")


def serial_title(
    p: Pen, y: float, right: float, title: str, number: str, font: ImageFont.FreeTypeFont
) -> None:
    """The slip's title centred on baseline ``y`` and its serial number printed in red
    on the right ("No.1234567"; an ordinary number, as on carbon-copy books)."""
    p.c.text(p.c.width / 2, y, title, p.font(26, bold=True), "label", anchor="ms")
    p.c.line(right - 220 * p.s, y, [S("No.", "label"), S(number, "other")], font, fill=RED)


def ruled_blank(
    p: Pen,
    y: float,
    label: str,
    value: Sequence[Span],
    font: ImageFont.FreeTypeFont,
    x: float,
    x1: float,
    *,
    hand_px: float = 30,
    cjk: bool = False,
) -> None:
    """A printed label, a rule to ``x1`` after it and the value written by hand on the
    rule (baseline ``y``), squeezed to fit; ``cjk`` picks a hand that writes Chinese."""
    s = p.s
    lx = p.c.line(x, y, [S(label, "label")], font) + 12 * s
    p.c.hline(lx, x1, y + 8 * s, width=1)
    handwritten(p, lx + 6 * s, y, value, hand_px, cjk=cjk, width=x1 - lx - 12 * s)


def grid_rows(
    rows: Sequence[Sequence[tuple[str, str | Sequence[Span], str]]],
    *,
    hand: bool = True,
    columns: int = 4,
) -> list[list[Cell]]:
    """A form grid's rows from ``(label, value, category)`` triples: each triple is a
    printed header cell and its value cell (by hand when ``hand``), and a row's last
    value spans the columns left over (a value given as spans keeps their kinds)."""
    out = []
    for row in rows:
        cells = []
        for i, (label, value, kind) in enumerate(row):
            span = columns - 2 * len(row) + 1 if i == len(row) - 1 else 1
            spans = (S(value, kind),) if isinstance(value, str) else tuple(value)
            cells += [label_cell(label), Cell(spans, hand, span)]
        out.append(cells)
    return out
