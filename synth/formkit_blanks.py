"""Blanks of paper forms: one character per printed box, a value written over a rule
with its caption printed under it, tick boxes, a grid section headed by an upright word.

Used by the second batch of form families (:mod:`synth.families`). Each piece
records ground truth through the canvas, like :mod:`synth.formkit`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PIL import ImageFont

from .formkit import HAND_INKS, Cell, fit, handwritten, table
from .kit import Pen, S, hand_font
from .render import ORDINARY, PII_CATEGORIES, Span


def char_boxes(
    p: Pen,
    x: float,
    y: float,
    value: str,
    category: str,
    *,
    box: float,
    count: int = 0,
    hand: bool = True,
    cjk: bool = False,
    gap: float = 0.0,
) -> float:
    """``value`` written one character per printed box (top-left at ``x, y``).

    ``count`` boxes are printed (at least one per character); the value is one
    ground-truth item spanning its characters' ink. Returns the x after the boxes.
    """
    c = p.c
    n = max(count, len(value))
    f = hand_font(p, box / p.s * 0.72, cjk=cjk) if hand else p.font(box / p.s * 0.62, mono=True)
    ink = p.r.choice(HAND_INKS) if hand else c.ink
    boxes = []
    for i in range(n):
        bx = x + i * (box + gap)
        c.box(bx, y, bx + box, y + box, width=max(1, round(1.5 * p.s)))
        if i < len(value) and value[i].strip():
            jx, jy = (
                p.r.uniform(-2, 2) * p.s if hand else 0,
                p.r.uniform(-2, 2) * p.s if hand else 0,
            )
            b = c.text(
                bx + box / 2 + jx,
                y + box / 2 + jy,
                value[i],
                f,
                category,
                anchor="mm",
                fill=ink,
                record=False,
            )
            if b:
                boxes.append(b)
    if boxes:
        pii = True if category in PII_CATEGORIES else (False if category in ORDINARY else None)
        c.add(value.strip(), category, pii, _union(boxes))
    return x + n * (box + gap)


def over_caption(
    p: Pen,
    x: float,
    y: float,
    width: float,
    caption: str,
    value: Sequence[Span],
    caption_font: ImageFont.FreeTypeFont,
    value_px: float,
    *,
    hand: bool,
    cjk: bool,
) -> None:
    """A value on a rule at baseline ``y`` with its caption printed small under the rule
    ("Surname" under the blank, as application forms print it)."""
    c = p.c
    rule = y + value_px * 0.4 * p.s  # under the written value's descenders
    c.hline(x, x + width, rule, width=max(1, round(1.5 * p.s)))
    c.text(x, rule + caption_font.size * 1.25, caption, caption_font, "label", fill=(55, 55, 55))
    text = "".join(sp.text for sp in value)
    if not text.strip():
        return
    if hand:
        f = fit(p, hand_font(p, value_px, cjk=cjk), text, width - 12 * p.s)
        c.line(x + 6 * p.s, y, value, f, fill=p.r.choice(HAND_INKS))
    else:
        c.line(x + 6 * p.s, y, value, fit(p, p.font(value_px), text, width - 12 * p.s))


def tick_box(
    p: Pen, x: float, y: float, text: str, checked: bool, font: ImageFont.FreeTypeFont
) -> float:
    """A printed square with a printed option after it (``y`` the baseline), ticked by
    hand when ``checked``; the option is a label. Returns the x after the option."""
    c = p.c
    side = font.size * 0.8
    top = y - side
    c.box(x, top, x + side, top + side, width=max(1, round(1.5 * p.s)))
    if checked:
        ink = p.r.choice(HAND_INKS)
        w = max(2, round(3 * p.s))
        c.draw.line(
            [
                (x + side * 0.15, top + side * 0.5),
                (x + side * 0.45, top + side * 0.85),
                (x + side * 1.1, top - side * 0.2),
            ],
            fill=ink,
            width=w,
        )
    return c.line(x + side + 6 * p.s, y, [S(text, "label")], font)


def upright_word(
    p: Pen, cx: float, cy: float, word: str, font: ImageFont.FreeTypeFont, category: str
) -> None:
    """A word written top to bottom with upright characters (a section heading in a
    form's left column), centred on ``cx, cy``; one ground-truth item."""
    step = font.size * 1.15
    y0 = cy - step * (len(word) - 1) / 2
    boxes = [
        b
        for i, ch in enumerate(word)
        if (b := p.c.text(cx, y0 + i * step, ch, font, category, anchor="mm", record=False))
    ]
    if boxes:
        pii = True if category in PII_CATEGORIES else (False if category in ORDINARY else None)
        p.c.add(word, category, pii, _union(boxes))


def _union(boxes: Sequence[tuple[int, int, int, int]]) -> tuple[int, int, int, int]:
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def fill_in(
    p: Pen,
    x: float,
    y: float,
    pieces: Sequence[tuple[Span, bool]],
    font: ImageFont.FreeTypeFont,
    *,
    hand_px: float,
    cjk: bool,
) -> float:
    """One line of printed prose with blanks filled in by hand: each ``(span, True)``
    is written in ballpoint over a short rule, each ``(span, False)`` printed.
    Returns the x after the line."""
    c = p.c
    ink = p.r.choice(HAND_INKS)
    hf = hand_font(p, hand_px, cjk=cjk)
    for span, by_hand in pieces:
        if not by_hand:
            x = c.line(x, y, [span], font)
            continue
        pad = 10 * p.s
        end = c.line(x + pad, y, [span], hf, fill=ink)
        c.hline(x, end + pad, y + 6 * p.s, width=1)
        x = end + pad
    return x


def corner_cell(
    p: Pen,
    x: float,
    y: float,
    w: float,
    h: float,
    label: str,
    value: list[Span],
    hand: bool,
    *,
    drop: float = 14,
) -> None:
    """A ruled cell with its label small in the top-left corner and the value under it,
    its baseline ``drop`` above the cell's bottom (more for a hand with long tails)."""
    c, s = p.c, p.s
    c.box(x, y, x + w, y + h, width=1)
    c.text(x + 6 * s, y + 18 * s, label, p.font(14), "label", fill=(70, 70, 70))
    base, width = y + h - drop * s, w - 24 * s
    if hand:
        handwritten(p, x + 12 * s, base, value, 28, cjk=False, width=width)
    else:
        c.line(x + 12 * s, base, value, fit(p, p.font(21), "".join(v.text for v in value), width))


def corner_rows(
    p: Pen,
    x0: float,
    x1: float,
    y: float,
    rows: Sequence[Sequence[tuple[str, list[Span]]]],
    h: float,
    hand: bool,
    *,
    drop: float = 14,
) -> float:
    """Rows of corner-label cells from ``x0`` to ``x1``, each row's cells sharing its
    width equally (a report's or claim's boxes); returns the y under the last row."""
    for row in rows:
        w = (x1 - x0) / len(row)
        for k, (label, value) in enumerate(row):
            corner_cell(p, x0 + k * w, y, w, h, label, value, hand, drop=drop)
        y += h
    return y


def section_table(
    p: Pen,
    x0: float,
    y: float,
    head: float,
    widths: Sequence[float],
    rows: Sequence[Sequence[Cell]],
    row_h: float,
    word: str,
    font: ImageFont.FreeTypeFont,
    **grid: Any,
) -> float:
    """A form's section: its name written top to bottom in a tall cell ``head`` wide on
    the left (船东信息, 患者信息) and its grid of rows to the right; returns the bottom y."""
    bottom = table(p, x0 + head, y, widths, rows, row_h, font, **grid)
    p.c.box(x0, y, x0 + head, bottom, width=2)
    upright_word(p, x0 + head / 2, (y + bottom) / 2, word, p.font(20, bold=True), "label")
    return bottom
