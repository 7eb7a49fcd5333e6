"""Values known not to be personal: sums of money, dates and times, amounts of goods.

A person's block is masked whole except what is positively known not to be
personal; these shapes are part of that proof (with labels and boilerplate).
"""

from __future__ import annotations

import re

from redactor.core.detect.charclass import has_digit
from redactor.core.detect.tables.lexicon import table, words_pattern
from redactor.core.detect.tables.patterns import patterns

_SHAPES = patterns(
    "blocks",
    "shapes",
    months=words_pattern(table("blocks")["dates"]["months"]),
    days=words_pattern(table("blocks")["dates"]["days"]),
    units=words_pattern(table("blocks")["quantities"]["units"]),
    counts=words_pattern(table("blocks")["quantities"]["counts"]),
    durations=words_pattern(table("blocks")["quantities"]["durations"]),
    readings=words_pattern(table("blocks")["quantities"]["readings"]),
)
MONEY = _SHAPES["money"]
CAPITAL_SUM = _SHAPES["capital_sum"]
DATE_TIME = _SHAPES["date_time"]
QUANTITY = _SHAPES["quantity"]
SIGNED_SUM = _SHAPES["signed_sum"]
PERIOD = _SHAPES["period"]
COUNTED = _SHAPES["counted"]
PRICED = _SHAPES["priced"]
CLOCK = _SHAPES["clock"]
SIGNED_DECIMAL = _SHAPES["signed_decimal"]
RECKONED = _SHAPES["reckoned"]
DURATION = _SHAPES["duration"]
MONTH_YEAR = _SHAPES["month_year"]
READING = _SHAPES["reading"]
#: Words for an end not yet come ("present", "至今"), case folded.
_ONGOING = frozenset(w.casefold() for w in table("blocks")["dates"]["ongoing"])
#: The words of a sum written out ("one", "thousand"), case folded.
NUMBER_WORDS = frozenset(table("blocks")["quantities"]["number_words"])
_FILLER = re.compile(r"[\s\W_xX×*]*")
#: A year and a month ("1977.12"): a sum's shape, but a date (of birth, often).
_YEAR_MONTH = re.compile(r"\s*(?:19|20)\d\d[.,](?:0[1-9]|1[0-2])\s*")


def without_amounts(text: str) -> str:
    """``text`` with its sums of money, its dates and times and its periods blanked out
    (a period first: its dates are no sums; a date before the sums: "03.01.2025" is no
    sum of 03.01 and a year)."""
    return CAPITAL_SUM.sub(" ", MONEY.sub(" ", DATE_TIME.sub(" ", PERIOD.sub(" ", text))))


def nothing_but_amounts(text: str) -> bool:
    """Whether ``text`` holds nothing but money, dates, times and punctuation."""
    return _FILLER.fullmatch(without_amounts(text)) is not None


def only_a_period_bound(text: str) -> bool:
    """A cell that is a month of a year alone ("04/2019", "2021年3月") or a word for an
    end not yet come ("present"): the start or end of a stay, a post, a membership in
    a From | To table. No day, so no birth date; no one's name or address."""
    t = text.strip(" \t.:：")
    return bool(MONTH_YEAR.fullmatch(t)) or t.casefold() in _ONGOING


def only_an_amount(text: str) -> bool:
    """A line that is a sum or a date and nothing else (an order's time, a price)."""
    sums = MONEY.search(text) or CAPITAL_SUM.search(text)
    return bool(sums or DATE_TIME.search(text)) and nothing_but_amounts(text)


#: What stands on either side of a measure inside a longer value: a space, a colon, a
#: bracket or the value's end (a count glued to a word is part of that word: 12人民路).
_EDGES = " \t:：,，;；()（）/"


def only_measures(text: str) -> bool:
    """``text`` is sums of money (with their currency, or a sign), amounts of goods or
    counts with their units and times of day, and nothing else ("¥2000", "14.90 EUR",
    "156平方米", "10 parts", "20:28"): no date (a date of birth is personal), no bare
    number (an ID's, a door's: "2.14")."""
    stripped = text.strip()
    if not has_digit(stripped) or _YEAR_MONTH.fullmatch(stripped):
        return False
    rest = _blank_measures(stripped)
    return _FILLER.fullmatch(rest) is not None and rest != stripped


def measure_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The measures inside ``text[start:end]`` standing apart (a space, a colon, a
    bracket or the ends of the run on either side): "£35,193.95" after "pot:"."""
    out = []
    for m in _MEASURE.finditer(text, start, end):
        a, b = m.start(), len(m.group(0).rstrip()) + m.start()
        before = text[a - 1] if a > start else " "
        after = text[b] if b < end else " "
        if before in _EDGES and after in _EDGES + ".。" and only_measures(text[a:b]):
            out.append((a, b))
    return out


def _blank_measures(text: str) -> str:
    for shape in _MEASURES:
        text = shape.sub(" ", text)
    return text


#: The shapes of a measure, the longest reading first (a sum before its digits alone).
_MEASURES = (RECKONED, PRICED, SIGNED_SUM, SIGNED_DECIMAL, CLOCK, QUANTITY, COUNTED, READING)
_MEASURE = re.compile("|".join(f"(?:{p.pattern})" for p in _MEASURES))
