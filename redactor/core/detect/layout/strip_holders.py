"""The holder of a phone printed again and again: a poster's tear-off strips.

A lost-pet poster, a flat-share notice or a tutor's flyer ends in a row of strips,
each repeating "<given name> <phone>" so a passer-by can tear one off. The phone is
found once (after its cue, "call … on") and its copies by the page's repeats; the
name on each strip has no label of its own. A short name-shaped text right before a
repeated copy of a person's phone is its holder (as ``number_holders`` reads a
mobile's), and that name, once known, is masked where the page prints it again as a
word ("Please call <name> on …"): the later repeat step has already run.
"""

from __future__ import annotations

import re

from redactor.core.detect.layout.number_holders import holder_name
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.spans import Span
from redactor.core.models import Category

_RULE = "strip_holder"
_SEPARATOR = " \t,;|/-_:"
# A phone's copy found by the page's repeats (its first print had a cue of its own).
_REPEAT = "page_repeat"
# Strips come in a row: this many "<name> <phone copy>" lines at least.
_MIN_COPIES = 2


def mask_strip_holders(sheet: Sheet) -> None:
    holders: list[tuple[int, int, int]] = []
    for i, text in enumerate(sheet.texts):
        if sheet.fields[i]:
            continue
        phones = [s for s in sheet.out[i] if s.category is Category.PHONE and s.rule == _REPEAT]
        if not phones:
            continue
        start = min(s.start for s in phones)
        if any(s.start < start for s in sheet.out[i]):
            continue  # the text before the number was judged already
        head = text[:start].rstrip(_SEPARATOR)
        lead = len(head) - len(head.lstrip())
        if head.strip() and holder_name(head):
            holders.append((i, lead, len(head)))
    if len(holders) < _MIN_COPIES:
        return
    for i, start, end in holders:
        sheet.out[i].append(Span(start, end, Category.NAME, 0.6, _RULE))
    _names_as_words(sheet, {sheet.texts[i][s:e] for i, s, e in holders})


def _names_as_words(sheet: Sheet, names: set[str]) -> None:
    """Each holder's name wherever the page prints it as a word of its own, written as
    the strip writes it."""
    words = sorted({n.strip() for n in names if n.strip()}, key=len, reverse=True)
    pattern = re.compile(rf"(?<![\w'\-])(?:{'|'.join(re.escape(w) for w in words)})(?![\w'\-])")
    for i, text in enumerate(sheet.texts):
        for m in pattern.finditer(text):
            if any(s.start <= m.start() and m.end() <= s.end for s in sheet.out[i]):
                continue
            sheet.out[i].append(Span(m.start(), m.end(), Category.NAME, 0.6, _RULE))
