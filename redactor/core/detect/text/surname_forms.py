"""People running text calls by their surname and a form of address.

A site's day book, a group order's list or a note names its people the way workmates
and neighbours do, with no field label: an elder's prefix before the surname
("老<surname>") or a kinship title after it ("<surname>姐", "<surname>阿姨"). Those
forms are everyday words too ("古老", "养老", "小姐"), so one is masked only where it
stands apart as a word (tables/messages.toml ``[surname_forms]``): nothing Chinese
before it (the line's start, a mark, a digit, a Latin letter) or another such form
right before it; after an elder's form, nothing Chinese, or another name opening
(its surname), or another elder's form. The surname is masked; the prefix and the
title stay readable, as a salutation's do.
"""

from __future__ import annotations

from collections.abc import Iterator

from redactor.core.detect.spans import Span
from redactor.core.detect.tables.lexicon import table
from redactor.core.detect.tables.text_folding import is_cjk
from redactor.core.detect.text.names import surname_length
from redactor.core.models import Category

RULE = "surname_form"
_SCORE = 0.7
_TABLE = table("messages")
_ELDERS = tuple(_TABLE["surname_forms"]["elder_prefixes"])
_NOT_NAMES = tuple(_TABLE["surname_forms"]["not_names"])
_KIN_TITLES = tuple(sorted(_TABLE["addressing"]["kin_titles"], key=len, reverse=True))
#: Marks a word may open after (a Chinese character before a form joins it to a word).
_OPENERS = "】]）)》>:：,，。;；!！?？、 \u3000"


def surname_forms(text: str) -> Iterator[Span]:
    """Spans of ``text`` that are a surname with its form of address."""
    chained = -1  # where the last form found ends: a form may follow it glued
    p = 0
    while p < len(text):
        end = _form_at(text, p, after_form=p == chained)
        if end is None:
            p += 1
            continue
        elder = text.startswith(_ELDERS, p)
        surname = p + 1 if elder else p
        yield Span(surname, surname + surname_length(text, surname), Category.NAME, _SCORE, RULE)
        chained = p = end


def _form_at(text: str, p: int, *, after_form: bool) -> int | None:
    if not is_cjk(text[p]) or not (after_form or _apart(text, p)):
        return None
    if text.startswith(_ELDERS, p):
        return _elder_form(text, p, after_form)
    surname = surname_length(text, p)
    if not surname:
        return None
    title = next((t for t in _KIN_TITLES if text.startswith(t, p + surname)), None)
    if title is None or not text[p + surname + len(title) :].strip():
        return None  # a form ending the line is a nickname line's, masked whole there
    return p + surname + len(title)


def _apart(text: str, p: int) -> bool:
    return p == 0 or text[p - 1] in _OPENERS or not is_cjk(text[p - 1])


def _elder_form(text: str, p: int, after_form: bool) -> int | None:
    q = p + 1
    surname = surname_length(text, q)
    # A compound surname is a whole name; a one-character one only after 老.
    if surname != 1 or text.startswith(_NOT_NAMES, p):
        return None
    end = q + surname
    if after_form or end == len(text) or not is_cjk(text[end]) or text[end] in _OPENERS:
        return end
    # Glued on: another elder's form, or another name opening with its surname.
    if text.startswith(_ELDERS, end) or surname_length(text, end):
        return end
    return None
