"""Labels glued mid-line on a row of fields: the form's words, not the value's.

A Chinese form prints a row of fields with no colons ("<name label><name><sex label>
<sex> <age label> <age>"). Only the label opening the line is sure to be one
(printed_labels.py: mid-line, a lexicon form may be a word of a value); but a form
of the lexicon right after a short value of a sure label, on a line that label
opens, is the next field's label: a value announced by a name or a trait label is a
few characters, not a sentence holding label words (a date or a sum may run longer:
it holds no word). And a form right after a sure
label's slash ("<address>/<phone>") is one compound label with it.

Only keep_labels_readable reads these (to give the labels and the ordinary values
after them back); no value is announced from them, so a wrong guess can unmask
nothing but a label-shaped word inside a short value.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from redactor.core.detect.layout.printed_labels import printed_labels, without_called_titles
from redactor.core.detect.tables.field_lexicon import LabelMatch, ValueKind, default_lexicon
from redactor.core.detect.tables.text_folding import is_cjk
from redactor.core.detect.text.not_personal import nothing_but_amounts

#: Kinds whose values run long or may hold a label's word ("民族路" in an address, any
#: word in a memo): nothing after them on the line is taken for a label.
_OPEN_ENDED = frozenset(
    {
        ValueKind.ADDRESS,
        ValueKind.DOOR,
        ValueKind.PLACE,
        ValueKind.PARTY,
        ValueKind.FREE_TEXT,
        ValueKind.HEADING,
    }
)
_SHORT_VALUE = 6  # characters a glued field's value holds at most (a name, "37岁", "外科")
_SENTENCE = frozenset("，。；;！？!?")
_COMPOUND = frozenset("/／、|")


@lru_cache(maxsize=4096)
def labels_on_row(text: str) -> tuple[LabelMatch, ...]:
    """The printed labels of ``text`` and the labels glued after them on its row, in
    order of position."""
    found = without_called_titles(text, default_lexicon().find(text))
    sure = printed_labels(text) or _opening_pair(text, found)
    if not sure:
        return ()
    kept = list(sure)
    prev = sure[0]
    sure_at: dict[int, LabelMatch] = {}  # the first sure label at each start
    for k in sure:
        sure_at.setdefault(k.start, k)
    for m in found:
        if m.start < prev.end:
            continue
        if m.start in sure_at:
            prev = sure_at[m.start]
            continue
        if _compound(text, prev, m) or _glued_after(text, prev, m):
            kept.append(m)
            prev = m
    return tuple(sorted(kept, key=lambda m: m.start))


def _opening_pair(text: str, found: tuple[LabelMatch, ...]) -> tuple[LabelMatch, ...]:
    """A label opening the line that only a printer writes, whatever follows it: two
    forms joined by a slash ("<address>/<phone>", glued to the value: a glued address
    label alone is no sure label, its form may open the address), a heading with a
    label right after it ("<for store use> <staff>"), or a bilingual pair
    ("<职业> Occupation") before a value that is also a word of the lexicon ("Nurse")."""
    if not found or not found[0].at_line_start:
        return ()
    if len(found) > 1 and (
        _compound(text, found[0], found[1]) or _after_heading(text, found[0], found[1])
    ):
        return found[:2]
    first = found[0]
    if len({p.lang for p in first.parts}) > 1:
        if first.value_start >= first.value_end and len(found) > 1:
            # its value is the word of the lexicon after it (and that word's own value)
            first = replace(first, value_end=found[1].value_end)
        return (first,)
    return ()


def _compound(text: str, prev: LabelMatch, m: LabelMatch) -> bool:
    """``m`` follows ``prev`` across a slash: "<label>/<label>" is one label."""
    gap = text[prev.end : m.start].strip()
    return len(gap) == 1 and gap in _COMPOUND and is_cjk(text[m.start])


def _after_heading(text: str, prev: LabelMatch, m: LabelMatch) -> bool:
    return prev.kind is ValueKind.HEADING and not text[prev.end : m.start].strip()


def _glued_after(text: str, prev: LabelMatch, m: LabelMatch) -> bool:
    """``m`` is a Chinese form right after a short value of the label ``prev``, or any
    form right after a heading on its line ("<for store use> <staff> <a name>": a
    heading announces no value, the next label starts the row's field)."""
    if _after_heading(text, prev, m):
        return True
    if prev.kind in _OPEN_ENDED or m.kind in _OPEN_ENDED:
        return False
    if m.end - m.start < 2 or not is_cjk(text[m.start]):
        return False
    value = text[prev.value_start : m.start].strip()
    if not value or any(c in _SENTENCE for c in value):
        return False
    if len(value) > _SHORT_VALUE and not nothing_but_amounts(value):
        return False  # a date or a sum of any length holds no label's word
    # A value glued to the next label ends in a character of its own, not a slash.
    return not any(c in _COMPOUND for c in value)
