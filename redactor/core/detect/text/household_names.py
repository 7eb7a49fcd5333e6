"""A household named by the person who heads it: "<name>夫妇", "<name>全家".

A gift ledger, an invitation's guest list or a thank-you card names a couple or a
family by one person's name and a household word right after it
(``tables/blocks.toml [people_lists] households``), wherever the line stands and
whatever precedes it (a work unit, a relation, a verb of inviting). The name is the
few characters right before the word that open with a common surname and go on
with characters given names are made of (``names.toml [free_text] given``); the
longest such run wins. Name and household word are masked together: together they
say who gave.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.core.detect.spans import Span
from redactor.core.detect.tables.lexicon import boilerplate, table, words_pattern
from redactor.core.detect.text.names import surname_length
from redactor.core.models import Category

RULE = "household_name"
_SCORE = 0.75
_HOUSEHOLD = re.compile(words_pattern(table("blocks")["people_lists"]["households"]))
_GIVEN = frozenset(table("names")["free_text"]["given"])
#: A name's length before the word, surname included: longest first.
_LENGTHS = (4, 3, 2)


def household_names(text: str) -> Iterator[Span]:
    for m in _HOUSEHOLD.finditer(text):
        start = _name_before(text, m.start())
        if start is not None:
            yield Span(start, m.end(), Category.NAME, _SCORE, RULE)


def _name_before(text: str, end: int) -> int | None:
    """Where the name that ends at ``end`` starts, if one does."""
    for n in _LENGTHS:
        p = end - n
        if p < 0:
            continue
        surname = surname_length(text, p, end)
        given = text[p + surname : end]
        named = surname and 1 <= len(given) <= 2 and all(c in _GIVEN for c in given)
        if named and not boilerplate(text[p:end]):
            return p
    return None
