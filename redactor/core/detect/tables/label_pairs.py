"""Joining the labels found side by side in a line into one field's label.

Chinese glues its compounds ("收件人" + "电话": the head comes last and decides, unless
it only means "name" after a person's role), a bilingual form prints one label in two
languages ("姓名/Name"), and a person's label may name their organisation too.
"""

from __future__ import annotations

from redactor.core.detect.tables.label_kinds import FieldLabel, Lang, ValueKind
from redactor.core.detect.tables.lexicon import table
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.tables.text_folding import IGNORED

#: "车主/单位": a person or their organisation, one field of the person's label.
_OR_ORGANISATION = patterns("layout", "label_qualifiers")["or_organisation"]
#: A compound's head that only means "name" (名称): after a person's role, their name.
_NAME_HEADS = frozenset(table("names")["label_nouns"]["name_heads"])
#: What may stand between the two halves of a bilingual label ("姓名/Name", "户名 (Name)").
_PAIR_GAP = frozenset("/|\\()[]【】:,、") | IGNORED


def second_of_pair(
    folded: str, start: int, label: FieldLabel, prev: tuple[int, int, FieldLabel] | None
) -> bool:
    """``label`` stands right after a label of its kind in another language, with only
    a pair's separator between them: the second half of a bilingual pair."""
    if prev is None:
        return False
    _, p_end, p_label = prev
    gap = folded[p_end:start]
    return (
        p_label.kind is label.kind
        and p_label.lang is not label.lang
        and bool(gap.strip())
        and all(c.isspace() or c in _PAIR_GAP for c in gap)
    )


def _names_the_role(folded: str, start: int, end: int, role: FieldLabel) -> bool:
    """The glued head ``folded[start:end]`` only means "name" and the word before it is
    a person's role (汇款人 + 名称): the compound is that person's name."""
    return role.kind is ValueKind.NAME and folded[start:end] in _NAME_HEADS


def merged_labels(
    folded: str, found: list[tuple[int, int, FieldLabel]]
) -> list[tuple[int, int, FieldLabel, tuple[FieldLabel, ...]]]:
    """Join glued Chinese compounds ("收件人" + "电话": the last word decides, as in
    Chinese the head comes last) and bilingual pairs of one kind ("姓名/Name")."""
    out: list[tuple[int, int, FieldLabel, tuple[FieldLabel, ...]]] = []
    for start, end, label in found:
        if out:
            p_start, p_end, p_label, p_parts = out[-1]
            gap = folded[p_end:start]
            glued = not gap and p_label.lang is Lang.ZH and label.lang is Lang.ZH
            paired = (
                p_label.lang is not label.lang
                and p_label.kind is label.kind
                and all(c.isspace() or c in _PAIR_GAP for c in gap)
                and len(p_parts) == 1
            )
            if glued or paired:
                named = _names_the_role(folded, start, end, p_label)
                decides = label if glued and not named else p_label
                out[-1] = (p_start, end, decides, (*p_parts, label))
                continue
            if p_label.kind is ValueKind.NAME and _OR_ORGANISATION.fullmatch(folded, p_end, end):
                out[-1] = (p_start, end, p_label, (*p_parts, label))
                continue
        out.append((start, end, label, (label,)))
    return out
