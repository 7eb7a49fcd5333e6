"""A French cheque's coded line (CMC-7): the drawer's account in its last zone.

A French cheque prints at its foot, in CMC-7 characters the OCR reads as "#", the
cheque's number between two marks ("#1234567#"), then the interbank zone (the bank's
and the branch's codes) and the internal zone holding the drawer's account, each
closed by a mark. The OCR cuts the line into boxes at its wide gaps and may list them
in any order. The serial says which row is the coded line; of the zones on that row,
the rightmost is the account and is masked. The serial and the bank's zone are no
person's.
"""

from __future__ import annotations

from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.patterns import patterns
from redactor.core.models import Category

RULE = "cmc7_account"
_SCORE = 0.8
_IDS = patterns("numbers", "id_numbers")
_SERIAL = _IDS["cmc7_serial"]
_ZONE = _IDS["cmc7_zone"]
#: Zones on the coded line besides its serial: the bank's and the account.
_ZONES = 2


def mask_cmc7_accounts(sheet: Sheet) -> None:
    for k, text in enumerate(sheet.texts):
        if not _SERIAL.search(text):
            continue
        g = sheet.geo[k]
        middle = (g.y0 + g.y1) / 2
        row = [j for j, h in enumerate(sheet.geo) if h.y0 - g.th / 2 <= middle <= h.y1 + g.th / 2]
        zones = []  # (x where the zone starts, line, start, end)
        for j in row:
            t, h = sheet.texts[j], sheet.geo[j]
            for m in _ZONE.finditer(t):
                x = h.x0 + (h.x1 - h.x0) * m.start() / max(1, len(t))
                zones.append((x, j, m.start(), m.start() + len(m.group().rstrip("# "))))
        if len(zones) < _ZONES:
            continue
        _, j, start, end = max(zones)
        if not any(s.start < end and start < s.end for s in sheet.out[j] if s.rule == RULE):
            sheet.out[j].append(Span(start, end, Category.ID_NUMBER, _SCORE, RULE))
