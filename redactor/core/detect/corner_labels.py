"""Labels printed small in a box's top-left corner stay readable under the value.

Many official forms rule every field as a box with its label printed small in the
box's top-left corner, and the value written (or typed) across the box: a tall
handwritten value's OCR box then starts above the label's lower edge, and its quad
reaches up over the label's letters. label_clearance only trims a value's margin,
never its quad; here the quad itself gives way to such a label. The part of the value
under the label's width is cut down to just under the label's letters; the part right
of the label keeps its whole height (a value's ink there is the value's), so the value
is masked whatever its shape and the label stays readable.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from redactor.core.detect.label_clearance import LabelBox
from redactor.core.mask import text_padding
from redactor.core.models import Category, Finding, OcrLine, Point, Quad

#: Where a label's letters end inside its OCR box, as a share of the box's height
#: from its middle: the recogniser's box is padded over and under the letters.
_LETTERS_BELOW_MIDDLE = 0.2
#: A corner label takes at most this share of the value's height off its top: a label
#: reaching lower is beside the value (a row's caption), not in its box's corner.
_MOST_CUT = 0.45
#: A corner label starts within this share of the value's width from its left end.
_CORNER = 0.25
#: Findings painted with their own geometry: left as they are.
_OWN_GEOMETRY = frozenset({Category.CODE, Category.MANUAL, Category.FACE})


@dataclass(frozen=True, slots=True)
class _Frame:
    """A finding's quad's own axes: x along its text, y across, from its top-left."""

    origin: Point
    u: Point
    v: Point

    @staticmethod
    def of(q: Quad) -> _Frame:
        u, _ = q.axes
        # Square to the text, so that ``back`` undoes ``to`` on a skewed quad too.
        return _Frame(q.points[0], u, (-u[1], u[0]))

    def to(self, p: Point) -> tuple[float, float]:
        dx, dy = p[0] - self.origin[0], p[1] - self.origin[1]
        return dx * self.u[0] + dy * self.u[1], dx * self.v[0] + dy * self.v[1]

    def back(self, x: float, y: float) -> Point:
        o, u, v = self.origin, self.u, self.v
        return (o[0] + x * u[0] + y * v[0], o[1] + x * u[1] + y * v[1])

    def quad(self, x0: float, x1: float, y0: float, y1: float) -> Quad:
        return Quad((self.back(x0, y0), self.back(x1, y0), self.back(x1, y1), self.back(x0, y1)))


def clear_corner_labels(
    findings: Sequence[tuple[frozenset[int], Finding]],
    steps: Sequence[str],
    labels: Sequence[LabelBox],
    lines: Sequence[OcrLine],
) -> tuple[list[tuple[frozenset[int], Finding]], list[str]]:
    """Each finding (with the lines it masks text of, and its step), split where a
    label of another line sits in its top-left corner: the part under the label
    shortened to start under the label's letters, the rest as it was."""
    # A label alone on its line is cleared whole, with its aside ("(optional)").
    boxes = [(b.line, lines[b.line].quad if b.stacked else b.quad) for b in labels]
    out: list[tuple[frozenset[int], Finding]] = []
    out_steps: list[str] = []
    for (own, f), step in zip(findings, steps, strict=True):
        pieces = [f]
        if f.category not in _OWN_GEOMETRY:
            pieces = _cleared(f, [q for k, q in boxes if k not in own])
        out.extend((own, p) for p in pieces)
        out_steps.extend(step for _ in pieces)
    return out, out_steps


def _letters_end(label: Quad) -> tuple[Point, Point]:
    """The line just under a label's letters, along the label: its OCR box is padded
    over and under them."""
    a, b, c, d = label.points
    t = 0.5 + _LETTERS_BELOW_MIDDLE

    def at(p: Point, q: Point) -> Point:
        return (p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t)

    return at(a, d), at(b, c)


def _cleared(f: Finding, labels: Sequence[Quad]) -> list[Finding]:
    frame = _Frame.of(f.quad)
    xs, ys = zip(*(frame.to(p) for p in f.quad.points), strict=True)
    x0, x1, top, bottom = min(xs), max(xs), min(ys), max(ys)
    height = bottom - top
    cuts: list[tuple[tuple[float, float], tuple[float, float]]] = []
    right = x0
    for label in labels:
        lx, ly = zip(*(frame.to(p) for p in label.points), strict=True)
        if max(lx) <= x0 or min(lx) > x0 + _CORNER * (x1 - x0):
            continue  # not in the value's top-left corner (a stamp over its end is not)
        if min(ly) >= top or (min(ly) + max(ly)) / 2 >= (top + bottom) / 2:
            continue  # not reaching down into the value's box from over it
        p, q = (frame.to(e) for e in _letters_end(label))
        if max(p[1], q[1]) <= top:
            continue  # its letters end over the value's box
        if max(p[1], q[1]) - top > _MOST_CUT * height:
            continue  # reaching lower: beside the value (a row's caption), no corner
        cuts.append((p, q))
        right = max(right, max(lx))
    if not cuts:
        return [f]
    # The full-height rest starts clear of the label by its own mask's margin along.
    a, b, c, d = (frame.to(p) for p in f.quad.points)
    split = min(b[0], c[0], right + text_padding(f.text_height or height))

    def on(p: tuple[float, float], q: tuple[float, float], x: float) -> float:
        return p[1] + (q[1] - p[1]) * (x - p[0]) / ((q[0] - p[0]) or 1.0)

    def cut_at(x: float) -> float:
        # The deepest label's letter line at ``x``, followed along its own slant; never
        # over the value's own top edge: the pieces stay inside its quad.
        return max(on(a, b, x), *(on(p, q, x) for p, q in cuts))

    under = Quad(
        (
            frame.back(a[0], cut_at(a[0])),
            frame.back(split, cut_at(split)),
            frame.back(split, on(d, c, split)),
            frame.back(*d),
        )
    )
    pieces = [replace(f, quad=under)]
    if split < min(b[0], c[0]):
        rest = (frame.back(split, on(a, b, split)), frame.back(*b), frame.back(*c))
        pieces.append(replace(f, quad=Quad((*rest, frame.back(split, on(d, c, split))))))
    return pieces
