"""A Latin-script address written into a sentence ("…meet you at <flat>, <number>
<street>, <postcode>. If anything changes…"): only the address is the person's.

The address runs from its first door ("Flat 4", with a number) or house number and
street (or from the line's start, when the address wrapped onto it: a town and its
postcode open the line) to the end of its last postcode or street; the sentence's words around it stay
readable, and so do the commas between its parts. It counts as a sentence only when
lower-case words stand around the address (an address line has none); otherwise, or
when no door or street opens it, the whole extent stays as found (fail closed).
"""

from __future__ import annotations

import re

from redactor.core.detect.charclass import has_digit
from redactor.core.detect.tables.text_folding import is_cjk
from redactor.core.detect.text.addresses import SHAPES

# In a sentence a street is in capitals: "3 boxes in place" is the sentence's own.
_HEADS = (SHAPES["en_door"], SHAPES["en_street_in_sentence"])
_TAILS = (
    SHAPES["en_street_in_sentence"],
    SHAPES["uk_postcode_line"],
    SHAPES["us_state_zip"],
    SHAPES["us_city_zip"],
    SHAPES["ca_city_postcode"],
    SHAPES["in_pin_line"],
)
_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z][a-z'’]+")
#: Lower-case words around the address that make the line a sentence.
_SENTENCE_WORDS = 3
_PART = re.compile(r"[^,;]+")
# Capitalised words only: a town before its postcode.
_TOWN = re.compile(r"\s*(?:[A-Z][A-Za-z'\-]*[\s,]*)*")


def reads_as_sentence(words: str) -> bool:
    """Enough lower-case Latin words for a sentence (an address line has none)."""
    return len(_LOWER_WORD.findall(words)) >= _SENTENCE_WORDS


def en_address_parts(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The parts of a Latin address inside the sentence ``text[start:end]``, each
    apart from the commas between them; None when it is no sentence around one."""
    if any(is_cjk(c) for c in text[start:end]):
        return None
    heads = [
        m.start()
        for pattern in _HEADS
        for m in pattern.finditer(text, start, end)
        if has_digit(m.group())
    ]
    found = [m for pattern in _TAILS for m in pattern.finditer(text, start, end)]
    if not found:
        return None
    if not heads and _TOWN.fullmatch(text, start, min(m.start() for m in found)):
        heads = [start]  # the address wrapped onto the line: its town and postcode open it
    if not heads:
        return None
    a, b = min(heads), max(m.end() for m in found)
    if b <= a:
        return None
    if not reads_as_sentence(f"{text[start:a]} {text[b:end]}"):
        return None
    if b < end and text[b] == ".":
        b += 1  # the sentence's stop after the postcode: a mask's edge, not a word
    parts = []
    for m in _PART.finditer(text, a, b):
        part = m.group()
        lead = len(part) - len(part.lstrip())
        if part.strip():
            parts.append((m.start() + lead, m.start() + len(part.rstrip())))
    return parts
