"""The people whose occasion a page is written for, named before its phrase.

A gift ledger's cover, a banner, a card or a condolence book names the couple, the
elder or the dead right before a set phrase ("<name> <name> 新婚志喜", "<name>寿诞之喜",
"<name>千古": ``tables/blocks.toml [occasions]``), with no label. The names stand
in the phrase's own box before it, or in the boxes right before it on its row (in
the reading frame: a page written in columns reads its columns as rows). Each must
look like a person's name, perhaps with a household word after it ("<name>夫妇",
``[people_lists] households``); the first box before the phrase that does not ends
the search. The phrase stays readable.
"""

from __future__ import annotations

import re

from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.lexicon import boilerplate, table, words_pattern
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.text.names import looks_like_person_name
from redactor.core.models import Category

RULE = "occasion_host"
_SCORE = 0.8
_BLOCKS = table("blocks")
_PHRASE = re.compile(words_pattern(_BLOCKS["occasions"]["hosts_before"]))
_HOUSEHOLD = re.compile(rf"(?:{words_pattern(_BLOCKS['people_lists']['households'])})$")
_BETWEEN = patterns("layout", "people_lists")["between_names"]
#: Boxes before the phrase on its row that may be its people (a couple, a family).
_MAX_BOXES = 4


def a_named_person(text: str) -> bool:
    """``text`` is one or more people's names, each perhaps with a household word."""
    parts = [p for p in _BETWEEN.split(text.strip()) if p]
    return bool(parts) and all(_one_person(p) for p in parts)


def _one_person(part: str) -> bool:
    m = _HOUSEHOLD.search(part)
    name = part[: m.start()] if m and m.start() > 0 else part
    return looks_like_person_name(name) and not boilerplate(name)


def mask_occasion_hosts(sheet: Sheet) -> None:
    """The names before each occasion's phrase, in its box and on its row."""
    for i, text in enumerate(sheet.texts):
        m = _PHRASE.search(text)
        if m is None:
            continue
        before = text[: m.start()]
        if before.strip():
            if a_named_person(before):
                start = len(before) - len(before.lstrip())
                sheet.out[i].append(Span(start, len(before.rstrip()), Category.NAME, _SCORE, RULE))
            continue
        for k in _boxes_before(sheet, i):
            name = sheet.texts[k]
            if not a_named_person(name):
                break
            start = len(name) - len(name.lstrip())
            sheet.out[k].append(Span(start, len(name.rstrip()), Category.NAME, _SCORE, RULE))


def _boxes_before(sheet: Sheet, i: int) -> list[int]:
    """The boxes before line ``i`` on its row, nearest first, each close to the next."""
    out: list[int] = []
    cur = i
    for _ in range(_MAX_BOXES):
        k = sheet.value_beside(cur, left=True, reach=3.0)
        if k is None or k in out or k == i:
            break
        out.append(k)
        cur = k
    return out
