"""A label the lexicon lacks, known by its place among labels it knows.

A form prints its labels in a column, each with its value in a box beside it, or in a
row, each over its value. A short box with no digit standing in such a column or row,
arranged as the labels the lexicon knows there are (its own value beside or under it,
where theirs are), is a label too, whatever its words: the form's, kept readable.
What it announces is not known, so its value is judged by its shape: a Chinese
person's name (a common surname, then given-name characters) or a number a person is
known by (four digits or more, not a date, a time, a sum or a quantity, under a label
that does not end with a bare number mark: "<document>-Nr." is the document's) is masked;
anything else (a hall's name, a product, a town) is left to the other recognizers.
"""

from __future__ import annotations

from redactor.core.detect.charclass import digit_count, has_digit
from redactor.core.detect.layout.label_values import mask_value
from redactor.core.detect.layout.labels import is_heading
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.layout.printed_labels import only_labels, printed_labels
from redactor.core.detect.layout.value_lines import value_under
from redactor.core.detect.tables.lexicon import boilerplate, table
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.tables.text_folding import is_cjk
from redactor.core.detect.text.names import surname_length
from redactor.core.detect.text.not_personal import QUANTITY, nothing_but_amounts
from redactor.core.models import Category

RULE = "label_peer_value"
_GIVEN = frozenset(table("names")["free_text"]["given"])
_NUMBER_MARK = patterns("layout", "label_peers")["number_mark"]
#: Characters of a Chinese label, words of a Latin one.
_CJK_LABEL = (2, 6)
_LATIN_WORDS = 3
#: How far apart labels of one column may stand, in line heights.
_COLUMN_REACH = 4.0
#: Known labels a column needs around the unknown one (a row: one beside it).
_COLUMN_PEERS = 2
_ROW_PEERS = 1
#: Digits a number a person is known by has at least.
_ID_DIGITS = 4


def mask_peer_values(sheet: Sheet) -> None:
    for u in range(len(sheet.texts)):
        if not _unknown_label_shape(sheet, u):
            continue
        v = _value_in_column(sheet, u)
        if v is None:
            v = _value_in_row(sheet, u)
        if v is None or sheet.out[v]:
            continue
        category = value_category(sheet.texts[v])
        if category is Category.ID_NUMBER and _NUMBER_MARK.search(sheet.texts[u]):
            continue  # "<document>-Nr.": whose number, the label does not say
        if category is not None:
            mask_value(sheet, v, 0, len(sheet.texts[v]), category, RULE)


def _unknown_label_shape(sheet: Sheet, u: int) -> bool:
    """Short words with no digit that the lexicon does not read as a label."""
    text = sheet.texts[u].strip().rstrip(":：")
    if not text or has_digit(text) or sheet.out[u] or printed_labels(text):
        return False
    if boilerplate(text) or is_heading(text, sheet.fields[u]):
        return False
    letters = text.replace(" ", "")
    cjk = sum(is_cjk(c) for c in letters)
    if cjk:
        return cjk == len(letters) and _CJK_LABEL[0] <= cjk <= _CJK_LABEL[1]
    return text[:1].isupper() and len(text.split()) <= _LATIN_WORDS


def _known_label(sheet: Sheet, p: int) -> bool:
    return bool(only_labels(sheet.texts[p].strip()))


def _value_in_column(sheet: Sheet, u: int) -> int | None:
    """The value beside ``u`` when known labels stand in ``u``'s column, each with a
    value beside it starting where ``u``'s does."""
    v = sheet.value_beside(u)
    if v is None:
        return None
    g, vx = sheet.geo[u], sheet.geo[v].x0
    peers = 0
    for p, c in enumerate(sheet.geo):
        if p == u or abs(c.x0 - g.x0) > g.th or not _known_label(sheet, p):
            continue
        if abs((c.y0 + c.y1) - (g.y0 + g.y1)) > 2 * _COLUMN_REACH * max(g.h, c.h):
            continue
        w = sheet.value_beside(p)
        peers += w is not None and abs(sheet.geo[w].x0 - vx) <= 2 * g.th
    return v if peers >= _COLUMN_PEERS else None


def _value_in_row(sheet: Sheet, u: int) -> int | None:
    """The value under ``u`` when a known label on ``u``'s row has its value under it
    on the row of ``u``'s."""
    v = value_under(sheet, u)
    if v is None:
        return None
    g = sheet.geo[u]
    peers = 0
    for p, c in enumerate(sheet.geo):
        if p == u or not g.same_row(c) or not _known_label(sheet, p):
            continue
        w = value_under(sheet, p)
        peers += w is not None and w != v and sheet.geo[w].same_row(sheet.geo[v])
    return v if peers >= _ROW_PEERS else None


def value_category(text: str) -> Category | None:
    """What a value of an unknown label is, by its shape, if it is a person's."""
    t = text.strip()
    if not t or nothing_but_amounts(t) or QUANTITY.fullmatch(t):
        return None
    if chinese_name(t):
        return Category.NAME
    if digit_count(t) >= _ID_DIGITS and all(w.isalnum() for w in t.split()):
        return Category.ID_NUMBER
    return None


def chinese_name(t: str) -> bool:
    """A common surname, then one or two given-name characters."""
    s = surname_length(t)
    given = t[s:]
    return s > 0 and 1 <= len(given) <= 2 and all(c in _GIVEN for c in given)
