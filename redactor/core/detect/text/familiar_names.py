"""People a card or a note calls by a familiar form of their name.

A gift card, a note or a message names its people the way family and friends do: 小
or 阿 and one character of the given name, or that character doubled. Those forms are
everyday words too ("小时", "阿姨" is a title), so one is masked only where the text
addresses or signs with it (tables/messages.toml ``[familiar_names]``): right after a
wish's or a signer's words, right before an endearment or a closing, or opening the
line before its colon. The words around it stay readable.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.core.detect.spans import Span
from redactor.core.detect.tables.lexicon import table, words_pattern
from redactor.core.models import Category

RULE = "familiar_name"
_SCORE = 0.7
_TABLE = table("messages")["familiar_names"]
_GIVEN = "".join(sorted(set(table("names")["free_text"]["given"])))
_NOT_NAMES = frozenset(_TABLE["not_names"])
_FORM = re.compile(
    rf"(?:[{''.join(_TABLE['prefixes'])}][{re.escape(_GIVEN)}]|([{re.escape(_GIVEN)}])\1)"
)
_BEFORE = re.compile(rf"(?:{words_pattern(_TABLE['before'])})$")
_AFTER = re.compile(words_pattern(_TABLE["after"]))
#: A line-opening salutation's colon (a tuple: an empty string is in no tuple).
_COLONS = ("：", ":")


def familiar_names(text: str) -> Iterator[Span]:
    for m in _FORM.finditer(text):
        if m.group(0) in _NOT_NAMES or _inside_a_longer_form(text, m):
            continue
        if (
            _BEFORE.search(text, 0, m.start())
            or _AFTER.match(text, m.end())
            or (not text[: m.start()].strip() and text[m.end() : m.end() + 1] in _COLONS)
        ):
            yield Span(m.start(), m.end(), Category.NAME, _SCORE, RULE)


def _inside_a_longer_form(text: str, m: re.Match[str]) -> bool:
    """The form is part of a longer endearment the table knows ("小宝贝")."""
    for word in _NOT_NAMES:
        at = text.find(word, max(0, m.end() - len(word)))
        if 0 <= at <= m.start() and at + len(word) >= m.end():
            return True
    return False
