"""A device's serial number: personal beside the device's own identifier.

A serial number label mostly names the document's own number (a form's, a till's),
which stays readable. A trade-in, repair or insurance slip prints the device it is
about as a few rows (model, IMEI, serial): there the serial leads to the device's
owner as the IMEI does, and is masked as an ID. So does a device's serial printed
with its make or model, stacked or as the next column of a device table (a hearing
aid issued to its wearer, a router fitted in a home): a ticket's or a form's own
serial has no model. The labels' forms are data (tables/keywords.toml
``[device_serials]``).
"""

from __future__ import annotations

import re

from redactor.core.detect.layout.page import Geo, Sheet
from redactor.core.detect.tables.lexicon import table, words_pattern

#: The rule of a device serial's mask: a label of no personal kind announced it, and
#: trimming values of such labels must leave it.
DEVICE_SERIAL = "device_serial"
_TABLE = table("keywords")["device_serials"]
_SERIAL = re.compile(rf"(?i)(?:{words_pattern(_TABLE['serial_labels'])})")
_DEVICE_ID = re.compile(rf"(?i)\s*(?:{words_pattern(_TABLE['device_ids'])})(?![A-Za-z])")
#: A device's make or model label, alone in its box or before its colon.
_MODEL = re.compile(rf"(?i)\s*(?:{words_pattern(_TABLE['device_models'])})\s*(?:[:：]|$)")
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
