"""A list of households in one place: the place every row's address shares.

A notice listing the households of one estate (who was compensated, who owes the
service charge) gives each row's address as the estate's name and a door; the page's
heading prints that name as well. The name is the list's place, no household's: it
stays readable, each row's door is masked.
"""

from __future__ import annotations

from collections import defaultdict

from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.spans import Span
from redactor.core.models import Category

# Fewer rows than this sharing a place is a few addresses, not a list's.
_MIN_ROWS = 3
_TRIM = " ,，-"


def _place_and_door(spans: list[Span], rule: str) -> Span | None:
    """The one place span of an address line read as a place and its door(s), if so."""
    places = [sp for sp in spans if sp.category is Category.ADDRESS]
    doors = [sp for sp in spans if sp.category is Category.DOOR]
    if len(places) != 1 or not doors or places[0].rule != rule:
        return None
    return places[0]


def give_back_shared_places(sheet: Sheet, lines: set[int], rule: str) -> None:
    """Drop the place span of ``lines`` (address lines found by ``rule``) that three or
    more of them share word for word, when a line of the page that is no address (its
    heading) prints the place too."""
    shared: dict[str, list[tuple[int, Span]]] = defaultdict(list)
    for i in lines:
        place = _place_and_door(sheet.out[i], rule)
        if place is not None:
            name = sheet.texts[i][place.start : place.end].strip(_TRIM)
            shared[name].append((i, place))
    others = [t for k, t in enumerate(sheet.texts) if k not in lines]
    for name, rows in shared.items():
        if len(rows) < _MIN_ROWS or len(name) < 2:
            continue
        if not any(name in t for t in others):
            continue  # no heading names the place: each row's own address
        for i, place in rows:
            sheet.out[i].remove(place)
