"""Latin labels the OCR glued to their values: "AnschriftMühlweg 4", "Ihr ZustellerLena".

On a photo the OCR often drops the space between a printed label and what was written
after it. The field lexicon reads a Latin label as whole words only (so that a name or
a street ending like a label stays a value), so a glued label is not found and its
value stays readable. Where a small letter meets a capital, or a letter meets a digit,
right where a form of the lexicon ends, the space was there: the line is read as if
it were printed with it (printed_labels.py judges the label and the value's shape as
on any line), and a personal label's value is masked as label_values.py masks any
announced value, the label kept.
"""

from __future__ import annotations

from collections.abc import Iterator

from redactor.core.detect.layout.label_values import announces, mask_value
from redactor.core.detect.layout.number_labels import set_off_by_layout
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.layout.printed_labels import printed_labels
from redactor.core.detect.tables.text_folding import is_cjk

RULE = "glued_label_value"
# A label and the start of its value lie within this many characters of their seam.
_REACH = 80
# On a longer line than twice that, at most this many seams are judged on the whole line.
_MAX_JUDGED = 8


def seams(text: str) -> Iterator[int]:
    """Where a Latin word runs into a capital or a digit with no space: "abcDef", "abc12"."""
    for p in range(1, len(text)):
        a, b = text[p - 1], text[p]
        if not a.isalpha() or is_cjk(a):
            continue
        if (a.islower() and b.isupper() and not is_cjk(b)) or b.isdigit():
            yield p


def _label_near(text: str, p: int) -> bool:
    """Whether a label ends at seam ``p`` when only the text around it is read."""
    lo = max(0, p - _REACH)
    window = text[lo:p] + " " + text[p : p + _REACH]
    return any(m.end == p - lo for m in printed_labels(window))


def mask_glued_values(sheet: Sheet) -> None:
    for i, text in enumerate(sheet.texts):
        ends = {m.end for m in printed_labels(text)}  # labels found without a space
        # A long line is first read around each seam, and judged whole at a few of them:
        # read whole at each of thousands of seams, it would cost its length squared.
        long_line, judged = len(text) > 2 * _REACH, 0
        for p in seams(text):
            if p in ends or (long_line and not _label_near(text, p)):
                continue
            judged += 1
            if long_line and judged > _MAX_JUDGED:
                break
            # The line read with the space put back at the seam (offsets into it).
            spaced = text[:p] + " " + text[p:]
            labels = printed_labels(spaced)
            m = next((x for x in labels if x.end == p), None)
            if m is None:
                continue
            category = announces(m.kind)
            if category is None or not set_off_by_layout(spaced, m):
                continue
            later = [x.start for x in labels if x.start > m.end]
            end = min(later) - 1 if later else len(text.rstrip())
            mask_value(sheet, i, p, end, category, RULE)
            break
