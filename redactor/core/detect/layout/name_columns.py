"""A table's column of people, told by its values when its header is one the lexicon lacks.

A log prints who did each row's work in a column of its own: the nurse who gave each
dose, the man who brought each delivery, the clerk of each visit. Its header may be
any word of the trade ("接种者", "送气工", "Given by") and the field lexicon cannot
know them all; the cells themselves say what they hold. A column whose header the
lexicon lacks (table_columns.py reads the table) is a column of people when most of
its cells, two at least, are shaped like a person's name (text/listed_names.py: a
common surname and given-name characters, or a common Latin given name).

Its cells are then masked whole, fail closed (a cell the OCR misread is a name all the
same), but for cells with no letter (a dash, a tick). A column of places, of vaccines
or of products has few cells shaped so and stays readable; so does the header.
"""

from __future__ import annotations

from redactor.core.detect.layout.label_values import mask_value
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.layout.table_columns import Table, read_tables
from redactor.core.detect.layout.table_headers import Column
from redactor.core.detect.text.listed_names import looks_like_listed_name
from redactor.core.models import Category

RULE = "name_column"
#: Of a column's cells, the share and the least number shaped like names.
_SHARE = 0.6
_LEAST = 2


def mask_name_columns(sheet: Sheet) -> None:
    for tab in read_tables(sheet):
        for col in tab.columns:
            if col.kind is not None:
                continue  # the header says what the column holds (table_columns.py)
            cells = _cells(sheet, tab, col)
            named = sum(looks_like_listed_name(sheet.texts[k]) for k in cells)
            if named < _LEAST or named < _SHARE * len(cells):
                continue
            for k in cells:
                text = sheet.texts[k]
                if any(c.isalpha() for c in text):
                    mask_value(sheet, k, 0, len(text), Category.NAME, RULE)


def _cells(sheet: Sheet, tab: Table, col: Column) -> list[int]:
    """The column's own cells with some text (not those read as one box with a
    neighbour's, nor a row whose own header says what it holds)."""
    return [
        c.line
        for c in tab.cells
        if c.columns == (col,) and c.row_header is None and sheet.texts[c.line].strip()
    ]
