"""Ink the OCR could not read, on a row of personal values or over them, is masked
(fail closed).

A stamp or a scrawl over a name in a row of "label: name" cells (a prescription's
doctor, checker and dispenser) comes back as a few wrong characters the OCR itself
doubts. Nothing can be read to judge it; its neighbours on the row are personal, so
it is taken to be as well. A box read with doubt that lies over a person's lines (the
detector melted two of them into one box) is those lines, garbled. And a box read,
unsure, as far too few characters for its width, right above or below a person's
value, is a line of theirs the OCR failed on.
"""

from __future__ import annotations

from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.spans import Span
from redactor.core.models import CORE_CATEGORIES, Category

_UNSURE = 0.8  # ... under which a box lying over personal values is taken to be them
_BENEATH = 0.3  # share of the smaller box two boxes must share to lie one over the other
_REACH = 8.0  # how far along the row a personal neighbour may stand, in text heights
_GARBLED = 3.0  # text heights of box per character read, past which the reading failed
_RULE = "unread_cell"


def mask_unread_cells(sheet: Sheet) -> None:
    for i, text in enumerate(sheet.texts):
        if sheet.confidence[i] >= _UNSURE or sheet.out[i] or sheet.fields[i] or not text.strip():
            continue
        category = _personal_beneath(sheet, i)
        if category is None and sheet.doubted(i):
            category = _personal_neighbour(sheet, i)
        if category is None and _garbled(sheet, i):
            category = _personal_next_line(sheet, i)
        if category is not None:
            sheet.out[i].append(Span(0, len(text.rstrip()), category, 0.5, _RULE))


def _personal(sheet: Sheet, k: int) -> list[Span]:
    """Line ``k``'s spans of personal data found by other rules than this one."""
    return [s for s in sheet.out[k] if s.category in CORE_CATEGORIES and s.rule != _RULE]


def _garbled(sheet: Sheet, i: int) -> bool:
    """A box read as far too few characters for its width: the OCR failed on it."""
    g = sheet.geo[i]
    return g.x1 - g.x0 > _GARBLED * g.th * len(sheet.texts[i].strip())


def _personal_next_line(sheet: Sheet, i: int) -> Category | None:
    """The category of a personal value on the line right above or below line ``i``."""
    g = sheet.geo[i]
    for k, c in enumerate(sheet.geo):
        spans = _personal(sheet, k)
        if k == i or not spans or c.x1 < g.x0 or c.x0 > g.x1:
            continue
        if -0.5 * g.th <= c.y0 - g.y1 <= g.th or -0.5 * g.th <= g.y0 - c.y1 <= g.th:
            return spans[0].category
    return None


def _personal_beneath(sheet: Sheet, i: int) -> Category | None:
    """The category of a personal value whose box this one lies over: printed text is
    not boxed twice, so a box read with doubt over a person's lines is those lines
    read again, garbled (several lines melted into one box, a stamp over them)."""
    g = sheet.geo[i]
    for k, c in enumerate(sheet.geo):
        spans = _personal(sheet, k)
        if k == i or not spans:
            continue
        w = min(g.x1, c.x1) - max(g.x0, c.x0)
        h = min(g.y1, c.y1) - max(g.y0, c.y0)
        if w > 0 and h > 0 and w * h >= _BENEATH * min(g.area, c.area):
            return spans[0].category
    return None


def _personal_neighbour(sheet: Sheet, i: int) -> Category | None:
    """The category of the nearest personal value on line ``i``'s row, if any."""
    g = sheet.geo[i]
    best, best_gap = None, _REACH * g.th
    for k, c in enumerate(sheet.geo):
        spans = _personal(sheet, k)
        if k == i or not spans:
            continue
        # The row: the neighbour's middle lies within this box's height.
        if not g.y0 <= (c.y0 + c.y1) / 2 <= g.y1:
            continue
        gap = max(c.x0 - g.x1, g.x0 - c.x1)
        if gap < best_gap:
            best, best_gap = spans[0].category, gap
    return best
