"""Where the value of a field that names no one stands on its line.

A non-personal field's value (a date, an amount, a product, a status) or a trait's
(sex, age, nationality) stays readable wherever a label announces it: after the
label on the line, in the box beside it, under it, or in a table's column. A measured
kind holds only its number and units; a personal label's value is never given back.
"""

from __future__ import annotations

from redactor.core.detect.tables.field_lexicon import ValueKind
from redactor.core.detect.tables.label_kinds import MEASURED_KINDS
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.text.addresses import looks_like_address
from redactor.core.detect.text.names import looks_like_person_name

_MEASURED = MEASURED_KINDS
_MEASURED_VALUE = patterns("layout", "label_trim")["measured_value"]


def ordinary_value(text: str, kind: ValueKind, start: int, end: int) -> tuple[int, int] | None:
    """Where the value ``text[start:end]`` of a non-personal field (or of a trait that
    names no one) stands, or ``None`` for a personal label's."""
    if kind is ValueKind.HEADING or start >= end:
        return None
    if kind is ValueKind.TRAIT:
        # Sex, age, nationality... name no one; a place of birth is an address.
        return None if looks_like_address(text[start:end]) else (start, end)
    if kind.category is not None:
        return None
    return _ordinary_run(text, kind, start, end)


def stacked_value(text: str, kind: ValueKind) -> tuple[int, int] | None:
    """The line under a non-personal label stacked over it, whole (or its number, for a
    measured kind); none when it reads as a person's name or an address: a label over
    the first line of a person's block may be the block's heading, not its field."""
    value = text.strip()
    if not value or looks_like_person_name(value) or looks_like_address(value):
        return None
    return ordinary_value(text, kind, len(text) - len(text.lstrip()), len(text.rstrip()))


def cell_value(text: str, kind: ValueKind | None) -> tuple[int, int] | None:
    """A table's cell in a non-personal column (``kind``), or a header the lexicon
    lacks (``None``): the whole box, or the number a measured column holds."""
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    return (start, end) if kind is None else _ordinary_run(text, kind, start, end)


def _ordinary_run(text: str, kind: ValueKind, start: int, end: int) -> tuple[int, int] | None:
    """``start:end`` as a value of a non-personal kind: a measured kind holds only its
    number and units (a name printed after a date is not the date's)."""
    if kind in _MEASURED:
        run = _MEASURED_VALUE.match(text, start, end)
        end = start + len(run.group(0).rstrip()) if run else start
    return (start, end) if end > start else None
