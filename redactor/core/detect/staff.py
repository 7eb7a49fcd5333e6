"""Staff lines in a receipt's shop header: "<staff number> <first name>".

Tills print the server or cashier who took the order at the foot of the shop's header,
often without a label: a staff number and a first name (and an initial or surname).
The header is the shop's own and stays readable; this line is a person's.
"""

from __future__ import annotations

import re

from redactor.core.detect.addresses import looks_like_address
from redactor.core.detect.blocks import receipt_header
from redactor.core.detect.lexicon import boilerplate
from redactor.core.detect.names import is_business
from redactor.core.detect.sheet import Sheet
from redactor.core.detect.spans import Span
from redactor.core.models import Category

# A staff number (4+ digits: a quantity has fewer) and one or two capitalised words.
_STAFF = re.compile(r"\s*(\d{4,10})\s+([A-Z][a-z]+(?:\s+[A-Z](?:[a-z]+|\.)?)?)\s*")
_RULE = "header_staff"


def mask_staff_lines(sheet: Sheet) -> None:
    for k in receipt_header(sheet):
        text = sheet.texts[k]
        m = _STAFF.fullmatch(text)
        if not m or is_business(m.group(2)) or boilerplate(m.group(2)) or looks_like_address(text):
            continue
        sheet.out[k].append(Span(m.start(1), m.end(1), Category.ID_NUMBER, 0.6, _RULE))
        sheet.out[k].append(Span(m.start(2), m.end(2), Category.NAME, 0.6, _RULE))
