"""A person a sentence names by the part they play for another.

An authorisation or an application names its people inside running text, with no
label: the child a parent authorises others to collect, the former manager to ask for
a reference, the person one is parent or guardian of. The word for the part comes
right before the name (tables/names.toml ``[relations]``):

* Chinese: the word, then a name that opens with a common surname and ends at the
  sentence's next punctuation (or after its given-name characters when the text runs
  on), as :mod:`prose_persons` reads a name after an introducing phrase;
* Chinese, the one a note says to contact, to pay or who came along ("联系<name>",
  "给<name>", "与朋友<name>"): the word, then a name glued to the rest of the note, a
  common surname and given-name characters only (``[relations] contacts``);
* Chinese, a list of those who vouch for someone: a name opening the line, then
  what they are to that person ("<name> 患者的老师", ``[relations] of_party``);
* any Latin script, whoever raised a fund: the capitalised words right before the
  phrase that says so ("<name> a créé cette cagnotte", ``[relations] raisers``);
* any Latin script, whom a fund is raised for: the capitalised words right after the
  phrase that says so ("cette cagnotte pour <name>", ``[relations] beneficiaries``);
* English: "<part> of" then one to four capitalised words, and the capitalised words
  right before ", <part> of" (the person who is that part: "<name>, parent of <name>").

The word for the part stays readable.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.core.detect.spans import Span
from redactor.core.detect.tables.lexicon import boilerplate, table, words_pattern
from redactor.core.detect.tables.text_folding import is_cjk
from redactor.core.detect.text.free_text_words import cn_glued_name_end
from redactor.core.detect.text.names import SHAPES, is_business
from redactor.core.detect.text.prose_persons import cn_name_end
from redactor.core.models import Category

RULE = "relation_name"
_SCORE = 0.7
_RELATIONS = table("names")["relations"]
_CN_PART = re.compile(words_pattern(_RELATIONS["chinese"]))
#: A word for the one to contact, pay or who came along, then (spaces allowed) the name.
_CN_CONTACT = re.compile(rf"(?:{words_pattern(_RELATIONS['contacts'])}) *")
#: A name at the head of the line, then (a space at most) the party and 的.
_CN_OF_PARTY = re.compile(rf"^\s*(?P<n>\S{{2,5}}?)\s?(?:{words_pattern(_RELATIONS['of_party'])})")
#: "of" may be glued to the name after it ("ofSusan"): no small letter may follow.
_EN_PART = rf"(?i:\b(?:{words_pattern(_RELATIONS['english'])})\s+of)(?![a-z])"
_EN_AFTER = re.compile(rf"{_EN_PART}\s*")
#: The person who is the part: capitalised words right before ", <part> of".
_EN_BEFORE = re.compile(
    rf"(?<![A-Za-z'\-])(?P<n>(?:[A-Z][A-Za-z'\-]*\s+){{0,3}}[A-Z][A-Za-z'\-]*)\s*,\s*{_EN_PART}"
)
_EN_NAME = SHAPES["prose_en_name"]
#: One to four capitalised words (any Latin letters) right before a raiser's phrase.
_WORD = r"[A-ZÀ-ÖØ-Þ][^\W\d_'\-]*(?:['\-][^\W\d_]+)*"
_RAISER = re.compile(
    rf"(?<![^\W\d_])(?P<n>(?:{_WORD}\s+){{0,3}}{_WORD})\s+"
    rf"(?i:{words_pattern(_RELATIONS['raisers'])})"
)
_BENEFICIARY = re.compile(
    rf"(?<![^\W\d_])(?i:{words_pattern(_RELATIONS['beneficiaries'])})\s+"
    rf"(?P<n>{_WORD}(?:\s+{_WORD}){{0,3}})"
)


def relation_names(text: str) -> Iterator[Span]:
    for m in _CN_PART.finditer(text):
        p = m.end()
        stop = cn_name_end(text, p) if p < len(text) and is_cjk(text[p]) else None
        if stop is not None:
            yield Span(p, stop, Category.NAME, _SCORE, RULE)
    for m in _CN_CONTACT.finditer(text):
        stop = cn_glued_name_end(text, m.end(), len(text))
        if stop is not None:
            yield Span(m.end(), stop, Category.NAME, _SCORE, RULE)
    head = _CN_OF_PARTY.match(text)
    if head is not None and cn_glued_name_end(text, head.start("n"), head.end("n")) == head.end(
        "n"
    ):
        yield Span(head.start("n"), head.end("n"), Category.NAME, _SCORE, RULE)
    for m in _EN_AFTER.finditer(text):
        en = _EN_NAME.match(text, m.end())
        if en is not None:
            yield from _name(text, en.start(), en.start() + len(en.group("n").rstrip(". ")))
    for m in (*_EN_BEFORE.finditer(text), *_RAISER.finditer(text), *_BENEFICIARY.finditer(text)):
        yield from _name(text, m.start("n"), m.end("n"))


def _name(text: str, start: int, end: int) -> Iterator[Span]:
    name = text[start:end]
    if name and not is_business(name) and not boilerplate(name):
        yield Span(start, end, Category.NAME, _SCORE, RULE)
