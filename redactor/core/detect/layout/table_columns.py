"""Tables: a header row of labels names the columns, and the cells under it are theirs.

A table prints its labels once, in a row of short boxes over the columns ("序号 |
姓名 | 电话 | 金额", "Test | Result | Unit"), then rows of values aligned under them;
on the left a column of row headers may name each row ("付款人", "Payee"). Read from
the page's geometry alone:

* a **header row** (table_headers.py) is a printed row of at least three short boxes with no digits or
  colon, most of them labels the field lexicon knows standing alone (a unit in
  brackets may follow: "金额(元)"), none a label with its value; a row of such
  boxes right under it, each under one header, is the headers' further line (one
  language printed over the other: "姓名" over "Name");
* the **body** is the rows right under it, each close to the one above, until a row
  that is no table row: a label among its cells (the form goes on: "Date: …"; but
  not one of its own column's kind, "尾号5947" under a phone column), a box across
  most of the table, or alone on its row under two headers (a sentence,
  a footer); two neighbouring cells the OCR read as one box belong to both columns;
* a **row header** is a label standing alone at a body row's start, left of the
  first column;
* **columns**: the body's boxes are gathered by overlapping spans across rows (a
  right-aligned number and a left-aligned name under a centred header do not
  overlap the header, but their column does), and each such column goes to the
  header it overlaps most, or, overlapping none, to the nearest within reach.

Each cell then says what its column's header announces: ``mask_table_columns``
masks every cell of a personal column whatever its shape (fail closed), and
``label_trim`` gives back the cells of non-personal columns and the headers.
"""

from __future__ import annotations

from dataclasses import dataclass

from redactor.core.detect.layout.label_values import announces, mask_value
from redactor.core.detect.layout.ordinary_cells import (
    a_phrase,
    a_room,
    a_trait,
    an_employer,
    goods_not_a_code,
    hotel_rooms,
)
from redactor.core.detect.layout.page import Geo, Sheet
from redactor.core.detect.layout.printed_labels import printed_labels
from redactor.core.detect.layout.row_labels import values_beside_labels
from redactor.core.detect.layout.table_headers import (
    MIN_COLUMNS,
    Column,
    header_kind,
    header_line_below,
    header_row,
    headers_bottom,
    printed_rows,
    text_height,
    under_headers,
)
from redactor.core.detect.tables.field_lexicon import LabelMatch, ValueKind
from redactor.core.detect.tables.label_finder import item_number_end
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.text.free_text_words import personal_words
from redactor.core.detect.text.prose import is_prose

RULE = "table_cell"
_NEIGHBOURS_SUM = patterns("layout", "table_columns")["neighbours_sum"]
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


@dataclass(frozen=True, slots=True)
class Cell:
    line: int
    # The columns it stands under: one, none (a row header's value on its own), or
    # more when the OCR read two neighbouring cells as one box.
    columns: tuple[Column, ...]
    row_header: ValueKind | None  # what the row's own label announces, if it has one


@dataclass(frozen=True, slots=True)
class Table:
    columns: tuple[Column, ...]
    cells: tuple[Cell, ...]
    row_headers: tuple[int, ...]  # lines of the row headers

    def kind(self, cell: Cell) -> ValueKind | None:
        """What a cell holds. A row header of a non-personal kind makes a row of its own
        ("Amount" across a table of payer and payee); a personal one says whose the
        row is, and the column's header what each cell is ("Payer" × "Account no")."""
        row = cell.row_header
        if row is not None and row.category is None:
            return row
        kinds = [c.kind for c in cell.columns if c.kind is not None]
        # Cells read as one box: personal if any of their columns is (fail closed),
        # readable only if every column is named and none is personal.
        personal = [k for k in kinds if k.category is not None]
        if personal:
            return min(personal, key=lambda k: announces(k) is None)
        if kinds and len(kinds) == len(cell.columns):
            return kinds[0]
        return row


def read_tables(sheet: Sheet) -> tuple[Table, ...]:
    """The page's tables, top to bottom."""
    rows = printed_rows(sheet.geo)
    tables: list[Table] = []
    used: set[int] = set()
    for n, row in enumerate(rows):
        if n in used:
            continue
        headers = header_row(sheet, row)
        if headers is None:
            continue
        top = n + 1
        while top < len(rows) and (more := header_line_below(sheet, headers, rows[top])):
            headers, top = more, top + 1
        body = _body_rows(sheet, headers, rows[top:])
        table = _table(sheet, headers, body)
        if table is not None:
            tables.append(table)
            used.update(range(n, top + len(body)))
    return tuple(tables)


def mask_table_columns(sheet: Sheet) -> None:
    """Every cell of a column (or row) whose header announces personal data, whole; a
    free-text column's cells (a visit's purpose, a remark) word by word."""
    for table in read_tables(sheet):
        rooms = _rooms_let(sheet, table)
        for cell in table.cells:
            kind = table.kind(cell)
            text = sheet.texts[cell.line]
            if cell.line in rooms:
                continue
            if kind is ValueKind.FREE_TEXT:
                sheet.out[cell.line].extend(personal_words(text, 0, len(text.rstrip())))
                continue
            category = announces(kind) if kind is not None else None
            ordinary = an_employer(kind, text) or a_room(kind, text) or a_phrase(kind, text)
            if category is not None and not ordinary:
                start, end = _own_part(cell, text)
                mask_value(sheet, cell.line, start, end, category, RULE)


def _own_part(cell: Cell, text: str) -> tuple[int, int]:
    """The part of a cell that is its personal column's: of two cells the OCR read as
    one box, a sum at either end is the neighbouring amount column's (a statement's
    balance beside the other party's name)."""
    start, end = 0, len(text)
    if len(cell.columns) < 2:
        return start, end
    for m in _NEIGHBOURS_SUM.finditer(text):
        if m.start() == 0 or not text[: m.start()].strip():
            start = m.end()
        else:
            end = m.start()
    return start, end


def _rooms_let(sheet: Sheet, table: Table) -> frozenset[int]:
    return hotel_rooms(sheet.texts, ((c.line, c.columns) for c in table.cells))


def readable_cells(sheet: Sheet) -> dict[int, ValueKind | None]:
    """Lines the form says are no personal value: the cells of non-personal columns
    (with their column's kind), the headers (``None``: the whole box), and the
    values boxed beside a non-personal label on its row (row_labels.py)."""
    out: dict[int, ValueKind | None] = {
        j: kind
        for j, kind in values_beside_labels(sheet).items()
        if kind.category is None and kind is not ValueKind.HEADING
    }
    for table in read_tables(sheet):
        for col in table.columns:
            # A header box holds no value (a label with its value heads no column),
            # whatever it announces: the whole box stays readable.
            out[col.header] = None
            out.update(dict.fromkeys(col.below))
        out.update(dict.fromkeys(_rooms_let(sheet, table), ValueKind.DOOR))
        for cell in table.cells:
            kind = table.kind(cell)
            if (
                kind is ValueKind.FREE_TEXT
                or (kind is not None and kind.category is None and kind is not ValueKind.HEADING)
                or a_trait(kind, sheet.texts[cell.line])
                or a_room(kind, sheet.texts[cell.line])
                or a_phrase(kind, sheet.texts[cell.line])
                or goods_not_a_code(kind, sheet.texts[cell.line])
            ):
                out[cell.line] = kind  # free text: all but its personal words
    return out


# ------------------------------------------------------------------- rows and headers


def _body_rows(sheet: Sheet, headers: list[Column], rows: list[list[int]]) -> list[list[int]]:
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
        body.append(row)
        bottom = max(bottom, max(sheet.geo[k].y1 for k in row))
    return body


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
        labelled = labels and (n > 0 or _row_header(sheet, k, first) is None)
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
        if head in words and any(c.isdigit() for c in text):
            return True
        if header_kind(text)[0]:
            words.setdefault(head, k)
    return False


def _nearest(g: Geo, headers: list[Column], th: float) -> list[Column]:
    """The header a box under none stands nearest, within reach: a short cell flush
    left in a column whose header is centred ends just short of the header's box."""
    col = _header_over(headers, g.x0, g.x1, th)
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


# --------------------------------------------------------------------------- columns


def _table(sheet: Sheet, headers: list[Column], body: list[list[int]]) -> Table | None:
    first = min(c.x0 for c in headers)
    th = text_height(sheet, [c.header for c in headers])
    row_headers: list[int] = []
    row_of: dict[int, ValueKind | None] = {}
    boxes: list[list[int]] = []
    for row in body:
        label = _row_header(sheet, row[0], first)
        row_cells = row[1:] if label is not None else row
        if label is not None:
            row_headers.append(row[0])
        for k in row_cells:
            row_of[k] = label.kind if label and label.kind is not ValueKind.HEADING else None
        boxes.append(row_cells)
    column_of = _columns(sheet, headers, boxes, th)
    cells = tuple(Cell(k, column_of.get(k, ()), row_of[k]) for row in boxes for k in row)
    spread = [{c.header for k in row for c in column_of.get(k, ())} for row in boxes]
    if not any(len(u) >= 2 for u in spread):
        return None  # no row spreads over the columns: no table
    return Table(tuple(headers), cells, tuple(row_headers))


def _row_header(sheet: Sheet, k: int, first: float) -> LabelMatch | None:
    """The label of line ``k``, when it opens a body row left of the first column and
    stands alone."""
    g = sheet.geo[k]
    if g.x1 > first + _REACH * g.th:
        return None
    labels = printed_labels(sheet.texts[k])
    if not labels or sheet.texts[k][labels[0].value_start :].strip():
        return None
    return labels[0]


def _columns(
    sheet: Sheet, headers: list[Column], rows: list[list[int]], th: float
) -> dict[int, tuple[Column, ...]]:
    """Each body box's columns: a box across several has them all; the others are
    gathered across rows by overlap, then matched to a header."""
    out: dict[int, tuple[Column, ...]] = {}
    groups: list[list[int]] = []
    for row in rows:
        for k in row:
            g = sheet.geo[k]
            if len(across := under_headers(g, headers)) >= 2:
                out[k] = tuple(across)
                continue
            joined = [
                grp
                for grp in groups
                if any(_overlap(g, sheet.geo[j]) > 0 for j in grp)
                and not any(j in row for j in grp)
            ]
            if len(joined) == 1:
                joined[0].append(k)
            else:
                groups.append([k])  # alone, or between two columns: its own group
    spans = [
        (min(sheet.geo[j].x0 for j in grp), max(sheet.geo[j].x1 for j in grp)) for grp in groups
    ]
    # Columns under their header first: a header with a column of its own leaves the
    # column between it and its neighbour to the neighbour (names flush left of a
    # centred "Guest 1", right of a room type's column).
    taken = {c.header for x0, x1 in spans for c in headers if min(x1, c.x1) > max(x0, c.x0)}
    for grp, (x0, x1) in zip(groups, spans, strict=True):
        col = _header_over(headers, x0, x1, th, taken)
        if col is not None:
            out.update((j, (col,)) for j in grp)
    return out


def _header_over(
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


def _overlap(a: Geo, b: Geo) -> float:
    return min(a.x1, b.x1) - max(a.x0, b.x0)
