"""A name printed alone on its line that bears a surname the page already masked.

A contract, a settlement or a form between two parties names the parties with a
cue (a label, "between <name> of …") and their family without one: the children a
parenting agreement lists one a line, a spouse under the party, a will's heirs. Such a
line is a given name and the surname of a person found on the same page: those two
words are that relative's name, found from the person's. Its given name is then looked
for wherever the page calls the relative by it alone (``repeats``).
"""

from __future__ import annotations

import re

from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.lexicon import boilerplate
from redactor.core.detect.tables.text_folding import fold
from redactor.core.detect.text.names import is_business, looks_like_person_name
from redactor.core.models import Category

RULE = "page_repeat"
_SCORE = 0.65
# Rules whose names are themselves inferred from other findings: a surname is taken
# only from a name some rule read with a cue of its own.
_INFERRED = frozenset({"block_line", "page_repeat"})
# A surname, Latin letters of any script: three letters at least ("Li" or "Ng" on
# a line of two words is as often an abbreviation or an initial).
_SURNAME = re.compile(r"[^\W\d_]{3,}")
_WORD = re.compile(r"[^\W\d_]+(?:['\-][^\W\d_]+)*")


def _key(word: str) -> str:
    return fold(word).upper()


def known_surnames(sheet: Sheet) -> set[str]:
    """The last words of the full names (two words or more, Latin script) that a name
    rule found on the page, as compared (upper case, accents folded)."""
    out = set()
    for i, spans in sheet.out.items():
        for s in spans:
            if s.category is not Category.NAME or s.rule in _INFERRED:
                continue
            words = _WORD.findall(sheet.texts[i][s.start : s.end])
            if len(words) < 2 or not _SURNAME.fullmatch(words[-1]):
                continue
            if boilerplate(words[-1]) or is_business(words[-1]):
                continue
            out.add(_key(words[-1]))
    return out


def mask_family_lines(sheet: Sheet) -> list[str]:
    """Mask every cue-less line shaped like a person's name whose last word is a known
    surname; return the names masked."""
    surnames = known_surnames(sheet)
    if not surnames:
        return []
    found = []
    for i, text in enumerate(sheet.texts):
        if sheet.out[i] or sheet.fields[i] or not looks_like_person_name(text):
            continue
        words = list(_WORD.finditer(text))
        if len(words) < 2 or _key(words[-1].group(0)) not in surnames:
            continue
        given = words[-2]
        if not given.group(0)[:1].isupper() or boilerplate(text) or is_business(text):
            continue
        # The given name and the surname only: what stands before them on the line is
        # a transfer's words, a greeting or a label ("<label> <given> <surname>").
        sheet.out[i].append(Span(given.start(), words[-1].end(), Category.NAME, _SCORE, RULE))
        found.append(text[given.start() : words[-1].end()])
    return found
