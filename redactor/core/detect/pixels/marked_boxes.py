"""OCR boxes swollen by a coloured mark, cut back to the printed line.

A sorting number stamped or written in colour across a line makes the text detector
box the line and the mark together: the box is two or three lines tall. Measured by
that box, the line looks printed in another size and stands apart from its block, so
the block's masking passes it by. The printed line is what counts: where a box holds
much coloured ink and its black or grey ink fills only a band of its height, the box
(and its characters') is cut back to that band. The mark itself is nobody's data.
The detector may also read the line on either side of the mark as two boxes: on one
row, with the gap between them under the mark, they are joined back into one line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import permutations

import numpy as np

from redactor.core.detect.pixels.ink_strips import box_ink, colour_strip, line_frame
from redactor.core.models import OcrLine, Quad

_ROWS = 48  # the box is resampled to this many rows
_MARKED = 0.05  # share of the box that is dark coloured ink: a mark lies across it
_BAND = 0.7  # the printed ink fills less than this share of the box's height
_THINNEST = 0.15  # ... but at least this share: a line of text, not a rule
_ALONG = 0.4  # and runs along this share of the box: the line is printed, the mark is not
_MARGIN = 0.12  # kept above and below the printed band, in its heights
# Two boxes of one row, at most this many text heights apart, are one line when a
# coloured mark covers this share of the gap between them.
_JOIN_GAP, _MARK_FILL = 3.0, 0.15
_Frame = tuple[np.ndarray, np.ndarray, np.ndarray, float, float]  # see line_frame


def cut_to_printed_lines(image: np.ndarray, lines: Sequence[OcrLine]) -> list[OcrLine]:
    """``lines``, each box swollen by a coloured mark cut back to its printed band, and
    two boxes of one row that a mark split joined again."""
    if image.ndim != 3:
        return list(lines)
    out = [_cut(image, ln) for ln in lines]
    joined = True
    while joined:
        joined = False
        frames = [line_frame(ln) for ln in out]
        for i, j in permutations(range(len(out)), 2):
            if _split_by_mark(image, frames[i], out[j]):
                out[i] = _join(out[i], out[j])
                del out[j]
                joined = True
                break
    return out


def _split_by_mark(image: np.ndarray, frame: _Frame, then: OcrLine) -> bool:
    """``then`` goes on the row of the line whose ``frame`` (ink_strips.line_frame) is
    given, after a gap that a coloured mark covers: the detector read the line on
    either side of the mark, not under it."""
    a, u, v, h, length = frame
    if h < 8:
        return False
    loc = (np.asarray(then.quad.points, float) - a) @ np.stack([u, v], axis=1)
    other_h = loc[:, 1].max() - loc[:, 1].min()
    overlap = min(loc[:, 1].max(), h) - max(loc[:, 1].min(), 0.0)
    gap = loc[:, 0].min() - length
    if overlap < 0.6 * min(h, other_h) or not 0.7 * h <= other_h <= 1.4 * h:
        return False
    if not 0 < gap <= _JOIN_GAP * h:
        return False
    step = h / _ROWS
    width = max(1, int(gap / step))
    coloured = colour_strip(image, a + u * length, u * step, v * step, width, _ROWS)
    return bool(coloured.mean() >= _MARK_FILL)


def _join(first: OcrLine, then: OcrLine) -> OcrLine:
    """One line: ``first``, a blank standing for what the mark hides, ``then``."""
    pa, pb, pc, pd = first.quad.points
    qa, qb, qc, qd = then.quad.points
    hidden = Quad((pb, qa, qd, pc))
    return OcrLine(
        f"{first.text} {then.text}",
        min(first.confidence, then.confidence),
        Quad((pa, qb, qc, pd)),
        (*first.chars, hidden, *then.chars),
    )


def _cut(image: np.ndarray, line: OcrLine) -> OcrLine:
    a, u, v, h, length = line_frame(line)
    if h < 8 or length < h:
        return line
    ink = box_ink(image, line, _ROWS)
    if ink is None:
        return line
    dark, coloured = ink
    step = h / _ROWS
    if (dark & coloured).mean() < _MARKED:
        return line
    printed = dark & ~coloured
    band = _printed_band(printed)
    if band is None:
        return line
    r0, r1 = band
    if not _THINNEST * _ROWS <= r1 - r0 < _BAND * _ROWS:
        return line  # a rule or a speck under coloured writing is no printed line
    along = (printed[r0:r1].sum(axis=0) > 0).mean()
    if along < _ALONG:
        return line  # a printed label beside coloured writing (a signature) is no line
    margin = _MARGIN * (r1 - r0)
    top, bottom = max(0.0, r0 - margin) * step, min(_ROWS, r1 + margin) * step
    return replace(
        line,
        quad=_band_of(line.quad, v, top, bottom),
        chars=tuple(_band_of(q, v, top, bottom) for q in line.chars),
    )


def _printed_band(printed: np.ndarray) -> tuple[int, int] | None:
    """The run of rows holding the most printed ink (a neighbour's descenders may
    reach into the box above or below it), as (first, end) rows."""
    per_row = printed.sum(axis=1)
    inked = per_row >= max(2, 0.02 * printed.shape[1])
    best, best_ink, start = None, 0.0, None
    for r in range(len(inked) + 1):
        if r < len(inked) and inked[r]:
            start = r if start is None else start
            continue
        if start is not None:
            total = float(per_row[start:r].sum())
            if total > best_ink:
                best, best_ink = (start, r), total
            start = None
    return best


def _band_of(q: Quad, v: np.ndarray, top: float, bottom: float) -> Quad:
    """``q`` cut to the band from ``top`` to ``bottom`` (pixels down from its top edge)."""
    a, b, _, _ = (np.array(p, float) for p in q.points)
    pts = (a + v * top, b + v * top, b + v * bottom, a + v * bottom)
    return Quad.from_points((float(p[0]), float(p[1])) for p in pts)
