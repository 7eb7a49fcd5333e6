"""Directories of homes: a grid of bare flat keys, each over or beside its resident.

A lobby's bell panel or mailbox wall, a residents' list or an intercom prints one
short cell a home: the flat's key ("1502", "2-1502", "12B", "1. OG links", "DG") and,
under it or beside it, who lives there ("Fam. <surname>", "<surname>宅", a pinyin
surname in capitals, a full name). No label stands between them: the page is read by
its shapes, and the two shapes confirm each other across the grid.

* a **key** is a line that is a flat's key and nothing else
  (``tables/layout.toml [home_directories]``);
* a **resident** is the nearest line stacked right under a key, or the next one right
  of it on its row: short, without a digit, shaped like a name (capitalised Latin
  words, one word in capitals, a few Chinese characters), with a title before it or
  "宅" or a title after it, not a label, not boilerplate, and not a word printed on
  three cells or more (a button's "呼叫", "Licht");
* a **directory** is a page with at least four keys, three of them with a resident.

Then each key is masked as a door and each resident as a name, fail closed; its title
("Mrs", "Fam.", "先生") and "宅" stay readable. A page of prices, years or codes has
no resident beside its numbers and stays readable.
"""

from __future__ import annotations

import re
from collections import Counter

from redactor.core.detect.charclass import has_digit
from redactor.core.detect.layout.label_values import mask_value
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.tables.flat_key_words import FLAT_KEY_WORDS
from redactor.core.detect.tables.lexicon import boilerplate
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.text.names import is_business, surname_length
from redactor.core.models import Category

RULE = "home_directory"
_SHAPES = patterns("layout", "home_directories", **FLAT_KEY_WORDS)
_KEYS = tuple(_SHAPES[k] for k in ("flat_number", "flat_letter", "flat_floor"))
_NUMBER = _SHAPES["flat_number"]
#: A numbered door's neighbours: the next door on its floor, the same door a floor away.
_NEIGHBOURS = (-1, 1, -100, 100)
_BEFORE = _SHAPES["before_name"]
_AFTER = _SHAPES["after_name"]
_RESIDENT = (_SHAPES["latin_resident"], _SHAPES["cjk_resident"])
_CJK = _SHAPES["cjk_resident"]
#: A directory's least keys, and of them the least with a resident beside them.
_LEAST_KEYS = 4
_LEAST_RESIDENTS = 3
#: A cell printed this often on the page is a printed word (a button), not a resident.
_PRINTED = 3
#: A resident right of its key: at most this many of the key's text heights away.
_BESIDE = 4.0
_MOST_CHARS = 28


def mask_home_directories(sheet: Sheet) -> None:
    keys = _keys(sheet.texts)
    if len(keys) < _LEAST_KEYS:
        return
    printed = Counter(_folded(t) for t in sheet.texts)
    pairs = {i: _resident(sheet, i, printed) for i in keys}
    residents = {i: k for i, k in pairs.items() if k is not None}
    if len(residents) < _LEAST_RESIDENTS:
        return
    for i in keys:
        mask_value(sheet, i, 0, len(sheet.texts[i]), Category.DOOR, RULE)
    for k in set(residents.values()):
        start, end = _name_extent(sheet.texts[k])
        mask_value(sheet, k, start, end, Category.NAME, RULE)


def _a_key(text: str) -> bool:
    return any(p.fullmatch(text) for p in _KEYS)


def _keys(texts: list[str]) -> list[int]:
    """The page's flat keys. A bare number is a home's only beside its neighbours: the
    next door on its floor (one more or less) or the same door a floor up or down
    (a hundred more or less) is a key too, after the same building and staircase;
    a price or a year has no such neighbour."""
    keys = [i for i, t in enumerate(texts) if _a_key(t)]
    numbered = {i: m for i in keys if (m := _NUMBER.fullmatch(texts[i]))}
    doors = {(_prefix(m), int(m["door"])) for m in numbered.values()}
    return [
        i
        for i in keys
        if (m := numbered.get(i)) is None
        or any((_prefix(m), int(m["door"]) + d) in doors for d in _NEIGHBOURS)
    ]


def _prefix(m: re.Match[str]) -> str:
    return re.sub(r"\s", "", m["at"] or "")


def _folded(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _resident(sheet: Sheet, i: int, printed: Counter[str]) -> int | None:
    """The line under key ``i`` (or beside it) if it is shaped like its resident."""
    g = sheet.geo[i]
    under = sheet.nearest_under(i, lambda c: c.x0 < g.x1 and g.x0 < c.x1)
    beside = _beside(sheet, i)
    for k in (under, beside):
        if k is not None and _a_resident(sheet, k, printed):
            return k
    return None


def _beside(sheet: Sheet, i: int) -> int | None:
    g = sheet.geo[i]
    near = [
        (c.x0, k)
        for k, c in enumerate(sheet.geo)
        if k != i and c.x0 >= g.x1 - 0.2 * g.th and g.same_row(c) and c.x0 - g.x1 <= _BESIDE * g.th
    ]
    return min(near)[1] if near else None


def _a_resident(sheet: Sheet, k: int, printed: Counter[str]) -> bool:
    text = sheet.texts[k]
    if not text.strip() or len(text) > _MOST_CHARS or has_digit(text) or _a_key(text):
        return False
    if printed[_folded(text)] >= _PRINTED or sheet.fields[k] or boilerplate(text):
        return False
    if is_business(text):
        return False
    start, end = _name_extent(text)
    name = text[start:end]
    if not name or boilerplate(name) or not any(p.fullmatch(name) for p in _RESIDENT):
        return False
    # Chinese characters alone are a name when they open with a surname, or when a
    # title or "宅" after them says so (a button's "呼叫" does neither).
    return not _CJK.match(name) or end < len(text.rstrip()) or surname_length(name) > 0


def _name_extent(text: str) -> tuple[int, int]:
    """The name inside a resident's cell: without its title or "宅"."""
    start, end = 0, len(text)
    if m := _BEFORE.match(text):
        start = m.end()
    if (m := _AFTER.search(text, start)) and m.start() > start:
        end = m.start()
    return start, end
