"""Call signs: the identifier a licensing office gives one radio amateur.

A call sign (BG4ABC, M7XYZ, 2E0ABC, DL3ABC) names one licensed person wherever it
stands, as a plate names a car's keeper: large on a licence or a QSL card, in a
station log's column of the stations worked, after the word that announces it. It
is found alone in its line or box (the suffix two letters at least, so short codes
stay readable) or after a cue word, mid-line too (numbers.toml ``[call_signs]``).
"""

from __future__ import annotations

from collections.abc import Iterator

from redactor.core.detect.charclass import has_digit
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.patterns import patterns
from redactor.core.models import Category

RULE = "call_sign"
_SIGNS = patterns("numbers", "call_signs")
_LONE_SCORE = 0.75
_CUED_SCORE = 0.85


def call_signs(text: str) -> Iterator[Span]:
    if not has_digit(text):
        return
    lone = _SIGNS["lone_call_sign"].match(text)
    if lone:
        yield Span(lone.start("sign"), lone.end("sign"), Category.ID_NUMBER, _LONE_SCORE, RULE)
        return
    for m in _SIGNS["cued_call_sign"].finditer(text):
        yield Span(m.start("sign"), m.end("sign"), Category.ID_NUMBER, _CUED_SCORE, RULE)
