"""A family's surname, and the lines of names that carry it.

A notice of death or a family announcement signs with the family's members, one
household a line, centred, with no label ("<name> <surname>", "<name> und <name>
<surname>", "<name> mit <name> und <name>"), and says the surname once more where it
names the family ("Familie <surname>", "the <surname> family", names.toml
``[kin]``) or prints the deceased's name over their life span (``life_spans``). From
the surname:

* the surname after (or before) the family word is masked;
* a line made only of capitalised words and the words that join names ("and",
  "und", "mit", commas) that holds the surname (one letter may be misread in a long
  one) is a line of the family's names: each run of name words is masked, the
  joining words stay readable;
* a line of that same shape stacked right over or under such a line (a household
  without the surname: a grandchild with partner and child) is masked the same way,
  when it joins two names at least.
"""

from __future__ import annotations

import re

from redactor.core.detect.layout.life_spans import RULE as LIFE_SPAN
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.lexicon import boilerplate, table, words_pattern
from redactor.core.detect.text.names import is_business
from redactor.core.models import Category

RULE = "family_line"
_SCORE = 0.7
_KIN = table("names")["kin"]
_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'\-]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'\-]+)?"
_FAMILY = re.compile(
    rf"(?<![\w])(?:(?i:{words_pattern(_KIN['family_before'])})\s+(?P<a>{_WORD})"
    rf"|(?i:the)\s+(?P<b>{_WORD})\s+(?i:{words_pattern(_KIN['family_after'])}))(?![\w])"
)
_JOINER = rf"(?i:{words_pattern(_KIN['and_words'] + _KIN['with_words'])})"
#: A line of names: runs of one to three name words, joined by commas or joiners.
_GROUP = rf"{_WORD}(?:[ \t]+{_WORD}){{0,2}}"
_NAMES_LINE = re.compile(rf"\s*{_GROUP}(?:(?:\s*,\s*|\s+{_JOINER}\s+){_GROUP})*\s*,?\s*")
_NAME_RUN = re.compile(_GROUP)
#: A memorial heading opens no line of names ("In Liebe und Dankbarkeit").
_HEADING = re.compile(rf"\s*(?i:{words_pattern(table('names')['memorials']['headings'])})(?!\w)")
_JOINED = re.compile(rf"(?:,|\s{_JOINER}\s)")
#: A surname this long is also found with one letter misread.
_NEAR_MIN = 5


def mask_family_lines(sheet: Sheet) -> None:
    surnames = _surnames(sheet)
    if not surnames:
        return
    family = [k for k in range(len(sheet.texts)) if _carries(sheet, k, surnames)]
    for k in family:
        _mask_names(sheet, k)
    for k in family:
        for j in _stacked(sheet, k):
            if j not in family and _names_line(sheet, j) and _JOINED.search(sheet.texts[j]):
                _mask_names(sheet, j)


def _surnames(sheet: Sheet) -> set[str]:
    """Surnames the page gives its family, lower case; the family word's is masked."""
    out = set()
    for i, text in enumerate(sheet.texts):
        for m in _FAMILY.finditer(text):
            g = "a" if m.group("a") else "b"
            word = m.group(g)
            if boilerplate(word) or is_business(word):
                continue
            out.add(word.lower())
            sheet.out[i].append(Span(m.start(g), m.end(g), Category.NAME, _SCORE, RULE))
        for s in sheet.out[i]:
            if s.rule == LIFE_SPAN and s.category is Category.NAME:
                words = text[s.start : s.end].split()
                if len(words) >= 2:
                    out.add(words[-1].lower())
    return out


def _names_line(sheet: Sheet, k: int) -> bool:
    text = sheet.texts[k]
    if sheet.fields[k] or not _NAMES_LINE.fullmatch(text) or _HEADING.match(text):
        return False
    return not boilerplate(text) and not is_business(text)


def _carries(sheet: Sheet, k: int, surnames: set[str]) -> bool:
    if not _names_line(sheet, k):
        return False
    return any(_same(w.group(0).lower(), surnames) for w in re.finditer(_WORD, sheet.texts[k]))


def _same(word: str, surnames: set[str]) -> bool:
    return word in surnames or any(len(s) >= _NEAR_MIN and _one_letter(word, s) for s in surnames)


def _one_letter(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one letter changed."""
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _stacked(sheet: Sheet, k: int) -> list[int]:
    above = [j for j in range(len(sheet.texts)) if sheet.lines_below(j, max_lines=1) == [k]]
    return above + sheet.lines_below(k, max_lines=1)


def _mask_names(sheet: Sheet, k: int) -> None:
    text = sheet.texts[k]
    for m in _NAME_RUN.finditer(text):
        if re.fullmatch(_JOINER, m.group(0)):
            continue
        if not any(s.start <= m.start() and m.end() <= s.end for s in sheet.out[k]):
            sheet.out[k].append(Span(m.start(), m.end(), Category.NAME, _SCORE, RULE))
