"""Lines printed together: blocks found from the page's geometry alone.

Lines join when they share a row with a small gap, or stand one under the other with
little space between and aligned or overlapping edges, in one size of print. Whether
a block is personal is decided in ``person_blocks``.
"""

from __future__ import annotations

from dataclasses import dataclass

from redactor.core.detect.layout.page import Geo, Sheet

_ALIKE = 1.25  # text heights this close are one size of print
DISPLAY = 1.6  # lines this many times the body text height are display lines
_SHARED_WIDTH = 0.3  # stacked lines overlapping by this share of the narrower one are one block
_SANDWICH = 1.5  # a line boxed up to this much taller than the lines around it may be one of them
# ... or up to this much taller when its characters are as wide as theirs: a mark written
# across the line (a parcel number in marker) made its box tall, not its print.
_MARKED, _PITCH = 2.5, 1.5


@dataclass(frozen=True, slots=True)
class Block:
    """Lines printed together: indices into the sheet, top to bottom."""

    lines: tuple[int, ...]


def group_blocks(sheet: Sheet) -> list[Block]:
    """Lines joined when they share a row with a small gap, or stand one under the
    other with little space between and overlapping or aligned edges."""
    n = len(sheet.texts)
    parent = list(range(n))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    heights = sorted(g.th for g in sheet.geo)
    body = heights[len(heights) // 2] if heights else 0.0
    # Display lines (sort codes, big headings, stamps) stand apart from the body text.
    # A person's block printed large is a block of its own: display lines join lines of
    # about their size (the threshold may cut through such a block) set flush with
    # them, never a sort code off to one side.
    display = [g.th > DISPLAY * body for g in sheet.geo]
    for i in range(n):
        for j in range(i + 1, n):
            a, b = sheet.geo[i], sheet.geo[j]
            shown = display[i] or display[j]
            if shown and not _one_print(a, b):
                continue
            if _joined(a, b, one_print=shown):
                parent[find(i)] = find(j)
    for i in range(n):
        if display[i]:
            for j in _sandwich(sheet.geo, i, display):
                parent[find(j)] = find(i)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    return [
        Block(tuple(sorted(g, key=lambda k: (sheet.geo[k].y0, sheet.geo[k].x0))))
        for g in groups.values()
    ]


def _sandwich(geo: list[Geo], i: int, display: list[bool]) -> list[int]:
    """The lines of body size just above and just below line ``i``, flush with it and
    with each other: a line boxed taller than its block (OCR gave it a tall box, or the
    line is printed bolder) between two of its lines, or on top of them, belongs to
    that block."""
    g = geo[i]

    def flush(k: int) -> bool:
        o = geo[k]
        return (
            not display[k]
            and abs(o.x0 - g.x0) <= 1.5 * o.th
            and o.th < g.th
            and (g.th <= _SANDWICH * o.th or (g.th <= _MARKED * o.th and _same_pitch(g, o)))
        )

    def near(gap: float, th: float) -> bool:
        return -0.5 * th <= gap <= 0.9 * th  # (boxes of a tilted photo may overlap a little)

    above = [k for k in range(len(geo)) if flush(k) and near(g.y0 - geo[k].y1, geo[k].th)]
    below = [k for k in range(len(geo)) if flush(k) and near(geo[k].y0 - g.y1, geo[k].th)]
    pairs = [(a, b) for a in above for b in below if _alike(geo[a], geo[b])]
    if pairs:
        return [pairs[0][0], pairs[0][1]]
    # A line boxed taller heading the lines under it (a name over its address, boxed
    # tall on a turned photo) is their first line.
    return below[:1] if not above else []


def _one_print(a: Geo, b: Geo) -> bool:
    """Set flush and in one size of print: boxed alike, or boxed up to ``_MARKED`` apart
    with characters as wide (a descender, a mark or a tilt made one box taller)."""
    if _alike(a, b):
        return True
    flush = abs(a.x0 - b.x0) <= 1.5 * max(a.th, b.th)
    return flush and max(a.th, b.th) <= _MARKED * min(a.th, b.th) and _same_pitch(a, b)


def _same_pitch(a: Geo, b: Geo) -> bool:
    return min(a.pitch, b.pitch) > 0 and max(a.pitch, b.pitch) <= _PITCH * min(a.pitch, b.pitch)


def _alike(a: Geo, b: Geo) -> bool:
    return max(a.th, b.th) <= _ALIKE * min(a.th, b.th) and abs(a.x0 - b.x0) <= 1.5 * max(a.th, b.th)


def _joined(a: Geo, b: Geo, one_print: bool = False) -> bool:
    """``one_print``: the two are known to be set in one size of print (``_one_print``),
    however differently they were boxed."""
    th = max(a.th, b.th)
    if max(a.th, b.th) > 1.8 * min(a.th, b.th) and not one_print:
        return False  # a heading or a stamp is not set like the block's lines
    gap_x = max(a.x0 - b.x1, b.x0 - a.x1)
    if a.same_row(b):
        return gap_x <= 1.5 * th  # one row, cut into boxes
    gap_y = max(a.y0 - b.y1, b.y0 - a.y1)
    if gap_y > 0.9 * th:
        return False  # (boxes of a tilted photo may overlap a little: still stacked)
    # Stacked lines of one block share their left edge or much of their width; the
    # corner of one block touching the next is no link. Lines not set flush are one
    # block only in one size of print (a big recipient block under a small return one).
    if abs(a.x0 - b.x0) <= 1.5 * th:
        return True
    overlap_x = min(a.x1, b.x1) - max(a.x0, b.x0)
    narrow = min(a.x1 - a.x0, b.x1 - b.x0)
    return overlap_x > _SHARED_WIDTH * narrow and max(a.th, b.th) <= _ALIKE * min(a.th, b.th)
