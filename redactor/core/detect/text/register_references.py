"""Where a register keeps one person's entry: "Vol. 2, p. 58, No. 290", "Libro 8,
folio 171, número 688", "TOMO: 12 LIBRO: 3 FOLIO: 7 ALTA: 4", 第5册第90页第364号.

A parish book, a land register or a civil register is cited by coordinates — its
volume, its page or leaf, the entry's number — each a word and a number. Two of them
or more, of different kinds, side by side and from the book down to the entry, are one
reference ("Invoice no 12 p 2" is none). With the entry's number
it leads to one person's record; a volume and its page alone lead to a page of many
entries (a register's own heading, "第2册 第89页"), unless a sentence cites them for
the person it is about ("... as appears from the Register (Vol. 13, p. 47, ..."). The
reference is masked whole: its words and numbers are one value, read together. One
coordinate alone ("No. 5", "p. 3") is no reference and stays readable.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from redactor.core.detect.spans import Span
from redactor.core.detect.tables.patterns import patterns
from redactor.core.models import Category

RULE = "register_reference"
_SCORE = 0.75
_TABLE = patterns("numbers", "register_references")
_KINDS = ("volume", "page", "entry")
#: The words in any case ("VOL.", "Folio", "p."): the table's patterns, read as one.
_COORDINATE = re.compile(
    "|".join(f"(?P<{kind}>{_TABLE.text(kind)})" for kind in _KINDS), re.IGNORECASE
)
_JOINT = _TABLE["joint"]
#: The words before a reference: running text, or a heading's caption.
_WORD = re.compile(r"[^\W\d_]{2,}")
#: A sentence runs on in words, some of them not capitalised ("as appears from the
#: Register of ..."); a heading or a caption is a word or two, each capitalised
#: ("Sección 2ª Tomo 87 Página 25", "Parish Register Vol. 3, p. 9").
_SENTENCE_WORDS = 3


@dataclass(frozen=True, slots=True)
class _Coordinate:
    kind: str
    start: int
    end: int


def _coordinates(text: str) -> list[_Coordinate]:
    return [_Coordinate(m.lastgroup or "", m.start(), m.end()) for m in _COORDINATE.finditer(text)]


def _runs(text: str) -> Iterator[list[_Coordinate]]:
    """Coordinates side by side, only spaces, a comma or a semicolon between them."""
    run: list[_Coordinate] = []
    for c in _coordinates(text):
        if run and _JOINT.fullmatch(text, run[-1].end, c.start) is None:
            yield run
            run = []
        run.append(c)
    if run:
        yield run


def _in_sentence(before: str) -> bool:
    words = _WORD.findall(before)
    return len(words) >= _SENTENCE_WORDS and any(w[0].islower() for w in words)


def register_references(text: str) -> list[Span]:
    out = []
    for run in _runs(text):
        kinds = {c.kind for c in run}
        order = [_KINDS.index(c.kind) for c in run]
        if len(kinds) < 2 or order != sorted(order):
            continue  # a register is cited from the book down to the entry, never back
        in_sentence = _in_sentence(text[: run[0].start])
        if "entry" in kinds or ({"volume", "page"} <= kinds and in_sentence):
            out.append(Span(run[0].start, run[-1].end, Category.ID_NUMBER, _SCORE, RULE))
    return out
