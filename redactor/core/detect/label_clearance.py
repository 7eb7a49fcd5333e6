"""Values, not labels, in the mask's geometry: a value's margin stops at a label.

A text finding's mask reaches a little over and under its quad (mask.padded_quad), so
that a tilted or loosely boxed line is covered whole. On a tight form, or a tilted
photo, that margin reaches into the line above or below, and a printed label there (a
waybill's 收件人 mark, "Account No" over its number) goes half black although the
masking steps cut it out of its own line's mask. Here each finding's margin over and
under its quad is cut back to where such a label's characters start: never into the
quad itself (the value stays masked whole), only the padding.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from redactor.core.detect.layout.printed_labels import printed_labels
from redactor.core.detect.spans import normalize
from redactor.core.mask import across_padding, text_padding
from redactor.core.models import Category, Finding, OcrLine, Point, Quad

#: The share of its margin a value keeps towards a label over it alone on its line:
#: room for a written value's ink past its box, not across the label's letters.
_STACKED_SHARE = 0.5
#: Findings painted with their own margins (codes, a user's boxes): left as they are.
_OWN_MARGINS = frozenset({Category.CODE, Category.MANUAL, Category.FACE})


@dataclass(frozen=True, slots=True)
class LabelBox:
    line: int
    quad: Quad
    #: Alone on its line: maybe a caption printed under a written value, whose ink
    #: reaches past its box towards the caption (the value keeps its whole margin
    #: there), or a label over its value (the value keeps half its margin there).
    stacked: bool


def label_boxes(lines: Sequence[OcrLine]) -> list[LabelBox]:
    """The quads of the printed labels the field lexicon knows, with their line."""
    out = []
    for i, line in enumerate(lines):
        text = normalize(line.text)
        for m in printed_labels(text):
            if m.end > m.start:
                alone = not text[m.value_start : m.value_end].strip()
                out.append(LabelBox(i, line.span(m.start, m.end), alone))
    return out


def clear_labels(
    findings: Sequence[tuple[frozenset[int], Finding]], labels: Sequence[LabelBox]
) -> list[Finding]:
    """Each finding (with the lines it masks text of), its margin over and under its
    quad cut back where it would cover a label of another line."""
    out = []
    for own, f in findings:
        if f.category in _OWN_MARGINS or not labels:
            out.append(f)
            continue
        room = _room(f, [b for b in labels if b.line not in own])
        out.append(f if room is None else replace(f, room=room))
    return out


def _room(f: Finding, labels: Sequence[LabelBox]) -> tuple[float, float] | None:
    """The margin left over and under ``f``'s quad by the labels near it, or ``None``
    when no label is within reach of its usual padding."""
    h = f.text_height or f.quad.height
    pad, along = across_padding(h), text_padding(h)
    (ux, uy), (vx, vy) = f.quad.axes
    a = f.quad.points[0]

    def frame(p: Point) -> tuple[float, float]:
        dx, dy = p[0] - a[0], p[1] - a[1]
        return dx * ux + dy * uy, dx * vx + dy * vy

    xs, ys = zip(*(frame(p) for p in f.quad.points), strict=True)
    x0, x1, top, bottom = min(xs) - along, max(xs) + along, min(ys), max(ys)
    above, below = pad, pad
    for box in labels:
        lx, ly = zip(*(frame(p) for p in box.quad.points), strict=True)
        if max(lx) <= x0 or min(lx) >= x1:
            continue  # not over or under the painted extent
        mid = (min(ly) + max(ly)) / 2
        if mid < top and max(ly) > top - pad:
            # A value whose box already reaches into the label's has its ink inside
            # it: no margin over it, which would only cover the label's letters.
            least = _STACKED_SHARE * pad if box.stacked and max(ly) <= top else 0.0
            above = min(above, max(least, top - max(ly)))
        elif mid > bottom and min(ly) < bottom + pad and not box.stacked:
            below = min(below, max(0.0, min(ly) - bottom))
    if above == pad and below == pad:
        return None
    return above, below
