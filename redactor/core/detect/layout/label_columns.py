"""Labels the lexicon lacks, known by the column they stand in.

A form printed as a grid sets its labels in a column, each beside its value cell. When
two or more labels of that column are ones the lexicon knows, every other short cell in
it with a value beside it is a label too ("<a field the lexicon never met>" between
"Phone" and "Address"): a person's block leaves it readable. Its value is still the
block's to mask; only the label is given back.
"""

from __future__ import annotations

from redactor.core.detect.charclass import has_digit
from redactor.core.detect.layout.page import Geo, Sheet
from redactor.core.detect.layout.printed_labels import only_labels
from redactor.core.detect.tables.text_folding import is_cjk
from redactor.core.detect.text.names import looks_like_person_name
from redactor.core.models import CORE_CATEGORIES

_PEERS = 2  # known labels in the column that vouch for it
_ALIGN = 1.0  # in text heights: how far apart two edges of one column may be
_CJK_CHARS = 8  # longest Chinese label cell
_WORDS = 3  # longest Latin label cell
_REACH = 12.0  # in text heights: how far a grid's value cell may stand from its label


def column_labels(sheet: Sheet) -> frozenset[int]:
    """Lines standing in a column of labels, beside their values, that the lexicon
    does not know."""
    beside = [sheet.value_beside(k, reach=_REACH) is not None for k in range(len(sheet.texts))]
    known = [k for k, b in enumerate(beside) if b and only_labels(sheet.texts[k])]
    if len(known) < _PEERS:
        return frozenset()
    out = set()
    for k in range(len(sheet.texts)):
        if not beside[k] or k in known or not _label_shaped(sheet, k):
            continue
        peers = [j for j in known if _one_column(sheet.geo[j], sheet.geo[k])]
        if len(peers) >= _PEERS:
            out.add(k)
    return frozenset(out)


def _label_shaped(sheet: Sheet, k: int) -> bool:
    """Short, no digit, no value a rule found on it, not a person's name (a Chinese
    name's shape; Latin words all capitalised, as a name is printed)."""
    text = sheet.texts[k].strip()
    if not text or has_digit(text):
        return False
    if any(s.category in CORE_CATEGORIES and s.end > s.start for s in sheet.out[k]):
        return False
    if is_cjk(text[0]):
        return len(text) <= _CJK_CHARS and not looks_like_person_name(text)
    if text.isupper() or k in sheet.address_lines:
        return False  # a city or a surname in capitals, a line of an address
    words = text.split()
    return len(words) == 1 or len(words) <= _WORDS and not all(w[:1].isupper() for w in words)


def _one_column(a: Geo, b: Geo) -> bool:
    """Left edges, centres or right edges level within a text height."""
    tol = _ALIGN * max(a.th, b.th)
    return (
        abs(a.x0 - b.x0) <= tol
        or abs((a.x0 + a.x1) - (b.x0 + b.x1)) / 2 <= tol
        or abs(a.x1 - b.x1) <= tol
    )
