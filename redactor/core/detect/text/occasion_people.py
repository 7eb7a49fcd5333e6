"""The people an invitation names inside its sentences, by the part each plays.

A card, a party invitation or a letter of invitation prints no label before its
names; its sentences say who is who (``tables/names.toml [invitations]``):

* **whom to answer**: a reply cue ("RSVP", "U.A.w.g.", "Réponse souhaitée"), perhaps a
  joining word ("to", "bei"), then the person's name, and the digits right after it
  are their phone number whatever their shape (fail closed: the sentence announced
  a number to call); before such digits, one or two words the OCR misread are the
  name all the same;
* **the celebrated**: a name and its possessive before the occasion or an ordinal
  ("<name>'s 70th birthday", "For: <name>'s 3rd"; the OCR may drop the apostrophe
  before an ordinal), or the occasion and "of" before the name ("l'anniversaire de
  <name>", "les 40 ans de <name>", "Geburtstag von <name>");
* **the hosts**: the capitalised words right before a phrase of hosting ("<name> and
  family", "<name> pend la crémaillère", "<name> turns 40").

A name is one to three capitalised words (accented letters allowed); words that an
invitation writes where a name might stand ("You", "Everyone", "Friends") are no one.
The cues and phrases stay readable.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.core.detect.charclass import digit_count
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.lexicon import boilerplate, table, words_pattern
from redactor.core.detect.text.names import SHAPES, is_business
from redactor.core.models import Category

RULE = "occasion_person"
_SCORE = 0.7
_WORDS = table("names")["invitations"]
_WORD = SHAPES["holder_word"].pattern
_NAME = rf"(?P<n>{_WORD}(?:[ \t]+{_WORD}){{0,2}})"
_NOBODY = frozenset(w.casefold() for w in _WORDS["not_people"])
_ORDINAL = SHAPES["invitation_ordinal"].pattern
#: With no apostrophe ("<name>s 5th", the OCR dropped it), an English ordinal only.
_ORDINAL_EN = SHAPES["invitation_ordinal_en"].pattern
_PHONE = SHAPES["reply_phone"].pattern
_NUMBER = SHAPES["occasion_number"].pattern
_REPLY = re.compile(
    rf"(?i:(?<![\w])(?:{words_pattern(_WORDS['replies'])}))[\s:：,.\-–—]*"
    rf"(?:(?i:{words_pattern(_WORDS['reply_links'])})[ \t]+)?"
    rf"(?:{_NAME}(?![\w])|(?P<unread>[^\d\s]+(?:[ \t]+[^\d\s]+)?))"
    rf"(?:[\s,:\-–—]*(?P<number>{_PHONE}))?"
)
_POSSESSIVE = re.compile(
    rf"(?<![\w]){_NAME}(?:['’]s?[ \t]+(?:{_ORDINAL}|(?i:{words_pattern(_WORDS['occasions'])})"
    rf"(?![\w]))|s[ \t]+{_ORDINAL_EN})"
)
_OF = re.compile(
    r"(?i:(?<![\w])(?:"
    + "|".join(
        rf"\s*(?:{_NUMBER}\s+)?".join(re.escape(w) for w in phrase.split(" ", 1))
        for phrase in sorted(_WORDS["occasions_of"], key=len, reverse=True)
    )
    + rf"))[ \t]*{_NAME}(?![\w])"
)
_HOSTING = re.compile(rf"(?i:(?<![ \t])[ \t]+(?:{words_pattern(_WORDS['hosts_before'])}))(?![\w])")
#: How far back from a hosting phrase its hosts' names may start, in characters.
_BACK = 60
_NAMES_BEFORE = re.compile(rf"(?<![\w]){_NAME}$")
_POSSESSIVE_TAIL = re.compile(r"['’]?s?")
_WORD_RUN = re.compile(r"\S+")
#: Digits of a phone number, at least and at most.
_LEAST, _MOST = 7, 15


def occasion_people(text: str) -> Iterator[Span]:
    for m in _REPLY.finditer(text):
        phone = m.group("number")
        if phone is None or not _LEAST <= digit_count(phone) <= _MOST:
            if m.group("n") is not None:
                yield from _name(m)
            continue
        yield Span(m.start("number"), m.end("number"), Category.PHONE, _SCORE, RULE)
        if m.group("n") is not None:
            yield from _name(m)
        else:  # before the number to call, the person's name however the OCR read it
            yield Span(m.start("unread"), m.end("unread"), Category.NAME, _SCORE, RULE)
    for m in _POSSESSIVE.finditer(text):
        for span in _name(m):
            # The possessive goes with the name: "<name>'s" is as telling.
            tail = _POSSESSIVE_TAIL.match(text, m.end("n"))
            end = tail.end() if tail else m.end("n")
            yield Span(span.start, end, span.category, span.score, span.rule)
    for m in _OF.finditer(text):
        yield from _name(m)
    for m in _HOSTING.finditer(text):
        start = max(0, m.start() - _BACK)
        before = _NAMES_BEFORE.search(text, start, m.start())
        if before is not None:
            yield from _name(before)


def _name(m: re.Match[str]) -> Iterator[Span]:
    """The match's name, past words naming no one that may open it ("Join Everyone")."""
    words = list(_WORD_RUN.finditer(m.group("n")))
    while words and words[0].group(0).casefold() in _NOBODY:
        words.pop(0)
    if not words:
        return
    start, end = m.start("n") + words[0].start(), m.end("n")
    while m.string[end - 1] in "'’":  # the possessive's apostrophe
        end -= 1
    name = m.string[start:end]
    if is_business(name) or boilerplate(name):
        return
    yield Span(start, end, Category.NAME, _SCORE, RULE)
