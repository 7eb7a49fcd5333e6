"""Values known not to be personal: sums of money, dates and times, amounts of goods.

A person's block is masked whole except what is positively known not to be
personal; these shapes are part of that proof (with labels and boilerplate).
"""

from __future__ import annotations

import re

from redactor.core.detect.tables.lexicon import table, words_pattern
from redactor.core.detect.tables.patterns import patterns

_SHAPES = patterns(
    "blocks",
    "shapes",
    months=words_pattern(table("blocks")["dates"]["months"]),
    days=words_pattern(table("blocks")["dates"]["days"]),
    units=words_pattern(table("blocks")["quantities"]["units"]),
    counts=words_pattern(table("blocks")["quantities"]["counts"]),
)
MONEY = _SHAPES["money"]
DATE_TIME = _SHAPES["date_time"]
QUANTITY = _SHAPES["quantity"]
SIGNED_SUM = _SHAPES["signed_sum"]
PERIOD = _SHAPES["period"]
COUNTED = _SHAPES["counted"]
#: The words of a sum written out ("one", "thousand"), case folded.
NUMBER_WORDS = frozenset(table("blocks")["quantities"]["number_words"])
_FILLER = re.compile(r"[\s\W_xX×*]*")
#: A year and a month ("1977.12"): a sum's shape, but a date (of birth, often).
_YEAR_MONTH = re.compile(r"\s*(?:19|20)\d\d[.,](?:0[1-9]|1[0-2])\s*")


def without_amounts(text: str) -> str:
    """``text`` with its sums of money, its dates and times and its periods blanked out
    (a period first: its dates are no sums)."""
    return DATE_TIME.sub(" ", MONEY.sub(" ", PERIOD.sub(" ", text)))


def nothing_but_amounts(text: str) -> bool:
    """Whether ``text`` holds nothing but money, dates, times and punctuation."""
    return _FILLER.fullmatch(without_amounts(text)) is not None


def only_an_amount(text: str) -> bool:
    """A line that is a sum or a date and nothing else (an order's time, a price)."""
    return bool(MONEY.search(text) or DATE_TIME.search(text)) and nothing_but_amounts(text)


def only_measures(text: str) -> bool:
    """``text`` is sums of money (with a currency sign, pence or none) and amounts of
    goods or counts with their units, and nothing else ("¥2000", "156平方米", "10
    parts"): no date (a date of birth is personal), no bare number (an ID's)."""
    if not any(c.isdigit() for c in text) or _YEAR_MONTH.fullmatch(text):
        return False
    rest = COUNTED.sub(" ", QUANTITY.sub(" ", SIGNED_SUM.sub(" ", MONEY.sub(" ", text))))
    return _FILLER.fullmatch(rest) is not None and rest.strip() != text.strip()
