"""The hour of a birth, printed as a bare time beside or under its date.

A birth certificate, a hospital's notification of birth or a temple's register prints
the date of birth and, next to it, "Time: 14:48" / "Uhrzeit: 19:14" / "时间 20:56":
the lexicon reads that label as an ordinary time (a receipt's, a ticket's), and the
label trim gives a time of day back as ordinary. Here a time pairs with its date:

* the time's label is a bare word of time (layout.toml ``[birth_hours]``), at its
  line's start; a named time ("delivery time", "appointment time") is its own field;
* its value is a clock time after the label on the line, or in the box beside it;
* the date label nearest to it (on its row first, then a row or two above or below,
  then the nearest across) announces a date of birth: the hour is that birth's, and
  it is masked as the date is. A plain "Date" nearer to the time keeps it ordinary.
"""

from __future__ import annotations

from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.field_lexicon import LabelMatch, ValueKind, default_lexicon
from redactor.core.detect.tables.patterns import patterns
from redactor.core.models import Category

RULE = "birth_hour"
_SCORE = 0.75
_SHAPES = patterns("layout", "birth_hours")
_BARE_TIME = _SHAPES["bare_time"]
_CLOCK = _SHAPES["clock"]
_DATES = frozenset({ValueKind.DATE, ValueKind.BIRTH_DATE})
#: A label line is short; longer lines are sentences, not read for labels here.
_LABEL_LINE = 120
#: How far a time's date may be, in rows (line heights between their middles).
_ROWS = 2


def mask_birth_hours(sheet: Sheet) -> None:
    found = {
        i: default_lexicon().find(text)
        for i, text in enumerate(sheet.texts)
        if len(text) <= _LABEL_LINE
    }
    dates = [(i, m) for i, ms in found.items() for m in ms if m.kind in _DATES]
    if not any(m.kind is ValueKind.BIRTH_DATE for _, m in dates):
        return
    for i, ms in found.items():
        label = ms[0] if ms else None
        if label is None or label.kind is not ValueKind.TIME or not label.at_line_start:
            continue
        if not _BARE_TIME.fullmatch(sheet.texts[i][label.start : label.end]):
            continue
        value = _clock_value(sheet, i, label)
        if value is None or _nearest_date(sheet, i, label, dates) is not ValueKind.BIRTH_DATE:
            continue
        line, start, end = value
        sheet.out[line].append(Span(start, end, Category.ID_NUMBER, _SCORE, RULE))


def _clock_value(sheet: Sheet, i: int, label: LabelMatch) -> tuple[int, int, int] | None:
    """The clock time the label announces: (line, start, end), after it on its line
    or alone in the box beside it."""
    text = sheet.texts[i]
    rest = text[label.value_start : label.value_end]
    if rest.strip():
        m = _CLOCK.match(rest, len(rest) - len(rest.lstrip()))
        if m is None:
            return None
        return i, label.value_start + m.start(), label.value_start + m.end()
    k = sheet.value_beside(i)
    if k is None:
        return None
    beside = sheet.texts[k]
    m = _CLOCK.search(beside)
    if m is None or beside[: m.start()].strip() or beside[m.end() :].strip():
        return None
    return k, m.start(), m.end()


def _nearest_date(
    sheet: Sheet, i: int, label: LabelMatch, dates: list[tuple[int, LabelMatch]]
) -> ValueKind | None:
    """The kind of the date label nearest to the time label of line ``i``: a date
    on its own line first, then by rows and across."""
    g = sheet.geo[i]
    best: tuple[tuple[int, float], ValueKind] | None = None
    for k, m in dates:
        if k == i:
            key = (0, -1.0 if m.start < label.start else 0.0)
        else:
            c = sheet.geo[k]
            rows = abs((c.y0 + c.y1) - (g.y0 + g.y1)) / (2 * max(1.0, g.h, c.h))
            if round(rows) > _ROWS:
                continue
            key = (round(rows), max(c.x0 - g.x1, g.x0 - c.x1, 0.0))
        if best is None or key < best[0]:
            best = (key, m.kind)
    return best[1] if best else None
