"""A continental street and its house number with the home's door after it, on one line.

A French, German, Spanish or Italian address often writes the flat, the building or
the floor right after the street, parted by a comma ("<street> <n>, Whg. <n>",
"<n> rue <name>, appt <n>", "Via <name> <n>, int. <n>"), and maybe the postcode and
town after that. A street line alone may be a shop's or an office's (the layout step
``street_over_postcode`` wants its postcode line under it); a door after it is a
home's, so the line is an address by itself. The street and the town are masked as
the address, the door as its own part; the label before the street stays readable.
"""

from __future__ import annotations

from redactor.core.detect.spans import Span
from redactor.core.detect.tables.postal_shapes import GLUED_LABEL_SEAM, POSTAL_SHAPES
from redactor.core.models import Category

RULE = "street_door"
DOOR_RULE = RULE + "+door"
_SCORE = 0.75
_STREET_THEN_DOOR = POSTAL_SHAPES["street_then_door"]
#: Address lines are short; a longer text is a paragraph, read by the sentence steps.
_LONGEST = 160


def street_doors(text: str) -> list[Span]:
    if len(text) > _LONGEST:
        return []
    out: list[Span] = []
    for m in _STREET_THEN_DOOR.finditer(text):
        for group, category in (
            ("street", Category.ADDRESS),
            ("door", Category.DOOR),
            ("town", Category.ADDRESS),
        ):
            start, end = m.span(group)
            if start < 0:
                continue
            if group == "street":
                start = _after_seam(text, start, end)
            part = text[start:end]
            start += len(part) - len(part.lstrip(" ,."))
            end -= len(part) - len(part.rstrip())
            if end > start:
                rule = DOOR_RULE if category is Category.DOOR else RULE
                out.append(Span(start, end, category, _SCORE, rule))
    return out


def _after_seam(text: str, start: int, end: int) -> int:
    """Where the street starts when a label is glued to its name (before its number)."""
    name_end = next((i for i in range(start, end) if text[i].isdigit()), end)
    seams = [m.end() for m in GLUED_LABEL_SEAM.finditer(text, start, name_end)]
    return seams[-1] if seams else start
