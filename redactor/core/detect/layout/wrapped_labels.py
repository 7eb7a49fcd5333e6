"""A printed label wrapped over two lines, its value written beside the pair.

A form short of room prints a long label in two lines stacked flush left ("Pay to
the" over "order of" on a cheque, "Name of" over "account holder"), and the value is
written beside them, its box level with the pair rather than with either line. Neither
line alone is the label, so nothing announces the value; joined they are a label the
field lexicon knows. The line right of the pair, level with it, is that label's value
(fail closed, as a label beside its value is); the two label lines stay readable.
"""

from __future__ import annotations

from redactor.core.detect.layout.label_values import mask_value
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.layout.printed_labels import only_labels, printed_labels
from redactor.core.detect.tables.field_lexicon import LabelMatch
from redactor.core.detect.text.not_personal import nothing_but_amounts

RULE = "wrapped_label_value"
#: The widest gap between the label's two lines, in text heights.
_WRAP_GAP = 0.6
#: How far apart the two lines' left edges may stand, in text heights.
_FLUSH = 1.0
#: How far right of the label the value may start, in text heights (room for the pen).
_REACH = 6.0
#: How far a value's box may reach back over the label's end, in text heights.
_OVERLAP = 0.5


def mask_wrapped_label_values(sheet: Sheet) -> None:
    for k in range(len(sheet.texts)):
        j = _wrapped_under(sheet, k)
        if j is None:
            continue
        label = _joined_label(sheet.texts[k], sheet.texts[j])
        if label is None or (category := label.kind.category) is None:
            continue
        v = _value_beside(sheet, k, j)
        if v is not None:
            mask_value(sheet, v, 0, len(sheet.texts[v]), category, RULE)


def _wrapped_under(sheet: Sheet, k: int) -> int | None:
    """The line right under line ``k``, flush left with it, of the same print."""
    g = sheet.geo[k]
    best = None
    for j, c in enumerate(sheet.geo):
        if j == k or abs(c.x0 - g.x0) > _FLUSH * g.th or abs(c.th - g.th) > 0.3 * g.th:
            continue
        near = -0.5 * g.th <= c.y0 - g.y1 <= _WRAP_GAP * g.th
        if near and (best is None or c.y0 < sheet.geo[best].y0):
            best = j
    return best


def _joined_label(top: str, bottom: str) -> LabelMatch | None:
    """The one label the two lines make together, when neither holds one of its own."""
    if only_labels(top.strip()) or only_labels(bottom.strip()):
        return None  # a label of its own over another ("Name" over "Address")
    labels = only_labels(f"{top.strip()} {bottom.strip()}")
    return labels[0] if len(labels) == 1 else None


def _value_beside(sheet: Sheet, k: int, j: int) -> int | None:
    """The nearest line right of the two label lines, level with the pair."""
    top, bottom = sheet.geo[k], sheet.geo[j]
    right, th = max(top.x1, bottom.x1), top.th
    best = None
    for v, c in enumerate(sheet.geo):
        if v in (k, j) or not top.y0 <= (c.y0 + c.y1) / 2 <= bottom.y1:
            continue
        if not -_OVERLAP * th <= c.x0 - right <= _REACH * th:
            continue
        text = sheet.texts[v]
        if printed_labels(text) or nothing_but_amounts(text):
            continue
        if best is None or c.x0 < sheet.geo[best].x0:
            best = v
    return None if best is None or sheet.out[best] else best
