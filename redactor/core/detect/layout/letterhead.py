"""A letterhead: the business's own name printed at the head of a page (a florist's
order form, a parish's certificate, a dealer's trade-in receipt). Its name and the
address and phone under it are no one's; a person's name heading a letter or a label
stays a name (fail closed: only a line holding a business's or a trade's word is one)."""

from __future__ import annotations

import re

from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.text.names import LATIN_TITLES, is_business, names_a_trade

# At most this many lines above it (a form's number, its title): still the page's head.
_LINES_ABOVE = 2
# A business's name is a few words with no comma or number in it.
_MOST_WORDS = 6
_SENTENCE = re.compile(r"[,，\d]")
# A title before the words makes the line a person's ("Mrs Church"), whatever else.
_TITLED = re.compile(rf"(?i)\s*(?:{LATIN_TITLES})(?!\w)")


def _name_shaped(text: str) -> bool:
    """A name alone, no sentence ("I, <name>, of <address>"): a few words, no comma,
    no number."""
    return not _SENTENCE.search(text) and len(text.split()) <= _MOST_WORDS


def heads_the_page(sheet: Sheet, k: int) -> bool:
    """Line ``k`` stands at the top of the page: at most ``_LINES_ABOVE`` lines end
    above its middle."""
    g = sheet.geo[k]
    middle = (g.y0 + g.y1) / 2
    above = sum(1 for j, c in enumerate(sheet.geo) if j != k and c.y1 <= middle)
    return above <= _LINES_ABOVE


def letterhead(sheet: Sheet, k: int, text: str) -> bool:
    """``text`` (line ``k``, or its value) heads the page and reads as a business: a
    business's word, or a trade's or an institution's ("Bakehouse", "Parroquia")."""
    if _TITLED.match(text) or not _name_shaped(text) or not heads_the_page(sheet, k):
        return False
    return is_business(text) or names_a_trade(text)
