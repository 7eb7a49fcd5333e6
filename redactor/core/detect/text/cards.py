"""Bank card numbers: whole (Luhn-checked) or masked. The shapes are ``[cards]`` of
``tables/numbers.toml``."""

from __future__ import annotations

from collections.abc import Iterator

from stdnum import luhn

from redactor.core.detect.charclass import MASK_CHARS, RUN_MASKS
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.text.number_rules import Rule, digits
from redactor.core.models import Category

CARDS = patterns("numbers", "cards")


def luhn_ok(number: str) -> bool:
    """A card's length (13-19 digits), not one digit repeated, and the Luhn check digit
    (python-stdnum's, the same verdict as the hand-written sum it replaced)."""
    d = digits(number)
    return 13 <= len(d) <= 19 and len(set(d)) > 1 and luhn.is_valid(d)


def _mostly_masked(s: str) -> bool:
    """A masked card: a run six characters long or more, of which at most three are
    stray letters or ideographs (what OCR makes of smudged signs) and at least four,
    more than the strays, are mask characters."""
    masks = sum(c in MASK_CHARS + RUN_MASKS for c in s)
    stray = sum(c.isalpha() and c not in MASK_CHARS for c in s)
    return masks + stray >= 6 and masks >= 4 and stray <= 3 and masks > stray


RULES: dict[str, Rule] = {
    "card": Rule("card", Category.CARD_NUMBER, CARDS["card"], 0.95, luhn_ok),
    "card_masked": Rule(
        "card_masked", Category.CARD_NUMBER, CARDS["card_masked"], 0.85, _mostly_masked
    ),
    "card_masked_head": Rule(
        "card_masked_head", Category.CARD_NUMBER, CARDS["card_masked_head"], 0.8, _mostly_masked
    ),
}


CARD_TAIL = "card_tail"


def card_tails(text: str) -> Iterator[Span]:
    """A card's last four digits after its scheme or kind and a mask mark or a bracket
    (a wallet's "paid with" line): too short for a card's shape, the word says what
    they are."""
    for m in CARDS[CARD_TAIL].finditer(text):
        yield Span(m.start("tail"), m.end("tail"), Category.CARD_NUMBER, 0.8, CARD_TAIL)
