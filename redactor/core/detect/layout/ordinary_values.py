"""Values of the fields the lexicon knows are no one's, wherever a person's block
runs over them.

A work order or a booking card stacks its fields one under another: the customer's
name, phone and address, then the appointment's time, the plan booked, the price.
The block recognizer joins them all, and would mask the appointment and the plan
with the customer. A line standing alone as a known non-personal label ("套餐",
"Plan", "Status") says what the value beside or under it is: that value stays
readable, unless a rule found personal data on it itself.
"""

from __future__ import annotations

from redactor.core.detect.charclass import has_digit
from redactor.core.detect.layout.detail_rows import detail_value, row_edges
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.layout.printed_labels import only_labels
from redactor.core.detect.layout.value_lines import findings_value_line_reads, value_line
from redactor.core.detect.tables.field_lexicon import ValueKind


def ordinary_values(sheet: Sheet, traits: bool = False) -> frozenset[int]:
    """Lines holding the value of a label alone on its line whose labels all announce
    a non-personal value (a heading over a section announces nothing); ``traits``: or
    a trait (a place of birth, a native place, an occupation: no way to tell the
    person from it). Several steps ask for them: worked out once a page for the
    findings ``value_line`` reads."""
    key = ("ordinary_values", traits, findings_value_line_reads(sheet))
    return sheet.remembered(key, lambda: _ordinary_values(sheet, traits))


def _ordinary_values(sheet: Sheet, traits: bool) -> frozenset[int]:
    out = set()
    edges = row_edges(sheet)
    for i, text in enumerate(sheet.texts):
        labels = only_labels(text)
        if not labels or any(
            (m.kind.category is not None and not (traits and m.kind is ValueKind.TRAIT))
            or m.kind is ValueKind.HEADING
            for m in labels
        ):
            continue
        j = value_line(sheet, i)
        if j is None:
            j = detail_value(sheet, i, edges)  # a phone screen's row, flush right
        if j is not None and not only_labels(sheet.texts[j]):
            out.add(j)
    return frozenset(out)


def trait_places(sheet: Sheet) -> frozenset[int]:
    """Values of non-personal and trait labels with no number in them: a place of
    birth or a native place ("<province><city>"), no street and no door, is no one's
    address to mask."""
    return frozenset(
        k for k in ordinary_values(sheet, traits=True) if not has_digit(sheet.texts[k])
    )
