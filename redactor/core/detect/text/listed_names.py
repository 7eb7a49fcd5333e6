"""A person's name told by its shape alone: a common surname and the characters given
names are made of, or a common Latin given name; and where such a name stands with no
label the lexicon knows.

* **The shape** (``looks_like_listed_name``): a Chinese common surname, then one or
  two characters given names are commonly made of (three after a compound surname),
  or a word a person is called by in place of a given name ("<surname>师傅"); or one
  to three Latin words, the first a common given name (``tables/names.toml
  [given_names]``, from public birth-name statistics), no digit.
* **After a short label the lexicon lacks and its colon** ("开单: <name>", "Bedient
  von: <name>"): a value of that shape, alone after the colon, is the person the
  label names; a label the lexicon knows is ``label_values``'s to judge.
* **After a word that brings a person** ("photos for <name>", "Passbilder für
  <name>", ``[given_names] cues``): a common given name, then the capitalised words
  of the surname. A word after such a cue is as often a month or a product: only a
  common given name opens the name here.
* **A paper's byline** (``_author_line``): a line of nothing but Chinese names, each
  with its affiliation mark (``[shapes] affiliation_mark``); two names of the common
  shape vouch for the others that open with a common surname.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.core.detect.charclass import has_digit
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.field_lexicon import default_lexicon
from redactor.core.detect.tables.lexicon import boilerplate, table, words_pattern
from redactor.core.detect.tables.text_folding import fold
from redactor.core.detect.text.names import (
    CN_COMPOUND,
    LATIN_GIVEN_NAMES,
    SHAPES,
    is_business,
    surname_length,
)
from redactor.core.models import Category

RULE = "listed_name"
_SCORE = 0.7
_NAMES = table("names")
_GIVEN = frozenset(_NAMES["free_text"]["given"])
_CN_TITLES = tuple(_NAMES["given_names"]["cn_titles"])
_LATIN_WORD = re.compile(r"[^\W\d_][\w.'\-]*")
#: A short label, its colon, then the value to the line's end.
_LABELLED = re.compile(r"\s*(?P<label>[^\d:：]{1,16}?)\s*[:：](?P<v>[^:：]*)$")
_LABEL_WORDS = 3
_WORD = SHAPES["holder_word"].pattern
_CUES = frozenset(fold(w) for w in _NAMES["given_names"]["cues"])
_WORD_RUN = re.compile(r"\S+")
#: A word of Chinese characters set off by spaces, perhaps with a bracketed note.
_CN_WORD = re.compile(r"(?<!\S)(?P<w>[\u4e00-\u9fff]{2,4})(?:[(（][^)）\s]{1,3}[)）])?(?!\S)")
_ROW_NAMES = 2
#: A paper's author line: Chinese names, each perhaps carrying affiliation marks (a
#: superscript number, "*" for the corresponding author, a letter OCR made of a small
#: raised digit), parted by commas or spaces, and nothing else on the line.
_MARK = SHAPES["affiliation_mark"].pattern
_MARKS = rf"(?:{_MARK}(?:,{_MARK})*|[a-z](?![a-z]))?"
_AUTHOR = rf"[\u4e00-\u9fff]{{2,4}}{_MARKS}"
_AUTHOR_LINE = re.compile(rf"\s*{_AUTHOR}(?:\s*[，、;；,]\s*{_AUTHOR}|\s+{_AUTHOR})+\s*")
_AUTHOR_WORD = re.compile(r"[\u4e00-\u9fff]{2,4}")
_CUED = re.compile(
    rf"(?i:(?<![\w])(?:{words_pattern(_NAMES['given_names']['cues'])}))[ \t]*"
    rf"(?P<n>{_WORD}(?:[ \t]+{_WORD}){{0,2}})(?![\w])"
)


def looks_like_listed_name(text: str) -> bool:
    """``text`` holds a person's name and nothing else (see the module's notes)."""
    t = text.strip()
    if not t or has_digit(t) or is_business(t) or boilerplate(t):
        return False
    if "\u4e00" <= t[0] <= "\u9fff":
        return _cn_name(t)
    words = t.split()
    return (
        1 <= len(words) <= 3
        and all(_LATIN_WORD.fullmatch(w) for w in words)
        and fold(words[0]).rstrip(".") in LATIN_GIVEN_NAMES
    )


def _cn_name(t: str) -> bool:
    surname = surname_length(t)
    if not surname:
        return False
    given = t[surname:]
    if given in _CN_TITLES:
        return True
    most = 3 if t[:surname] in CN_COMPOUND else 2
    return 1 <= len(given) <= most and all(c in _GIVEN for c in given)


def listed_names(text: str) -> Iterator[Span]:
    yield from _after_unknown_label(text)
    yield from _after_cue(text)
    yield from _names_in_a_row(text)
    yield from _author_line(text)


def _author_line(text: str) -> Iterator[Span]:
    """A line that is only a list of Chinese names with affiliation marks (a paper's
    byline): the marks are what set it apart from a list of words, so they must be
    there, and two names of the common shape vouch for the rest that open with a
    common surname (a given name made of rarer characters)."""
    if not _AUTHOR_LINE.fullmatch(text) or not any(c.isdigit() or c in "*\u2020" for c in text):
        return
    words = list(_AUTHOR_WORD.finditer(text))
    if sum(_cn_name(m.group(0)) for m in words) < _ROW_NAMES:
        return
    for m in words:
        if surname_length(m.group(0)):
            yield Span(m.start(), m.end(), Category.NAME, _SCORE, RULE)


def _names_in_a_row(text: str) -> Iterator[Span]:
    """Several Chinese names on one line, each set off by spaces (a worksheet's crew,
    a list of signers): two or more such words that have a name's shape each vouch
    for the others. A bracketed note glued to a name ("(半)") stays readable."""
    people = [m for m in _CN_WORD.finditer(text) if _cn_name(m.group("w"))]
    if len(people) < _ROW_NAMES:
        return
    # A surname and its title ("<surname>师傅") vouches, but is message_words' to mask.
    names = [m for m in people if m.group("w")[surname_length(m.group("w")) :] not in _CN_TITLES]
    for m in names:
        yield Span(m.start("w"), m.end("w"), Category.NAME, _SCORE, RULE)


def _after_unknown_label(text: str) -> Iterator[Span]:
    m = _LABELLED.match(text)
    if m is None or len(m.group("label").split()) > _LABEL_WORDS:
        return
    if default_lexicon().find(m.group("label").strip()):
        return  # a label the lexicon knows: label_values judges its value
    value = m.group("v")
    if looks_like_listed_name(value):
        start = m.start("v") + len(value) - len(value.lstrip())
        yield Span(start, m.start("v") + len(value.rstrip()), Category.NAME, _SCORE, RULE)


def _after_cue(text: str) -> Iterator[Span]:
    for m in _CUED.finditer(text):
        words = list(_WORD_RUN.finditer(m.group("n")))
        if fold(words[0].group(0)) not in LATIN_GIVEN_NAMES:
            continue
        # The surname: the capitalised words after it, up to the next cue ("… For <use>").
        last = words[0]
        for w in words[1:]:
            if fold(w.group(0)) in _CUES:
                break
            last = w
        yield Span(m.start("n"), m.start("n") + last.end(), Category.NAME, _SCORE, RULE)
