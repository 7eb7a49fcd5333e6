"""A personal number printed again on the page, in a field that is not personal.

"Ref <the account number>": the field's label says the value is ordinary, but the
digits are a person's number masked elsewhere on the page, so they stay masked.
"""

from __future__ import annotations

from redactor.core.detect.layout.page import Sheet
from redactor.core.models import Category

_NUMBERS = frozenset({Category.PHONE, Category.ID_NUMBER, Category.CARD_NUMBER})


def personal_numbers(sheet: Sheet) -> frozenset[str]:
    """The digits of every personal number masked on the page: printed again in a field
    that is not personal ("Ref <the account number>"), they stay masked."""
    out = set()
    for i, spans in sheet.out.items():
        for s in spans:
            if s.category in _NUMBERS and len(d := _digits(sheet.texts[i][s.start : s.end])) >= 6:
                out.add(d)
    return frozenset(out)


def a_personal_number(piece: str, personal: frozenset[str]) -> bool:
    """``piece`` is a personal number printed again, and nothing else: words around the
    number (a purpose, "call <phone>") are the field's, the number has its own mask."""
    return _digits(piece) in personal and not any(c.isalpha() for c in piece)


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())
