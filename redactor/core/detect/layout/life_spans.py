"""A person's life span, and the name printed over it.

A notice of death, a memorial card or a gravestone prints the person's name as a
title with no label, and right under it their life span: a date of birth and a date
of death joined by a dash or marked "*" and "†" (layout.toml ``[life_spans]``). The
span says whose the title line is:

* the **date of birth** (the span's first date, when it is a whole date and not a
  year alone) is masked; the date of death stays readable;
* the **title** over the span is masked whole when it is shaped like a name: one to
  four capitalised words (OCR may read one letter of a large title as a digit), or a
  Chinese name with a common surname; a memorial heading (names.toml
  ``[memorials]``), a label or a sentence is not.

A span is a life: the years are in order, at most a long life apart, and either
marked as birth and death or far enough apart not to be a period of validity.
"""

from __future__ import annotations

import re

from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.field_lexicon import default_lexicon
from redactor.core.detect.tables.lexicon import boilerplate, table
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.tables.text_folding import compact_text, fold
from redactor.core.detect.text.names import SHAPES, is_business, starts_with_surname
from redactor.core.detect.text.prose import is_prose
from redactor.core.models import Category

RULE = "life_span"
_SCORE = 0.75
_SHAPES = patterns("layout", "life_spans")
_SPAN = _SHAPES["life_span"]
_YEAR = _SHAPES["year"]
_HEADINGS = frozenset(compact_text(fold(h))[0] for h in table("names")["memorials"]["headings"])
_CJK_BARE = SHAPES["cjk_bare_name"]
#: A title's word: a capital, then letters (one of them, in a large title, may be read
#: as a digit).
_TITLE_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'\-]*[0-9]?[A-Za-zÀ-ÖØ-öø-ÿ'\-]*")
_TITLE_WORDS = 4
#: Years a life spans at most; unmarked, at least (a period of validity is shorter).
_LONGEST, _UNMARKED_SHORTEST = 120, 18


def mask_life_spans(sheet: Sheet) -> None:
    for i, text in enumerate(sheet.texts):
        m = _SPAN.fullmatch(text)
        if m is None or not _a_life(m):
            continue
        born = m.group("born")
        if not _YEAR.fullmatch(born.strip()):
            sheet.out[i].append(
                Span(m.start("born"), m.end("born"), Category.ID_NUMBER, _SCORE, RULE)
            )
        for k in _titles_over(sheet, i):
            title = sheet.texts[k]
            start = len(title) - len(title.lstrip())
            sheet.out[k].append(Span(start, len(title.rstrip()), Category.NAME, _SCORE, RULE))


def _a_life(m: re.Match[str]) -> bool:
    born, died = (int(_YEAR.findall(m.group(g))[-1]) for g in ("born", "died"))
    marked = bool(m.group("born_mark") or m.group("died_mark") or m.group("cross"))
    return 0 <= died - born <= _LONGEST and (marked or died - born >= _UNMARKED_SHORTEST)


def _titles_over(sheet: Sheet, i: int) -> list[int]:
    return [
        k
        for k in range(len(sheet.texts))
        if k != i and sheet.lines_below(k, max_lines=1) == [i] and _a_title_name(sheet, k)
    ]


def _a_title_name(sheet: Sheet, k: int) -> bool:
    text = sheet.texts[k].strip()
    if not text or sheet.fields[k] or is_business(text) or boilerplate(text):
        return False
    if compact_text(fold(text))[0] in _HEADINGS or is_prose(text) or default_lexicon().find(text):
        return False
    if _CJK_BARE.fullmatch(text):
        return starts_with_surname(text)
    words = text.split()
    return 1 <= len(words) <= _TITLE_WORDS and all(
        _TITLE_WORD.fullmatch(w) and sum(c.isalpha() for c in w) >= 2 for w in words
    )
