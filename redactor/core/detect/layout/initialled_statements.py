"""A signer's initials, written before each statement of a consent form.

A consent form or a release lists statements under a line that asks the signer to
initial each one ("Please initial each statement:", "Escriba sus iniciales en cada
punto:"; tables/keywords.toml ``[initials_instructions]``). What stands at the left
margin of each statement under it is the signer's initials: one to four capitals,
dotted or not, alone on their line or glued to the statement ("N.M.R. I have …",
"MJGEntiendo …"). The instruction and the statements stay readable.
"""

from __future__ import annotations

import re

from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.lexicon import table, words_pattern
from redactor.core.detect.tables.patterns import patterns
from redactor.core.models import Category

RULE = "initialled_statement"
_SCORE = 0.6
_INSTRUCTION = re.compile(
    rf"(?i){words_pattern(table('keywords')['initials_instructions']['phrases'])}"
)
#: Initials at a line's start ("K.W. I have" is a statement's pronoun after them) and
#: a statement's first word: shapes in tables/layout.toml.
_SHAPES = patterns("layout", "initialled_statements")
_INITIALS = _SHAPES["initials"]
_STATEMENT = _SHAPES["statement"]
#: How far under the instruction its statements reach, in line heights.
_REACH = 16.0
#: How far from the instruction's left edge a statement's initials may start.
_MARGIN = 3.0


def initialled_statements(sheet: Sheet) -> None:
    geo = sheet.geo
    for i, text in enumerate(sheet.texts):
        if not _INSTRUCTION.search(text):
            continue
        g = geo[i]
        for j, c in enumerate(geo):
            below = c.y0 - g.y1
            if j == i or not (-0.3 * g.h < below <= _REACH * g.h):
                continue
            if abs(c.x0 - g.x0) > _MARGIN * g.h:
                continue
            span = _initials(sheet.texts[j])
            if span is not None:
                sheet.out[j].append(span)


def _initials(text: str) -> Span | None:
    """The initials standing first on a statement's line, if any."""
    m = _INITIALS.match(text)
    if m is None:
        return None
    mark = m.group("i")
    rest = text[m.end() :]
    letters = sum(ch.isalpha() for ch in mark)
    # "I understand …": a lone capital before a word is the sentence's own pronoun;
    # undotted capitals before anything but a statement's first word are a heading's
    # word or a label ("FOR CLIENTS …", "ID 1234").
    if "." not in mark and rest.strip() and (letters == 1 or not _STATEMENT.match(rest)):
        return None
    return Span(m.start("i"), m.end("i"), Category.NAME, _SCORE, RULE)
