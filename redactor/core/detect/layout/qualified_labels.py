"""A label the lexicon knows, after a word or two that qualify it, alone on its line.

A form prints many of its fields' labels as a known label with a qualifier before it
("Former address", "Evening phone", "Fahrzeug-Kennzeichen", "<role>/<role>"): the
lexicon finds the label's form mid-line, and mid-line a form may end a value ("High
Street", a name and their post). Alone on its line, with nothing after it but its
colon, a short qualifier with no digit that is no name nor address makes the whole line
one label, which label_trim gives back whatever block masked the line.
"""

from __future__ import annotations

from dataclasses import replace

from redactor.core.detect.charclass import has_digit
from redactor.core.detect.tables.field_lexicon import LabelMatch, default_lexicon
from redactor.core.detect.tables.text_folding import is_cjk
from redactor.core.detect.text.addresses import looks_like_address
from redactor.core.detect.text.names import looks_like_person_name, starts_with_surname

_LATIN_WORDS = 2  # words a qualifier holds at most ("Time at", "Name of")
_CJK_CHARS = 5  # characters of a Chinese qualifier at most ("工作单位或")
_CLOSE = " \t:："


def qualified_label_alone(text: str) -> tuple[LabelMatch, ...]:
    """The line's one known label, from the line's start, when the words before it
    only qualify it and nothing but a colon follows it; else none."""
    found = default_lexicon().find(text)
    if len(found) != 1 or found[0].at_line_start:
        return ()
    m = found[0]
    if text[m.end :].strip(_CLOSE) or text[m.value_start :].strip(_CLOSE):
        return ()  # a value (or another word) follows: no label alone
    head = text[: m.start].strip()
    if not head or has_digit(head) or not _a_qualifier(head, text[m.start]):
        return ()
    line = text.strip(_CLOSE)
    if any(looks_like_person_name(t) or looks_like_address(t) for t in (line, head)):
        return ()  # "High Street", "<name> <post>", "<name> <label>": a value's words
    start = len(text) - len(text.lstrip())
    return (replace(m, start=start, at_line_start=True),)


def _a_qualifier(head: str, first: str) -> bool:
    if is_cjk(first):
        return len(head) <= _CJK_CHARS and not starts_with_surname(head)
    return len(head.split()) <= _LATIN_WORDS and not is_cjk(head[0])
