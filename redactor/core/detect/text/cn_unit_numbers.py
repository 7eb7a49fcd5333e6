"""A Chinese home written as its building and room with a hash ("<b>#<room>").

A residents' list, a group order or a delivery note names a neighbour by the flat:
the building's number, "#", then the room's floor and flat in three or four digits,
with no 栋 or 室 to say so. On a line with Chinese on it the hash is no count and no
order's number: the flat is a door.
"""

from __future__ import annotations

from redactor.core.detect.spans import Span
from redactor.core.detect.text.addresses import SHAPES
from redactor.core.models import Category

RULE = "cn_hash_unit"
_SCORE = 0.7
_HASH_UNIT = SHAPES["cn_hash_unit"]


def cn_hash_units(text: str) -> list[Span]:
    if not any("\u4e00" <= c <= "\u9fff" for c in text):
        return []
    return [
        Span(m.start(), m.end(), Category.DOOR, _SCORE, RULE) for m in _HASH_UNIT.finditer(text)
    ]
