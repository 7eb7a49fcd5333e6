"""OCR boxes swollen by a coloured mark, cut back to the printed line.

A sorting number stamped or written in colour across a line makes the text detector
box the line and the mark together: the box is two or three lines tall. Measured by
that box, the line looks printed in another size and stands apart from its block, so
the block's masking passes it by. The printed line is what counts: where a box holds
much coloured ink and its black or grey ink fills only a band of its height, the box
(and its characters') is cut back to that band. The mark itself is nobody's data.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from redactor.core.detect.ink_runs import colour_strip, gray_strip, line_frame, paper_and_ink
from redactor.core.models import OcrLine, Quad

_ROWS = 48  # the box is resampled to this many rows
_MARKED = 0.05  # share of the box that is dark coloured ink: a mark lies across it
_BAND = 0.7  # the printed ink fills less than this share of the box's height
_MARGIN = 0.12  # kept above and below the printed band, in its heights


def cut_to_printed_lines(image: np.ndarray, lines: Sequence[OcrLine]) -> list[OcrLine]:
    """``lines``, each box swollen by a coloured mark cut back to its printed band."""
    if image.ndim != 3:
        return list(lines)
    return [_cut(image, ln) for ln in lines]


def _cut(image: np.ndarray, line: OcrLine) -> OcrLine:
    a, u, v, h, length = line_frame(line)
    if h < 8 or length < h:
        return line
    step = h / _ROWS
    width = max(1, int(length / step))
    gray = gray_strip(image, a, u * step, v * step, width, _ROWS)
    tones = paper_and_ink(gray)
    if tones is None:
        return line
    paper, ink = tones
    dark = gray < paper - 0.45 * (paper - ink)
    coloured = colour_strip(image, a, u * step, v * step, width, _ROWS)
    if (dark & coloured).mean() < _MARKED:
        return line
    band = _printed_band(dark & ~coloured)
    if band is None:
        return line
    r0, r1 = band
    if (r1 - r0) >= _BAND * _ROWS:
        return line
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
    return Quad(tuple((float(p[0]), float(p[1])) for p in pts))
