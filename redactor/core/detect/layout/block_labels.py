"""Which words of a person's block line are labels the block leaves readable.

``printed_labels`` is strict: a label it accepts announces a value that other steps
mask whatever its shape, so it turns down anything a value's first word could be.
Inside a block that is already masked the question is the other way round: what of
the line may stay readable. There a word of the field lexicon that opens the line is
the form's, not the person's, even when the layout does not set it off:

- a label OCR glued to its value or printed with no colon ("Date of birth19/05/…",
  "Geburtsdatum 18/03/…", "<role> <name> <two more words>");
- the tail of a longer label the lexicon lacks, the words before it one label with it
  ("<qualifier> licence no. <code>", "<qualifier>时间" alone in its cell);
- a number's label further along the line, a number right after it ("… Mob. 020…").

The value after such a label stays the block's to mask (fail closed: only a measured
value, a date or an amount, is given back), so being wrong costs one word of a value,
never a value. Kinds whose forms open values (an address's "Flat", a place) are left out.
"""

from __future__ import annotations

import re
from dataclasses import replace

from redactor.core.detect.charclass import has_digit
from redactor.core.detect.layout.printed_labels import printed_labels
from redactor.core.detect.tables.field_lexicon import LabelMatch, ValueKind, default_lexicon
from redactor.core.detect.tables.label_finder import item_number_before
from redactor.core.detect.tables.text_folding import is_cjk
from redactor.core.detect.text.addresses import looks_like_address

#: Kinds whose label forms also open values ("Flat 5", "城市花园…"): never guessed.
_DOUBTFUL = frozenset({ValueKind.ADDRESS, ValueKind.DOOR, ValueKind.PLACE, ValueKind.HEADING})
#: Kinds whose value is a number: mid-line, their label is one when digits follow.
_NUMBER_KINDS = frozenset(
    {
        ValueKind.PHONE,
        ValueKind.ID_NUMBER,
        ValueKind.CARD_NUMBER,
        ValueKind.BIRTH_DATE,
        ValueKind.TRACKING,
        ValueKind.REFERENCE,
    }
)
_NUMBER_AFTER = re.compile(r"[.:：#\s]*[0-9+(]")
_QUALIFIER_CJK = 3  # characters of an unknown qualifier before a Chinese label's tail
_LABEL_CELL_CJK = 8  # longest Chinese cell taken for a label on its own


def block_labels(text: str) -> tuple[tuple[LabelMatch, bool], ...]:
    """The labels of ``text`` a block leaves readable, left to right, each with whether
    ``printed_labels`` vouches for it (``False``: found here, its value is masked
    whatever its kind says)."""
    found: list[tuple[LabelMatch, bool]] = [(m, True) for m in printed_labels(text)]
    guesses = [_opening(text, m) or _number_label(text, m) for m in default_lexicon().find(text)]
    if not any(m.start == 0 for m, _ in found) and not any(g and g.start == 0 for g in guesses):
        guesses.append(_qualified(text))
    for guess in guesses:
        if guess is not None and not any(_overlap(guess, p) for p, _ in found):
            found.append((guess, False))
    found.sort(key=lambda pair: pair[0].start)
    return tuple(found)


def _overlap(a: LabelMatch, b: LabelMatch) -> bool:
    return a.start < b.value_start and b.start < a.value_start


def _opening(text: str, m: LabelMatch) -> LabelMatch | None:
    """``m`` when it opens the line as a label (a whole word, a Chinese label of two
    characters or more)."""
    if m.kind in _DOUBTFUL or not (m.at_line_start or item_number_before(text, m.start)):
        return None
    if is_cjk(text[m.start]):
        # Set apart from what follows: glued on, the label may be a longer word's start
        # or the OCR's box of a value written over it.
        apart = m.value_start > m.end or not text[m.value_start :].strip()
        return m if m.end - m.start >= 2 and apart else None
    if m.end < len(text) and text[m.end].isalnum():
        # Glued on: a label of two words or more ("Date of birth19/05/…"), never one
        # word (a code's letters: "TC7771").
        return m if len(text[m.start : m.end].split()) > 1 and not text[m.end].isalpha() else None
    return m


def _qualified(text: str) -> LabelMatch | None:
    """A label the lexicon knows after one word it lacks, opening the line: the word
    qualifies it, the two are one label ("<word> licence no." before a code, a Chinese
    "<two characters>时间" alone in its cell)."""
    lead = len(text) - len(text.lstrip())
    if lead >= len(text):
        return None
    if is_cjk(text[lead]):
        cell = text.strip()
        if len(cell) > _LABEL_CELL_CJK or looks_like_address(cell):
            return None
        cuts = range(lead + 1, lead + 1 + _QUALIFIER_CJK)
    else:
        word = re.match(r"[^\W\d_]+\s+", text[lead:])
        cuts = range(lead + word.end(), lead + word.end() + 1) if word else range(0)
    for cut in cuts:
        if cut >= len(text) or not is_cjk(text[cut]) and is_cjk(text[lead]):
            return None
        head = next(iter(default_lexicon().find(text[cut:])), None)
        if head is None or head.start != 0:
            continue
        if head.kind in _DOUBTFUL and not is_cjk(text[cut]):
            continue  # (a Chinese cell alone is the label whole, whatever it announces)
        if is_cjk(text[cut]) and (
            head.end - head.start < 2 or text[cut + head.value_start :].strip()
        ):
            continue  # a Chinese cell: the whole cell is the label, nothing after it
        if not is_cjk(text[cut]) and not _numbered(text[cut:], head):
            continue
        return replace(
            head,
            start=lead,
            end=cut + head.end,
            value_start=cut + head.value_start,
            value_end=cut + head.value_end,
            at_line_start=True,
        )
    return None


def _numbered(text: str, head: LabelMatch) -> bool:
    """A number's label set off from the number after it (a word before a label of
    another kind may be a sentence's: "<name> the sum of…")."""
    value = text[head.value_start : head.value_end]
    return (
        head.kind in _NUMBER_KINDS
        and head.value_start > head.end
        and has_digit(value)
        and len(value.split()) == 1
    )


def _number_label(text: str, m: LabelMatch) -> LabelMatch | None:
    """A number's label further along the line, right before its digits."""
    if m.kind not in _NUMBER_KINDS or m.start == 0 or not text[m.start - 1].isspace():
        return None
    if is_cjk(text[m.start]):
        return None  # (a Chinese one: the space before it may be a value's unread rest)
    if _NUMBER_AFTER.match(text, m.end) is None:
        return None
    return m
