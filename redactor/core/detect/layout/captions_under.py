"""A value written on a rule with its caption printed under it.

Many sign-up and application forms draw a rule per field and print the field's name
small under it ("First name", "Surname"): the value stands right above its label.
Such a caption announces nothing below it (the next line is another caption, or the
page ends), and the line right above it, tight against it, in its column and in
larger print, is the value, unless the column pairs its labels the other way: a form
that stacks labels over values puts the previous field's value right above a label.
The column, walked up field by field, tells which: it starts at a value when its
captions are printed under their values, at a label when labels stand over them.
Where the column pairs that way, the caption's value is the one over it, unless
what stands right under it could be its value too (label_values.py) and the column,
walked both ways, starts at a value and ends at a caption with nothing written
under it (a caption's print is smaller than the value over it, however OCR misread
its words). A box beside
the caption that stands level with the row of values, not with the caption (a
neighbour's value boxed loosely, reaching down), leaves the caption's value over it.
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
#: How many fields up a column is walked to tell which way it pairs labels and values.
_CHAIN = 12
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
    j = _larger_over(sheet, i)
    if j is None or _stacked_under_a_label(sheet, j, _CHAIN):
        return None  # a label stands over it: it is that label's value
    return j


def level_with_value_over(sheet: Sheet, i: int, j: int) -> int | None:
    """The value over caption ``i`` when box ``j`` beside the caption stands level with
    that value rather than with the caption: a taller box of the row of values (a
    neighbour's value whose caption went unread), not a value on the caption's row."""
    over = value_over_caption(sheet, i)
    if over is None:
        return None
    g, c, v = sheet.geo[i], sheet.geo[j], sheet.geo[over]
    mid = c.y0 + c.y1
    return over if abs(mid - (v.y0 + v.y1)) < abs(mid - (g.y0 + g.y1)) else None


def line_under(sheet: Sheet, i: int) -> int | None:
    """The line right under line ``i``, tight against it and starting in its column."""
    g = sheet.geo[i]
    best = None
    for k, c in enumerate(sheet.geo):
        if k == i or c.y0 + c.y1 <= g.y0 + g.y1 + min(g.h, c.h):
            continue  # not under it by half a line
        if not -_TIGHT * c.th <= c.y0 - g.y1 <= _TIGHT * c.th:
            continue
        if not c.x0 - _COLUMN_SLACK * c.th <= g.x0 <= c.x1:
            continue
        if best is None or c.y0 < sheet.geo[best].y0:
            best = k
    return best


def captions_under_values(sheet: Sheet, i: int, over: int, under: int) -> bool:
    """Caption ``i``'s column, with a value ``over`` it and one ``under`` it, starts at
    a value and ends at a caption: its captions are printed under their values."""
    return _starts_at_a_value(sheet, over, _CHAIN) and _ends_at_a_caption(sheet, i, under, _CHAIN)


def caption_unread(sheet: Sheet, v: int) -> bool:
    """The caption under value ``v`` reads as no label (OCR misread its words)."""
    k = line_under(sheet, v)
    return k is not None and not default_lexicon().find(sheet.texts[k])


def _starts_at_a_value(sheet: Sheet, v: int, steps: int) -> bool:
    k = line_over(sheet, v)
    if k is None or not _a_caption_under(sheet, k, v):
        return True  # nothing of the column over value ``v``
    over = line_over(sheet, k)
    if over is None or not _written_over(sheet, over, k):
        return False  # the column starts at label ``k``
    return steps > 0 and _starts_at_a_value(sheet, over, steps - 1)


def _ends_at_a_caption(sheet: Sheet, i: int, under: int, steps: int) -> bool:
    if not _written_over(sheet, under, i):
        return False
    k = line_under(sheet, under)
    if k is None or not _a_caption_under(sheet, k, under):
        return False  # the column ends at a value: labels stand over their values
    v = line_under(sheet, k)
    if v is None:
        return True
    return steps > 0 and _ends_at_a_caption(sheet, k, v, steps - 1)


def _written_over(sheet: Sheet, v: int, k: int) -> bool:
    """Line ``v`` is no label, and written no smaller than the print of line ``k``."""
    return not default_lexicon().find(sheet.texts[v]) and sheet.geo[v].th >= sheet.geo[k].th


def _a_caption_under(sheet: Sheet, k: int, v: int) -> bool:
    """Line ``k`` under value ``v`` is a caption: a label, or print smaller than the
    value (a caption OCR misread)."""
    if default_lexicon().find(sheet.texts[k]):
        return True
    return sheet.geo[v].th >= _LARGER * sheet.geo[k].th


def _larger_over(sheet: Sheet, i: int) -> int | None:
    """The line tight over line ``i``, written larger and no label: a value on a rule."""
    j = line_over(sheet, i)
    if j is None or default_lexicon().find(sheet.texts[j]):
        return None  # a word of a label: printed, not written on the rule
    if sheet.geo[j].th < _LARGER * sheet.geo[i].th:
        return None
    return j


def _stacked_under_a_label(sheet: Sheet, j: int, steps: int) -> bool:
    """Value ``j`` belongs to a label stacked over it, not to the caption under it.

    A column of fields alternates small print and values: label, value, label, value.
    Which of a value's neighbours names it is told by where the column starts: at a
    value (captions under values) or at a label (labels over values). So the column
    is walked up, label and value, to its top."""
    k = line_over(sheet, j)
    if k is None or not _ends_with_a_label(sheet.texts[k]) or _across(sheet, k, j):
        return False
    v = _larger_over(sheet, k)
    if v is None:
        return True  # the column starts at label ``k``: labels over values
    return steps > 0 and _stacked_under_a_label(sheet, v, steps - 1)


def _across(sheet: Sheet, k: int, j: int) -> bool:
    """Box ``k`` reaches well down into box ``j``: a stamp across the value ("PAID"),
    not a label printed over it."""
    over, value = sheet.geo[k], sheet.geo[j]
    return over.y1 - value.y0 > _STAMPED * min(over.h, value.h)


def _ends_with_a_label(text: str) -> bool:
    labels = printed_labels(text)
    return bool(labels) and not text[labels[-1].value_start :].strip()
