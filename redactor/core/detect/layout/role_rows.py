"""Signature rows: the role a signature is for, and several roles on one row.

A form's foot prints who signs as one row: "Unterschrift Auftraggeber <name>   Monteur
<name>", "Customer signature <name>   Technician <name>   Witness <name>". Two ways
the field lexicon's matches read such a row wrongly:

* a signature word, then the role it is signed for, is one label ("Signature of the
  customer", "Handtekening verkoper"): read as two, the role has a word before it and
  looks like the tail of a longer label, and the name after it goes unread;
* a role word in the middle of the row opens no line, so it stands as no label: the
  name before it runs on over it and the name after it goes with it.

``signed_roles`` joins the first pair into one label; ``row_roles`` keeps a role word
in the middle of a row as a label when a role label and a written name come before it
and a written name follows it. Chinese rows need neither: a Chinese role word is set
off by its script's own rules (printed_labels).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace

from redactor.core.detect.tables.field_lexicon import LabelMatch, ValueKind
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.tables.text_folding import is_cjk

_SHAPES = patterns("layout", "labels")
_SIGNED_FOR = _SHAPES["signed_for"]
_ROW_NAME = _SHAPES["row_name"]
#: Kinds whose label announces a person's name.
ROLE_KINDS = frozenset({ValueKind.NAME, ValueKind.SIGNATURE, ValueKind.PARTY})


def signed_roles(text: str, found: tuple[LabelMatch, ...]) -> tuple[LabelMatch, ...]:
    """A signature word right before a role word ("Firma del cliente: <name>") is one
    label: the signature's, reaching over the role word. At the line's start only
    (mid-line, the words may end a bilingual pair's other half); two words one space
    apart, or joined by a word for "of" (a table's header of two columns, "Signature
    Name", sets its words further apart)."""
    out: list[LabelMatch] = []
    n = 0
    while n < len(found):
        m = found[n]
        nxt = found[n + 1] if n + 1 < len(found) else None
        if (
            nxt is not None
            and m.kind is ValueKind.SIGNATURE
            and m.at_line_start
            and nxt.kind in ROLE_KINDS
            and not is_cjk(text[m.start])
            and _SIGNED_FOR.fullmatch(text, m.end, nxt.start) is not None
            and "  " not in text[m.end : nxt.start]
        ):
            # The signature's entry still says what the value is (a signature: no date
            # or number under it is taken for the name).
            out.append(
                replace(
                    m,
                    end=nxt.end,
                    value_start=nxt.value_start,
                    value_end=nxt.value_end,
                    parts=m.parts + nxt.parts,
                )
            )
            n += 2
            continue
        out.append(m)
        n += 1
    return tuple(out)


def row_roles(
    text: str, found: tuple[LabelMatch, ...], kept: tuple[LabelMatch, ...]
) -> tuple[LabelMatch, ...]:
    """``kept`` (the matches standing as labels, in line order) with each role word of
    ``found`` in the middle of a signature row: a role label before it whose value is
    a written name up to it, and a written name after it."""
    if not kept:
        return kept
    out = list(kept)
    # ``out`` stays in line order, the label before a word found by bisection: a line
    # of thousands of labels stays linear.
    starts = [k.start for k in out]
    members = set(out)
    for m in found:
        if m.at_line_start or m.kind not in ROLE_KINDS or is_cjk(text[m.start]) or m in members:
            continue
        before = bisect_left(starts, m.start)
        if not before or out[before - 1].kind not in ROLE_KINDS:
            continue
        prev = out[before - 1]
        if prev.value_start >= m.start:
            continue
        if not text[m.start].isupper() or text[m.end : m.value_start].strip(" :："):
            continue
        if _ROW_NAME.fullmatch(text, prev.value_start, m.start) is None:
            continue
        if m.value_end <= m.value_start:
            continue
        if _ROW_NAME.fullmatch(text, m.value_start, m.value_end) is None:
            continue
        at = bisect_right(starts, m.start)
        out.insert(at, m)
        starts.insert(at, m.start)
        members.add(m)
    return tuple(out)
