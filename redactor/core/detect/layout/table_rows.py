"""A table's body: which rows under its header row are its own, and which header a
box under none stands nearest.

The body is the rows right under the header, each close to the one above, until a
row that is no table row: a label among its cells (the form goes on: "Date: …"; but
not one of its own column's kind, "尾号5947" under a phone column), a section's
heading where a row header would stand, a box across most
of the table, or alone on its row under two headers (a sentence, a footer); a row
header is a label standing alone at a body row's start, left of the first column.
"""

from __future__ import annotations

from redactor.core.detect.charclass import has_digit
from redactor.core.detect.layout.ordinary_cells import a_measure
from redactor.core.detect.layout.page import Geo, Sheet
from redactor.core.detect.layout.printed_labels import printed_labels
from redactor.core.detect.layout.table_headers import (
    MIN_COLUMNS,
    Column,
    header_kind,
    headers_bottom,
    text_height,
    under_headers,
)
from redactor.core.detect.tables.field_lexicon import LabelMatch, ValueKind
from redactor.core.detect.tables.label_finder import item_number_end
from redactor.core.detect.text.prose import is_prose

#: Widest gap between two rows of one table, in the header's text heights (ruled
#: tables pad their cells), or in the gap under the header (tall cells); the first
#: row may stand further under the header.
_ROW_GAP = 1.6
_SAME_PITCH = 1.4
_FIRST_GAP = 2.5
#: How far a column of cells may stand from its header, in text heights.
_REACH = 1.5
#: A column between two headers goes to the one this many times nearer than the other.
_CLEARLY_NEARER = 2.5
#: A box wider than this share of the table runs across it: no cell.
_WIDE = 0.6
_COLONS = ":："


def body_rows(sheet: Sheet, headers: list[Column], rows: list[list[int]]) -> list[list[int]]:
    """The rows under the header that belong to the table."""
    th = text_height(sheet, [c.header for c in headers])
    bottom = headers_bottom(sheet, headers)
    body: list[list[int]] = []
    widest = _FIRST_GAP * th
    for row in rows:
        gap = min(sheet.geo[k].y0 for k in row) - bottom
        if gap > widest:
            break
        # Rows are evenly spaced: the first gap says how tall the table's cells are.
        widest = max(_ROW_GAP * th, _SAME_PITCH * gap)
        if not _a_table_row(sheet, headers, row) or any(is_prose(sheet.texts[k]) for k in row):
            break  # the form goes on, or a notice is printed under the table
        if body and _a_next_header(sheet, row):
            break  # a second table's header row under the first's rows
        if body and _numbers_under_names(sheet, headers, row):
            if len(body) >= 2 and _a_bare_header_row(sheet, body[-1]):
                body.pop()  # the second table's own header, whatever words it uses
            break
        body.append(row)
        bottom = max(bottom, max(sheet.geo[k].y1 for k in row))
    return body


def _a_next_header(sheet: Sheet, row: list[int]) -> bool:
    """A row of bare headers, two at least of them labels the lexicon knows, and no
    value among them ("Item | Mother | Child | Father"): the header of the next table
    printed under this one's rows, whose columns are its own, not this table's."""
    if len(row) < MIN_COLUMNS:
        return False
    kinds = [header_kind(sheet.texts[k]) for k in row]
    return all(heads for heads, _ in kinds) and sum(k is not None for _, k in kinds) >= 2


def _numbers_under_names(sheet: Sheet, headers: list[Column], row: list[int]) -> bool:
    """Small numbers ("9,16", "30.2") under a name's column: the cells change shape, a
    second table (a grid of measures keyed by the same people) runs on under the
    first's rows."""
    names = {c.header for c in headers if c.kind is ValueKind.NAME}
    for k in row:
        under = _under_one(sheet.geo[k], headers)
        at_name = len(under) == 1 and under[0].header in names
        if at_name and a_measure(ValueKind.NAME, sheet.texts[k]):
            return True
    return False


def _a_bare_header_row(sheet: Sheet, row: list[int]) -> bool:
    """A row of short words only, no number: the next table's header when the cells
    change shape right under it ("Locus | Mother | Child")."""
    return len(row) >= MIN_COLUMNS and all(
        not has_digit(sheet.texts[k]) and header_kind(sheet.texts[k])[0] for k in row
    )


def _a_table_row(sheet: Sheet, headers: list[Column], row: list[int]) -> bool:
    """No box of the row is a label (but a row header): a label among the cells is a
    form's field, the form goes on. No box runs across the table (a sentence, a
    footer); two cells read as one box have other boxes beside them on their row."""
    first = min(c.x0 for c in headers)
    width = max(c.x1 for c in headers) - first
    cells = _a_row_of_cells(sheet, headers, row)
    if _two_in_one_column(sheet, headers, row):
        return False
    for n, k in enumerate(row):
        text = sheet.texts[k]
        a_cells_word = cells and n > 0 and (_a_bare_word(text) or _a_remark(sheet, headers, k))
        labels = printed_labels(text)
        # A section's heading flush left under the table ("Mortgages") opens the next
        # section: no row header of this table's.
        labelled = labels and (
            n > 0 or row_header(sheet, k, first) is None or _a_heading(text, labels)
        )
        a_cells_word = a_cells_word or (
            cells and n > 0 and _its_columns_label(sheet, headers, k, labels)
        )
        if labelled and not a_cells_word:
            return False
        g = sheet.geo[k]
        if len(row) == 1 and len(under_headers(g, headers, 0.0)) >= 2:
            return False  # alone on its row, reaching under two headers: a footer
        if len(row) == 1 and 0 < item_number_end(text) < len(text.rstrip()):
            return False  # alone on its row after a question number: the form's next question
        if len(under_headers(g, headers)) >= 2 and g.x1 - g.x0 > _WIDE * width:
            return False
    return True


def _a_heading(text: str, labels: tuple[LabelMatch, ...]) -> bool:
    """A heading the lexicon knows, alone in its box."""
    return labels[0].kind is ValueKind.HEADING and not text[labels[0].value_start :].strip()


def _its_columns_label(
    sheet: Sheet, headers: list[Column], k: int, labels: tuple[LabelMatch, ...]
) -> bool:
    """A label of the kind its own column holds, with its value ("尾号5947" under a
    phone column): the cell's own word, not a form's next field."""
    under = _under_one(sheet.geo[k], headers)
    return bool(labels) and len(under) == 1 and labels[-1].kind is under[0].kind


def _a_remark(sheet: Sheet, headers: list[Column], k: int) -> bool:
    """A box under a free-text column only (a remark, a note): whatever it says, a
    label with its value among them ("过敏:芒果", "Pickup: Gran"), it is the cell's."""
    under = _under_one(sheet.geo[k], headers)
    return len(under) == 1 and under[0].kind is ValueKind.FREE_TEXT


def _a_row_of_cells(sheet: Sheet, headers: list[Column], row: list[int]) -> bool:
    """A row of boxes each under a header of its own, three at least, opening with no label:
    a word the lexicon knows as a label is then a cell's value ("Policyholder" under
    "Relationship"), not a form's field."""
    if len(row) < MIN_COLUMNS or printed_labels(sheet.texts[row[0]]):
        return False
    th = text_height(sheet, [c.header for c in headers])
    under = [_under_one(sheet.geo[k], headers) or _nearest(sheet.geo[k], headers, th) for k in row]
    if any(len(u) > 1 for u in under):
        return False
    # A short cell between two columns (a remark flush left of a centred header) is
    # under neither; the others each stand under a header of their own.
    placed = [u[0].header for u in under if u]
    return len(placed) >= MIN_COLUMNS and len(set(placed)) == len(placed)


def _two_in_one_column(sheet: Sheet, headers: list[Column], row: list[int]) -> bool:
    """A word and then a number under one header, each reaching under no other: a
    form's label and its value going on under the table ("Pitch | D31 | Unit |
    Tent"), not a row of its cells (a scribble the OCR read in pieces has no digit)."""
    words: dict[int, int] = {}  # header -> the word box under it
    for k in row:
        under = _under_one(sheet.geo[k], headers)
        if len(under) != 1:
            continue
        head = under[0].header
        text = sheet.texts[k]
        if head in words and has_digit(text):
            return True
        if header_kind(text)[0]:
            words.setdefault(head, k)
    return False


def _nearest(g: Geo, headers: list[Column], th: float) -> list[Column]:
    """The header a box under none stands nearest, within reach: a short cell flush
    left in a column whose header is centred ends just short of the header's box."""
    col = header_over(headers, g.x0, g.x1, th)
    return [col] if col is not None else []


def _under_one(g: Geo, headers: list[Column]) -> list[Column]:
    """The headers box ``g`` stands under; one it only grazes counts for none when it
    runs across another (a cell of a skewed scan reaching a little under its neighbour's
    header)."""
    touched = under_headers(g, headers, 0.0)
    return touched if len(touched) <= 1 else under_headers(g, headers)


def _a_bare_word(text: str) -> bool:
    """A label standing alone: no colon, nothing after it (no field with its value)."""
    labels = printed_labels(text)
    stripped = text.strip()
    return (
        len(labels) == 1
        and labels[0].start == 0
        and not stripped[labels[0].value_start :].strip()
        and not any(c in _COLONS for c in stripped)
    )


def row_header(sheet: Sheet, k: int, first: float) -> LabelMatch | None:
    """The label of line ``k``, when it opens a body row left of the first column and
    stands alone."""
    g = sheet.geo[k]
    if g.x1 > first + _REACH * g.th:
        return None
    labels = printed_labels(sheet.texts[k])
    if not labels or sheet.texts[k][labels[0].value_start :].strip():
        return None
    return labels[0]


def header_over(
    headers: list[Column], x0: float, x1: float, th: float, taken: set[int] | None = None
) -> Column | None:
    def overlap(c: Column) -> float:
        return min(x1, c.x1) - max(x0, c.x0)

    best = max(headers, key=overlap)
    if overlap(best) > 0:
        return best
    near = sorted((c for c in headers if -overlap(c) <= _REACH * th), key=overlap, reverse=True)
    if len(near) == 1:
        return near[0]
    free = [c for c in near if c.header not in (taken or ())]
    if len(near) >= 2 and len(free) == 1:
        return free[0]
    # Between two headers, a column clearly nearer one (a signature's ink spilling out
    # of its cell towards the next column) is that one's; else no header's.
    if len(near) >= 2 and -overlap(near[1]) >= _CLEARLY_NEARER * max(1.0, -overlap(near[0])):
        return near[0]
    return None
