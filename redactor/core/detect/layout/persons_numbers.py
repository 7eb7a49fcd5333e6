"""A person's number announced inside a line: "paid by card ending 4821", "please quote
your member no. 5520118".

A receipt or a letter names the number a person is known by in passing, after words of
its own, where no form's layout sets the label off (printed_labels.py reads labels
opening their line, or set off by a colon). A label of a person's number (an ID, a
member's or a card's) is specific enough anywhere in a line: the number right after
it (three digits at least, not a sum) is that person's and is masked; the words
around it stay readable.
"""

from __future__ import annotations

from redactor.core.detect.charclass import digit_count
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.field_lexicon import ValueKind, default_lexicon
from redactor.core.detect.tables.patterns import patterns

RULE = "persons_number_in_line"
_SCORE = 0.75
_NUMBER_AFTER = patterns("layout", "persons_numbers")["number_after"]
_KINDS = frozenset({ValueKind.ID_NUMBER, ValueKind.CARD_NUMBER})
#: Digits the number has at least (a card's last four, a short member number).
_DIGITS = 3
#: Letters of a one-word label as specific as two words: a compound ("Kundennummer").
_COMPOUND_LETTERS = 11


def persons_numbers(text: str) -> list[Span]:
    out = []
    for m in default_lexicon().find(text):
        if m.at_line_start or m.kind not in _KINDS or m.kind.category is None:
            continue
        if not _specific(text[m.start : m.end]):
            continue  # "ID", "No.": the tail of a longer label the lexicon lacks
        n = _NUMBER_AFTER.match(text, m.end)
        if n is None or digit_count(n.group("n")) < _DIGITS:
            continue
        # The hidden digits go with the tail: together they show the number's length.
        start = n.start("hidden") if n.group("hidden") else n.start("n")
        out.append(Span(start, n.end("n"), m.kind.category, _SCORE, RULE))
    return out


def mask_persons_numbers(sheet: Sheet) -> None:
    for i, text in enumerate(sheet.texts):
        found = sheet.out[i]
        for span in persons_numbers(text):
            if not any(s.start < span.end and span.start < s.end for s in found):
                found.append(span)


def _specific(label: str) -> bool:
    """Two words or more, or one compound word: a short word alone ("ID") may end a
    longer label the lexicon lacks ("TERM ID"), whose number is no person's."""
    words = label.split()
    return len(words) > 1 or sum(c.isalpha() for c in label) >= _COMPOUND_LETTERS
