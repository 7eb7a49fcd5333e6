"""Values known not to be personal: sums of money, dates and times, amounts of goods.

A person's block is masked whole except what is positively known not to be
personal; these shapes are part of that proof (with labels and boilerplate).
"""

from __future__ import annotations

import re

from redactor.core.detect.tables.lexicon import table, words_pattern

MONEY = re.compile(r"(?:[¥$€£₹]|RMB|CNY|USD)?\s*-?\d{1,7}[.,]\d{2}(?!\d)")
_MONTH = rf"(?i:{words_pattern(table('blocks')['dates']['months'])})\.?(?![A-Za-z])"
DATE_TIME = re.compile(
    r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}:\d{2}(?::\d{2})?"
    r"|(?<!\d)\d{2}(?:\d{2})?/\d{2}(?!\d)"  # an expiry date: 2031/06, 06/31
    # a month spelt out: 7-Feb-2025, 7 February 2025, Feb 7, 2025
    rf"|(?<!\d)\d{{1,2}}[\s\-/.]?{_MONTH}[\s\-/.,]*(?:\d{{4}}|\d{{2}})(?!\d)"
    rf"|(?<![A-Za-z]){_MONTH}\s*\d{{1,2}}(?:st|nd|rd|th)?,?\s*\d{{4}}(?!\d)"
)
# An amount of goods: a number and its unit ("0.35g", "每次4粒", "x 250 ml"); a
# Chinese unit followed by 区 is a place ("3片区").
QUANTITY = re.compile(
    rf"(?<![A-Za-z0-9.])\d+(?:\.\d+)?\s*(?:{words_pattern(table('blocks')['quantities']['units'])})"
    r"(?![A-Za-z区])"
)
_FILLER = re.compile(r"[\s\W_xX×*]*")


def without_amounts(text: str) -> str:
    """``text`` with its sums of money and its dates and times blanked out."""
    return DATE_TIME.sub(" ", MONEY.sub(" ", text))


def nothing_but_amounts(text: str) -> bool:
    """Whether ``text`` holds nothing but money, dates, times and punctuation."""
    return _FILLER.fullmatch(without_amounts(text)) is not None


def only_an_amount(text: str) -> bool:
    """A line that is a sum or a date and nothing else (an order's time, a price)."""
    return bool(MONEY.search(text) or DATE_TIME.search(text)) and nothing_but_amounts(text)
