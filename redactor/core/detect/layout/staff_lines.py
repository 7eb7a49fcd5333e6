"""Staff lines on a receipt: who served the table or rang up the sale.

Tills print the server or cashier who took the order at the foot of the shop's header,
often without a label: a staff number and a first name (and an initial or surname),
on one line, or the name alone under the till's or the server's code.
The header is the shop's own and stays readable; these lines are a person's.

Anywhere on the ticket (often among the card slip's codes, the table and the covers,
under the customer's part), a till names its server with the role cut short and no
colon, after the name as often as before it ("<name> SVR", "CSHR <name>"): the name is
a person's, the role word stays readable. No customer's block reaches down there
(``receipt_customer.customer_part`` stops at the ticket's body), so the line is read
for what it is.
"""

from __future__ import annotations

import re

from redactor.core.detect.layout.labels import find_fields
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.layout.person_blocks import receipt_header
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.field_lexicon import default_lexicon
from redactor.core.detect.tables.lexicon import NON_PERSONAL_LABELS, boilerplate, table
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.tables.text_folding import fold
from redactor.core.detect.text.addresses import looks_like_address
from redactor.core.detect.text.names import is_business
from redactor.core.detect.text.not_personal import MONEY
from redactor.core.models import Category

_SHAPES = patterns("layout", "staff_lines")

# A staff number (4+ digits: a quantity has fewer) and one or two capitalised words.
_STAFF = _SHAPES["staff"]
_RULE = "header_staff"
_ROLE_RULE = "staff_role"
# A till, terminal or staff code: capitals, digits and dashes, with a digit in it.
_CODE = _SHAPES["code"]
# A first name alone (and an initial).
_FIRST_NAME = re.compile(r"\s*[A-Z][a-z]{2,14}(?:\s+[A-Z]\.?)?\s*")
_STAFF_ROLES = frozenset(fold(w) for w in table("names")["roles"]["staff"])
# A name as a till prints it: one or two words of letters (any Latin script), each
# opening with a capital, the first of two or more letters.
_TILL_NAME = _SHAPES["till_name"]


def mask_staff_lines(sheet: Sheet) -> None:
    _names_under_codes(sheet)
    _names_beside_roles(sheet)
    for k in receipt_header(sheet):
        text = sheet.texts[k]
        m = _STAFF.fullmatch(text)
        if not m or is_business(m.group(2)) or boilerplate(m.group(2)) or looks_like_address(text):
            continue
        sheet.out[k].append(Span(m.start(1), m.end(1), Category.ID_NUMBER, 0.6, _RULE))
        sheet.out[k].append(Span(m.start(2), m.end(2), Category.NAME, 0.6, _RULE))


def _names_under_codes(sheet: Sheet) -> None:
    """Above a receipt's first price, a first name alone on its row right under a till
    or staff code is the server's (a field label there, "Date", is not)."""
    prices = [sheet.geo[k].y0 for k, t in enumerate(sheet.texts) if MONEY.search(t)]
    if not prices:
        return
    top = min(prices)
    for k, text in enumerate(sheet.texts):
        if sheet.geo[k].y1 > top or not _CODE.fullmatch(text):
            continue
        for j in sheet.lines_below(k, max_lines=1):
            name = sheet.texts[j]
            alone = (
                sheet.value_beside(j, reach=2) is None
                and sheet.value_beside(j, left=True, reach=2) is None
            )
            if (
                alone
                and sheet.geo[j].y1 <= top
                and _FIRST_NAME.fullmatch(name)
                and not find_fields(name + ":")
                and not NON_PERSONAL_LABELS.match(name + ":")
                and not is_business(name)
                and not boilerplate(name)
            ):
                sheet.out[j].append(Span(0, len(name.rstrip()), Category.NAME, 0.6, _RULE))


def _names_beside_roles(sheet: Sheet) -> None:
    """On a receipt (a price on it), a line of a name and a staff role word before or
    after it, no colon: the server's or cashier's name; the role stays."""
    if not any(MONEY.search(t) for t in sheet.texts):
        return
    for k, text in enumerate(sheet.texts):
        if (span := staff_name(text)) is not None:
            sheet.out[k].append(span)


def staff_name(text: str) -> Span | None:
    """The name in a line "<name> <role>" or "<role> <name>" (a staff role of
    ``names.toml [roles] staff``), if it is one: no label, business or boilerplate."""
    words = list(re.finditer(r"[^\s:]+", text))
    if not 2 <= len(words) <= 3:
        return None
    if fold(words[-1].group().rstrip(".")) in _STAFF_ROLES:
        start, end = words[0].start(), words[-2].end()
    elif fold(words[0].group().rstrip(".")) in _STAFF_ROLES:
        start, end = words[1].start(), words[-1].end()
    else:
        return None
    name = text[start:end]
    if (
        not _TILL_NAME.fullmatch(name)
        or not all(w[0].isupper() for w in name.split())
        or any(fold(w.rstrip(".")) in _STAFF_ROLES for w in name.split())
        or default_lexicon().find(name)
        or boilerplate(name)
        or is_business(name)
    ):
        return None
    return Span(start, end, Category.NAME, 0.6, _ROLE_RULE)
