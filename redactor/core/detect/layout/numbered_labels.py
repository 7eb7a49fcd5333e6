"""A form's numbered question inside a person's block is no value.

Forms number their fields ("11. Flight No.:", "(3) Name", "三、住址"). The number's
digit made a block take the line for an address, its label with it, when the OCR
misread the label past the lexicon or printed it in a second language the lexicon
matched only half of ("<number>. <label> / <label>:"). After the number, a caption
closed by its colon, or one closed by a slash right before a label the lexicon read
(the same label in another language), is the question, never its answer. Any other
run is judged whole, its number with it (a numbered heading, "2. <the party>", read
as a name would be repeated over the page).
"""

from __future__ import annotations

from collections.abc import Sequence

from redactor.core.detect.charclass import has_digit
from redactor.core.detect.tables.patterns import patterns

_ITEM_NUMBER = patterns("layout", "item_numbers")["item_number"]
_COLONS = ":："
_HALVES = "/|"  # what parts a label's two languages


def is_numbered_question(text: str, a: int, b: int, label_starts: Sequence[int]) -> bool:
    """``text[a:b]`` opens its line with a question's number and is the question
    itself: the number alone, or with a caption closed by a colon or by a slash before
    a label at ``label_starts``."""
    if text[:a].strip():
        return False  # a question's number opens its line
    m = _ITEM_NUMBER.match(text, a, b)
    if m is None or not has_digit(m.group(0)) or has_digit(text[m.end() : b]):
        return False
    rest = text[m.end() : b].rstrip()
    if not rest or rest[-1] in _COLONS:
        return True
    return rest[-1] in _HALVES and any(
        s >= b and not text[b:s].strip(" " + _HALVES) for s in label_starts
    )
