"""The customer's name a take-away or collection ticket is called by.

A food-order sticker or a queue ticket prints the customer's first name large, with
no label, right over the short code the order is called by ("#K551"). The name is
masked when it is the line right above such a code, set in larger print than the
code, and reads as one to three words of letters that no label, heading, shop word
or boilerplate explains; the code stays readable.
"""

from __future__ import annotations

from redactor.core.detect.charclass import has_digit
from redactor.core.detect.layout.captions_under import line_over
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.field_lexicon import default_lexicon
from redactor.core.detect.tables.lexicon import boilerplate
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.text.names import is_business
from redactor.core.models import Category

RULE = "called_name"
_SCORE = 0.7
_SHAPES = patterns("layout", "called_names")
#: The name is printed at least this much taller than the code under it.
_LARGER = 1.15
#: A sticker centres its lines: the name may start this many of the code's text
#: heights left of the shorter code.
_CENTRED = 4.0


def mask_called_names(sheet: Sheet) -> None:
    for j, code in enumerate(sheet.texts):
        if not _SHAPES["call_code"].fullmatch(code) or not has_digit(code):
            continue
        i = line_over(sheet, j, slack=_CENTRED)
        if i is None or sheet.out[i]:
            continue
        text = sheet.texts[i]
        if sheet.geo[i].th < _LARGER * sheet.geo[j].th or not _reads_as_a_name(text):
            continue
        start = len(text) - len(text.lstrip())
        sheet.out[i].append(Span(start, len(text.rstrip()), Category.NAME, _SCORE, RULE))


def _reads_as_a_name(text: str) -> bool:
    if not _SHAPES["called_name"].fullmatch(text):
        return False
    return not (default_lexicon().find(text) or is_business(text) or boilerplate(text))
