"""What of a block's line may be a person's value, when printed labels stand on it.

A personal block is masked line by line from what each line is: on a line that opens
with labels ("<diagnosis label><a diagnosis>", "<name label><a name> <sex label><a sex>
<department label><a department>"), the labels stay readable, and so do the values of
labels that announce something no one is known by (a department, a date, a product).
The rest (text before the first label, the values of personal and free-text labels:
a memo's words are given back one by one later, its numbers stay masked) is the
block's to mask.
"""

from __future__ import annotations

from dataclasses import replace

from redactor.core.detect.layout.block_labels import block_labels
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.label_kinds import MEASURED_KINDS
from redactor.core.detect.tables.patterns import patterns

_MEASURED_VALUE = patterns("layout", "label_trim")["measured_value"]


def value_parts(text: str) -> tuple[tuple[int, int], ...]:
    """The parts of ``text`` a personal block may mask: the whole line when no label
    stands on it (``block_labels``)."""
    found = block_labels(text)
    if not found:
        return ((0, len(text)),)
    labels = [m for m, _ in found]
    parts = [(0, labels[0].start)] if labels[0].start > 0 else []
    for (m, printed), nxt in zip(found, (*labels[1:], None), strict=True):
        end = nxt.start if nxt is not None else len(text)
        start = m.value_start
        if m.kind.category is None and m.kind in MEASURED_KINDS:
            run = _MEASURED_VALUE.match(text, start, end)
            start += len(run.group(0).rstrip()) if run else 0
        elif m.kind.category is None and printed:
            start = end  # a status, a product, a department: no one's
        if end > start and text[start:end].strip():
            parts.append((start, end))
    return tuple(parts)


def clip_to_values(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` cut to the line's value parts (``value_parts``)."""
    parts = value_parts(text)
    if parts == ((0, len(text)),):
        return spans
    out = []
    for s in spans:
        for a, b in parts:
            lo, hi = max(a, s.start), min(b, s.end)
            while hi > lo and text[hi - 1].isspace():
                hi -= 1
            while lo < hi and text[lo].isspace():
                lo += 1
            if hi > lo:
                out.append(replace(s, start=lo, end=hi))
    return out
