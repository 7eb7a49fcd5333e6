"""A number stacked under its label that the OCR joined onto the end of a wider line
passing under it (a bidder's paddle box printed right of a form's title: the title
and the paddle number read as one line). Only the number under the label is the
value; the words of the line it was joined to stay readable."""

from __future__ import annotations

import re

from redactor.core.detect.charclass import digit_count
from redactor.core.detect.layout.page import Sheet

# The line's last token: a number of a few digits, in groups or not (not a date's,
# a price's or a time's last part).
_TAIL_NUMBER = re.compile(r"(?<![\w.,:/\-])\d[\d ]*\d\s*$")
_LEAST_DIGITS = 3
# The joined line starts well left of the label (its own words first) ...
_WIDER = 2.0
# ... and its middle is under the label's, its top at most a line under its bottom.
_STACK_GAP = 1.0


def number_tail_under(sheet: Sheet, i: int) -> tuple[int, int, int] | None:
    """Line, start and end of the number ending a wider line right under label ``i``
    and lying under the label across (its place estimated from the line's print
    pitch), if there is one."""
    g = sheet.geo[i]
    options = []
    for j, c in enumerate(sheet.geo):
        if j == i or c.pitch <= 0 or c.x0 > g.x0 - _WIDER * g.th:
            continue
        if c.y0 + c.y1 <= g.y0 + g.y1 or c.y0 - g.y1 > _STACK_GAP * max(g.th, c.th):
            continue
        text = sheet.texts[j]
        m = _TAIL_NUMBER.search(text)
        if m is None or digit_count(m.group(0)) < _LEAST_DIGITS:
            continue
        if m.start() == 0 or not text[: m.start()].strip():
            continue  # a number alone is the label's plain value: value_under's
        # The number's place along the line, from the width of its print.
        x0, x1 = c.x0 + m.start() * c.pitch, c.x0 + len(text.rstrip()) * c.pitch
        if min(x1, g.x1) - max(x0, g.x0) <= 0:
            continue
        options.append((c.y0 - g.y1, j, m.start(), len(text.rstrip())))
    if not options:
        return None
    _, j, start, end = min(options)
    return j, start, end
