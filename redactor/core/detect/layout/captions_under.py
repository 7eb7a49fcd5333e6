"""A value written on a rule with its caption printed under it.

Many sign-up and application forms draw a rule per field and print the field's name
small under it ("First name", "Surname"): the value stands right above its label.
Such a caption announces nothing below it (the next line is another caption, or the
page ends), and the line right above it, tight against it, in its column and in
larger print, is the value, unless a label of its own stands over that line (a form that stacks labels
over values: there the line above a label is the previous field's value), unless that
label is itself a caption under a value written over it (rows of values, each over
its row of captions).
"""

from __future__ import annotations

from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.layout.printed_labels import printed_labels
from redactor.core.detect.tables.field_lexicon import default_lexicon

#: The widest gap between a value and the caption under its rule, in the caption's
#: text heights (a rule sits between them, nothing else).
_TIGHT = 0.6
#: How far left of the caption the value may start, in text heights.
_COLUMN_SLACK = 1.0
#: A caption is small print under a value written or typed larger: a line above it of
#: its own size is another printed line (a caption of the row above, a misread label).
_LARGER = 1.25
#: How far a box over the value may reach down into it and still be printed over it,
#: in the smaller box's height (a stamp is pressed across the value).
_STAMPED = 0.3


def line_over(sheet: Sheet, i: int, slack: float = _COLUMN_SLACK) -> int | None:
    """The line right above line ``i``, tight against it and starting in its column
    (at most ``slack`` text heights left of it)."""
    g = sheet.geo[i]
    best = None
    for k, c in enumerate(sheet.geo):
        if k == i or c.y0 + c.y1 >= g.y0 + g.y1 - min(g.h, c.h):
            continue  # not above it by half a line
        if not -_TIGHT * g.th <= g.y0 - c.y1 <= _TIGHT * g.th:
            continue
        if not g.x0 - slack * g.th <= c.x0 <= g.x1:
            continue
        if best is None or c.y1 > sheet.geo[best].y1:
            best = k
    return best


def value_over_caption(sheet: Sheet, i: int) -> int | None:
    """The value written above the caption that makes up line ``i``, if the form
    prints its captions under their values there."""
    j = line_over(sheet, i)
    if j is None or default_lexicon().find(sheet.texts[j]):
        return None  # a word of a label: printed, not written on the rule
    if sheet.geo[j].th < _LARGER * sheet.geo[i].th:
        return None
    k = line_over(sheet, j)
    if (
        k is not None
        and _ends_with_a_label(sheet.texts[k])
        and not _across(sheet, k, j)
        and not _a_caption(sheet, k)
    ):
        return None  # a label stands over it: it is that label's value
    return j


def _a_caption(sheet: Sheet, k: int) -> bool:
    """The label on line ``k`` is itself a caption under a value written larger right
    over it: a row of captions under the row of values above, not a label over the
    line under it."""
    v = line_over(sheet, k)
    return (
        v is not None
        and not default_lexicon().find(sheet.texts[v])
        and sheet.geo[v].th >= _LARGER * sheet.geo[k].th
    )


def _across(sheet: Sheet, k: int, j: int) -> bool:
    """Box ``k`` reaches well down into box ``j``: a stamp across the value ("PAID"),
    not a label printed over it."""
    over, value = sheet.geo[k], sheet.geo[j]
    return over.y1 - value.y0 > _STAMPED * min(over.h, value.h)


def _ends_with_a_label(text: str) -> bool:
    labels = printed_labels(text)
    return bool(labels) and not text[labels[-1].value_start :].strip()
