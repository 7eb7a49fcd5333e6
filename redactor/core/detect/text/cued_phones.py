"""A number a sentence asks its reader to call: "call me on <digits>", "text us at
<digits>", "打我电话<digits>".

Inside running text no label announces a phone number; the sentence does, with a word
asking to call (``messages.toml`` [wrapped_phones] cues), whom to call (a pronoun, or a
person's name: "Please contact Mrs Jackson on <digits>") and "on"/"at".
The digits right after those words are the phone number whatever their shape (a
number of a region the phone rules do not know, or one misread by a digit): fail
closed on a value the sentence announced. A date or a time after the words is none.
A signature's short phone label opening its line ("M: <number>") announces it too.
The cue may be abbreviated with its dot ("tel. <digits>") or name its number ("mobile
number: <digits>", "tel. no. <digits>"), and "to" joins it as "on" does ("text to").

The person named between the words and the number is whom to contact: their name
(``called_names``), its title and particles readable, unless the words name a
business, a team or a job ("call Customer Services on"), a label or boilerplate.
"""

from __future__ import annotations

import re

from redactor.core.detect.charclass import digit_count
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.field_lexicon import default_lexicon
from redactor.core.detect.tables.lexicon import boilerplate, table, words_pattern
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.tables.text_folding import fold
from redactor.core.detect.text.names import is_business
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
_CALLEE = rf"(?P<callee>(?:(?:{_CALLEE_WORD}|{_NAME_WORD})\s+){{0,3}}{_NAME_WORD})(?=\s+{_LINK})"
#: The cue's abbreviating dot and a noun naming its number ("tel. no.", "mobile number").
_CUE_TAIL = rf"\.?(?:\s+(?:{words_pattern(_TABLE['number_nouns'])})(?![A-Za-z])\.?)?"
CUED_NUMBER = re.compile(
    rf"(?i)(?<![A-Za-z])(?:{words_pattern(_TABLE['cues'])}){_CUE_TAIL}"
    rf"(?:\s+(?:{words_pattern(_TABLE['objects'])})|\s+{_CALLEE})?"
    rf"\s*(?:{_LINK}|[:：])?\s*"
    r"(?P<n>\+?\d[\d \-]{5,18}\d)(?!\d)"
)
# "M: <number>" alone on a signature's line.
_ABBREVIATED = re.compile(
    rf"(?i)\s*(?:{words_pattern(_TABLE['abbreviations'])})\s*[:：]\s*"
    r"(?P<n>\+?\d[\d \-]{5,18}\d)\s*$"
)
_LEADING_WORD = re.compile(rf"(?i){_CALLEE_WORD}\s+")
#: A team's or a job's words name no one ("Customer Services", "the Lettings Office").
_JOB_WORDS = frozenset(fold(w) for w in table("messages")["mail"]["job_words"])
NAME_RULE = "called_name"
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


def called_names(text: str) -> list[Span]:
    """The person a sentence asks to contact, between the words asking and the number
    ("please call <name> on <digits>"); the phone must be one (``cued_phones``)."""
    phones = {s.start for s in cued_phones(text)}
    out: list[Span] = []
    for m in CUED_NUMBER.finditer(text):
        if m.group("callee") is None or m.start("n") not in phones:
            continue
        start = m.start("callee")
        while (lead := _LEADING_WORD.match(text, start)) is not None:
            start = lead.end()  # a title or a particle opening the name stays readable
        name = text[start : m.end("callee")]
        if not name or any(fold(w) in _JOB_WORDS for w in name.split()):
            continue
        if boilerplate(name) or is_business(name) or default_lexicon().find(name):
            continue
        out.append(Span(start, m.end("callee"), Category.NAME, _SCORE, NAME_RULE))
    return out
