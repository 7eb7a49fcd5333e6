"""A value's mask reaches into the blank paper over and under its line.

The OCR box of a line hugs the middle of its letters: a written value's loops and
descenders, a script font's capitals and tails, reach well past it, often by a third of
a text height. The usual margin (mask.across_padding) covers part of that; where the
paper over or under the value is blank up to the next line the OCR read, the margin
reaches further, to ``_REACH`` text heights, and always stops ``_CLEAR`` text heights
short of that next line's box (a label, a caption, a neighbouring value keep their
letters). Only the quad grows into the blank: label_clearance trims the margin after.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from redactor.core.mask import across_padding, text_padding
from redactor.core.models import Category, Finding, OcrLine, Point, Quad

#: How far over and under its quad a value's mask reaches into blank paper, in text
#: heights (a written value's ink past its OCR box, rarely more).
_REACH = 0.5
#: How far short of another line's box that reach stops, in text heights.
_CLEAR = 0.15
#: Findings painted with their own margins (codes, a user's boxes): left as they are.
_OWN_MARGINS = frozenset({Category.CODE, Category.MANUAL, Category.FACE})


def into_blank(
    findings: Sequence[tuple[frozenset[int], Finding]], lines: Sequence[OcrLine]
) -> list[tuple[frozenset[int], Finding]]:
    """Each finding (with the lines it masks text of), its quad grown over and under
    into the blank paper there, so that its margin reaches ``_REACH`` text heights."""
    out = []
    for own, f in findings:
        if f.category in _OWN_MARGINS:
            out.append((own, f))
            continue
        others = [ln.quad for i, ln in enumerate(lines) if i not in own]
        out.append((own, _grown(f, others)))
    return out


def _grown(f: Finding, others: Sequence[Quad]) -> Finding:
    h = f.text_height or f.quad.height
    if h <= 0:
        return f
    (ux, uy), (vx, vy) = f.quad.axes
    a = f.quad.points[0]

    def frame(p: Point) -> tuple[float, float]:
        dx, dy = p[0] - a[0], p[1] - a[1]
        return dx * ux + dy * uy, dx * vx + dy * vy

    xs, ys = zip(*(frame(p) for p in f.quad.points), strict=True)
    along = text_padding(h)
    x0, x1, top, bottom = min(xs) - along, max(xs) + along, min(ys), max(ys)
    reach, clear = _REACH * h, _CLEAR * h
    above = below = reach
    for q in others:
        lx, ly = zip(*(frame(p) for p in q.points), strict=True)
        if max(lx) <= x0 or min(lx) >= x1:
            continue  # not over or under the painted extent
        # A line reaching into the quad (a tilted neighbour, a skewed box) leaves no
        # blank on its side: the usual margin only.
        if min(ly) + max(ly) < top + bottom:
            above = min(above, top - max(ly) - clear)
        else:
            below = min(below, min(ly) - bottom - clear)
    # The usual margin is the padding's; the quad grows by what lies past it.
    pad = across_padding(h)
    up, down = max(0.0, above - pad), max(0.0, below - pad)
    if up == 0.0 and down == 0.0:
        return f
    return replace(f, quad=f.quad.padded_sides(0.0, up, down), text_height=h)
