"""The holder printed beside their ID number: "<ID number> <name>" on one row.

Tickets, ID copies and check-in slips print the holder's name right after the ID
number, often without a label, and the name may be read badly (a surname and junk)
or boxed taller than the number. Once the number is found, the short text that
follows it on its row is the holder's name (fail closed), unless it is positively
something else: a field label, money, a date, boilerplate or a business name.
"""

from __future__ import annotations

import re

from redactor.core.detect.lexicon import boilerplate
from redactor.core.detect.names import is_business
from redactor.core.detect.sheet import Sheet
from redactor.core.detect.spans import Span
from redactor.core.models import Category

_RULE = "id_holder"
_MAX_CHARS = 8  # a name, or what OCR made of one; longer text is something else
_REACH = 3.0  # the name follows the number within this many text heights
# A name has letters (of any script) and no number of its own.
_LETTER = re.compile(r"[^\W\d_]")
_NUMBER = re.compile(r"\d{3}")
_NOT_A_NAME = re.compile(
    r"[:：]|[¥$€£₹]|\d[.,]\d{2}\b|\d{1,4}[-/.年月]\d{1,2}"  # a label, money, a date
)
_SEPARATOR = " \t,;|/-_"


def mask_id_holders(sheet: Sheet) -> None:
    for i, text in enumerate(sheet.texts):
        ends = [s.end for s in sheet.out[i] if s.category is Category.ID_NUMBER]
        if not ends:
            continue
        end = max(ends)
        tail = text[end:]
        if tail.strip(_SEPARATOR):
            # The name read into the number's own box.
            start = end + len(tail) - len(tail.lstrip(_SEPARATOR))
            if _holder_name(text[start:]):
                sheet.out[i].append(Span(start, len(text.rstrip()), Category.NAME, 0.6, _RULE))
            continue
        j = sheet.value_beside(i)
        if (
            j is not None
            and sheet.gap(i, j) < _REACH * sheet.geo[i].th
            and not sheet.fields[j]
            and not sheet.out[j]
            and _holder_name(sheet.texts[j])
        ):
            sheet.out[j].append(
                Span(0, len(sheet.texts[j].rstrip()), Category.NAME, 0.6, _RULE, joins=i)
            )


def _holder_name(text: str) -> bool:
    t = text.strip()
    return (
        0 < len(t.replace(" ", "")) <= _MAX_CHARS
        and bool(_LETTER.search(t))
        and not _NUMBER.search(t)
        and not _NOT_A_NAME.search(t)
        and not boilerplate(t)
        and not is_business(t)
    )
