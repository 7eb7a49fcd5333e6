"""The personal words inside free text (a memo, a remark, a payment's purpose).

Free text announces no one value: a name, a phone or an address stands among words
that must stay readable ("on behalf of <name>, repayment"). Only those words are
masked. Phones, ID and card numbers need nothing here: their line patterns find them
anywhere on a line. What this module adds:

* a Chinese name, which no space sets off: a common surname (single or compound)
  opening a phrase or right after a word that brings a name (on behalf of, to, for),
  then one or two characters of the kind given names are made of;
* an English name after a word that may bring one ("paid by", "for"): two or three
  capitalised words, or a title and a word;
* an English name after a word that brings a person ("call", "attn"): one word will do;
* an address: a phrase (between commas or semicolons) shaped like one, and a door
  number (house, flat, room) anywhere;
* a long number a line pattern does not know (a foreign phone, an account).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.core.detect.charclass import has_digit
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.field_lexicon import default_lexicon
from redactor.core.detect.tables.lexicon import boilerplate, table
from redactor.core.detect.tables.text_folding import is_cjk
from redactor.core.detect.text.addresses import looks_like_address, split_door
from redactor.core.detect.text.names import SHAPES, is_business, surname_length
from redactor.core.detect.text.not_personal import DATE_TIME
from redactor.core.models import Category

RULE = "free_text_word"
_SCORE = 0.7
_WORDS = table("names")["free_text"]
# A role word brings the name glued after it as well ("…人" then the name).
_CUES = frozenset(_WORDS["cues"] + table("names")["roles"]["suffixes"])
_GIVEN = frozenset(_WORDS["given"])
_GIVEN_MAX = 2
_HONORIFIC = SHAPES["free_text_honorific"]
_PLACE_CUES = frozenset(_WORDS["place_cues"] + " ")
_EN_NAME = SHAPES["free_text_en_name"]
_EN_TITLED = SHAPES["free_text_titled"]
_TITLED = SHAPES["titled"]
_PERSON_CUES = frozenset(" ".join(w.lower().split()) for w in _WORDS["english_person_cues"])
_NUMBER = SHAPES["free_text_number"]
_STRAY_DIGITS = 2
# Where a phrase of free text ends (Latin and Chinese commas, semicolons, stops).
_PHRASE_END = re.compile(r"[,;，；。、]")


def personal_words(text: str, start: int, end: int) -> Iterator[Span]:
    """Spans of ``text[start:end]`` (a free-text value) that are a person's data."""
    yield from _cn_names(text, start, end)
    yield from _en_names(text, start, end)
    yield from _addresses(text, start, end)
    yield from _doors(text, start, end)
    yield from _numbers(text, start, end)


def _cn_names(text: str, start: int, end: int) -> Iterator[Span]:
    p = start
    while p < end:
        stop = cn_glued_name_end(text, p, end) if _opens_name(text, p, start) else None
        if stop is None:
            p += 1
            continue
        yield Span(p, stop, Category.NAME, _SCORE, RULE)
        p = stop


def _opens_name(text: str, p: int, start: int) -> bool:
    before = text[p - 1] if p > start else ""
    return not before or not is_cjk(before) or before in _CUES


def cn_glued_name_end(text: str, p: int, end: int) -> int | None:
    """Where the name that starts at ``p`` ends, if one does: a common surname, then
    given-name characters (or an honorific) only, for text that runs on after it."""
    surname = surname_length(text, p, end)
    if not surname:
        return None
    q = p + surname
    while q < end and q - p - surname < _GIVEN_MAX and text[q] in _GIVEN:
        q += 1
    # An honorific after the surname makes it a name ("<surname>女士"), and ends it.
    honorific = _HONORIFIC.match(text, q, end)
    if q == p + surname and not honorific:
        return None
    q = honorific.end() if honorific else q
    name = text[p:q]
    if boilerplate(name) or default_lexicon().find(name):
        return None  # a word or a label that opens like a name
    return q


def _en_names(text: str, start: int, end: int) -> Iterator[Span]:
    found = [*_EN_NAME.finditer(text, start, end), *_EN_TITLED.finditer(text, start, end)]
    for m in found:
        name = m.group("n")
        one_word_will_do = bool(_TITLED.match(name)) or _person_cue(m)
        if len(name.split()) < 2 and not one_word_will_do:
            continue
        if is_business(name) or boilerplate(name):
            continue
        yield Span(m.start("n"), m.end("n"), Category.NAME, _SCORE, RULE)


def _person_cue(m: re.Match[str]) -> bool:
    cue = m.groupdict().get("cue")
    return cue is not None and " ".join(cue.lower().split()) in _PERSON_CUES


def _numbers(text: str, start: int, end: int) -> Iterator[Span]:
    for m in _NUMBER.finditer(text, start, end):
        if DATE_TIME.search(m.group(0)):
            continue  # a date and a time run together
        a, b = m.span()
        head, _, tail = text[a:b].rpartition(" ")
        if head and len(tail) <= _STRAY_DIGITS:
            b = a + len(head.rstrip())  # a count after the number ("… 30 min")
        yield Span(a, b, Category.PHONE, _SCORE, RULE)


def _doors(text: str, start: int, end: int) -> Iterator[Span]:
    """Door numbers ("No. 26", "3栋2单元"): the door shapes of an address line."""
    for s in split_door(text, start, end, _SCORE, RULE):
        if s.category is Category.DOOR and has_digit(text[s.start : s.end]):
            yield s


def _addresses(text: str, start: int, end: int) -> Iterator[Span]:
    a = start
    for m in [*_PHRASE_END.finditer(text, start, end), None]:
        b = m.start() if m else end
        phrase = text[a:b]
        if phrase.strip() and looks_like_address(phrase):
            lead = 0
            while lead < len(phrase) and phrase[lead] in _PLACE_CUES:
                lead += 1
            yield from split_door(text, a + lead, len(text[:b].rstrip()), _SCORE, RULE)
        a = m.end() if m else end
