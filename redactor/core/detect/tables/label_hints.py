"""A field's parts printed in brackets after its label ("Driver (surname, first
name)", "Versicherungsnehmer (Name, Vorname)") or listed after its colon ("Witnesses:
names, addresses, tel."): each part is a label of the lexicon, so the lexicon finds
three labels on a line that prints one. They say how to fill the field in and belong
to its label: the value is beside or under the whole line, and the parts announce
nothing of their own.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from redactor.core.detect.tables.bracket_folds import fold_brackets
from redactor.core.detect.tables.label_kinds import PLACE_KINDS, ValueKind
from redactor.core.detect.tables.patterns import patterns
from redactor.core.models import Category

if TYPE_CHECKING:  # the finder calls this module: its match type is only named here
    from redactor.core.detect.tables.label_finder import LabelMatch

_SHAPES = patterns("layout", "label_qualifiers")
_OPEN = _SHAPES["hint_open"]
_JOINT = _SHAPES["hint_joint"]
_CLOSE = ")）"
_COLON = _SHAPES["list_colon"]
_LISTED = _SHAPES["list_joint"]
#: The longest bracketed hint, in characters: a few words; bounds the search for its
#: close so a line of many labels is read in one pass.
_HINT_MAX = 48


def with_bracketed_parts(text: str, found: tuple[LabelMatch, ...]) -> tuple[LabelMatch, ...]:
    """``found`` with the labels in brackets right after a label of their kind folded
    into it (its value starts after the brackets)."""
    if len(found) < 2 or not any(c in text for c in "(（"):
        return found
    return fold_brackets(text, found, _hint_after)


def _hint_after(
    text: str, found: tuple[LabelMatch, ...], n: int
) -> tuple[int, tuple[LabelMatch, ...]] | None:
    """Where the bracket of parts after ``found[n]`` closes, and the parts in it."""
    taken = _parts_after(text, found, n)
    if not taken:
        return None
    return _close_after(text, found[n + taken].end), found[n + 1 : n + 1 + taken]


def with_listed_parts(text: str, found: tuple[LabelMatch, ...]) -> tuple[LabelMatch, ...]:
    """A label of people followed, after its colon, by nothing but a list of the parts
    each of them is to give ("Witnesses: names, addresses, tel.", "Zeugen: Namen,
    Anschriften, Tel."): the list says how to fill the field in and belongs to the
    label, whose values stand under the line."""
    if len(found) < 2 or found[0].kind is not ValueKind.PARTY:
        return found
    head, parts = found[0], found[1:]
    if _COLON.fullmatch(text, head.end, parts[0].start) is None:
        return found
    for m, nxt in zip(parts, parts[1:], strict=False):
        if m.kind.category is None or _LISTED.fullmatch(text, m.end, nxt.start) is None:
            return found
    if parts[-1].kind.category is None or text[parts[-1].end :].strip(" .:："):
        return found
    end = len(text.rstrip())
    return (replace(head, value_start=end, value_end=end),)


def _parts_after(text: str, found: tuple[LabelMatch, ...], n: int) -> int:
    """How many of the matches after ``found[n]`` stand in brackets right after it,
    nothing but labels of its kind and what joins them; 0 when they do not."""
    m = found[n]
    category = m.kind.category
    opened = _OPEN.match(text, m.end)
    if category is None or opened is None:
        return 0
    at, taken = opened.end(), 0
    for part in found[n + 1 :]:
        if part.start - opened.end() > _HINT_MAX or not _a_part_of(m, part):
            break
        if _JOINT.fullmatch(text, at, part.start) is None:
            break
        at, taken = part.end, taken + 1
    if not taken:
        return 0
    close = _close_after(text, at)
    return taken if close >= 0 and _JOINT.fullmatch(text, at, close) is not None else 0


def _a_part_of(head: LabelMatch, part: LabelMatch) -> bool:
    """``part`` names a piece of what ``head`` announces: a label of its kind, or for
    an address a piece of one ("residente in (via, n. civico, interno)": the street,
    the house number, the flat, the town)."""
    if part.kind.category is head.kind.category:
        return True
    return head.kind.category is Category.ADDRESS and part.kind in PLACE_KINDS


def _close_after(text: str, at: int) -> int:
    """Where the closing bracket after ``at`` stands (-1: none close by)."""
    for k in range(at, min(len(text), at + _HINT_MAX)):
        if text[k] in _CLOSE:
            return k
    return -1
