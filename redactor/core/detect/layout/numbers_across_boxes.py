"""Numbers OCR boxed in pieces along one row, masked across the seams.

A masked card or phone number is often printed in groups that OCR boxes apart: the
label and the first stars in one box, the other stars and the last digits in the
next, or a middle group left unread between them. Read as one line, the pieces are
one number; each piece is masked, the later ones joined to the first.
"""

from __future__ import annotations

import re

from redactor.core.detect.charclass import STARS
from redactor.core.detect.layout.labelled_values import MASKED_TAIL
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.text.numbers import find_number_spans
from redactor.core.models import Category

_SHAPES = patterns("layout", "numbers_across_boxes")

_VALUE_START = re.compile(r"|.*[:：#]\s*")  # the stars open a labelled value, or the box
_STARS_ONLY = re.compile(rf"\s*[{STARS}][{STARS}\s]*")
_LAST_DIGITS = _SHAPES["last_digits"]
# The tail of a masked number in a box of its own: stars, then the last digits.
_STARRED_TAIL = _SHAPES["starred_tail"]
_MASKED_NUMBERS = (Category.PHONE, Category.CARD_NUMBER, Category.ID_NUMBER)
_TAIL_REACH = 6.0  # the tail stands at most this many text heights from the head
_CARD_WORD = _SHAPES["card_word"]


def numbers_across_boxes(sheet: Sheet) -> None:
    """A number OCR boxed in two pieces on one row (label and the first stars in one
    box, the other stars and the last digits in the next): the number patterns run
    over both boxes read as one line, and a number crossing the seam is masked in both."""
    for i, a in enumerate(sheet.texts):
        j = sheet.value_beside(i)
        if j is None:
            continue
        b = sheet.texts[j]
        stars = MASKED_TAIL.search(a)
        if (
            stars
            and _VALUE_START.fullmatch(a[: stars.start()])
            and _stars_to_digits(sheet, i, stars.start())
        ):
            continue
        if _tail_of_a_number(sheet, i, j):
            continue
        if sheet.gap(i, j) >= sheet.geo[i].th:
            continue
        seam = len(a) + 1
        for s in find_number_spans(a + " " + b):
            if s.start < len(a) and s.end > seam:
                sheet.out[i].append(Span(s.start, len(a), s.category, 0.7, "number_across"))
                sheet.out[j].append(
                    Span(0, s.end - seam, s.category, 0.7, "number_across", joins=i)
                )


def _tail_of_a_number(sheet: Sheet, i: int, j: int) -> bool:
    """<card number head> ... <stars and the last digits>: line ``i`` ends with a card,
    ID or phone number, and the box beside it is stars then digits (the middle stars
    went unread between them): that box is the number's tail, masked across the gap."""
    a = sheet.texts[i].rstrip()
    ends = [
        s
        for s in sheet.out[i]
        if s.category in _MASKED_NUMBERS and s.end >= len(a) and s.end > s.start
    ]
    if not ends or not _STARRED_TAIL.fullmatch(sheet.texts[j]):
        return False
    if sheet.gap(i, j) > _TAIL_REACH * sheet.geo[i].th:
        return False
    b = sheet.texts[j]
    sheet.out[j].append(Span(0, len(b.rstrip()), ends[0].category, 0.7, "number_tail", joins=i))
    return True


def _stars_to_digits(sheet: Sheet, i: int, head: int) -> bool:
    """<card label><stars> ... <stars> ... <last digits>: the middle groups of a masked
    number went partly unread. From the stars that end line ``i`` (from ``head`` on),
    over boxes of stars, to the last digits on the row: one number, masked across the gaps."""
    stars: list[int] = []
    k = sheet.value_beside(i)
    while k is not None and _STARS_ONLY.fullmatch(sheet.texts[k]) and len(stars) < 4:
        stars.append(k)
        k = sheet.value_beside(k)
    if k is None or not _LAST_DIGITS.fullmatch(sheet.texts[k]):
        return False
    a = sheet.texts[i]
    category = Category.CARD_NUMBER if _CARD_WORD.search(a) else Category.PHONE
    sheet.out[i].append(Span(head, len(a), category, 0.7, "stars_digits"))
    for m in stars:
        sheet.out[m].append(Span(0, len(sheet.texts[m]), category, 0.7, "stars_digits"))
    sheet.out[k].append(Span(0, len(sheet.texts[k]), category, 0.7, "stars_digits", joins=i))
    return True
