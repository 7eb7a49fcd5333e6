"""A label opening its line with no colon, known by the shape of the value after it.

"Address 224 Station Road", "2.2 Surname Scott", "Vehicle reg. <plate>": a form prints
the label and the value is written after it on the line, no colon between. A step
that masks the whole line (a person's block, an address shape that runs from the
line's start) covers the label with its value. When the rest of the line has the
shape of what the label announces (an address after an address label, capitalised
words after a name label, one number after an ID's label), the word is
the value's label and stays readable (``label_trim``); the value stays masked.
"""

from __future__ import annotations

from redactor.core.detect.layout.printed_labels import label_span
from redactor.core.detect.tables.field_lexicon import LabelMatch
from redactor.core.detect.tables.label_finder import item_number_before
from redactor.core.detect.tables.lexicon import boilerplate
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.text.addresses import looks_like_address
from redactor.core.models import Category

_SHAPES = patterns("layout", "opening_labels")
_NAME_VALUE = _SHAPES["name_value"]
_CODE_VALUE = _SHAPES["code_value"]
_QUESTION_NUMBER = _SHAPES["question_number"]


def value_shaped_as(category: Category, value: str, later: tuple[LabelMatch, ...]) -> bool:
    """``value``, all of the line after a label of ``category``, has that category's
    shape (``later``: the lexicon's other matches on the line, after the label)."""
    if category is Category.ADDRESS:
        return looks_like_address(value)  # its street and town words may be labels too
    if later:
        return False  # a second field on the line: its value is not this label's
    if category is Category.NAME:
        return _NAME_VALUE.fullmatch(value) is not None and not boilerplate(value)
    if category is Category.ID_NUMBER:
        # (not a door: "Flat 28" is the door whole, its word part of the value)
        return _CODE_VALUE.fullmatch(value) is not None
    return False


def opens_line(text: str, m: LabelMatch) -> bool:
    """Label ``m`` opens its line, or follows the line's question number ("2.2 ")."""
    return m.at_line_start or (
        item_number_before(text, m.start) or _QUESTION_NUMBER.fullmatch(text[: m.start]) is not None
    )


def closed_by_space(gap: str) -> bool:
    """What parts a label from its value is a space, after an abbreviation's dot
    ("Vehicle reg. <plate>"); a label glued to the value is a word of it."""
    return " " in gap and not gap.strip(" .")


def numbered_label_span(m: LabelMatch, text: str) -> tuple[int, int]:
    """The label's characters with the question number before it, when one is."""
    if m.start and _QUESTION_NUMBER.fullmatch(text[: m.start]) is not None:
        return 0, m.value_start
    return label_span(m, text)
