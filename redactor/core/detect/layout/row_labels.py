"""A form's grid of fields: a label in a box of its own, its value in the next box on
its row ("科别 | <a department>", "Specimen | <a sample type>"), label and value
repeating across the row.

What the label announces is what the box holds (``label_beside`` finds the label):
``label_values`` masks the value of a personal label; here, the value of a
non-personal one is handed to ``label_trim``, which keeps it readable whatever block
masked the row (unless the value has a strong personal shape).
"""

from __future__ import annotations

from redactor.core.detect.layout.label_beside import label_beside
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.layout.printed_labels import printed_labels
from redactor.core.detect.tables.field_lexicon import ValueKind


def values_beside_labels(sheet: Sheet) -> dict[int, ValueKind]:
    """Each box that is the value of a label boxed alone to its left: that label's kind."""
    out: dict[int, ValueKind] = {}
    for j, text in enumerate(sheet.texts):
        if printed_labels(text):
            continue
        label = label_beside(sheet, j)
        if label is not None:
            out[j] = label.kind
    return out
