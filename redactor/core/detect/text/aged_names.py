"""A person a story names with their age right after the name: "<name>,12岁,家住…",
"<name>, 34 ans, vit à …", "<name>, 7 years old".

An appeal, a case note or a news-style report introduces its person this way, with
no label: the age is the cue. Chinese: a common surname and given-name characters
right before the number of years (``tables/names.toml`` ``[ages] chinese``), a comma
or a space between them at most. Any Latin script: one to three capitalised words,
a comma, then the number and its word for years (``[ages] latin``); a number alone
after a comma is as often a house number ("Calle Mayor, 80,"), so the word is needed.
The age and its word stay readable.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.core.detect.charclass import CJK
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.lexicon import boilerplate, table, words_pattern
from redactor.core.detect.text.free_text_words import cn_glued_name_end
from redactor.core.detect.text.names import is_business
from redactor.core.models import Category

RULE = "aged_name"
_SCORE = 0.7
_AGES = table("names")["ages"]
#: The end of a Chinese name: then a comma or a space at most, the years and their word.
_CN_AGE = re.compile(rf"(?<=[{CJK}])[,，、 ]?\s*\d+\s*(?:{words_pattern(_AGES['chinese'])})")
_CN_LONGEST = 5  # a compound surname and a two-character given name
_WORD = r"[A-ZÀ-ÖØ-Þ][^\W\d_'\-]*(?:['\-][^\W\d_]+)*"
_LATIN_AGE = re.compile(
    rf"(?<![^\W\d_])(?P<n>{_WORD}(?:\s+{_WORD}){{0,2}})\s*,\s*\d+\s*"
    rf"(?i:{words_pattern(_AGES['latin'])})(?![^\W\d_])"
)


def aged_names(text: str) -> Iterator[Span]:
    for m in _CN_AGE.finditer(text):
        start = _cn_name_start(text, m.start())
        if start is not None:
            yield Span(start, m.start(), Category.NAME, _SCORE, RULE)
    for m in _LATIN_AGE.finditer(text):
        name = m.group("n")
        if not (is_business(name) or boilerplate(name)):
            yield Span(m.start("n"), m.end("n"), Category.NAME, _SCORE, RULE)


def _cn_name_start(text: str, end: int) -> int | None:
    """Where the name ending at ``end`` starts: the one opening its clause (after the
    line's start or a mark) if there is one, else the shortest that makes a name
    (the characters before it belong to the sentence: "患儿<name>,")."""
    starts = [end - k for k in range(2, _CN_LONGEST + 1) if end - k >= 0]
    names = [s for s in starts if cn_glued_name_end(text, s, end) == end]
    opening = [s for s in names if s == 0 or not re.match(f"[{CJK}]", text[s - 1])]
    if opening:
        return min(opening)
    return max(names) if names else None
