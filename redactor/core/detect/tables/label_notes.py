"""What a form prints right after a label, belonging to the label: in brackets, a note
in small letters on how to fill the field in ("Home address (if under 5 years)",
"IBAN (de la que sea titular)"), or the label again in another language or
in other words ("收款人名称(Payee)", "出生孕周(Gestation Age)"); without
brackets, a Chinese label's English twin of more words than the lexicon's form
("家庭住址 Usual home address": the lexicon knows "home address").

Read as the value, the bracket would be masked and the label cut in two. Folded into
the label, the label stays readable whole and its value is whatever follows the
bracket, or the box beside or under it. A bracket that holds anything else (a
capitalised word the lexicon does not know: perhaps a name) is left to be the value,
and where the bracket's label announces a person's value and the head does not, the
person's kind decides (fail closed: "<product word>(Payee)" announces a name).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from redactor.core.detect.tables.bracket_folds import fold_brackets
from redactor.core.detect.tables.label_kinds import Lang
from redactor.core.detect.tables.patterns import patterns

if TYPE_CHECKING:  # the finder calls this module: its match type is only named here
    from redactor.core.detect.tables.label_finder import LabelMatch

_SHAPES = patterns("layout", "label_qualifiers")
_OPEN = _SHAPES["hint_open"]
_NOTE = _SHAPES["note"]
_CLOSE = ")）"
#: What may stand between the labels inside a bracket and at its ends ("IMEI/SN",
#: "ID No.", "Name, Vorname") besides the labels themselves.
_BETWEEN = frozenset(" \t/|,.&+-、，")
_LATIN_WORDS = _SHAPES["twin_words"]
#: The longest bracket read as the label's, in characters.
_BRACKET_MAX = 80


def with_bracketed_notes(text: str, found: tuple[LabelMatch, ...]) -> tuple[LabelMatch, ...]:
    """``found`` with a note or a label in brackets right after a label folded into
    it: the matches inside the bracket are dropped, the value starts after it."""
    if not found or not any(c in text for c in "(（"):
        return found
    return fold_brackets(text, found, _bracket_after, _with_inside)


def _with_inside(m: LabelMatch, inside: tuple[LabelMatch, ...]) -> LabelMatch:
    """``m`` with the labels of its bracket among its parts."""
    label = m.label
    if m.kind.category is None:
        # a personal label in the bracket announces a person's value: its kind rules
        label = next((p.label for p in inside if p.kind.category is not None), label)
    return replace(m, label=label, parts=(*m.parts, *(p for q in inside for p in q.parts)))


def _bracket_after(
    text: str, found: tuple[LabelMatch, ...], n: int
) -> tuple[int, tuple[LabelMatch, ...]] | None:
    """Where the bracket right after ``found[n]`` closes, and the matches inside it,
    when it is the label's: a note in small letters, or nothing but labels."""
    m = found[n]
    opened = _OPEN.match(text, m.end)
    if opened is None or m.value_start >= opened.end():
        return None  # no bracket, or one the label already reaches past (its own hint)
    at = opened.end()
    close = next((k for k in range(at, min(len(text), at + _BRACKET_MAX)) if text[k] in _CLOSE), -1)
    if close < 0:
        return None
    inside = tuple(q for q in found[n + 1 :] if q.start >= at and q.start < close)
    if inside and inside[-1].end > close:
        return None  # a label runs out of the bracket: no bracket of the label's
    if _NOTE.fullmatch(text, opened.end() - 1, close + 1) is not None:
        return close, inside
    if len(inside) != 1:
        return None  # labels of one kind are the field's parts (label_hints); mixed, words
    rest = text[at:close]
    for q in reversed(inside):
        rest = rest[: q.start - at] + " " * (q.end - q.start) + rest[q.end - at :]
    head, tail = rest[: inside[0].start - at], rest[inside[0].start - at :]
    # Latin words may open a twin of the label whose last word the lexicon knows as a
    # label of its kind ("(Gestation Age)")
    if all(c in _BETWEEN for c in tail) and (
        all(c in _BETWEEN for c in head)
        or (_LATIN_WORDS.fullmatch(head) is not None and inside[-1].kind is m.kind)
    ):
        return close, inside
    return None


def with_twins(text: str, found: tuple[LabelMatch, ...]) -> tuple[LabelMatch, ...]:
    """``found`` with a Chinese label and its English twin after it made one label: the
    twin a few Latin words ending in a label of the same kind, with no value between
    them nor after the twin up to the next label."""
    if len(found) < 2:
        return found
    out: list[LabelMatch] = []
    for m in found:
        p = out[-1] if out else None
        if (
            p is not None
            and p.label.lang is Lang.ZH
            and m.label.lang is not Lang.ZH
            and m.kind is p.kind
            and m.value_start >= m.value_end
            and _LATIN_WORDS.fullmatch(text, p.end, m.start) is not None
            and text[m.start].islower()  # one phrase in sentence case, no name before it
        ):
            out[-1] = replace(
                p,
                end=m.end,
                value_start=m.value_start,
                value_end=m.value_end,
                parts=(*p.parts, *m.parts),
            )
            continue
        out.append(m)
    return tuple(out)
