"""Free-text fields: the personal words inside a memo, remark or purpose, masked one
by one; the field's label and the rest of its text stay readable.

A free-text label of the field lexicon (备注, 附言, "Remarks", "Purpose of payment")
announces a value that may hold anything. Its value is found where the form puts a
value (on the label's line after it, else beside it on its row, else stacked under
it: as ``label_values`` finds an announced value) and read word by word
(``text/free_text_words``).
"""

from __future__ import annotations

from redactor.core.detect.layout.number_labels import set_off_by_layout
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.layout.printed_labels import printed_labels
from redactor.core.detect.layout.value_lines import value_line
from redactor.core.detect.tables.field_lexicon import ValueKind
from redactor.core.detect.text.free_text_words import personal_words


def mask_free_text(sheet: Sheet) -> None:
    for i, text in enumerate(sheet.texts):
        labels = printed_labels(text)
        for n, m in enumerate(labels):
            if m.kind is not ValueKind.FREE_TEXT or not set_off_by_layout(text, m):
                continue
            end = labels[n + 1].start if n + 1 < len(labels) else len(text.rstrip())
            if text[m.value_start : end].strip():
                sheet.out[i].extend(personal_words(text, m.value_start, end))
                continue
            if end < len(text.rstrip()):
                continue  # the next label follows at once
            j = value_line(sheet, i)
            if j is not None:
                value = sheet.texts[j]
                sheet.out[j].extend(personal_words(value, 0, len(value.rstrip())))
