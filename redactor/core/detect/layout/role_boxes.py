"""A Chinese role word boxed alone, the person's name in the box beside it.

Chinese labels put their head noun last: what the person does, then a role suffix
("<duty>员", "<duty>人"), or a qualifier before a label of a person the lexicon knows
("<banquet>" + "<sales manager>"). The lexicon cannot list every such word, and a
form's grid boxes the word apart from the name written in the next cell, where
role_names.py (one line) does not see it. A box made of such a word, with a box
beside it on its row holding a Chinese name (a common surname, then given-name
characters), is that person's role: the name is masked, the word kept.
"""

from __future__ import annotations

from redactor.core.detect.layout.label_peers import chinese_name
from redactor.core.detect.layout.label_values import mask_value
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.layout.printed_labels import printed_labels
from redactor.core.detect.tables.field_lexicon import ValueKind, default_lexicon
from redactor.core.detect.tables.lexicon import table
from redactor.core.detect.tables.text_folding import is_cjk
from redactor.core.models import Category

RULE = "role_box_name"
_SUFFIXES = table("names")["roles"]["suffixes"]
#: Characters of a role word: a duty of one to four, then its suffix or a label.
_ROLE_CHARS = (2, 8)
#: Characters a qualifier before a known label of a person has at least.
_QUALIFIER = 2
_PERSON_KINDS = frozenset({ValueKind.NAME, ValueKind.SIGNATURE})


def is_role_word(text: str) -> bool:
    """A Chinese word naming a person's role: a duty and a role suffix, or a qualifier
    and a label of a person the lexicon knows, ending the word."""
    t = text.strip().rstrip(":：")
    if not _ROLE_CHARS[0] <= len(t) <= _ROLE_CHARS[1] or not all(is_cjk(c) for c in t):
        return False
    if t[-1] in _SUFFIXES and len(t) <= 5:
        return True
    return any(
        m.end == len(t) and m.start >= _QUALIFIER and m.kind in _PERSON_KINDS
        for m in default_lexicon().find(t)
    )


def mask_role_box_names(sheet: Sheet) -> None:
    for u, text in enumerate(sheet.texts):
        if printed_labels(text) or sheet.out[u] or not is_role_word(text):
            continue
        v = sheet.value_beside(u)
        if v is None or sheet.out[v] or not chinese_name(sheet.texts[v].strip()):
            continue
        mask_value(sheet, v, 0, len(sheet.texts[v]), Category.NAME, RULE)
