"""Pieces of shop order slips filled in at the counter (cake orders, optician's and
tailor's tickets): the slip's title with its red serial number, a label with its
value written by hand on a rule, and the two kinds of grid cell such slips print.

Each piece records ground truth through the canvas, like :mod:`synth.formkit`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PIL import ImageFont

from .formkit import HAND_INKS, RED, Cell, handwritten
from .formkit_marks import word_wrap
from .kit import Pen, S, hand_font
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


def firm_head(
    p: Pen, y: float, x: float, right: float, firm: str, licence: str, phone: Sequence[str]
) -> float:
    """A trade's letterhead: its name centred on baseline ``y``, under it its licence or
    filing number on the left and a labelled phone on the right (``phone`` is the label
    and the number), all the business's own. Returns the baseline of the second line."""
    p.c.text(p.c.width / 2, y, firm, p.font(28, bold=True), "shop", anchor="ms")
    y += 32 * p.s
    f = p.font(15)
    p.c.text(x, y, licence, f, "tax_id")
    word, number = phone
    spans = [S(word, "label"), Span(number, "shop_phone", None)]
    p.c.line(right - p.width(word + number, f), y, spans, f)
    return y


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


def centred_head(
    p: Pen,
    x: float,
    y: float,
    words: tuple[str, str],
    left: Sequence[Span],
    right: Sequence[Span],
    *,
    px: tuple[float, float] = (22, 30),
) -> float:
    """A printed form's head: the issuer centred (``shop``, baseline ``y``), the title
    under it, then a small line with a number at ``x`` and a date from the middle;
    ``words`` are (issuer, title), ``px`` their sizes. Returns that line's baseline."""
    c, s, mid = p.c, p.s, p.c.width / 2
    c.text(mid, y, words[0], p.font(px[0], bold=True), "shop", anchor="ms")
    y += (px[0] + 20) * s
    c.text(mid, y, words[1], p.font(px[1], bold=True), "label", anchor="ms")
    y += 32 * s
    c.line(x, y, list(left), p.font(17))
    c.line(mid * 1.16, y, list(right), p.font(17))
    return y


def prose_row(
    p: Pen,
    x0: float,
    y: float,
    widths: tuple[float, float],
    label: str,
    spans: Sequence[Span],
    font: ImageFont.FreeTypeFont,
    *,
    hand: bool = False,
    cjk: bool = True,
    lines: int = 3,
) -> float:
    """A grid row whose value is prose over several lines (a complaint's content, an
    officer's opinion): the label centred in its cell, the prose typed or by hand in the
    cell beside it, at least ``lines`` lines high. Returns the bottom y."""
    c, s = p.c, p.s
    f = hand_font(p, font.size / s * 1.5, cjk=cjk) if hand else font
    ink = p.r.choice(HAND_INKS) if hand else None
    lh = f.size * 1.55
    x, width = x0 + widths[0] + 12 * s, widths[1] - 24 * s
    top = y + 14 * s + f.size
    if cjk:
        end = c.wrap(x, top, list(spans), f, width, lh, fill=ink, max_lines=12)
    else:
        end = word_wrap(p, x, top, spans, f, width, lh, fill=ink)
    bottom = max(end - lh + f.size * 0.5 + 16 * s, y + lines * lh)
    c.box(x0, y, x0 + sum(widths), bottom, width=max(1, round(1.5 * s)))
    c.vline(x0 + widths[0], y, bottom, width=max(1, round(1.5 * s)))
    c.text(x0 + widths[0] / 2, (y + bottom) / 2, label, font, "label", anchor="mm")
    return bottom
