"""A detail page's rows: a label at the left margin, its value pushed to the right one.

A payment app's receipt, a transfer's confirmation and many phone screens print each
field as one row with the label flush left and the value flush right, the width of the
screen apart: further than a form's cell, so the label's value beside it is not found
by the usual reach. When a personal label stands in the left column (two more
left edges within a text height) with nothing under it, and the one other box on its
row ends where the page's other values end (two more right edges: a right-aligned
column) and is no label, it is that label's value and is masked as the label says.
The label stays readable.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from redactor.core.detect.layout.captions_under import value_over_caption
from redactor.core.detect.layout.label_values import announces, mask_value
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.layout.printed_labels import only_labels, printed_labels
from redactor.core.detect.layout.value_lines import value_under

RULE = "detail_row_value"
#: How far right of its label a flush-right value may start, in text heights.
_REACH = 24.0
#: Other boxes ending on the value's right edge that make a right-aligned column.
_COLUMN = 2


def mask_detail_rows(sheet: Sheet) -> None:
    edges = row_edges(sheet)
    for u in range(len(sheet.texts)):
        labels = only_labels(sheet.texts[u].strip())
        if not labels or sheet.out[u]:
            continue
        category = announces(labels[-1].kind)
        if category is None:
            continue
        v = detail_value(sheet, u, edges)
        if v is None or sheet.out[v]:
            continue
        mask_value(sheet, v, 0, len(sheet.texts[v]), category, RULE)


def row_edges(sheet: Sheet) -> tuple[list[float], list[float]]:
    """The page's boxes' left and right edges, sorted (for ``detail_value``)."""
    return sorted(g.x0 for g in sheet.geo), sorted(g.x1 for g in sheet.geo)


def detail_value(sheet: Sheet, u: int, edges: tuple[list[float], list[float]]) -> int | None:
    """The value of label ``u`` pushed flush right across its row, if the label stands
    in the page's left column with nothing under it, and the one other box on its row
    ends where the page's other values end and is no label."""
    lefts, rights = edges
    # A label with its value under it, or off the left column, is another form's;
    # so is a caption printed under its value.
    if value_under(sheet, u) is not None or value_over_caption(sheet, u) is not None:
        return None
    if _flush_with(lefts, sheet.geo[u].x0, sheet.geo[u].th) <= _COLUMN:
        return None
    v = sheet.value_beside(u, reach=_REACH)
    if v is None or printed_labels(sheet.texts[v]):
        return None
    g = sheet.geo[v]
    if _flush_with(rights, g.x1, g.th) <= _COLUMN or not _alone_on_row(sheet, u, v):
        return None
    return v


def _alone_on_row(sheet: Sheet, u: int, v: int) -> bool:
    """Nothing but the label and its value on their row."""
    g = sheet.geo[u]
    return not any(k not in (u, v) and g.same_row(c) for k, c in enumerate(sheet.geo))


def _flush_with(edges: list[float], x: float, th: float) -> int:
    """How many of the sorted box ``edges`` (all left or all right ones) lie within a
    text height of ``x`` (the box's own edge counted)."""
    return bisect_right(edges, x + th) - bisect_left(edges, x - th)
