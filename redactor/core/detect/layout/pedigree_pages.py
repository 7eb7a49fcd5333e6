"""The people of a family tree or a genealogy register, named with no label.

A page whose title announces a family tree (names.toml ``[pedigrees] titles``: 族谱,
世系图, "family tree", "albero genealogico", "Stammbaum" …) prints its people as bare
names in boxes, each with its years, and the spouse after a mark. Under such a title:

* a line that is only a Chinese name (a common surname and one or two given-name
  characters, or a surname and 氏) is a name;
* a line that opens with a spouse mark (配, 娶, 适; "sp.", "∞", "spouse of") names
  the spouse after it: a Chinese name (up to three given characters, or a surname and
  氏), or one to four capitalised words; the mark stays readable;
* a life span alone on its line ("1918-1995") gives its first date, a year too, as
  the date of birth; so does a date after a birth mark ("n. <date>", "b. 1950",
  "1964年生"). A date of death or of marriage ("m. 1993", "卒") stays readable.

The title, the generation numbers (第十七世), places and the family's hall name stay
readable: none of them is a bare name or a date after a birth mark.
"""

from __future__ import annotations

import re

from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.field_lexicon import default_lexicon
from redactor.core.detect.tables.lexicon import boilerplate, table, words_pattern
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.tables.text_folding import fold, is_cjk
from redactor.core.detect.text.names import SHAPES, is_business, surname_length
from redactor.core.models import Category

RULE = "pedigree_page"
_SCORE = 0.7
_PEDIGREES = table("names")["pedigrees"]
_TITLES = tuple(fold(t) for t in _PEDIGREES["titles"])
_CLAN = _PEDIGREES["cn_clan_mark"]
_GIVEN = frozenset(table("names")["free_text"]["given"])
_LIFE = patterns("layout", "life_spans")
_DATE = _LIFE["date"].pattern
_SPAN = _LIFE["life_span"]
_CN_SPOUSE = re.compile(rf"\s*(?:{words_pattern(_PEDIGREES['chinese_spouse_marks'])})\s*")
_LATIN_SPOUSE = re.compile(
    rf"\s*(?i:{words_pattern(_PEDIGREES['latin_spouse_marks'])})(?![\w])[\s:]*"
)
_BIRTH = re.compile(
    rf"(?:^|(?<=\s))(?i:{words_pattern(_PEDIGREES['birth_marks'])})\s*(?P<d>{_DATE})(?![\d])"
)
#: "1964年生", "1964 生": a year and the mark of birth after it.
_YEAR_BORN = _LIFE["year_born"]
_WORD = rf"(?:{SHAPES['holder_word'].pattern})"
_LATIN_NAME = re.compile(rf"{_WORD}(?:[ \t]+{_WORD}){{0,3}}")
#: Given-name characters after the surname: one or two for a bare name; a spouse's
#: name after its mark may hold three.
_BARE_GIVEN, _SPOUSE_GIVEN = 2, 3


def mask_pedigree_pages(sheet: Sheet) -> None:
    titles = {i for i, t in enumerate(sheet.texts) if any(w in fold(t) for w in _TITLES)}
    if not titles:
        return
    for i, text in enumerate(sheet.texts):
        if i in titles or sheet.fields[i]:
            continue
        for span in (*_bare_name(text), *_spouse(text), *_births(text)):
            sheet.out[i].append(span)


def _bare_name(text: str) -> list[Span]:
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    if _cn_name(text[start:end], _BARE_GIVEN):
        return [Span(start, end, Category.NAME, _SCORE, RULE)]
    return []


def _cn_name(name: str, most: int) -> bool:
    """A common surname and one to ``most`` given-name characters, or a surname and 氏."""
    if not name or not all(is_cjk(c) for c in name):
        return False
    surname = surname_length(name)
    given = name[surname:]
    if not surname or not given:
        return False
    if given == _CLAN:
        return True
    if len(given) > most or any(c not in _GIVEN for c in given):
        return False
    return _not_a_word(name)


def _not_a_word(name: str) -> bool:
    return not (boilerplate(name) or is_business(name) or default_lexicon().find(name))


def _spouse(text: str) -> list[Span]:
    end = len(text.rstrip())
    m = _CN_SPOUSE.match(text)
    if m is not None and _cn_name(text[m.end() : end], _SPOUSE_GIVEN):
        return [Span(m.end(), end, Category.NAME, _SCORE, RULE)]
    m = _LATIN_SPOUSE.match(text)
    if m is not None:
        name = _LATIN_NAME.match(text, m.end())
        if name is not None and _not_a_word(name.group(0)):
            return [Span(name.start(), name.end(), Category.NAME, _SCORE, RULE)]
    return []


def _births(text: str) -> list[Span]:
    m = _SPAN.fullmatch(text) or _YEAR_BORN.fullmatch(text)
    if m is not None:
        g = "born" if "born" in m.groupdict() else "d"
        return [Span(m.start(g), m.end(g), Category.ID_NUMBER, _SCORE, RULE)]
    return [
        Span(b.start("d"), b.end("d"), Category.ID_NUMBER, _SCORE, RULE)
        for b in _BIRTH.finditer(text)
    ]
