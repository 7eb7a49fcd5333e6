"""A person named inside a Chinese wish: "祝<name>生日快乐".

A cake's writing, a card's message or a ring's engraving wishes a person well with no
space or mark around the name: the name is what stands between the word that opens
the wish (``[prose] cn_wish_openers``) and the wish itself (``cn_wishes``). The words
of the wish stay readable; a relative ("妈妈"), "you" ("您") or a business ("祝本店
开业大吉" is no one's) is no name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.core.detect.charclass import CJK
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.lexicon import table, words_pattern
from redactor.core.detect.text.names import is_business
from redactor.core.models import Category

RULE = "cn_wished_name"
_SCORE = 0.7
_PROSE = table("names")["prose"]
_KIN = table("names")["kinship"]
_NOT_NAMES = (
    frozenset(_KIN["words"]) | frozenset(_KIN["familiar"]) | frozenset(_PROSE["cn_wish_no_one"])
)
_OPENER = words_pattern(_PROSE["cn_wish_openers"])
# The opener, then two to four characters (no second opener: "祝福语祝<name>…"), then
# the wish: bounded runs, linear in the line.
_WISH = re.compile(
    rf"(?:{_OPENER})(?P<n>(?:(?!{_OPENER})[{CJK}]){{2,4}}?)"
    rf"(?:{words_pattern(_PROSE['cn_wishes'])})"
)


def cn_wished_names(text: str) -> Iterator[Span]:
    for m in _WISH.finditer(text):
        name = m.group("n")
        if name in _NOT_NAMES or is_business(name):
            continue
        yield Span(m.start("n"), m.end("n"), Category.NAME, _SCORE, RULE)
