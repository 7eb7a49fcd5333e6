"""A device's serial number: personal beside the device's own identifier.

A serial number label mostly names the document's own number (a form's, a till's),
which stays readable. A trade-in, repair or insurance slip prints the device it is
about as a few rows (model, IMEI, serial): there the serial leads to the device's
owner as the IMEI does, and is masked as an ID. So does a device's serial printed
with its make or model, stacked or as the next column of a device table (a hearing
aid issued to its wearer, a router fitted in a home): a ticket's or a form's own
serial has no model. The labels' forms are data (tables/keywords.toml
``[device_serials]``).

label_values.py asks here whether a label is a device's serial (``a_device_serial``),
where its values stand when no box beside or under the label holds one
(``serial_under``) and which boxes of the row are serials (``serials_from``); it
masks them as it masks every announced value.
"""

from __future__ import annotations

import re

from redactor.core.detect.charclass import has_digit
from redactor.core.detect.layout.page import Geo, Sheet
from redactor.core.detect.tables.lexicon import table, words_pattern
from redactor.core.detect.tables.patterns import patterns

#: The rule of a device serial's mask: a label of no personal kind announced it, and
#: trimming values of such labels must leave it.
DEVICE_SERIAL = "device_serial"
_TABLE = table("keywords")["device_serials"]
_SERIAL = re.compile(rf"(?i)(?:{words_pattern(_TABLE['serial_labels'])})")
_DEVICE_ID = re.compile(rf"(?i)\s*(?:{words_pattern(_TABLE['device_ids'])})(?![A-Za-z])")
#: A device's make or model label, alone in its box or before its colon.
_MODEL = re.compile(rf"(?i)\s*(?:{words_pattern(_TABLE['device_models'])})\s*(?:[:：]|$)")
#: A device's serial in its own box, perhaps after the word naming the device.
_SERIAL_SHAPE = patterns("layout", "labels")["serial_value"]
#: How far (rows of text) the device's identifier may stand from the serial's label.
_ROWS = 2.6


def a_device_serial(sheet: Sheet, i: int, label: str) -> bool:
    """``label`` on line ``i`` is a serial number's, and a line opened by a device
    identifier's label, or a device's model label, stands a row or two above or below
    it in its column; or a model label heads another column of its row."""
    if not _SERIAL.fullmatch(label.strip(" :：#")):
        return False
    g = sheet.geo[i]
    return any(
        k != i
        and (
            (_near(g, sheet.geo[k]) and (_DEVICE_ID.match(t) or _MODEL.match(t)))
            or (g.same_row(sheet.geo[k]) and _MODEL.match(t) is not None)
        )
        for k, t in enumerate(sheet.texts)
    )


def _near(g: Geo, c: Geo) -> bool:
    th = max(g.th, c.th, 1.0)
    rows_apart = abs((g.y0 + g.y1) - (c.y0 + c.y1)) / 2 / th
    return rows_apart <= _ROWS and abs(g.x0 - c.x0) <= 3 * th


def serial_under(sheet: Sheet, i: int) -> int | None:
    """A device table's first serial under its header ``i``: the box with digits right
    under the header's column, however the two are aligned (a header centred over a
    wider cell)."""
    g = sheet.geo[i]
    j = sheet.nearest_under(i, lambda c: min(c.x1, g.x1) > max(c.x0, g.x0))
    return j if j is not None and has_digit(sheet.texts[j]) else None


def serials_from(sheet: Sheet, j: int) -> list[tuple[int, int, int]]:
    """Where the serials are (line, start, end): the one in box ``j`` and those beside
    it on its row, one a device (each ear's aid, each unit), as long as the next box is
    shaped as one; a word naming the device ("L:", "左:") stays readable. None when box
    ``j`` holds no serial."""
    found: list[tuple[int, int, int]] = []
    k: int | None = j
    while k is not None and (m := _SERIAL_SHAPE.fullmatch(sheet.texts[k].strip())):
        start = sheet.texts[k].index(m.group("v"))
        found.append((k, start, start + len(m.group("v"))))
        k = sheet.value_beside(k)
    return found
