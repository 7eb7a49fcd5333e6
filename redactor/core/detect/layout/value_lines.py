"""Which line holds the value of a label alone at the end of its line: the box beside
it on its row, else the line stacked right under it in its column (or centred under
it, on a centred page). A line that opens with a label, a heading or boilerplate is
no value, nor the next label of a row of labels over a row of values, nor the line
under another field's label in a grid of labels over values.
"""

from __future__ import annotations

from redactor.core.detect.charclass import has_digit
from redactor.core.detect.layout.labels import is_heading
from redactor.core.detect.layout.option_lists import TICK_BOX
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.layout.printed_labels import only_labels, printed_labels
from redactor.core.detect.tables.field_lexicon import ValueKind, default_lexicon
from redactor.core.detect.tables.lexicon import boilerplate
from redactor.core.detect.tables.text_folding import is_cjk
from redactor.core.detect.text.names import looks_like_person_name

#: How far left of the label a value stacked under it may start, in text heights
#: (a box drawn a little wider than the print).
_COLUMN_SLACK = 0.5
#: How far the middle of a value may stand from its label's, in text heights.
_CENTRED = 1.0
#: The fewest characters a printed label has.
_LABEL_MIN = 2


def first_label(text: str) -> int:
    labels = printed_labels(text)
    return labels[0].start if labels else len(text)


def is_value_line(sheet: Sheet, j: int) -> bool:
    """Line ``j`` opens with something other than a label, a heading or boilerplate,
    and does not end with a non-personal label (a longer label the lexicon lacks,
    "商户交易号"; an address may end with "单元")."""
    text = sheet.texts[j]
    if not text[: first_label(text)].strip() or boilerplate(text):
        return False
    if _ends_with_a_label(text.rstrip()):
        return False
    return not is_heading(text, sheet.fields[j])


def _ends_with_a_label(text: str, longest: int = 8) -> bool:
    """The last words of ``text`` are a non-personal label on their own (a Latin tail
    starts a word: "Schmidt" does not end with "dt", nor "Olivia" with "via")."""
    for k in range(1, min(len(text), longest) + 1):
        tail = text[-k:]
        if k < len(text) and _latin_letter(tail[0]) and _latin_letter(text[-k - 1]):
            continue
        if any(
            m.start == 0 and m.end == k and m.kind.category is None
            for m in default_lexicon().find(tail)
        ):
            return True
    return False


def _latin_letter(ch: str) -> bool:
    return ch.isalpha() and not is_cjk(ch)


def value_line(sheet: Sheet, i: int) -> int | None:
    """The line holding the value of the label that ends line ``i``: beside it on its
    row, else stacked right under it."""
    j = value_line_beside(sheet, i)
    return j if j is not None else value_under(sheet, i)


def value_line_beside(sheet: Sheet, i: int) -> int | None:
    """The box beside label ``i`` on its row, when it may hold the label's value."""
    j = sheet.value_beside(i)
    if j is None or not is_value_line(sheet, j) or _under_a_label_of_its_own(sheet, i, j):
        return None
    if TICK_BOX.fullmatch(sheet.texts[j]):
        return None  # a tick box of the next column: the value is under the label
    if _next_label_of_a_row(sheet, i, j):
        return None
    return j


def _next_label_of_a_row(sheet: Sheet, i: int, j: int) -> bool:
    """Line ``j`` beside label ``i`` is the next header of a row of labels over a row of
    values (a label the lexicon lacks, "Entered on"): each of them has a value stacked
    under it, on one row, and words without a digit, not shaped as a name, stand beside
    it. (In a grid of label and value pairs, what stands under the label is the next
    label, and beside it the value.)"""
    if sheet.out[j] or not _may_head_a_row(sheet.texts[j]):
        return False
    a, b = value_under(sheet, i), value_under(sheet, j)
    return a is not None and b is not None and a != b and sheet.geo[a].same_row(sheet.geo[b])


def _may_head_a_row(text: str) -> bool:
    """Words without a digit, not shaped as a name, of more than one character (one is
    no label: a given name, a surname signed alone)."""
    return not has_digit(text) and not name_shaped(text) and len(text.strip()) >= _LABEL_MIN


def findings_value_line_reads(sheet: Sheet) -> frozenset[int]:
    """All that ``value_line`` reads of the findings so far: which of the lines that may
    head a row of labels hold one (a line found to hold a value heads nothing). What is
    worked out of ``value_line`` stays right while these stay the same."""
    heads = sheet.remembered(
        "row_heads", lambda: [j for j, t in enumerate(sheet.texts) if _may_head_a_row(t)]
    )
    return frozenset(j for j in heads if sheet.out[j])


def name_shaped(text: str) -> bool:
    """A Chinese name, or Latin words each capitalised."""
    words = text.split()
    if any(is_cjk(c) for c in text):
        return looks_like_person_name(text)
    return bool(words) and all(w[:1].isupper() for w in words)


def _under_a_label_of_its_own(sheet: Sheet, i: int, j: int) -> bool:
    """Line ``j`` is stacked right under another field's label alone on its line, in its
    column: in a grid of labels over values (a ticket's), the box beside label ``i``
    holds the value of the next column's label, not ``i``'s."""
    return any(
        k not in (i, j) and _field_label(t) and value_under(sheet, k) == j
        for k, t in enumerate(sheet.texts)
    )


def _field_label(text: str) -> bool:
    """A line of field labels only, no heading among them (a form's title is over
    everything under it)."""
    labels = only_labels(text)
    return bool(labels) and all(m.kind is not ValueKind.HEADING for m in labels)


def value_under(sheet: Sheet, i: int) -> int | None:
    """The value stacked right under label ``i``, in its column."""
    below = sheet.lines_below(i, max_lines=1)
    if not below:
        return None
    j = below[0]
    g, c = sheet.geo[i], sheet.geo[j]
    # A centred page (an invitation, a certificate) centres the value under its label.
    centred = abs((c.x0 + c.x1) - (g.x0 + g.x1)) <= 2 * _CENTRED * g.th
    if not (g.x0 - _COLUMN_SLACK * g.th <= c.x0 <= g.x1 or centred):
        if c.y0 >= g.y1:
            return None  # it starts in another column
        # A box beside the label reaching lower (a heading printed down the margin, a
        # stamp) is no line under it: the nearest line right under it in its column is.
        k = _in_column_under(sheet, i)
        if k is None:
            return None
        j = k
    return j if is_value_line(sheet, j) else None


def _in_column_under(sheet: Sheet, i: int) -> int | None:
    """The nearest box stacked under line ``i`` that starts within its column."""
    g = sheet.geo[i]
    return sheet.nearest_under(i, lambda c: g.x0 - _COLUMN_SLACK * g.th <= c.x0 <= g.x1)
