"""An address written into a printed sentence: where it lies, so that only the
address is masked and the sentence's words around it stay readable.

One decision for every script: a letter's "…meet you at <flat>, <number> <street>,
<postcode>. If…" (:func:`en_address_parts`), a street alone in a sentence ("…your home
at <number> <Street> <Suffix>. Our…"), a contract's "…位于<province>…<door>的房屋…"
(:func:`address_extent`), and a sentence that holds none although a word of it is
shaped like one (a rule's "seat number", an offence's "signal", a plate number shaped
like a Latin postcode inside a Chinese sentence). A line that is no sentence is left to
the address-line shapes, which mask it whole.
"""

from __future__ import annotations

import re

from redactor.core.detect.tables.text_folding import is_cjk
from redactor.core.detect.text.address_in_prose import address_extent, no_address_in_sentence
from redactor.core.detect.text.addresses import SHAPES, looks_like_address, looks_like_cn_address
from redactor.core.detect.text.en_address_in_sentence import en_address_parts, reads_as_sentence
from redactor.core.detect.text.prose import is_prose

RULE = "address_in_sentence"
_STREET = SHAPES["en_street_in_sentence"]
_LOOSE_STREET = SHAPES["en_street"]
#: Chinese characters that make a line Chinese text.
_CHINESE_TEXT = 6
# Two Latin words in a row: what a Latin address has (a town and its postcode).
_LATIN_WORDS = re.compile(r"[A-Za-z0-9]+\s+[A-Za-z0-9]+")


def sentence_address(text: str, end: int) -> list[tuple[int, int]] | None:
    """The address's parts inside ``text[:end]`` when that is a sentence (an empty list:
    a sentence that holds no address); ``None`` when it is no sentence around one."""
    head = text[:end]
    if looks_like_address(head):
        if no_address_in_sentence(text, end):
            return []
        if (parts := en_address_parts(text, 0, end)) is not None:
            return parts
        a, b = address_extent(text, 0, end)
        if (a, b) != (0, end):
            return [(a, b)]
    if _code_in_chinese(head) or _words_before_a_suffix(head):
        return []
    if not is_prose(head):
        return None
    if any(is_cjk(c) for c in head):
        # a Chinese address in a sentence that no extent narrows stays whole (fail closed)
        return None
    # Latin running text: a street in capitals is the address; a lower-case phrase
    # ending in a suffix word ("3 boxes in place") is the sentence's own.
    return [(m.start(), m.end()) for m in _STREET.finditer(head)]


def _code_in_chinese(text: str) -> bool:
    """A Chinese line that is no Chinese address, with no two Latin words in a row: a
    Latin postcode shape inside it is a single token among Chinese words (a plate, a
    model number), never a Latin address."""
    return (
        sum(map(is_cjk, text)) >= _CHINESE_TEXT
        and not looks_like_cn_address(text)
        and not _LATIN_WORDS.search(text)
    )


def _words_before_a_suffix(text: str) -> bool:
    """A Latin line of a sentence whose only address shape is a number, lower-case
    words and a suffix word ("…at 10:00 am in Court 2, …"): the sentence's own words.
    A street in capitals, a door or a postcode on it is an address (and stays one)."""
    if not reads_as_sentence(text) or _STREET.search(text):
        return False
    if not _LOOSE_STREET.search(text):
        return False
    return not looks_like_address(_LOOSE_STREET.sub(lambda m: " " * len(m.group()), text))
