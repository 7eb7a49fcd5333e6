"""The label of a line the page's ruling places as one.

In a cell's top-left corner, or right before a row of character boxes, a line is a
label by where it stands: its printed labels are read as usual; and where the OCR
garbled part of a list of labels ("name, first name" with the second misread), the
lexicon's label opening the line stands for the whole line.
"""

from __future__ import annotations

from redactor.core.detect.layout.printed_labels import printed_labels
from redactor.core.detect.spans import normalize
from redactor.core.detect.tables.field_lexicon import LabelMatch, default_lexicon


def placed_label(text: str) -> tuple[tuple[LabelMatch, ...], int]:
    """The labels of a line placed as a label, opening it, and where the label ends
    (``((), 0)`` when the lexicon knows no label opening the line)."""
    text = normalize(text)
    found = printed_labels(text)
    end = max((m.end for m in found), default=0)
    if not found:
        found, end = (
            tuple(m for m in default_lexicon().find(text) if m.at_line_start)[:1],
            len(text),
        )
    if not found or found[0].start > 0:
        return (), 0
    return found, end
