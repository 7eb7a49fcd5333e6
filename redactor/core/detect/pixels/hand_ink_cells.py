"""Handwriting in a ruled cell: bounded by the cell, readable under a label of no one's value.

The handwriting step (``hand_ink``) takes whatever is written by hand for personal
(fail closed) and grows each word's mask by the usual margin, which on a tight grid
reaches across the rule into the next cell's label. The grid says more: a word
written in a cell belongs to that cell, so its mask stops at the cell's rules; and
a cell whose label (in its corner, or over its column: the first cell above it with
a label) announces a value that is no one's (a quantity, a weight, an amount, an
item's description, a country of origin) holds that value, which stays readable as
the text steps leave it. A label the lexicon does not know, or a personal one, keeps
the word masked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from redactor.core.detect.pixels.hand_ink import SOURCE as HAND_INK
from redactor.core.detect.pixels.placed_labels import placed_label
from redactor.core.detect.tables.field_lexicon import ValueKind
from redactor.core.mask import across_padding, text_padding
from redactor.core.models import Finding, OcrLine, Quad

# A cell over another: its bottom this share of a text height from the other's top at
# most, sharing this share of the narrower one's width; a column's header is looked
# for this many cells up.
_TOUCH, _SHARED, _UP = 0.6, 0.7, 4
# The label opens the cell: its box starts at most this many text heights from the
# cell's top.
_TOP = 2.0


def hand_ink_in_cells(
    cells: Sequence[Quad], lines: Sequence[OcrLine], findings: Sequence[Finding], text_h: float
) -> list[Finding]:
    """``findings`` with each handwriting word in a cell bounded by the cell, and left
    out where the cell's label or its column's announces a value that is no one's."""
    kinds = [_label_kind(c, lines, text_h) for c in cells]
    out = []
    for f in findings:
        k = _cell_of(f.quad, cells) if f.source == HAND_INK else None
        if k is None:
            out.append(f)
            continue
        kind = kinds[k]
        for above in _column_above(k, cells, text_h):
            if kind is not None:
                break
            kind = kinds[above]
        if kind is not None and not kind.personal:
            continue  # a quantity, a price, an item: no one's
        out.append(_bounded(f, cells[k]))
    return out


def _cell_of(q: Quad, cells: Sequence[Quad]) -> int | None:
    """The cell the quad's middle lies in (the smallest, when boxes nest)."""
    cx, cy = q.center
    best = None
    for k, c in enumerate(cells):
        x0, y0, x1, y1 = c.bbox
        if x0 <= cx <= x1 and y0 <= cy <= y1 and (best is None or c.area < cells[best].area):
            best = k
    return best


def _column_above(k: int, cells: Sequence[Quad], text_h: float) -> list[int]:
    """The cells over cell ``k`` in its column, nearest first."""
    out = []
    here = k
    for _ in range(_UP):
        x0, y0, x1, _ = cells[here].bbox
        nxt = None
        for j, c in enumerate(cells):
            a0, _, a1, b = c.bbox
            shared = min(x1, a1) - max(x0, a0)
            if (
                j != here
                and abs(y0 - b) <= _TOUCH * text_h
                and shared >= _SHARED * min(x1 - x0, a1 - a0)
            ):
                nxt = j
                break
        if nxt is None:
            break
        out.append(nxt)
        here = nxt
    return out


def _label_kind(cell: Quad, lines: Sequence[OcrLine], text_h: float) -> ValueKind | None:
    """The kind of value the label opening the cell announces, if the lexicon knows it."""
    x0, y0, x1, y1 = cell.bbox
    inside = [ln for ln in lines if x0 <= ln.quad.center[0] <= x1 and y0 <= ln.quad.center[1] <= y1]
    if not inside:
        return None
    top = min(inside, key=lambda ln: ln.quad.bbox[1])
    if top.quad.bbox[1] - y0 > _TOP * text_h:
        return None
    found, _ = placed_label(top.text)
    return found[0].label.kind if found else None


def _bounded(f: Finding, cell: Quad) -> Finding:
    """The finding with its painted mask kept inside the cell's box."""
    x0, y0, x1, y1 = cell.bbox
    h = f.text_height or f.quad.height
    along, across = text_padding(h), across_padding(h)
    fx0, fy0, fx1, fy1 = f.quad.bbox
    nx0, nx1 = max(fx0, x0 + along), min(fx1, x1 - along)
    above, below = min(across, max(0.0, fy0 - y0)), min(across, max(0.0, y1 - fy1))
    ny0, ny1 = max(fy0, y0), min(fy1, y1)
    if (nx0, nx1, ny0, ny1) == (fx0, fx1, fy0, fy1) and (above, below) == (across, across):
        return f
    if nx1 <= nx0 or ny1 <= ny0:
        return f  # too small to cut: as found
    return replace(f, quad=Quad.from_bbox(nx0, ny0, nx1, ny1), room=(above, below))
