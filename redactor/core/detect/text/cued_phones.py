"""A number a sentence asks its reader to call: "call me on <digits>", "text us at
<digits>", "打我电话<digits>".

Inside running text no label announces a phone number; the sentence does, with a word
asking to call (``messages.toml`` [wrapped_phones] cues), whom to call (a pronoun, or a
person's name: "Please contact Mrs Jackson on <digits>") and "on"/"at".
The digits right after those words are the phone number whatever their shape (a
number of a region the phone rules do not know, or one misread by a digit): fail
closed on a value the sentence announced. A date or a time after the words is none.
A signature's short phone label opening its line ("M: <number>") announces it too.
"""

from __future__ import annotations

import re

from redactor.core.detect.charclass import digit_count
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.lexicon import table, words_pattern
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.text.not_personal import nothing_but_amounts
from redactor.core.models import Category

RULE = "cued_phone"
_SCORE = 0.75
_TABLE = table("messages")["wrapped_phones"]
_LINK = rf"(?:{words_pattern(_TABLE['links'])})(?![A-Za-z])"
# A capitalised word of a name, whatever the pattern's case: "Jackson", "O'Neill".
_NAME_WORD = r"(?-i:[A-ZÀ-ÖØ-Þ][\w'’\-]*)"
_CALLEE_WORD = rf"(?:{words_pattern(_TABLE['callee_words'])})\.?(?![A-Za-z])"
#: The person to call, named between the cue and the link ("contact Mrs Jackson on"):
#: at most four words, the last a capitalised one, and a link must follow.
_CALLEE = rf"(?:(?:{_CALLEE_WORD}|{_NAME_WORD})\s+){{0,3}}{_NAME_WORD}(?=\s+{_LINK})"
CUED_NUMBER = re.compile(
    rf"(?i)(?<![A-Za-z])(?:{words_pattern(_TABLE['cues'])})"
    rf"(?:\s+(?:{words_pattern(_TABLE['objects'])})|\s+{_CALLEE})?"
    rf"\s*(?:{_LINK}|[:：])?\s*"
    r"(?P<n>\+?\d[\d \-]{5,18}\d)(?!\d)"
)
# "M: <number>" alone on a signature's line.
_ABBREVIATED = re.compile(
    rf"(?i)\s*(?:{words_pattern(_TABLE['abbreviations'])})\s*[:：]\s*"
    r"(?P<n>\+?\d[\d \-]{5,18}\d)\s*$"
)
_COUNT_AFTER = patterns("messages", "shapes")["count_after_number"]
_WORD_NEXT = re.compile(r"\s+[^\W\d_]")
#: Digits of a phone number, at least and at most.
_LEAST, _MOST = 7, 15


def cued_phones(text: str) -> list[Span]:
    out: list[Span] = []
    found = [*CUED_NUMBER.finditer(text)]
    if (line := _ABBREVIATED.match(text)) is not None:
        found.append(line)
    for m in found:
        number = m.group("n")
        end = m.end("n")
        if (count := _COUNT_AFTER.search(number)) is not None and _WORD_NEXT.match(text, end):
            number, end = number[: count.start()], m.start("n") + count.start()
        if not _LEAST <= digit_count(number) <= _MOST:
            continue
        if nothing_but_amounts(number):
            continue  # "call on 12-06-2026": a date
        out.append(Span(m.start("n"), end, Category.PHONE, _SCORE, RULE))
    return out
