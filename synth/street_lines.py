"""A European street line cut where its flat begins: "Hauptstraße 12, Whg. 4" is the
street (``address``) and the flat after the comma (``door``), the comma ordinary."""

from __future__ import annotations

from .kit import S
from .render import Span


def street_spans(street: str) -> list[Span]:
    """``street`` as an address span and, when a flat follows its last comma, a door span."""
    head, sep, tail = street.rpartition(", ")
    if not sep or (tail[:1].isdigit() and "º" not in tail and "OG" not in tail):
        return [S(street, "address")]
    return [S(head, "address"), S(", ", "other"), S(tail, "door")]
