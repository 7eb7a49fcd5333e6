"""A person named inside running text: a certificate, a contract, a letter.

Printed prose names its person with no label before the name: a phrase introduces
them ("兹证明<name>(…)", "This is to certify that <name> has been …"), and their
numbers follow the word that says what the number is, in the middle of a sentence
("…, 员工编号<code>, …", "from account ending <digits>"). The field lexicon finds
labels at a line's start or set off by a colon; these are found here:

* a name right after an introducing phrase (tables/names.toml ``[prose]``): a
  common surname and the Chinese characters after it up to the sentence's next
  punctuation (given-name characters only, when the text runs on), or one to four
  capitalised words;
* a number right after a word the field lexicon knows as an identifying number's
  label, inside a sentence (after a clause or a few words: a line's first label is
  ``label_values``'s), a qualifier ("ending", "尾号") allowed between them;
* a name right after a wish written for the person ("Happy birthday <name>", "Get
  well soon <name>", "Joyeux anniversaire <name>"; ``[prose] wishes``): one or two
  capitalised words (accented letters allowed), glued to the wish or not;
* a vehicle's plate, wherever it stands (in a sentence, after its label, before a
  phone): a value of its own, found after the person blocks so it starts none.

The introducing phrase and the number's word stay readable.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.core.detect.charclass import digit_count
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.field_lexicon import ValueKind, default_lexicon
from redactor.core.detect.tables.lexicon import boilerplate, table, words_pattern
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.tables.text_folding import fold, is_cjk
from redactor.core.detect.text.cn_wished_names import cn_wished_names
from redactor.core.detect.text.declared_names import declared_names
from redactor.core.detect.text.names import (
    LATIN_GIVEN_NAMES,
    LATIN_TITLES,
    SHAPES,
    is_business,
    surname_length,
)
from redactor.core.models import Category

RULE = "prose_person"
_SCORE = 0.7
_PROSE = table("names")["prose"]
# Not inside a longer word ("VEHICLE", "HIRE" hold "hi"); a name may be glued on.
_INTRODUCER = re.compile(
    rf"(?i)(?<![A-Za-zÀ-ÿ])(?:{words_pattern(_PROSE['introducers'] + _PROSE['contacts'])}"
    rf"|(?:{words_pattern(_PROSE['workplace'])})[\s,，]*(?:(?:{words_pattern(_PROSE['links'])})\s+)?)"
    r"[\s:：,，]*"
)
#: A phrase of whom to turn to or of who acted: a desk or a label may follow it.
_CONTACT = re.compile(rf"(?i)(?:{words_pattern(_PROSE['contacts'])})")
_NO_CONTACT = frozenset(_PROSE["contact_no_one"])
_QUALIFIER = re.compile(rf"(?i)(?:{words_pattern(_PROSE['number_qualifiers'])})[\s:：]*")
_NUMBER = re.compile(_PROSE["number"])
_PLATE = patterns("numbers", "id_numbers")["cn_plate"]
_MIN_DIGITS = 3
_EN_NAME = SHAPES["prose_en_name"]
#: A word of two letters or more and a full stop, then a space: a sentence ends there.
#: The capitalised words (and "&") right after a name: a business's suffix.
_CAPITALISED = re.compile(r"(?:[ \t]+[A-ZÀ-ÖØ-Þ&][\w'&.\-]*)*")
_WORD_STOP = re.compile(r"([^\W\d_]{2,})\.(?=\s)")
_TITLE = re.compile(rf"(?i:{LATIN_TITLES})")
_GIVEN = frozenset(table("names")["free_text"]["given"])
#: A wish, an ordinal allowed after its first word ("happy 5th birthday"), then what
#: may stand before the name.
_WISH = re.compile(
    r"(?i)(?:"
    + "|".join(
        r"\s*(?:\d+[a-z]{0,2}\s+)?".join(re.escape(w) for w in wish.split(" ", 1))
        for wish in sorted(_PROSE["wishes"], key=len, reverse=True)
    )
    + r")[\s,!]*"
)
_HOLDER_WORD = SHAPES["holder_word"].pattern
_WISHED = re.compile(rf"{_HOLDER_WORD}(?:[ \t]+{_HOLDER_WORD})?(?![\w])")
#: How far past a name a wish that cuts it may reach ("Joyeux anniversaire").
_WISH_REACH = 32
#: A Chinese given name is one to three characters after the surname.
_GIVEN_MAX = 3
_GIVEN_GLUED = 2
#: What may stand between a number's word and the number.
_BETWEEN = " :：#."
#: Before a number's word, a sentence: a clause ended, or a few words of it (one
#: word may be the head of a longer label the lexicon lacks: "TERM ID").
_CLAUSE_ENDS = ",，;；、"
_SENTENCE_WORDS = 3
_WORD = re.compile(r"[A-Za-z]+")
#: A Latin name alone on its line under its phrase has a given name and a surname.
_LINE_NAME_WORDS = 2


def prose_persons(text: str) -> Iterator[Span]:
    yield from introduced_names(text)
    yield from declared_names(text)
    yield from _wished_names(text)
    yield from cn_wished_names(text)
    yield from _numbers_after_their_word(text)
    for m in _PLATE.finditer(text):
        yield Span(m.start(), m.end(), Category.ID_NUMBER, _SCORE, RULE)


def introduced_names(text: str) -> Iterator[Span]:
    """A name right after an introducing phrase (``[prose] introducers``)."""
    for m in _INTRODUCER.finditer(text):
        cue = text[m.start() : m.end()].rstrip(" \t:：,，")
        if _inside_a_word(text, m.start(), m.start() + len(cue)):
            continue  # "hi" in "VEHICLE": the rest of the word is no name
        p = m.end()
        stop = cn_name_end(text, p) if p < len(text) and is_cjk(text[p]) else None
        if stop is not None:
            yield Span(p, stop, Category.NAME, _SCORE, RULE)
            continue
        en = _EN_NAME.match(text, p)
        if en is None:
            continue
        name = _before_sentence_end(en.group("n")).rstrip(". ")
        if (wish := _WISH.search(text, p, p + len(name) + _WISH_REACH)) is not None:
            name = text[p : max(p, wish.start())].rstrip(". ")  # a wish opens the next sentence
        if not name or is_business(name) or boilerplate(name):
            continue
        # A business's suffix past the name's last word makes it the business's
        # ("FAO <name>" over an address block's company line, "<name> Couriers Ltd").
        run = _CAPITALISED.match(text, p + len(name))
        if run is not None and is_business(name + run.group(0)):
            continue
        if _CONTACT.fullmatch(cue) and _no_one_to_contact(name):
            continue
        yield Span(p, p + len(name), Category.NAME, _SCORE, RULE)


def _no_one_to_contact(name: str) -> bool:
    """After a phrase of contacting or acting, a desk, a team or a label ("ask for
    Reception", "signed by Tenant") stands as often as a person."""
    words = name.split()
    if any(w.lower() in _NO_CONTACT for w in words) or default_lexicon().find(name):
        return True
    # One word is a person's only when a title or a common given name says so.
    titled = len(words) > 1 and _TITLE.fullmatch(words[0].rstrip("."))
    return (
        len(words) == 1
        and fold(words[0]) not in LATIN_GIVEN_NAMES
        or bool(titled and default_lexicon().find(" ".join(words[1:])))
    )


def _before_sentence_end(name: str) -> str:
    """The capitalised words up to a full stop after a word (not a title, not an
    initial): the next sentence's first word is no part of the name ("<name>. On
    Monday")."""
    for m in _WORD_STOP.finditer(name):
        if not _TITLE.fullmatch(m[1]):
            return name[: m.end(1)]
    return name


def _inside_a_word(text: str, start: int, end: int) -> bool:
    """A Latin cue at ``start:end`` is part of a longer word ("hi" in "HIGHWAY"): a
    letter runs on after it, unless the OCR glued a name on, a small letter before a
    capital ("DearJohn"). (``_INTRODUCER`` already refuses a Latin letter of its class
    before the cue, "hi" in "VEHICLE"; other letters before it are refused here.)"""
    if is_cjk(text[start]):
        return False  # Chinese prints no spaces between words
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    last = text[end - 1]
    glued_before = _latin(before) and not (before.islower() and text[start].isupper())
    glued_after = _latin(last) and _latin(after) and not (last.islower() and after.isupper())
    return glued_before or glued_after


def _latin(c: str) -> bool:
    return c.isalpha() and not is_cjk(c)


def ends_introducing(text: str) -> bool:
    """The line ends with a phrase that introduces a person (the name is on the next
    line: ``layout/introduced_lines``)."""
    text = text.rstrip(" \t\u3000:：,，")
    return any(
        m.end() >= len(text) and _word_starts(text, m.start()) for m in _INTRODUCER.finditer(text)
    )


def _word_starts(text: str, p: int) -> bool:
    return p == 0 or not (text[p - 1].isalpha() and text[p].isascii() and text[p].isalpha())


def name_line(text: str) -> Span | None:
    """The whole line (its edge spaces and a closing comma aside) as a person's name:
    a common surname and its given name, or two to four capitalised words."""
    p = len(text) - len(text.lstrip())
    q = len(text.rstrip(" \t\u3000,，:："))
    if p >= q:
        return None
    if is_cjk(text[p]):
        end = cn_name_end(text, p)
        return Span(p, q, Category.NAME, _SCORE, RULE) if end == q else None
    en = _EN_NAME.match(text, p)
    if en is None or en.end("n") != q or len(en.group("n").split()) < _LINE_NAME_WORDS:
        return None
    name = en.group("n")
    if is_business(name) or boilerplate(name) or default_lexicon().find(name):
        return None
    return Span(p, q, Category.NAME, _SCORE, RULE)


def _wished_names(text: str) -> Iterator[Span]:
    for m in _WISH.finditer(text):
        before = text[m.start() - 1] if m.start() else " "
        # A word glued on before it ("InscriptionJoyeux…") ends in a small letter.
        if before.isalpha() and not (before.islower() and text[m.start()].isupper()):
            continue
        name = _WISHED.match(text, m.end())
        if name is not None and not is_business(name.group(0)) and not boilerplate(name.group(0)):
            yield Span(name.start(), name.end(), Category.NAME, _SCORE, RULE)


def cn_name_end(text: str, p: int) -> int | None:
    """Where a Chinese name that starts at ``p`` (a common surname) ends, if one does:
    the sentence's next punctuation, or its given-name characters when the text runs on."""
    surname = surname_length(text, p)
    if not surname:
        return None
    q = p + surname
    run = q
    while run < len(text) and is_cjk(text[run]):
        run += 1
    if not 1 <= run - q <= _GIVEN_MAX:
        # The sentence runs on after the name: its given-name characters only.
        run = q
        while run < len(text) and run - q < _GIVEN_GLUED and text[run] in _GIVEN:
            run += 1
        if run == q:
            return None
    name = text[p:run]
    if boilerplate(name) or default_lexicon().find(name):
        return None  # a word or a label that opens like a name
    return run


def _numbers_after_their_word(text: str) -> Iterator[Span]:
    for m in default_lexicon().find(text):
        if m.kind is not ValueKind.ID_NUMBER or not _inside_a_sentence(text[: m.start]):
            continue
        p = m.end
        while p < len(text) and text[p] in _BETWEEN:
            p += 1
        q = _QUALIFIER.match(text, p)
        if q is not None:
            p = q.end()
        n = _NUMBER.match(text, p)
        if n is None or digit_count(n.group(0)) < _MIN_DIGITS:
            continue
        yield Span(n.start(), n.end(), Category.ID_NUMBER, _SCORE, RULE)


def _inside_a_sentence(before: str) -> bool:
    before = before.rstrip()
    return bool(before) and (
        before[-1] in _CLAUSE_ENDS or len(_WORD.findall(before)) >= _SENTENCE_WORDS
    )
