"""The shape a value must have after a short label's OCR reading (short_readings.py):
a short reading is a label only where what follows its colon looks like its kind's
value (``tables/layout.toml [short_label_values]``)."""

from __future__ import annotations

from redactor.core.detect.tables.label_kinds import ValueKind
from redactor.core.detect.tables.patterns import patterns

#: A value is a field's: a longer one is a sentence (and its shape is not tried on it).
_MAX_VALUE = 80
_SHAPES = patterns("layout", "short_label_values")
#: The kinds a short reading may announce, and the shape their value must have.
SHAPE_OF: dict[ValueKind, str] = {
    ValueKind.NAME: "name",
    ValueKind.SIGNATURE: "name",
    ValueKind.PHONE: "phone",
    ValueKind.EMAIL: "email",
    ValueKind.ADDRESS: "address",
    ValueKind.ID_NUMBER: "id_number",
    ValueKind.BIRTH_DATE: "birth_date",
}


def short_value_fits(kind: ValueKind, value: str) -> bool:
    """``value`` (what follows a short reading's colon) has the shape of ``kind``."""
    shape = SHAPE_OF.get(kind)
    return (
        shape is not None
        and 0 < len(value) <= _MAX_VALUE
        and _SHAPES[shape].fullmatch(value) is not None
    )
