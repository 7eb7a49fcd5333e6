"""A whole line the OCR did not read, right under a line of personal data.

The text detector sometimes misses a whole line of a block (faint or blurred print,
lines set tight, a fold): the town-and-postcode line under a street, the second
line of an address, the holder's name under an account number. No rule can judge
text that was never read, but its place says enough: printed right under a person's
name, phone, address, card or account number line, it is that person's next line. So under
each line holding such a finding, the band one line high just below it (from the
line's start to a little past its end) is looked at; ink there that no OCR box
covers, shaped like a line of text, is masked (fail closed), and grows like any
finding over the rest of its line (ink_runs).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from redactor.core.detect.layout.block_grouping import DISPLAY
from redactor.core.detect.pixels.ink_strips import (
    gray_and_colour_strips,
    gray_strip,
    inked,
    line_frame,
    paper_and_ink,
    strip_quad,
    surround,
)
from redactor.core.models import Category, Finding, OcrLine, Origin, Quad, Source, body_height

# Its mask covers a line no text was read from.
SOURCE = Source(Origin.OCR, "unread_line", unread=True)
_CATEGORIES = frozenset(
    {
        Category.NAME,
        Category.PHONE,
        Category.ADDRESS,
        Category.DOOR,
        Category.CARD_NUMBER,
        Category.ID_NUMBER,
    }
)
_STRIP_H = 24  # the band is resampled to this many pixels high
# The band under a line, in that line's text heights: from its bottom edge plus
# ``_TOP`` down to ``_BOTTOM`` (leading of up to half a line; a line's own height).
_TOP, _BOTTOM = 0.1, 1.5
# Ink is text, not a printed rule or a speck: it fills this share of the band's rows
# and spans at least this many text heights along the band.
_ROWS = 0.3
_MIN_LENGTH = 1.5
# ... or, starting within this many text heights of the line's start (where a wrapped
# line begins), at least this many: one character.
_WRAP_START, _MIN_WRAP = 0.5, 0.2
# The missed line may run on past the end of the line above it (ink_runs carries the
# mask further when it goes on beyond this).
_PAST_END = 4.0
_WORD_GAP = 2.0  # blank wider than this many text heights ends the line's ink
# A box read across this share of the band is the next line.
_READ_ACROSS = 0.3
_LOW = 0.5  # ... unless its top is this far down the band
_TALLEST = 1.3  # a missed line is at most this many heights of the line above it
_SOLID = 0.6  # text leaves most of its box blank; an edge or a bar does not (a
# character alone, drawn small, may fill its box)


def unread_lines_below(
    image: np.ndarray, findings: Sequence[Finding], lines: Sequence[OcrLine]
) -> list[Finding]:
    """Findings for unread ink right under lines that hold a person's name, phone,
    address, card or ID number."""
    out = []
    body = body_height(lines)
    for k, ln in enumerate(lines):
        # Display lines and handwriting (boxed tall) set no line pitch to go by.
        if not 4 <= ln.quad.height <= DISPLAY * body or not _personal(ln, findings):
            continue
        found = _band_ink(image, ln, [o.quad for n, o in enumerate(lines) if n != k])
        if found is not None:
            out.append(Finding(Category.ADDRESS, found, 0.5, SOURCE, True, ln.height))
    return out


def _personal(line: OcrLine, findings: Sequence[Finding]) -> bool:
    x0, y0, x1, y1 = line.quad.bbox
    for f in findings:
        if f.category in _CATEGORIES and f.source.origin is Origin.OCR:
            cx, cy = f.quad.center
            if x0 <= cx <= x1 and y0 <= cy <= y1:
                return True
    return False


def _ink_end(dark: np.ndarray, start: int) -> int | None:
    """The first row after ``start`` where two rows running are blank: where a line of
    text ends; None when the ink runs on to the strip's end."""
    blank = dark.sum(axis=1) < 2
    for r in range(start + 1, len(blank) - 1):
        if blank[r] and blank[r + 1]:
            return r
    return None


def _band_ink(image: np.ndarray, line: OcrLine, others: Sequence[Quad]) -> Quad | None:
    a, u, v, h, length = line_frame(line)
    if h < 4 or length < h:
        return None
    top = a + v * h * (1 + _TOP)
    band_h = h * (_BOTTOM - _TOP)
    scale = band_h / _STRIP_H
    width = int(np.ceil((length + _PAST_END * h) / scale))
    own = gray_strip(
        image, a, u * (h / _STRIP_H), v * (h / _STRIP_H), int(length / h * _STRIP_H), _STRIP_H
    )
    tones = paper_and_ink(own)
    if tones is None:
        return None  # too faint to tell ink from paper
    # The band and as much again below it: a line of text ends, paper follows it.
    deep, coloured = gray_and_colour_strips(image, top, u * scale, v * scale, width, 2 * _STRIP_H)
    dark = inked(deep, tones)
    # A stamp or a marker's figure printed across the lines is no shape of theirs:
    # it is ink to mask, but not where a line ends nor what makes ink look solid. A
    # coloured table past a photographed paper's edge is no stamp: like a grey one, it
    # is dark on down the page.
    printed = dark & ~coloured | surround(dark, _STRIP_H, 1)
    # Columns an OCR box covers were read: the rules judged them. A box across much of
    # the band is the next line, read: nothing there was missed. A box starting low
    # in the band is the line after a missed one: only the rows above it are looked at.
    seen = _STRIP_H  # band rows above every box: where the missed line must lie
    for q in others:
        loc = (np.asarray(q.points, float) - top) @ np.stack([u, v], axis=1)
        box_top = max(loc[:, 1].min(), 0.0)
        if min(loc[:, 1].max(), band_h) - box_top < 0.3 * band_h:
            continue
        c0, c1 = int(max(0, loc[:, 0].min() / scale)), int(np.ceil(loc[:, 0].max() / scale))
        low = box_top >= _LOW * band_h
        if min(c1, width) - max(c0, 0) > _READ_ACROSS * width and not low:
            return None
        r0 = int(box_top / scale) if low else 0
        seen = min(seen, r0) if low else seen
        dark[r0:, max(0, c0) : max(0, c1 + 1)] = False
        printed[r0:, max(0, c0) : max(0, c1 + 1)] = False
    band = dark[:_STRIP_H]
    cols = np.flatnonzero(band.sum(axis=0) >= 2)
    if not len(cols):
        return None
    # The line's ink runs on with gaps narrower than a word space; dark met after a
    # wide blank (the paper's edge, what lies beyond it) is not part of it.
    wide = np.flatnonzero(np.diff(cols) * scale > _WORD_GAP * h)
    if len(wide):
        cols = cols[: wide[0] + 1]
        band = band[:, : cols[-1] + 1]
    rows = np.flatnonzero(band.sum(axis=1) >= 2)
    if len(rows) < _ROWS * seen:
        return None
    # A short mark counts where a wrapped line starts (a door's last digit alone).
    at_start = cols[0] * scale <= _WRAP_START * h
    short = len(cols) * scale < _MIN_LENGTH * h
    if short and not (at_start and len(cols) * scale >= _MIN_WRAP * h):
        return None
    end = _ink_end(printed[:, cols[0] : cols[-1] + 1], int(rows[0]))
    if end is None or (end - rows[0]) * scale > _TALLEST * h:
        return None  # dark on down the page (the paper's edge, a shadow): no line of text
    rows = np.arange(rows[0], end)
    if printed[rows[0] : end, cols[0] : cols[-1] + 1].mean() > _SOLID and not short:
        return None  # a solid dark area (a bar, a filled box), not strokes
    return strip_quad(top, u * scale, v * scale, (cols[0], cols[-1] + 1), (rows[0], rows[-1] + 1))
