"""A card or a certificate named by its holder in brackets: "学生卡（<name>）".

A found-items notice, a lost-property report or a hand-over list names a thing by
whose it is: a student card, a staff pass, an ID card with the holder's name in
brackets after it. The bracketed Chinese name (a common surname, then a given name)
is the holder's; a card's own kind or grade in brackets ("金卡") is no name.
"""

from __future__ import annotations

from collections.abc import Iterator

from redactor.core.detect.spans import Span
from redactor.core.detect.tables.field_lexicon import default_lexicon
from redactor.core.detect.tables.lexicon import boilerplate
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.text.names import surname_length
from redactor.core.models import Category

_SHAPES = patterns("layout", "number_holders")
_HOLDER = _SHAPES["bracketed_holder"]
_NOT_GIVEN = _SHAPES["not_a_given_name"]


def bracketed_holders(text: str) -> Iterator[Span]:
    for m in _HOLDER.finditer(text):
        name = m.group(1)
        cut = surname_length(name)
        if not cut or cut >= len(name) or _NOT_GIVEN.search(name):
            continue
        if boilerplate(name) or default_lexicon().find(name):
            continue
        yield Span(m.start(1), m.end(1), Category.NAME, 0.7, "bracketed_holder")
