"""A party's section: a heading printed vertically beside the fields it holds.

Invoices and contracts print each party's fields in a section of their own, headed
by a word printed one character per line down its left edge ("buyer", "seller").
Inside it, a generic label such as "名称" (which elsewhere names goods) names the
party: its value is the party's name. A section the lexicon knows as the business's
own (the seller) is left alone; one it knows as a person's, or one whose heading
it cannot read, has its name field masked unless the value is a business's name
(``mask_value`` spares those).

The section is read from geometry alone: a tall, narrow box of at least two
characters, and the lines right of it whose middle lies within its height (a line
more at either end), up to the next such heading on their row.
"""

from __future__ import annotations

from redactor.core.detect.layout.label_values import mask_value
from redactor.core.detect.layout.page import Geo, Sheet
from redactor.core.detect.tables.field_lexicon import default_lexicon
from redactor.core.detect.tables.lexicon import table
from redactor.core.detect.tables.text_folding import fold
from redactor.core.models import Category

RULE = "party_section"
_NAME_LABELS = frozenset(fold(w) for w in table("blocks")["party_sections"]["name_labels"])
#: A heading printed down the page: this many times taller than wide.
_TALL = 2.0
_MIN_CHARS = 2
#: How far left of the heading's right edge a field may start, in widths of the heading
#: (its characters' size).
_SLACK = 0.5
#: How far above or below the heading a field's middle may lie, in the same widths: the
#: heading is centred on its section, and the OCR's box may not cover its first and
#: last characters.
_REACH = 1.5


def mask_party_names(sheet: Sheet) -> None:
    headings = [k for k, g in enumerate(sheet.geo) if _vertical(sheet.texts[k], g)]
    for k in headings:
        if not _may_be_a_person(sheet.texts[k]):
            continue
        for j in _section(sheet, k, headings):
            text = sheet.texts[j]
            m = next(iter(default_lexicon().find(text)), None)
            if m is None or m.start != 0 or fold(text[m.start : m.end]) not in _NAME_LABELS:
                continue
            mask_value(sheet, j, m.value_start, len(text.rstrip()), Category.NAME, RULE)


def _vertical(text: str, g: Geo) -> bool:
    width = g.x1 - g.x0
    return len(text.strip()) >= _MIN_CHARS and g.h > _TALL * max(1.0, width)


def _may_be_a_person(heading: str) -> bool:
    """Not a heading the lexicon knows as the business's own (the seller's)."""
    found = default_lexicon().find(heading.strip())
    return not found or found[0].start != 0 or found[0].kind.category is not None


def _section(sheet: Sheet, k: int, headings: list[int]) -> list[int]:
    h = sheet.geo[k]
    size = h.x1 - h.x0
    left = h.x1 - _SLACK * size
    # The next heading to the right on the same rows ends this section.
    right = min(
        (sheet.geo[o].x0 for o in headings if o != k and _same_rows(sheet.geo[o], h)),
        default=float("inf"),
    )
    right = right if right > h.x1 else float("inf")
    return [
        j
        for j, g in enumerate(sheet.geo)
        if j != k
        and left <= g.x0 < right
        and h.y0 - _REACH * size <= (g.y0 + g.y1) / 2 <= h.y1 + _REACH * size
        and not _vertical(sheet.texts[j], g)
    ]


def _same_rows(a: Geo, b: Geo) -> bool:
    return min(a.y1, b.y1) > max(a.y0, b.y0)
