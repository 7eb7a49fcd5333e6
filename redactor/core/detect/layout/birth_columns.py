"""Dates of birth down a table's column: a "Date of birth" header standing alone over
a column of dates ("Fecha de nacimiento", "Date de naissance", "Geburtsdatum"), one
per row, the children of a parenting plan, the passengers of a manifest.

The label's own step masks the line right under it; the rows below are the same
column's, and each date in it is a person's date of birth. The column is read down
while its cells are dates in digits (``[dates] numeric_date`` of numbers.toml) stacked
with no wide gap; the first cell that is no date ends it (a total, the next label).
Only a birth label announces so: a column of dates under "Date" or "Due" is no one's.
"""

from __future__ import annotations

from redactor.core.detect.layout.label_values import announces, mask_value
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.layout.printed_labels import printed_labels
from redactor.core.detect.tables.field_lexicon import ValueKind
from redactor.core.detect.tables.patterns import patterns

RULE = "birth_columns"
_DATE = patterns("numbers", "dates")["numeric_date"]
#: The most rows of one table read under its header.
_MAX_ROWS = 40


def mask_birth_columns(sheet: Sheet) -> None:
    for i, text in enumerate(sheet.texts):
        labels = printed_labels(text)
        if len(labels) != 1 or labels[0].kind is not ValueKind.BIRTH_DATE:
            continue
        m = labels[0]
        if text[: m.start].strip() or text[m.end :].strip(" :："):
            continue  # a label with words or a value beside it heads no column
        category = announces(m.kind)
        if category is None:
            continue
        head = sheet.geo[i]
        for j in sheet.lines_below(i, _MAX_ROWS):
            cell, box = sheet.texts[j].strip(), sheet.geo[j]
            if box.x1 <= head.x0 or box.x0 >= head.x1 or not _DATE.fullmatch(cell):
                break  # out of the header's column (a sentence's date), or no date
            start = sheet.texts[j].index(cell)
            mask_value(sheet, j, start, start + len(cell), category, RULE)
