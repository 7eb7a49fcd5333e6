"""Which of the field lexicon's matches in a line are printed labels, not words of a value.

The lexicon finds its forms anywhere ("Street" ends an address, "Flat 5" opens one), so
a match counts as a label only where a form's layout says so: set off by a colon, alone
on its line, a bilingual pair, or a Chinese label opening its line (glued to its value
or not). Masking steps trust only these: they keep the label readable and read what
it announces.
"""

from __future__ import annotations

from functools import lru_cache

from redactor.core.detect.field_lexicon import LabelMatch, ValueKind, default_lexicon
from redactor.core.detect.label_finder import is_cjk

#: Kinds whose values may open with a word that is also one of their labels' forms
#: ("城市花园…" after a glued address label): glued to a value they are no sure label.
_GLUE_DOUBTFUL = frozenset({ValueKind.ADDRESS, ValueKind.DOOR, ValueKind.PLACE})
#: Characters that, glued after a Chinese label, open no value: the head words that end
#: longer labels, and words that open a predicate (no surname among them).
_GLUED_NO_VALUE = frozenset("号码编名数类型期额员证" + "已未请")
#: Kinds whose value is a number: an English label opening its line right before one
#: is a label ("Tel 0712…", "Delivery date 06/04…") even without a colon. (Not a door:
#: "Flat 5" opens an address.)
_NUMBER_KINDS = frozenset(
    {
        ValueKind.PHONE,
        ValueKind.ID_NUMBER,
        ValueKind.CARD_NUMBER,
        ValueKind.TRACKING,
        ValueKind.REFERENCE,
        ValueKind.POSTCODE,
        ValueKind.DATE,
        ValueKind.TIME,
        ValueKind.AMOUNT,
        ValueKind.QUANTITY,
        ValueKind.WEIGHT,
    }
)
_NUMBER_START = frozenset("0123456789¥$€£₹#")
#: Kinds whose English label announces a person's name with no colon, when a
#: capitalised name of at most a few words follows.
_ROLE_KINDS = frozenset({ValueKind.NAME, ValueKind.SIGNATURE, ValueKind.PARTY})
_NAME_WORDS = 4


@lru_cache(maxsize=4096)
def printed_labels(text: str) -> tuple[LabelMatch, ...]:
    """The lexicon's matches in ``text`` that stand as labels (offsets index ``text``)."""
    return tuple(m for m in default_lexicon().find(text) if _stands_as_label(text, m))


def _stands_as_label(text: str, m: LabelMatch) -> bool:
    between = text[m.end : m.value_start]
    if ":" in between or "：" in between:
        return not _one_word_before(text, m)
    if m.value_start >= m.value_end:
        # Nothing after it up to the next label: a label over or beside its value,
        # or a heading; at a line's start only (mid-line it may end a sentence).
        return m.at_line_start
    if len({p.lang for p in m.parts}) > 1:
        return True  # "姓名 Name": a bilingual pair is printed, never written
    if _one_word_before(text, m):
        return False  # the tail of a longer label the lexicon lacks ("TERM ID: …")
    if not m.at_line_start:
        return False
    first = text[m.start]
    if is_cjk(first):
        # A head word glued on makes a longer label the lexicon lacks ("操作员" + "号");
        # a predicate glued on makes a sentence (a status: "…已发货").
        glued_head = m.value_start == m.end and text[m.value_start] in _GLUED_NO_VALUE
        return m.end - m.start >= 2 and m.kind not in _GLUE_DOUBTFUL and not glued_head
    if not between or between.strip(" #"):
        return False  # glued to its value, or by a hyphen: a code ("WT6184…", "BED-1680")
    value = text[m.value_start : m.value_end]
    if m.kind in _NUMBER_KINDS:
        return value[:1] in _NUMBER_START
    # A role word, then a name with no colon ("Driver Carol", "Checked by Ann Lee").
    opens_name = value[:1].isupper() or is_cjk(value[:1])
    return m.kind in _ROLE_KINDS and opens_name and len(value.split()) <= _NAME_WORDS


def _one_word_before(text: str, m: LabelMatch) -> bool:
    """Only one word stands before the label on its line."""
    before = text[: m.start].split()
    return len(before) == 1 and before[0].isalpha()


def label_span(m: LabelMatch) -> tuple[int, int]:
    """The characters of the label and what closes it (colon, brackets, spaces)."""
    return m.start, m.value_start
