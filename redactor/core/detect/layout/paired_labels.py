"""Labels that announce one value of two kinds: "Nombre y DNI", "Name and ID",
"Name/Phone". The lexicon reads the second label alone (the value it names is the
number), yet the value holds both: a name, then the number. When a shape recognizer
finds the number, the rest of the value is the first label's kind and is masked as
such, fail closed: a name left readable beside a masked number is the leak."""

from __future__ import annotations

from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.tables.field_lexicon import LabelMatch, ValueKind, default_lexicon
from redactor.core.detect.tables.patterns import patterns

_JOINT = patterns("layout", "labels")["paired_label_joint"]


def paired_kind(text: str, m: LabelMatch) -> ValueKind | None:
    """The kind of the label joined to ``m`` by "and" or a slash right before it, when
    that label is another kind's ("Nombre" before "y DNI")."""
    joint = _JOINT.search(text, 0, m.start)
    if joint is None:
        return None
    words = text[: joint.start()].rstrip()
    for x in default_lexicon().find(words):
        if x.end == len(words) and x.kind is not m.kind:
            return x.kind
    return None


def unmasked_parts(sheet: Sheet, i: int, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of ``start:end`` on line ``i`` that no span found so far covers
    and that hold more than spaces and punctuation."""
    covered = [False] * (end - start)
    for sp in sheet.out[i]:
        for k in range(max(sp.start, start), min(sp.end, end)):
            covered[k - start] = True
    parts: list[tuple[int, int]] = []
    k = start
    while k < end:
        if covered[k - start]:
            k += 1
            continue
        stop = k
        while stop < end and not covered[stop - start]:
            stop += 1
        if any(c.isalnum() for c in sheet.texts[i][k:stop]):
            parts.append((k, stop))
        k = stop
    return parts
