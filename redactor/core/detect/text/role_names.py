"""A staff or party role, then a person's name, with no colon between them.

Chinese forms print the person who read a meter, chased a payment or checked a
document as a role word glued to (or a space before) the name. The role words are
productive (what the person does, then a role suffix), so the field lexicon cannot
list them all, and OCR misreads a character of one as often as of a name. A line that
opens with such a word, then a name that starts with a common surname and ends the
line (or a space ends it), is that person's name; the role word stays readable.

A notice addresses its party the other way round: the name, then the role it plays
in brackets and a colon ("<name>(<role>):", the role a label of a person).

Latin-script staff roles ("<cashier> <name>" in French, German, Spanish...) are labels
of the field lexicon, read by its role-word rule (layout/printed_labels.py). A takeaway
ticket calls the order by the customer's first name instead, the word for the order
then the name (tables/names.toml ``[roles] callers``): a line made of that word and
one or two capitalised words that are no label, no business and no way of serving
the order is that person's name. A title written with a capital inside a sentence
("... by Dr <name>") announces the capitalised words after it, the title readable.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.core.detect.spans import Span
from redactor.core.detect.tables.field_lexicon import default_lexicon
from redactor.core.detect.tables.lexicon import boilerplate, table, words_pattern
from redactor.core.detect.tables.text_folding import fold
from redactor.core.detect.text.names import (
    LATIN_TITLES,
    SHAPES,
    is_business,
    starts_with_surname,
)
from redactor.core.models import Category

RULE = "role_name"
_SCORE = 0.7
_ROLE_NAME = SHAPES["role_name"]
_NAME_BEFORE_ROLE = SHAPES["name_before_role"]
_ROLES = table("names")["roles"]
_CALLED = SHAPES["called_name"]
_CALL_MODES = frozenset(fold(w) for w in _ROLES["call_modes"])
#: Letters at least of a name typed in small letters (a short word is as often a code).
_TYPED_NAME = 3


_PHRASE_NAME = SHAPES["phrase_name"]
_TITLED = SHAPES["titled"]
_SENTENCE_TITLED = SHAPES["sentence_titled"]
_SENTENCE_FULL_TITLED = SHAPES["sentence_full_titled"]
_A_TITLE = re.compile(rf"(?i:{LATIN_TITLES})\.?")
_ALSO_VERBS = frozenset(table("names")["honorifics"]["also_verbs"])
#: Letters a title inside a sentence has at least ("M." or "D." may be an initial).
_TITLE_LETTERS = 2
_CALL_VERB = re.compile(rf"(?i)(?<![^\W\d_])(?:{words_pattern(_ROLES['call_verbs'])})\s+")
#: Words a role phrase has at least, mid-sentence ("servi par"; a lone "vendeur" may
#: be any word of a sentence).
_PHRASE_WORDS = 2


def role_names(text: str) -> Iterator[Span]:
    found = [
        *_role_then_name(text),
        *_name_then_role(text),
        *_called_order(text),
        *_phrase_then_name(text),
        *_called_customer(text),
    ]
    yield from found
    for s in _titled_in_sentence(text):
        if not any(f.start <= s.start and s.end <= f.end for f in found):
            yield s  # not found already with its title ("appeler Mme <name>")


def _titled_in_sentence(text: str) -> Iterator[Span]:
    """A title written with a capital inside a sentence, then the capitalised name
    ("Completed by Dr <name> (FY2)", "Médico responsable: Dr/a. <name>"), or written
    out ("versera à Madame <SURNAME>"): a title comes before a person's name only; the
    title itself stays readable."""
    abbreviated = _SENTENCE_TITLED.finditer(text)
    for m in (*abbreviated, *_SENTENCE_FULL_TITLED.finditer(text)):
        title = m.group("t")
        if not title[0].isupper() or sum(c.isalpha() for c in title) < _TITLE_LETTERS:
            continue
        if title.lower() in _ALSO_VERBS:
            continue  # a verb of the sentence as often as a title
        name = m.group("n").rstrip(".")
        if any(_A_TITLE.fullmatch(w) for w in name.split()):
            continue  # a row of titles to tick ("Ms Miss Dr")
        if boilerplate(name) or is_business(m.group(0)) or default_lexicon().find(name):
            continue
        yield Span(m.start("n"), m.start("n") + len(name), Category.NAME, _SCORE, RULE)


def _phrase_then_name(text: str) -> Iterator[Span]:
    """A sentence ending in a role phrase of the lexicon and the person's name ("Vous
    avez été servi par <name>", "Sie wurden bedient von <name>"); at a line's start the
    lexicon's own role-word rule reads it (layout/printed_labels.py)."""
    for m in default_lexicon().find(text):
        if m.at_line_start or m.kind.category is not Category.NAME:
            continue
        if len(text[m.start : m.end].split()) < _PHRASE_WORDS:
            continue
        yield from _name_at(text, m.end, title_needed=False)


def _called_customer(text: str) -> Iterator[Span]:
    """A note asking staff to call the customer, a title then the name ("appeler Mme
    <name>")."""
    for m in _CALL_VERB.finditer(text):
        yield from _name_at(text, m.end(), title_needed=True)


def _name_at(text: str, start: int, title_needed: bool) -> Iterator[Span]:
    """One or two capitalised words (a title before them maybe) from ``start`` to the
    line's end: a person's name, unless a label, a business or boilerplate."""
    m = _PHRASE_NAME.match(text, len(text) - len(text[start:].lstrip()))
    if m is None:
        return
    name = m.group("n")
    titled = _TITLED.match(name) is not None
    words = name.split()[1:] if titled else name.split()
    if (title_needed and not titled) or not words or not all(w[0].isupper() for w in words):
        return
    if boilerplate(name) or is_business(name) or default_lexicon().find(" ".join(words)):
        return
    yield Span(m.start("n"), m.end("n"), Category.NAME, _SCORE, RULE)


def _called_order(text: str) -> Iterator[Span]:
    """A ticket calling its order by the customer's first name: "<order word> <name>",
    the name capitalised, or one word typed in small letters (a word of the lexicon, a
    way of serving the order or its state, boilerplate or a business is no name)."""
    m = _CALLED.fullmatch(text)
    if m is None:
        return
    name = m.group("n")
    # Capitalised, or all in small letters as the staff typed it into the till.
    typed = name.islower() and len(name) >= _TYPED_NAME and len(name.split()) == 1
    if not (typed or all(w[0].isupper() for w in name.split())) or fold(name) in _CALL_MODES:
        return
    if any(fold(w) in _CALL_MODES for w in name.split()):
        return
    if boilerplate(name) or is_business(name) or default_lexicon().find(name):
        return
    yield Span(m.start("n"), m.end("n"), Category.NAME, _SCORE, RULE)


def _name_then_role(text: str) -> Iterator[Span]:
    """A notice addressing its party: "<name>(<role>):", the role a label of a person."""
    m = _NAME_BEFORE_ROLE.match(text)
    if m is None:
        return
    name, role = m.group("n"), m.group("role").strip()
    if boilerplate(name) or is_business(name) or default_lexicon().find(name):
        return
    if not name.isascii() and not starts_with_surname(name):
        return
    if not any(
        x.start == 0 and x.end == len(role) and x.kind.category is Category.NAME
        for x in default_lexicon().find(role)
    ):
        return
    yield Span(m.start("n"), m.end("n"), Category.NAME, _SCORE, RULE)


def _role_then_name(text: str) -> Iterator[Span]:
    m = _ROLE_NAME.match(text)
    if m is None:
        return
    name = m.group("n")
    if not starts_with_surname(name) or boilerplate(name) or is_business(text):
        return
    if default_lexicon().find(name) or _not_a_person(m.group("role")):
        return  # a label follows the word ("…人电话"), or the word names no person
    yield Span(m.start("n"), m.end("n"), Category.NAME, _SCORE, RULE)


def _not_a_person(role: str) -> bool:
    """The lexicon knows the role word as a label whose value is no person's."""
    return any(
        m.start == 0 and m.end == len(role) and m.kind.category is None
        for m in default_lexicon().find(role)
    )
