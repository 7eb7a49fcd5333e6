"""A number rule: a named pattern of ``tables/numbers.toml``, the category it finds,
its score and an optional check (checksums, plausible dates), in the spirit of
presidio's recognizers. Patterns run on the normalised digit view of a line, so
indices map 1:1 to the OCR characters.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from redactor.core.detect.spans import Span
from redactor.core.detect.tables.patterns import patterns
from redactor.core.models import Category

_DATES = patterns("numbers", "dates")
_NUMERIC_DATE = _DATES["numeric_date"]
#: How far around a number a date it cuts into may reach (a date's longest form).
_DATE_REACH = 10
#: The kinds of number a date or a longer code's piece is mistaken for.
_PIECE_PRONE = frozenset({Category.PHONE, Category.CARD_NUMBER})


@dataclass(frozen=True)
class Rule:
    name: str
    category: Category
    pattern: re.Pattern[str]
    score: float
    validate: Callable[[str], bool] | None = None
    # A personal mobile's form: its holder's name may stand right before it, and when
    # printed in full it is a personal signal for its block even as a line's only code.
    mobile: bool = False
    masked: bool = False  # stars stand in some digits


def digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def not_date_like(s: str) -> bool:
    if re.search(r"[A-Za-z]", s):
        return True
    # A stamp of digits alone (year, month, day, maybe a time) is a date, not a phone.
    return not _DATES["digits_date"].fullmatch(digits(s))


def a_piece_of_something_longer(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is part of a longer printed number rather than a
    number of its own: it continues a run of digit groups joined by dashes (the tail
    of a ticket's or a form's serial), or it takes in all or part of a date printed
    with separators (a receipt number and the date beside it read as one card)."""
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isdigit():
        return True
    window = _NUMERIC_DATE.finditer(
        text, max(0, start - _DATE_REACH), min(len(text), end + _DATE_REACH)
    )
    return any(m.start() < end and start < m.end() for m in window)


def rule_spans(rule: Rule, text: str) -> Iterator[Span]:
    """The matches of one pattern rule on one (normalised) line."""
    for m in rule.pattern.finditer(text):
        s = m.group(0)
        if rule.validate is not None and not rule.validate(s):
            continue
        if rule.category is Category.PHONE and not not_date_like(s):
            continue
        start, end = m.start(), m.end()
        if rule.category in _PIECE_PRONE and a_piece_of_something_longer(text, start, end):
            continue
        # trim separators picked up at the edges
        while start < end and text[start] in " -.":
            start += 1
        while end > start and text[end - 1] in " -.":
            end -= 1
        yield Span(start, end, rule.category, rule.score, rule.name)
