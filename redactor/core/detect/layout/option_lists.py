"""Printed option lists: a form's numbered choices, no house numbers.

A form lists what may be ticked as lines stacked in a column, each opening with the
next number of a count and words after it ("1 parked", "2 leaving a car park", "3
turning right"; "1 parkte", "2 fuhr an"). A number and a word such as "park", "way"
or "lane" read like a street, so the rules that grow addresses across a row or down
a column would take the list for one; the count says it is none. Only words follow
the numbers: a list of addresses or of values ("1 12 High St", "2 07700 …") is no
such list.
"""

from __future__ import annotations

from collections import defaultdict

from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.tables.patterns import patterns

_SHAPES = patterns("layout", "option_lists")
_OPTION = _SHAPES["option"]
#: An empty tick box the OCR read as a character of its own.
TICK_BOX = _SHAPES["tick_box"]
#: The fewest items of a list: two lines in a row may be anything.
MIN_ITEMS = 3
#: Widest gap between two items, in text heights (a tick box beside each may space them).
_ITEM_GAP = 2.5
#: Two items share this much of the narrower one's width (a centred column too).
_SHARED = 0.5


def option_lines(sheet: Sheet) -> frozenset[int]:
    """The lines of the page's numbered option lists."""
    numbers: dict[int, int] = {}
    for k, text in enumerate(sheet.texts):
        m = _OPTION.fullmatch(text)
        if m is not None:
            numbers[k] = int(m["n"])
    by_number: dict[int, list[int]] = defaultdict(list)
    for k, n in numbers.items():
        by_number[n].append(k)
    following = {k: _next_item(sheet, k, by_number[n + 1]) for k, n in numbers.items()}
    has_previous = {j for j in following.values() if j is not None}
    out: set[int] = set()
    for k in numbers:
        if k in has_previous:
            continue  # counted from the list's first item
        chain = [k]
        while (j := following[chain[-1]]) is not None and j not in chain:
            chain.append(j)
        if len(chain) >= MIN_ITEMS:
            out.update(chain)
    return frozenset(out)


def phrase_options(sheet: Sheet) -> frozenset[int]:
    """The option lists' items that open with a word in lower case: a phrase of what
    happened or what to do ("2 leaving a car park", "3 bog rechts ab"), never a name
    (a numbered list of people capitalises each one)."""
    out = set()
    for k in option_lines(sheet):
        m = _OPTION.fullmatch(sheet.texts[k])
        if m is not None and m["words"][0].islower():
            out.add(k)
    return frozenset(out)


def _next_item(sheet: Sheet, k: int, candidates: list[int]) -> int | None:
    """Of the lines opening with the next number, the nearest one stacked right under
    line ``k`` in its column."""
    g = sheet.geo[k]
    best = None
    for j in candidates:
        c = sheet.geo[j]
        th = max(g.th, c.th)
        gap = c.y0 - g.y1
        shared = min(g.x1, c.x1) - max(g.x0, c.x0)
        if (
            c.y0 + c.y1 <= g.y0 + g.y1
            or gap > _ITEM_GAP * th
            or shared < _SHARED * min(g.x1 - g.x0, c.x1 - c.x0)
        ):
            continue
        if best is None or c.y0 < sheet.geo[best].y0:
            best = j
    return best
