"""Printed sentences: a form's instructions, conditions and notices.

A person's block holds values (a name, an address line, a phone); a line written as a
sentence is the form speaking (a footer's conditions, a declaration, an instruction to
whoever fills it in), so a block that reaches it has ended. Its own values, if any (a
phone printed in a notice), are found by their shapes as on any line.
"""

from __future__ import annotations

import re

from redactor.core.detect.charclass import has_digit
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.tables.text_folding import is_cjk

#: Latin words of a sentence: at least this many, most of them lower case.
_MIN_WORDS = 6
#: Chinese characters of a sentence ended by a full stop (a short one may be a stamp).
_MIN_CJK = 6
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_LATIN_END = frozenset(".!?")
# OCR often reads a Chinese sentence's full-width marks as half-width ones; a dot
# is left out (decimals, abbreviations).
_CJK_STOPS = frozenset("。！？!?")
#: Chinese characters of a paragraph's line with a clause mark but no stop (the
#: sentence wraps on): more than an address or a name line holds.
_WRAPPED_CJK = 24
_CJK_CLAUSE = frozenset("，,；;")
#: A text message's first line: its sender in brackets, then its words.
_SENDER_SIGNATURE = patterns("messages", "shapes")["sender_signature"]
#: Latin words of a paragraph's line with a sentence's stop inside but none at its end.
_WRAPPED_WORDS = 12
_STOP_INSIDE = re.compile(r"[a-z][.!?] +[A-Z]")


def is_prose(text: str) -> bool:
    """Whether ``text`` reads as a printed sentence rather than a value."""
    t = text.strip()
    if not t:
        return False
    cjk = sum(1 for c in t if is_cjk(c))
    if cjk >= _MIN_CJK and any(c in _CJK_STOPS for c in t):
        return True
    if cjk >= _WRAPPED_CJK and any(c in _CJK_CLAUSE for c in t):
        return True  # a line of a paragraph, wrapped mid-sentence
    if (m := _SENDER_SIGNATURE.match(t)) and sum(1 for c in t[m.end() :] if is_cjk(c)) >= _MIN_CJK:
        return True  # a text message's words after its sender's bracketed name
    words: list[str] = _WORD.findall(t)
    if len(words) < _MIN_WORDS:
        return False
    lower = 2 * sum(w[0].islower() for w in words) >= len(words)
    if t[-1] in _LATIN_END:
        return lower
    # A line of a paragraph wrapped mid-sentence: a sentence ends inside it, and it
    # runs on for more words than a name, an address or a label holds.
    return lower and len(words) >= _WRAPPED_WORDS and bool(_STOP_INSIDE.search(t))


def runs_on(text: str) -> bool:
    """Whether ``text`` is a line of a paragraph, wrapped mid-sentence with no stop on
    it: more words than a name, an address or a label holds, most of them lower case."""
    words: list[str] = _WORD.findall(text)
    return len(words) >= _WRAPPED_WORDS and 2 * sum(w[0].islower() for w in words) >= len(words)


#: Latin words of a question put to the reader before a colon ("I am interested in:").
_MIN_PROMPT_WORDS = 3


def is_prompt(text: str) -> bool:
    """Whether ``text`` opens with a printed question to whoever fills the form in: a
    few words, most of them lower case, with no digit, then a colon (the tick-box
    options or the answer follow). Longer than a field's label; a value has no colon."""
    head, colon, _ = text.partition(":")
    if not colon or has_digit(head):
        return False
    words: list[str] = _WORD.findall(head)
    if len(words) < _MIN_PROMPT_WORDS or len(" ".join(words)) < len(head.strip()):
        return False
    return 2 * sum(w[0].islower() for w in words) >= len(words)


#: What may follow a printed question on its line: its tick-box answers ("Yes No",
#: "Oui Non", glued by OCR into one word), a few short words without a digit.
_MOST_ANSWERS = 4
_ANSWER_LETTERS = 8
#: Chinese characters of a printed question ("是否曾在本市登记？").
_MIN_CJK_QUESTION = 4
_QUESTION_MARKS = "?？"


def asks_the_reader(text: str) -> bool:
    """Whether ``text`` is a question the form prints for whoever fills it in, maybe
    with its tick-box answers after the mark ("Have you moved since …? Yes No"): a
    question mark after a few words, most of them lower case (or after Chinese
    characters), then no digit and no more than a few short words. A value asks
    nothing, so no label's value is such a line."""
    at = max(text.rfind(q) for q in _QUESTION_MARKS)
    if at < 0:
        return False
    head, tail = text[:at], text[at + 1 :]
    answers = tail.split()
    if has_digit(tail) or len(answers) > _MOST_ANSWERS:
        return False
    if any(len(w) > _ANSWER_LETTERS for w in answers):
        return False
    if sum(1 for c in head if is_cjk(c)) >= _MIN_CJK_QUESTION:
        return True
    words: list[str] = _WORD.findall(head)
    return len(words) >= _MIN_PROMPT_WORDS and 2 * sum(w[0].islower() for w in words) > len(words)


#: Lower-case Latin words that make a line a phrase of the form's own, not a number.
_PHRASE_WORDS = 4


def a_phrase_without_numbers(text: str) -> bool:
    """Whether ``text`` is several words, most of them lower case, with no digit, no
    "@" and no mask mark: the form's own words ("I wish to receive my card at this
    address"), which no phone, ID, card or e-mail is written as."""
    if any(c.isdigit() or c in "@*＊" for c in text):
        return False
    words: list[str] = _WORD.findall(text)
    lower = sum(w[0].islower() for w in words)
    return lower >= _PHRASE_WORDS and 2 * lower > len(words)
