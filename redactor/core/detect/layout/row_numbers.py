"""A column of row numbers: whole numbers counting up a list's or a table's rows.

A list or a table prints its rows' numbers in a column of their own (序号, No.), each
alone in its box ("3", "12.", "(4)"), under the one before and one more than it. Such
a box numbers a row and names no one: it is not the wrapped end of a door number
printed beside it (address_wraps.py), whatever header the column has, or none.
"""

from __future__ import annotations

import re

from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.tables.patterns import patterns

_ROW_NUMBER = patterns("layout", "people_lists")["row_number"]
_DIGITS = re.compile(r"\d+")
#: The least numbers that make a column; how far apart two of them may stand across
#: (centre to centre, in text heights: a photographed column drifts).
_LEAST = 3
_ACROSS = 2.0


def row_number_lines(sheet: Sheet) -> frozenset[int]:
    """The lines that are a row-number column's boxes (read from the lines alone:
    worked out once a page, as several steps ask)."""
    return sheet.remembered("row_number_lines", lambda: _row_number_lines(sheet))


def _row_number_lines(sheet: Sheet) -> frozenset[int]:
    found = [
        (k, int(m.group(0)))
        for k, text in enumerate(sheet.texts)
        if _ROW_NUMBER.fullmatch(text) and (m := _DIGITS.search(text))
    ]
    found.sort(key=lambda kn: sheet.geo[kn[0]].y0)
    chains: list[list[tuple[int, int]]] = []
    for k, n in found:
        g = sheet.geo[k]
        for chain in chains:
            last, before = chain[-1]
            h = sheet.geo[last]
            if before + 1 == n and abs((g.x0 + g.x1) - (h.x0 + h.x1)) / 2 <= _ACROSS * h.th:
                chain.append((k, n))
                break
        else:
            chains.append([(k, n)])
    return frozenset(k for chain in chains if len(chain) >= _LEAST for k, _ in chain)
