"""A street address written into a printed sentence, in Latin script.

A letter or a quote names the customer's home inside its running text ("…to survey
your home at <number> <Street> <Suffix>. Our price…"). The line is a sentence, so
the address-line shapes leave it (masking the whole line would black out the
letter); here only the address itself is taken: the house number (with a door
before it) up to the street's capitalised suffix. The sentence's words stay
readable. The Chinese counterpart is :mod:`address_in_prose`.
"""

from __future__ import annotations

from dataclasses import replace

from redactor.core.detect.spans import Span
from redactor.core.detect.text.addresses import SHAPES, split_door
from redactor.core.detect.text.prose import is_prose

RULE = "street_in_sentence"
_SCORE = 0.7
_STREET = SHAPES["en_street_in_sentence"]
_GAP = " ,"


def streets_in_prose(text: str) -> list[Span]:
    """The street addresses inside ``text`` when it reads as a sentence."""
    if not is_prose(text):
        return []
    spans: list[Span] = []
    for m in _STREET.finditer(text):
        for sp in split_door(text, m.start(), m.end(), _SCORE, RULE):
            start = sp.start
            while text[start] in _GAP:
                start += 1  # the comma after a door belongs to neither part
            spans.append(replace(sp, start=start))
    return spans
