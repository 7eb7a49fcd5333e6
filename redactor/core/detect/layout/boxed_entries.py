"""A value written one character per printed box, read by OCR as a row of small boxes.

Forms print a row of boxes for a date of birth, a phone number or a postcode, one
character in each. OCR reads such a row as many short boxes ("1", "8", "1 1 9", "GO")
with gaps between them, and often leaves some characters unread. Once a field's
value is found to start in one of them, the boxes that follow it on its row, each a
piece of the same shape and close to the one before, are the rest of the value:
each is masked, joined to the one before so the mask covers the gaps (where an
unread character still shows) too.
"""

from __future__ import annotations

from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.patterns import patterns
from redactor.core.models import Category

RULE = "boxed_entry"
_SCORE = 0.7
_PIECE = patterns("layout", "boxed_entries")["piece"]
#: The widest gap between two boxes of one entry, in text heights (a blank box or an
#: unread character between them).
_REACH = 3.5
#: At most this many boxes: a row of boxes holds one value, not a paragraph.
_MOST = 24


def is_piece(text: str) -> bool:
    return bool(text.strip()) and bool(_PIECE.fullmatch(text))


def mask_rest_of_entry(sheet: Sheet, j: int, category: Category) -> None:
    """Line ``j`` holds the start of a value: mask the boxes that carry it on along
    its row, when they are pieces of one written a character per box."""
    if not is_piece(sheet.texts[j]):
        return
    prev = j
    for _ in range(_MOST):
        k = sheet.value_beside(prev, reach=_REACH)
        if k is None or not is_piece(sheet.texts[k]):
            return
        text = sheet.texts[k]
        # Joined over a gap only: a box reaching back into the one before keeps its own extent.
        joins = prev if sheet.gap(prev, k) > 0 else None
        sheet.out[k].append(Span(0, len(text.rstrip()), category, _SCORE, RULE, joins=joins))
        prev = k
