"""Whether two boxes on one row stand in different columns of a table with headers.

A register prints its entries as rows under a row of column headers ("Name and
surname | Age | Condition | Rank or profession | Residence"): the box beside a
person's address on its row is the next column's cell (an occupation, a marital
condition), no piece of the address that OCR cut off. Told from geometry: the
nearest row above both of at least three boxes, none holding a digit, with a box
over each of the two and none over both.
"""

from __future__ import annotations

from redactor.core.detect.charclass import has_digit
from redactor.core.detect.layout.page import Geo, Sheet
from redactor.core.detect.layout.printed_labels import only_labels
from redactor.core.detect.layout.table_headers import MIN_COLUMNS, printed_rows
from redactor.core.detect.tables.label_kinds import ValueKind

#: A header is over a box when it covers this share of the narrower one's width.
_OVER = 0.5


def column_header(sheet: Sheet, i: int, j: int) -> int | None:
    """The header over box ``j`` when boxes ``i`` and ``j`` stand under different
    headers of the nearest header row above both; else ``None``."""
    gi, gj = sheet.geo[i], sheet.geo[j]
    top = min(gi.y0, gj.y0)
    for row in reversed(printed_rows(sheet.geo)):
        if len(row) < MIN_COLUMNS or any(sheet.geo[k].y1 > top for k in row):
            continue
        if any(has_digit(sheet.texts[k]) for k in row):
            continue  # a row of entries (an age, a date), not the headers
        over_i = {k for k in row if _over(sheet.geo[k], gi)}
        over_j = {k for k in row if _over(sheet.geo[k], gj)}
        if over_i and over_j and not over_i & over_j:
            return min(over_j, key=lambda k: abs(sheet.geo[k].x0 - gj.x0))
        return None
    return None


def kind_of_header(sheet: Sheet, k: int) -> ValueKind | None:
    """What header ``k`` announces, when it is a label of the lexicon alone."""
    labels = only_labels(sheet.texts[k])
    return labels[-1].kind if labels else None


def _over(h: Geo, g: Geo) -> bool:
    overlap = min(h.x1, g.x1) - max(h.x0, g.x0)
    return overlap >= _OVER * min(h.x1 - h.x0, g.x1 - g.x0)


def cell_of_no_personal_column(sheet: Sheet, k: int, others: list[int]) -> bool:
    """Box ``k`` stands, in another column than one of ``others`` under the same
    header row, under a column header the lexicon knows as announcing no one's name,
    number or address (a register's "Age", "Condition", "Rank or profession"). The
    two need not share a printed row: a photo's tilt or a cell wrapped to two lines
    sets a row's cells at different heights."""
    for s in others:
        if s == k:
            continue
        h = column_header(sheet, s, k)
        if h is not None:
            return no_persons_column(sheet, h)
    return False


def beside_in_no_persons_column(sheet: Sheet, i: int, j: int) -> bool:
    """Box ``j`` stands, beside box ``i``, under a column header of its own that
    announces no one's value (a register's "Condition", "Rank or profession")."""
    h = column_header(sheet, i, j)
    return h is not None and no_persons_column(sheet, h)


def no_persons_column(sheet: Sheet, h: int) -> bool:
    """Header ``h`` is a label the lexicon knows, announcing no one's name, number or
    address (a trait: an age, an occupation; a date, an amount)."""
    kind = kind_of_header(sheet, h)
    return kind is not None and (kind is ValueKind.TRAIT or kind.category is None)
