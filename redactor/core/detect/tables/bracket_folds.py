"""Folding what a form prints in brackets right after a label into the label: a note
on how to fill the field in, the label again in other words (label_notes.py), or the
field's parts (label_hints.py). Each module says which brackets are the label's; the
fold is the same: the matches inside are dropped and the value starts after the
bracket, up to the next label."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the finder calls this module: its match type is only named here
    from redactor.core.detect.tables.label_finder import LabelMatch

#: Where the bracket after ``found[n]`` closes and the matches inside it, when the
#: bracket is the label's; ``None`` when it is not.
BracketAfter = Callable[
    [str, "tuple[LabelMatch, ...]", int], "tuple[int, tuple[LabelMatch, ...]] | None"
]
#: The folded label made from the label (its value already moved) and the matches inside.
Merge = Callable[["LabelMatch", "tuple[LabelMatch, ...]"], "LabelMatch"]


def fold_brackets(
    text: str,
    found: tuple[LabelMatch, ...],
    bracket_after: BracketAfter,
    merge: Merge | None = None,
) -> tuple[LabelMatch, ...]:
    """``found`` with each bracket ``bracket_after`` gives a label folded into it."""
    out: list[LabelMatch] = []
    n = 0
    while n < len(found):
        m = found[n]
        folded = bracket_after(text, found, n)
        if folded is None:
            out.append(m)
            n += 1
            continue
        close, inside = folded
        nxt = n + 1 + len(inside)
        stop = found[nxt].start if nxt < len(found) else len(text)
        v = close + 1
        while v < stop and (text[v].isspace() or text[v] in ":：#=."):
            v += 1
        m = replace(m, value_start=v, value_end=max(v, len(text[:stop].rstrip())))
        out.append(m if merge is None else merge(m, inside))
        n = nxt
    return tuple(out)
