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
* the **body** (table_rows.py) is the rows right under it, each close to the one
  above, until a row that is no table row: a label among its cells (the form goes on: "Date: …"; but
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
    a_measure,
    a_period_bound,
    a_phrase,
    a_room,
    a_trait,
    an_employer,
    goods_not_a_code,
    hotel_rooms,
)
from redactor.core.detect.layout.page import Geo, Sheet
from redactor.core.detect.layout.row_labels import values_beside_labels
from redactor.core.detect.layout.table_headers import (
    Column,
    header_line_below,
    header_row,
    printed_rows,
    text_height,
    under_headers,
)
from redactor.core.detect.layout.table_rows import body_rows, header_over, row_header
from redactor.core.detect.tables.field_lexicon import ValueKind
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.text.free_text_words import personal_words

RULE = "table_cell"
_NEIGHBOURS_SUM = patterns("layout", "table_columns")["neighbours_sum"]


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
        body = body_rows(sheet, headers, rows[top:])
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
            ordinary = (
                an_employer(kind, text)
                or a_room(kind, text)
                or a_phrase(kind, text)
                or a_measure(kind, text)
                or a_period_bound(kind, text)
            )
            if category is not None and not ordinary:
                start, end = _own_part(cell, text)
                mask_value(sheet, cell.line, start, end, category, RULE)


def announced_cells(tables: tuple[Table, ...]) -> frozenset[int]:
    """The cells under a header announcing personal data (a name's, an address's):
    a short word there is that person's (a baptismal name under "圣名"), not a
    roster's code or tick (label_trim.py)."""
    return frozenset(
        cell.line
        for table in tables
        for cell in table.cells
        if (kind := table.kind(cell)) is not None
        and kind is not ValueKind.FREE_TEXT
        and announces(kind) is not None
    )


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


def readable_cells(sheet: Sheet, tables: tuple[Table, ...]) -> dict[int, ValueKind | None]:
    """Lines the form says are no personal value: the cells of non-personal columns
    (with their column's kind) of ``tables`` (the page's, ``read_tables``), the headers
    (``None``: the whole box), and the values boxed beside a non-personal label on its
    row (row_labels.py)."""
    out: dict[int, ValueKind | None] = {
        j: kind
        for j, kind in values_beside_labels(sheet).items()
        if kind.category is None and kind is not ValueKind.HEADING
    }
    for table in tables:
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
                or a_measure(kind, sheet.texts[cell.line])
                or a_period_bound(kind, sheet.texts[cell.line])
                or goods_not_a_code(kind, sheet.texts[cell.line])
            ):
                out[cell.line] = kind  # free text: all but its personal words
    return out


# --------------------------------------------------------------------------- columns


def _table(sheet: Sheet, headers: list[Column], body: list[list[int]]) -> Table | None:
    first = min(c.x0 for c in headers)
    th = text_height(sheet, [c.header for c in headers])
    row_headers: list[int] = []
    row_of: dict[int, ValueKind | None] = {}
    boxes: list[list[int]] = []
    for row in body:
        label = row_header(sheet, row[0], first)
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
        col = header_over(headers, x0, x1, th, taken)
        if col is not None:
            out.update((j, (col,)) for j in grp)
    return out


def _overlap(a: Geo, b: Geo) -> float:
    return min(a.x1, b.x1) - max(a.x0, b.x0)
