"""A flat named by its floor and the side of the landing it opens on, alone on a line.

A bell plate, a letterbox row or a residents' list names each home by where it is in
the house: "1. OG links", "EG rechts", "2º izda.", "4e étage droite"
(``addresses.toml [postal_lines] floor_side_line``). A floor alone may be a shop's or
an office's ("5. OG"); the side of the landing makes it one flat, a home's door. Only
the whole line: inside a sentence the words may give a way ("links im 1. OG").
"""

from __future__ import annotations

from redactor.core.detect.spans import Span
from redactor.core.detect.tables.postal_shapes import POSTAL_SHAPES
from redactor.core.models import Category

RULE = "floor_side_door"
_SCORE = 0.7
_FLOOR_SIDE = POSTAL_SHAPES["floor_side_line"]


def floor_side_doors(text: str) -> list[Span]:
    m = _FLOOR_SIDE.fullmatch(text)
    if m is None:
        return []
    start = len(text) - len(text.lstrip())
    return [Span(start, len(text.rstrip()), Category.DOOR, _SCORE, RULE)]
