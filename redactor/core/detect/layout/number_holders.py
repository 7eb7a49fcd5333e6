"""The holder printed beside their number: "<ID number> <name>", "<name> <mobile>".

Tickets, ID copies and check-in slips print the holder's name right after the ID
number, often without a label; order pages and waybills print the recipient's name
right before their mobile. The name may be read badly (a surname and junk) or boxed
taller than the number. Once the number is found, the short text beside it on its
row is the holder's name (fail closed), unless it is positively something else: a
field label, money, a date, boilerplate or a business name.
"""

from __future__ import annotations

import re

from redactor.core.detect.layout.labels import names_the_business
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.lexicon import boilerplate
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.text.id_numbers import IBAN, IBAN_AFTER_WORD, UK_SORT_ACCOUNT
from redactor.core.detect.text.names import is_business
from redactor.core.detect.text.numbers import MOBILE_RULES
from redactor.core.models import Category

_SHAPES = patterns("layout", "number_holders")

_RULE = "id_holder"
_PHONE_RULE = "phone_holder"
_MAX_CHARS = 8  # a name, or what OCR made of one; longer text is something else
_REACH = 3.0  # the name follows the number within this many text heights
# A name has letters (of any script) and no number of its own.
_LETTER = re.compile(r"[^\W\d_]")
_NUMBER = _SHAPES["number"]
_NOT_A_NAME = _SHAPES["not_a_name"]  # a label, money, a date
_SEPARATOR = " \t,;|/-_"
# A bank account is followed by the payment's purpose or reference ("IBAN DE.. Miete",
# "<sort code> <account> REF"), its holder named before it: no holder after it.
_ACCOUNTS = frozenset({IBAN, IBAN_AFTER_WORD, UK_SORT_ACCOUNT})


def mask_id_holders(sheet: Sheet) -> None:
    for i, text in enumerate(sheet.texts):
        ends = [
            s.end
            for s in sheet.out[i]
            if s.category is Category.ID_NUMBER and s.rule not in _ACCOUNTS
        ]
        if not ends:
            continue
        end = max(ends)
        tail = text[end:]
        if tail.strip(_SEPARATOR):
            # The name read into the number's own box.
            start = end + len(tail) - len(tail.lstrip(_SEPARATOR))
            if holder_name(text[start:]):
                sheet.out[i].append(Span(start, len(text.rstrip()), Category.NAME, 0.6, _RULE))
            continue
        j = sheet.value_beside(i)
        if (
            j is not None
            and sheet.gap(i, j) < _REACH * sheet.geo[i].th
            and not sheet.fields[j]
            and not sheet.out[j]
            and holder_name(sheet.texts[j])
        ):
            sheet.out[j].append(
                Span(0, len(sheet.texts[j].rstrip()), Category.NAME, 0.6, _RULE, joins=i)
            )


# Phones that belong to a person: mobiles, whole or masked (a shop prints landlines).
def mask_phone_holders(sheet: Sheet) -> None:
    for i, text in enumerate(sheet.texts):
        starts = [s.start for s in sheet.out[i] if s.rule in MOBILE_RULES]
        if not starts or sheet.fields[i]:
            continue
        start = min(starts)
        head = text[:start]
        if any(s.start < start for s in sheet.out[i]):
            continue  # the text before the number was judged already (a name, a code)
        if head.strip(_SEPARATOR):
            # The name read into the phone's own box.
            name = head.rstrip(_SEPARATOR)
            lead = len(name) - len(name.lstrip())
            if holder_name(name, misread_digits=True):
                sheet.out[i].append(Span(lead, len(name), Category.NAME, 0.6, _PHONE_RULE))
            continue
        j = _before_on_row(sheet, i)
        if (
            j is not None
            and not sheet.fields[j]
            and not sheet.out[j]
            and holder_name(sheet.texts[j], misread_digits=True)
        ):
            sheet.out[j].append(
                Span(0, len(sheet.texts[j].rstrip()), Category.NAME, 0.6, _PHONE_RULE)
            )


def _before_on_row(sheet: Sheet, i: int) -> int | None:
    """The nearest box on line ``i``'s row that stands before it (its middle before the
    line's start: a name boxed tall may overlap the number's box a little)."""
    g = sheet.geo[i]
    best = None
    for k, c in enumerate(sheet.geo):
        if k == i or (c.x0 + c.x1) / 2 >= g.x0 or g.x0 - c.x1 > _REACH * g.th:
            continue
        if not g.same_row(c):
            continue
        if best is None or c.x1 > sheet.geo[best].x1:
            best = k
    return best


def holder_name(text: str, misread_digits: bool = False) -> bool:
    """``misread_digits``: a name opening with a letter may hold digits OCR made of its
    other characters (before a mobile nothing else is printed: a train number or a seat
    follows an ID number, so there digits say it is no name)."""
    t = text.strip()
    return (
        0 < len(t.replace(" ", "")) <= _MAX_CHARS
        and bool(_LETTER.search(t))
        and (not _NUMBER.search(t) or (misread_digits and bool(_LETTER.match(t))))
        and not _NOT_A_NAME.search(t)
        and not boilerplate(t)
        and not is_business(t)
        and not names_the_business(t)  # "客服 <mobile>": the shop's service line
    )
