"""Running text wrapped over lines, read as the sentence it is.

A notice's sentence wraps where the line is full, often between the words that cue
a value and the value ("… beloved" / "wife of <name>", "生于一九五二" / "年六月五日"),
or, in a notice written in columns, inside the list of the family who sign. Each
line is read together with the line that continues it (the next line of its
paragraph, or the next column) and a line finder runs over the two; a value that
runs over the wrap is masked in both lines.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.text_folding import is_cjk


def mask_over_wraps(
    sheet: Sheet, find: Callable[[str], Iterable[Span]], opening_next: bool = True
) -> None:
    """What ``find`` finds in each line read with the line that continues it;
    ``opening_next=False`` leaves a value that opens the next line to steps that judge
    that whole line (a phrase ending its line, a name alone under it)."""
    found: dict[int, dict[tuple[int, int], Span]] = {}
    for i, raw in enumerate(sheet.texts):
        text = raw.rstrip()
        after = sheet.lines_below(i, max_lines=1)
        j = after[0] if after else None
        joined, cut = _joined(text, sheet.texts[j] if j is not None else "")
        for s in find(joined):
            if not opening_next and j is not None and _opens(sheet.texts[j], s.start - cut):
                continue
            if s.start < len(text):
                _keep(found, i, s, s.start, min(s.end, len(text)))
            if j is not None and s.end > cut:
                _keep(found, j, s, max(s.start, cut) - cut, s.end - cut)
    for k, spans in found.items():
        sheet.out[k].extend(spans[key] for key in sorted(spans))


def _opens(nxt: str, at: int) -> bool:
    """Whether offset ``at`` of the next line is where its text starts."""
    return at >= 0 and not nxt[:at].strip()


def _joined(text: str, nxt: str) -> tuple[str, int]:
    """The line and the one that continues it as one text, and where the second
    starts: Chinese runs on with no space, Latin script wraps at a space."""
    if not nxt.strip():
        return text, len(text) + 1
    if text and is_cjk(text[-1]) and is_cjk(nxt.lstrip()[0]):
        return text + nxt, len(text)
    return f"{text} {nxt}", len(text) + 1


def _keep(
    found: dict[int, dict[tuple[int, int], Span]], k: int, s: Span, start: int, end: int
) -> None:
    """One span per stretch of a line (a value is found from either of its lines)."""
    if end > start:
        found.setdefault(k, {})[(start, end)] = Span(start, end, s.category, s.score, s.rule)
