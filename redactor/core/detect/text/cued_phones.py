"""A number a sentence asks its reader to call: "call me on <digits>", "text us at
<digits>", "打我电话<digits>".

Inside running text no label announces a phone number; the sentence does, with a word
asking to call (``messages.toml`` [wrapped_phones] cues), whom to call and "on"/"at".
The digits right after those words are the phone number whatever their shape (a
number of a region the phone rules do not know, or one misread by a digit): fail
closed on a value the sentence announced. A date or a time after the words is none.
A signature's short phone label opening its line ("M: <number>") announces it too.
"""

from __future__ import annotations

import re

from redactor.core.detect.spans import Span
from redactor.core.detect.tables.lexicon import table, words_pattern
from redactor.core.detect.text.not_personal import nothing_but_amounts
from redactor.core.models import Category

RULE = "cued_phone"
_SCORE = 0.75
_TABLE = table("messages")["wrapped_phones"]
CUED_NUMBER = re.compile(
    rf"(?i)(?<![A-Za-z])(?:{words_pattern(_TABLE['cues'])})"
    rf"(?:\s+(?:{words_pattern(_TABLE['objects'])}))?"
    rf"\s*(?:(?:{words_pattern(_TABLE['links'])})(?![A-Za-z])|[:：])?\s*"
    r"(?P<n>\+?\d[\d \-]{5,18}\d)(?!\d)"
)
# "M: <number>" alone on a signature's line.
_ABBREVIATED = re.compile(
    rf"(?i)\s*(?:{words_pattern(_TABLE['abbreviations'])})\s*[:：]\s*"
    r"(?P<n>\+?\d[\d \-]{5,18}\d)\s*$"
)
#: Digits of a phone number, at least and at most.
_LEAST, _MOST = 7, 15


def cued_phones(text: str) -> list[Span]:
    out: list[Span] = []
    found = [*CUED_NUMBER.finditer(text)]
    if (line := _ABBREVIATED.match(text)) is not None:
        found.append(line)
    for m in found:
        number = m.group("n")
        if not _LEAST <= sum(c.isdigit() for c in number) <= _MOST:
            continue
        if nothing_but_amounts(number):
            continue  # "call on 12-06-2026": a date
        out.append(Span(m.start("n"), m.end("n"), Category.PHONE, _SCORE, RULE))
    return out
