"""A form's grid of fields: a label in a box of its own, its value in the next box on
its row ("科别 | <a department>", "Specimen | <a sample type>"), label and value
repeating across the row.

The value is the nearest box after the label on its row, close to it, with no label
of its own. What the label announces is what the box holds: ``label_values`` masks
the value of a personal label; here, the value of a non-personal one is handed to
``label_trim``, which keeps it readable whatever block masked the row (unless the
value has a strong personal shape).
"""

from __future__ import annotations

from redactor.core.detect.layout.page import Sheet, starts_after
from redactor.core.detect.layout.printed_labels import printed_labels
from redactor.core.detect.tables.field_lexicon import LabelMatch, ValueKind

#: How far a value's box may stand from its label, in text heights.
_REACH = 6.0


def values_beside_labels(sheet: Sheet) -> dict[int, ValueKind]:
    """Each box that is the value of a label boxed alone to its left: that label's kind."""
    out: dict[int, ValueKind] = {}
    for i, text in enumerate(sheet.texts):
        label = _alone(text)
        if label is None:
            continue
        j = _next_on_row(sheet, i)
        if j is not None and not printed_labels(sheet.texts[j]):
            out[j] = label.kind
    return out


def _alone(text: str) -> LabelMatch | None:
    """The label that is all of ``text`` (its colon aside)."""
    labels = printed_labels(text)
    if len(labels) != 1 or text[: labels[0].start].strip() or text[labels[0].value_start :].strip():
        return None
    return labels[0]


def _next_on_row(sheet: Sheet, i: int) -> int | None:
    g = sheet.geo[i]
    best: int | None = None
    for k, c in enumerate(sheet.geo):
        if k == i or not g.same_row(c) or not starts_after(g, c):
            continue
        if c.x0 - g.x1 > _REACH * max(g.th, c.th):
            continue
        if best is None or c.x0 < sheet.geo[best].x0:
            best = k
    return best
