"""A table's column of people, told by its values when its header is one the lexicon lacks.

A log prints who did each row's work in a column of its own: the nurse who gave each
dose, the man who brought each delivery, the clerk of each visit. Its header may be
any word of the trade ("接种者", "送气工", "Given by") and the field lexicon cannot
know them all; the cells themselves say what they hold. A column whose header the
lexicon lacks (table_columns.py reads the table) is a column of people when most of
its cells, two at least, are shaped like a person's name:

* Chinese: a common surname, then one or two characters given names are commonly
  made of (three after a compound surname), or a word a person is called by in place
  of a given name ("<surname>师傅");
* Latin script: one to three words, the first a common given name
  (``tables/names.toml [given_names]``), no digit.

Its cells are then masked whole, fail closed (a cell the OCR misread is a name all the
same), but for cells with no letter (a dash, a tick). A column of places, of vaccines
or of products has few cells shaped so and stays readable; so does the header.
"""

from __future__ import annotations

import re

from redactor.core.detect.layout.label_values import mask_value
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.layout.table_columns import Column, Table, read_tables
from redactor.core.detect.tables.label_finder import fold
from redactor.core.detect.tables.lexicon import boilerplate, table
from redactor.core.detect.text.names import CN_COMPOUND, is_business, surname_length
from redactor.core.models import Category

RULE = "name_column"
_NAMES = table("names")
_GIVEN = frozenset(_NAMES["free_text"]["given"])
_LATIN_GIVEN = frozenset(fold(n) for n in _NAMES["given_names"]["latin"])
_CN_TITLES = tuple(_NAMES["given_names"]["cn_titles"])
#: Of a column's cells, the share and the least number shaped like names.
_SHARE = 0.6
_LEAST = 2
_LATIN_WORD = re.compile(r"[^\W\d_][\w.'\-]*")


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


def looks_like_listed_name(text: str) -> bool:
    """A table cell holding a person's name and nothing else (see the module's notes)."""
    t = text.strip()
    if not t or any(c.isdigit() for c in t) or is_business(t) or boilerplate(t):
        return False
    if "\u4e00" <= t[0] <= "\u9fff":
        return _cn_name(t)
    words = t.split()
    return (
        1 <= len(words) <= 3
        and all(_LATIN_WORD.fullmatch(w) for w in words)
        and fold(words[0]).rstrip(".") in _LATIN_GIVEN
    )


def _cn_name(t: str) -> bool:
    surname = surname_length(t)
    if not surname:
        return False
    given = t[surname:]
    if given in _CN_TITLES:
        return True
    most = 3 if t[:surname] in CN_COMPOUND else 2
    return 1 <= len(given) <= most and all(c in _GIVEN for c in given)
