"""Two parties side by side: each row label's value in every party's column.

A marriage registration, a contract or a sale records two parties in one grid: each
party's heading over its own column ("男方" "女方", "Buyer" "Seller", "Contrayente 1"
"Contrayente 2"), the row labels down the left, one value per party on each row. The
label's value beside it is the first party's; the second party's, further along the
row, stands under its own heading, not beside any label, and is masked as the
label's kind too (a date of birth, an ID, a name). Rows whose label announces no
personal value (occupation, nationality) are left readable in every column.

The grid is read from geometry: two or more party headings on one row (blocks.toml
``[party_columns]``), the labels alone on their lines under it and left of its first
column, and the boxes on each label's row right of it, below the headings.
"""

from __future__ import annotations

import re

from redactor.core.detect.layout.label_values import announces, mask_value
from redactor.core.detect.layout.page import Geo, Sheet
from redactor.core.detect.layout.printed_labels import only_labels, printed_labels
from redactor.core.detect.tables.field_lexicon import LabelMatch
from redactor.core.detect.tables.lexicon import table, words_pattern
from redactor.core.detect.tables.text_folding import fold
from redactor.core.models import Category

RULE = "party_column"
_TABLE = table("blocks")["party_columns"]
_HEADING = re.compile(
    rf"\s*(?:{words_pattern([fold(w) for w in _TABLE['headings']])}){_TABLE['ordinal']}\s*"
)
#: The longest party heading, in characters: longer lines are not read.
_LONGEST = 24
#: How far right of the first column's left edge a row label may reach, in text heights
#: (a label box drawn a little wide).
_SLACK = 1.0
#: How far a value's middle may stand from its row label's, in line heights.
_DRIFT = 1.0


def mask_party_columns(sheet: Sheet) -> None:
    for row in _heading_rows(sheet):
        top = max(sheet.geo[h].y1 for h in row)
        first = min(sheet.geo[h].x0 for h in row)
        below = [i for i, g in enumerate(sheet.geo) if g.y0 >= top and sheet.texts[i].strip()]
        # The row labels' column ends where the labels the lexicon knows end; a label
        # it lacks ("Hijo/a de") still marks its row there.
        known = [i for i in below if sheet.geo[i].x1 <= first and _alone(sheet.texts[i])]
        if not known:
            continue
        # The row labels share a left edge: a later section's column header that
        # happens to stand left of the first party's heading is no row label.
        left = min(sheet.geo[i].x0 for i in known)
        known = [i for i in known if sheet.geo[i].x0 - left <= _SLACK * sheet.geo[i].th]
        edge = max(sheet.geo[i].x1 for i in known)
        labels = [i for i in below if sheet.geo[i].x1 <= edge + _SLACK * sheet.geo[i].th]
        for k in below:
            c = sheet.geo[k]
            if k in labels or c.x0 < edge:
                continue
            # A photo's columns drift from their labels' rows: the row label nearest
            # in height is the value's, not only one it overlaps.
            i = min(labels, key=lambda n: abs(_middle(sheet.geo[n]) - _middle(c)))
            g = sheet.geo[i]
            if abs(_middle(g) - _middle(c)) > _DRIFT * max(g.h, c.h):
                continue  # beyond the grid's rows: the form's own print
            category = _announced(sheet.texts[i])
            if category is None or printed_labels(sheet.texts[k]) or sheet.fields[k]:
                continue  # no personal row, or a label of its own: another field's
            mask_value(sheet, k, 0, len(sheet.texts[k].rstrip()), category, RULE)


def _middle(g: Geo) -> float:
    return (g.y0 + g.y1) / 2


def _heading_rows(sheet: Sheet) -> list[list[int]]:
    """Rows of two or more party headings, each alone on its line."""
    heads = [
        i
        for i, t in enumerate(sheet.texts)
        if len(t) <= _LONGEST and _HEADING.fullmatch(fold(t)) is not None
    ]
    rows: list[list[int]] = []
    for h in heads:
        row = [k for k in heads if sheet.geo[k].same_row(sheet.geo[h])]
        if len(row) >= 2 and sorted(row) not in rows:
            rows.append(sorted(row))
    return rows


def _alone(text: str) -> LabelMatch | None:
    """The lexicon's label that is all of the line, or the first of its labels of one
    kind written as alternatives ("DNI / NIE")."""
    labels = only_labels(text)
    if not labels or any(m.kind is not labels[0].kind for m in labels):
        return None
    return labels[0]


def _announced(text: str) -> Category | None:
    """What the label alone on a line announces (``None``: no label alone, or no
    personal value)."""
    label = _alone(text)
    return None if label is None else announces(label.kind)
