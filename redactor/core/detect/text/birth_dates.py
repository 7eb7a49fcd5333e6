"""A date of birth a sentence gives with no label: "生于<date>", "born on <date>",
"<date>出生".

A notice of death, a biography or a reference tells when the person was born inside
its running text, after a word of birth (names.toml ``[memorials] born``), the date
written in digits, in words ("8 November 1954") or in Chinese numerals as a brush
writes them ("一九五二年六月五日"; layout.toml ``[life_spans] birth_date``). The date
is masked as the person's date of birth; the word stays readable.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.core.detect.spans import Span
from redactor.core.detect.tables.lexicon import table, words_pattern
from redactor.core.detect.tables.patterns import patterns
from redactor.core.models import Category

RULE = "birth_date"
_SCORE = 0.7
_BORN = re.compile(
    rf"(?i)(?<![^\W\d_])(?:{words_pattern(table('names')['memorials']['born'])})[\s:：]*"
)
_DATE = patterns("layout", "life_spans")["birth_date"]
_BORN_AT = re.compile(
    rf"(?i)(?<![^\W\d_])(?:{words_pattern(table('names')['memorials']['born_at'])})[ \t]+"
)
#: A full date (day and month, not a bare year) then a word of birth after it.
_DATE_BORN = re.compile(
    rf"(?:{_DATE.pattern})(?=[ \t]*(?:{words_pattern(table('names')['memorials']['born_after'])}))"
)
#: The place of birth before the date, and the short word or comma after it.
_PLACE = re.compile(
    r"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’\- ][A-ZÀ-ÖØ-Þ][^\W\d_]*){0,2}(?:[ \t]*\([A-Za-z]{2}\))?"
    r"(?:[ \t]*,[ \t]*|[ \t]+)(?:[^\W\d_]{1,3}[ \t]+)?"
)


def birth_dates(text: str) -> Iterator[Span]:
    for m in _BORN.finditer(text):
        d = _DATE.match(text, m.end())
        if d is not None:
            yield Span(d.start(), d.end(), Category.ID_NUMBER, _SCORE, RULE)
    for d in _DATE_BORN.finditer(text):
        if not d.group(0).strip().isdigit():  # a bare year is no date of birth
            yield Span(d.start(), d.end(), Category.ID_NUMBER, _SCORE, RULE)
    for m in _BORN_AT.finditer(text):
        place = _PLACE.match(text, m.end())
        d = _DATE.match(text, place.end()) if place else None
        if d is not None:
            yield Span(d.start(), d.end(), Category.ID_NUMBER, _SCORE, RULE)
