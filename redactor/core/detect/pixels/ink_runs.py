"""Carry a mask over ink the OCR did not read at the ends of a finding.

OCR boxes end early when a stamp, a fold or a smudge crosses the text (a masked
phone read up to its first star under a red stamp; a post-box number read without its
last digits). The
characters after the box were never read, so no rule can name them; but they sit
on the same baseline, close to personal data, and a careful person blacks out the
whole run. Each text finding therefore grows along its reading direction over the
ink that follows it on its own line, up to a gap or to a box the OCR did read.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from redactor.core.detect.layout.labelled_values import UNREAD_VALUE
from redactor.core.detect.layout.labels import find_fields
from redactor.core.detect.pixels.ink_strips import (
    gray_strip,
    only_a_mark,
    paper_and_ink,
    reading_direction,
)
from redactor.core.detect.tables.lexicon import boilerplate
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.text.names import starts_with_surname
from redactor.core.models import Category, Finding, OcrLine, Origin, Quad, Source, body_height

_SHAPES = patterns("layout", "unread_ink")

# The strip is resampled so that the text is this many pixels high.
_STRIP_H = 24
# How far a run may reach, and the widest blank it steps over, in text heights.
_REACH = 8.0
_GAP = 0.9
# Read text that far past a finding's end means its own line goes on: leave it.
_OWN_SLACK = 0.5
_SKIP = (Category.CODE, Category.MANUAL)
# A few big letters or digits (a bare 收/寄 mark is no stamp: it heads its line).
_STAMP_TEXT = re.compile(r"\s*[A-Za-z0-9]{1,4}\s*")
# One to three Latin letters, digits or marks, read with doubt.
_SPECK_TEXT = re.compile(r"\s*[A-Za-z0-9:;.,'|!*\-]{1,3}\s*")
_SURE = 0.9
# A line read as the first few digits of a number and nothing else: the rest may be
# there unread (printed over, smudged, pixelated by whoever shared the photo).
_STUB_TEXT = _SHAPES["stub"]
# ... or those digits after a label word ("Account <digits>"): the stub is the digits.
_LABELLED_STUB = _SHAPES["labelled_stub"]
STUB_SOURCE = Source(Origin.OCR, f"number_stub_{UNREAD_VALUE}", unread=True)
# A few digits read alone (a number's last digits), one or two Chinese characters read
# alone (a name's last): runs of a stub, of a name, go on over them.
_DIGITS_ALONE = _SHAPES["digits_alone"]
_NAME_TAIL = re.compile(r"\s*[\u4e00-\u9fff]{1,2}\s*")
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{1,4}")


def extend_over_unread_ink(
    image: np.ndarray, findings: Sequence[Finding], lines: Sequence[OcrLine]
) -> tuple[list[Finding], list[Quad]]:
    """``findings`` with each text finding grown over unread ink at either end, and
    the grown masks whose ink still went on where their reach ended (the writing may
    run on past the mask: a person should look). The seed of a label's unread value (layout.UNREAD_VALUE) that
    found no ink beside it is dropped."""
    body = body_height(lines)
    # A stamp read as a few big digits ("191") lies over the line; it does not end it.
    # Nor does a speck of junk the OCR doubts (two or three marks made of a handwritten name): the
    # ink under it is unread.
    # Nor does a box read round a coloured mark alone: what it covers was not read.
    kept = [
        ln
        for ln in lines
        if not (_STAMP_TEXT.fullmatch(ln.text) and ln.quad.height > 1.5 * body)
        and not (_SPECK_TEXT.fullmatch(ln.text) and ln.confidence < _SURE)
        and not only_a_mark(image, ln)
    ]
    boxes = [ln.quad for ln in kept]
    long_boxes = [q for q in boxes if q.width >= 4 * q.height]
    # A number's stub runs on over a few digits read alone after its unread middle:
    # the number's last digits, not a line of their own.
    stub_boxes = [ln.quad for ln in kept if not _DIGITS_ALONE.fullmatch(ln.text)]
    # A name runs on over its last character or two read alone after an unread middle.
    name_boxes = [
        ln.quad
        for ln in kept
        if not (_NAME_TAIL.fullmatch(ln.text) and not boilerplate(ln.text.strip()))
    ]
    out = []
    runs_on: list[tuple[int, tuple[float, float]]] = []  # (mask, a point past its end)
    for f in findings:
        if f.category in _SKIP or f.quad.width < 1 or f.quad.height < 4:
            out.append(f)
            continue
        frame = _Frame.of(f, long_boxes)
        stops = (
            stub_boxes
            if f.source == STUB_SOURCE
            else name_boxes
            if f.category is Category.NAME
            else boxes
        )
        ahead, cut_ahead = _run(image, frame, stops, forward=True)
        behind, cut_behind = _run(image, frame, stops, forward=False)
        if f.source == STUB_SOURCE and not ahead:
            continue  # the digits are the whole number: no ink follows them
        if ahead or behind:
            # Ink the OCR did not read has no lighter form: it is masked whole.
            out.append(replace(f, quad=frame.grown(ahead, behind), partial=None))
            if cut_ahead or cut_behind:
                runs_on.append((len(out) - 1, frame.past_end(ahead, behind, cut_ahead)))
        elif f.source.rule != UNREAD_VALUE:  # a seed with no ink beside it masks nothing
            out.append(f)
    # Ink past a mask's end that another mask covers (the unread rest of a line boxed
    # by unread_lines) is hidden: no doubt there.
    open_ends = [
        out[k].quad
        for k, (x, y) in runs_on
        if not any(_inside_box(x, y, g.quad) for n, g in enumerate(out) if n != k)
    ]
    return out, open_ends


def _inside_box(x: float, y: float, quad: Quad) -> bool:
    x0, y0, x1, y1 = quad.bbox
    return x0 <= x <= x1 and y0 <= y <= y1


class _Frame:
    """The finding's text frame: ``u`` along the reading direction, ``v`` down across it."""

    def __init__(
        self, quad: Quad, height: float, u: np.ndarray | None = None, text_h: float = 0.0
    ) -> None:
        a, b, c, d = (np.array(p, float) for p in quad.points)
        u = reading_direction(quad) if u is None else u
        self.u = u / (np.linalg.norm(u) or 1.0)
        self.v = np.array([-self.u[1], self.u[0]])
        self.quad = quad
        self.origin = (a + d) / 2.0 - self.v * height / 2.0
        self.length = float(np.dot((b + c) / 2.0 - (a + d) / 2.0, self.u))
        self.h = height
        # A run's reach is counted in the text's height, not the quad's: a quad grown
        # into the blank paper over and under its line reaches no further along it.
        self.text_h = text_h or height

    @staticmethod
    def of(f: Finding, long_boxes: Sequence[Quad]) -> _Frame:
        """A short finding (one or two characters) shows its tilt poorly: it takes
        the reading direction of the nearest long line on the page."""
        u = None
        if f.quad.width < 2.5 * f.quad.height and long_boxes:
            cx, cy = f.quad.center
            near = min(long_boxes, key=lambda q: math.dist(q.center, (cx, cy)))
            u = reading_direction(near)
        text_h = max(f.text_height or f.quad.height, 4.0)
        return _Frame(f.quad, max(f.quad.height, 4.0), u, text_h)

    def local(self, pts: Sequence[tuple[float, float]]) -> np.ndarray:
        """Points in frame coordinates (u, v), in image pixels."""
        p = np.asarray(pts, float) - self.origin
        return np.stack([p @ self.u, p @ self.v], axis=1)

    def past_end(self, ahead: float, behind: float, forward: bool) -> tuple[float, float]:
        """A point half a text height past the grown end (``forward``: the trailing
        one), at mid-height."""
        along = self.length + ahead + self.h / 2 if forward else -behind - self.h / 2
        p = self.origin + self.u * along + self.v * self.h / 2
        return float(p[0]), float(p[1])

    def grown(self, ahead: float, behind: float) -> Quad:
        a, b, c, d = self.quad.points
        du, db = self.u * ahead, self.u * behind
        return Quad(
            (
                (a[0] - db[0], a[1] - db[1]),
                (b[0] + du[0], b[1] + du[1]),
                (c[0] + du[0], c[1] + du[1]),
                (d[0] - db[0], d[1] - db[1]),
            )
        )


def _run(image: np.ndarray, fr: _Frame, boxes: Sequence[Quad], forward: bool) -> tuple[float, bool]:
    """How far (image px) unread ink continues past one end of the finding, and
    whether it was still going where the reach ended."""
    scale = fr.h / _STRIP_H  # image px per strip px
    back = 3 * fr.h  # the finding (or its label) behind the end, to learn the ink
    reach = _REACH * min(fr.h, fr.text_h)
    width = int(math.ceil((back + reach) / scale))
    # Strip column 0 lies ``back`` behind the finding's end (over the finding, or its
    # label for a short one); the end is at column ``back / scale``.
    sign = 1.0 if forward else -1.0
    end_u = fr.length if forward else 0.0
    start = fr.origin + fr.u * (end_u - sign * back)
    gray = gray_strip(image, start, fr.u * sign * scale, fr.v * scale, width, _STRIP_H)
    x_end = int(round(back / scale))
    tones = paper_and_ink(gray[:, :x_end])
    if tones is None:
        return 0.0, False  # too faint to tell ink from paper
    paper, ink = tones
    # Paper brightness column by column (shadows drift along a line).
    high, low = np.percentile(gray, 90, axis=0), np.percentile(gray, 10, axis=0)
    col_paper = np.maximum(high, ink + 0.6 * (paper - ink))
    dark = gray < (col_paper - 0.45 * (paper - ink))
    band = dark[int(0.15 * _STRIP_H) : int(0.85 * _STRIP_H)]
    # Past the paper's edge (a table under a phone, the margin of a scan) a column is
    # evenly dark: no paper in it and no strokes either. That is no unread text.
    off_paper = (high < ink + 0.6 * (paper - ink)) & (high - low < 0.25 * (paper - ink))
    inked = (band.sum(axis=0) >= 2) & ~off_paper

    blocked = _read_columns(fr, boxes, start, sign, scale, width, x_end)
    if blocked is None:
        return 0.0, False
    gap = int(_GAP * _STRIP_H)
    last = x_end
    ended = False  # by a line read there, or by paper
    for x in range(x_end, width):
        if blocked[x]:
            ended = True
            break
        if inked[x]:
            last = x
        elif x - last > gap:
            ended = True
            break
    grow = (last + 1 - x_end) * scale
    if grow < 0.3 * fr.h:
        return 0.0, False
    # Ink in the reach's last column: the writing may go on past the mask.
    return grow, not ended and last >= width - 2


def _read_columns(
    fr: _Frame,
    boxes: Sequence[Quad],
    start: np.ndarray,
    sign: float,
    scale: float,
    width: int,
    x_end: int,
) -> np.ndarray | None:
    """Strip columns covered by a box the OCR read; None when the finding's own
    line carries on past its end (that text was read, and the rules judged it)."""
    blocked = np.zeros(width, bool)
    for q in boxes:
        loc = fr.local(q.points)
        overlap = min(loc[:, 1].max(), fr.h) - max(loc[:, 1].min(), 0.0)
        if overlap < 0.3 * fr.h:
            continue  # another row
        # Strip columns of this box.
        cols = (loc[:, 0] - float(np.dot(start - fr.origin, fr.u))) * sign / scale
        c0, c1 = cols.min(), cols.max()
        if c1 < 0 or c0 >= width:
            continue
        if c0 < x_end - 0.5:
            # A box reaching back over the finding: the finding's own line (or a
            # neighbour it was bridged to). Text read past the end stops the run.
            # A box of the next row, tilted into this one, says nothing.
            if overlap >= 0.6 * fr.h and c1 > x_end + _OWN_SLACK * _STRIP_H:
                return None
            continue
        blocked[max(0, int(c0)) : int(math.ceil(c1)) + 1] = True
    return blocked


def number_stubs(lines: Sequence[OcrLine], findings: Sequence[Finding]) -> list[Finding]:
    """Seeds for lines read as a few digits alone, or a label and a few digits, that
    no finding covers. Unread ink
    continuing them makes them a number masked whole (an ID number: the most sensitive
    kind it could be); otherwise the seed is dropped."""
    covered = [f.quad for f in findings]
    out = []
    for ln in lines:
        if _STUB_TEXT.fullmatch(ln.text):
            stub = ln.quad
        elif m := _LABELLED_STUB.fullmatch(ln.text):
            # A holder's name before the digits ("<surname> <a phone's head>") goes
            # with the number; a label ("Account", 尾号) stays readable.
            head = ln.text[: m.start(1)].strip()
            stub = ln.span(0 if _holder_before(head) else m.start(1), m.end(1))
        else:
            continue
        cx, cy = stub.center
        if any(_inside(q, cx, cy) for q in covered):
            continue
        out.append(Finding(Category.ID_NUMBER, stub, 0.5, STUB_SOURCE, True, ln.height))
    return out


def _holder_before(head: str) -> bool:
    """A Chinese name (a surname first), not a field label or printed words."""
    return (
        bool(_CJK_NAME.fullmatch(head))
        and starts_with_surname(head)
        and not find_fields(head + "：")
        and not boilerplate(head)
    )


def _inside(q: Quad, x: float, y: float) -> bool:
    x0, y0, x1, y1 = q.bbox
    return x0 <= x <= x1 and y0 <= y <= y1
