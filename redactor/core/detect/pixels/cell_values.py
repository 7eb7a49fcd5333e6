"""A value filled into a ruled cell under a personal label printed in its corner.

A form printed as a grid of cells puts each field's label small in a cell's top-left
corner and leaves the rest of the cell for the value, often written by hand in a
dark pen: OCR reads such ink poorly or not at all, the text steps then find nothing
to mask or mask a guessed line height that reaches over the label and across the
rule into the next cell. The cell says it all: when its corner label announces a
personal value (the field lexicon's kind), whatever ink lies in the cell outside the
label is that value. It is masked out to its ink, bounded by the cell's rules and
the label's box, whatever the OCR read there; the masks other steps put on it are
replaced by this one, so the label and the neighbouring cells stay readable.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np

from redactor.core.detect.layout.printed_labels import printed_labels
from redactor.core.detect.pixels.hand_ink_cells import hand_ink_in_cells
from redactor.core.detect.pixels.page_views import PageViews
from redactor.core.detect.pixels.placed_labels import placed_label
from redactor.core.detect.pixels.ruled_cells import ruled_cells
from redactor.core.detect.spans import normalize
from redactor.core.detect.tables.field_lexicon import ValueKind
from redactor.core.mask import text_padding
from redactor.core.models import (
    CORE_CATEGORIES,
    Category,
    Finding,
    OcrLine,
    Origin,
    Quad,
    Source,
    body_height,
)

SOURCE = Source(Origin.OCR, "cell_value", unread=True)
_SCORE = 0.6
# A mask found by another step is replaced when the cell's covers this share of it.
_REPLACED = 0.8
# Read surely: at least this confident.
_SURE = 0.9
# A field's cell is at most this many text heights high.
_FIELD_HIGH = 5.0
# Personal kinds a cell's ink is not masked for: a trait (sex, occupation) is no one's
# name or number, and free text is masked word by word by the text steps.
_NOT_IN_CELLS = frozenset({ValueKind.TRAIT, ValueKind.FREE_TEXT})
# The corner label starts at most this many text heights from the cell's left rule
# and its top from the cell's top rule.
_CORNER = 2.0
# The rules' own ink is left out: this many pixels inside the cell's edges, at least.
_EDGE = 3
# A value: ink of at least this share of a text height squared (a dot or speck is not).
_MIN_INK = 0.15
# The mask reaches this share of a text height past the value's ink along its line (a
# stroke's faint edge), never past the cell's rules; across, it fills the cell from
# the label's box to the rule.
_MARGIN = 0.4
# A mask another step found is this cell's value when this share of it lies in the cell.
_INSIDE = 0.6
# The share of a label's box under its baseline (descenders) a value may reach into.
_SLACK = 0.2
# The page is cut this many pixels around a cell before it is warped (nearest-pixel
# sampling never reaches past a pixel beyond the cell's corners).
_CROP_MARGIN = 2
# The rules' remnants in a rectified cell: straight runs of ink this many text heights long.
_RULE = 2.0


@dataclass(frozen=True, slots=True)
class _Frame:
    """A cell rectified to an upright rectangle of ``size`` (width, height) pixels."""

    to_cell: np.ndarray  # 3x3: image -> rectified cell
    to_image: np.ndarray  # 3x3: rectified cell -> image
    size: tuple[int, int]

    @staticmethod
    def of(cell: Quad) -> _Frame:
        w, h = max(2, round(cell.width)), max(2, round(cell.height))
        src = np.asarray(cell.points, np.float32)
        dst = np.asarray(((0, 0), (w, 0), (w, h), (0, h)), np.float32)
        return _Frame(
            cv2.getPerspectiveTransform(src, dst), cv2.getPerspectiveTransform(dst, src), (w, h)
        )

    def box(self, q: Quad) -> tuple[float, float, float, float]:
        """``q``'s bounding box in the cell's frame."""
        p = cv2.perspectiveTransform(np.asarray([q.points], np.float32), self.to_cell)[0]
        return (
            float(p[:, 0].min()),
            float(p[:, 1].min()),
            float(p[:, 0].max()),
            float(p[:, 1].max()),
        )

    def quad(self, x0: float, y0: float, x1: float, y1: float) -> Quad:
        pts = np.asarray([((x0, y0), (x1, y0), (x1, y1), (x0, y1))], np.float32)
        return Quad.from_points(cv2.perspectiveTransform(pts, self.to_image)[0])

    def ink(self, ink: np.ndarray) -> np.ndarray:
        """The page's ink in the cell's frame, warped from the cell's own part of the
        page (a cell is a small part of a large photo: the rest is never copied)."""
        corners = cv2.perspectiveTransform(
            np.asarray([((0, 0), (self.size[0], 0), self.size, (0, self.size[1]))], np.float32),
            self.to_image,
        )[0]
        h, w = ink.shape[:2]
        x0 = max(0, int(np.floor(corners[:, 0].min())) - _CROP_MARGIN)
        y0 = max(0, int(np.floor(corners[:, 1].min())) - _CROP_MARGIN)
        x1 = min(w, int(np.ceil(corners[:, 0].max())) + _CROP_MARGIN)
        y1 = min(h, int(np.ceil(corners[:, 1].max())) + _CROP_MARGIN)
        if x1 <= x0 or y1 <= y0:
            return np.zeros(self.size[::-1], bool)
        shift = np.asarray(((1, 0, x0), (0, 1, y0), (0, 0, 1)), np.float64)
        return cv2.warpPerspective(
            ink[y0:y1, x0:x1].astype(np.uint8),
            self.to_cell @ shift,
            self.size,
            flags=cv2.INTER_NEAREST,
        ).astype(bool)


def cell_values(
    page: PageViews, lines: Sequence[OcrLine], findings: Sequence[Finding]
) -> list[Finding]:
    """``findings`` with those over a personal cell's value replaced by one mask over
    the value's ink, bounded by the cell; and such masks where nothing was found."""
    text_h = body_height(lines)
    if text_h < 6 or not lines:
        return list(findings)
    cells = ruled_cells(page, text_h)
    if not cells:
        return list(findings)
    kept = hand_ink_in_cells(cells, lines, findings, text_h)
    out: list[Finding] = []
    for cell in cells:
        fr = _Frame.of(cell)
        label = _corner_label(fr, lines, text_h)
        if label is None:
            continue
        line, category, end = label
        # The label's own box: a value read on its line after it is the value's.
        lx0, ly0, lx1, ly1 = fr.box(line.span(0, end))
        inside = [f for f in kept if _over_value(fr, f.quad, ly0) and f.category in CORE_CATEGORIES]
        # What was read or found there marks the value too, where its ink is faint.
        there = [ln for ln in lines if ln is not line and _over_value(fr, ln.quad, ly0)]
        # A line read surely that the text steps left readable was judged there (a
        # business's own return address, a weight beside it): its ink is not the value's.
        judged = [ln for ln in there if ln.confidence >= _SURE and not _masked(ln, inside)]
        read = [ln.quad for ln in there if ln not in judged]
        marks = [f.quad for f in inside] + read
        cell_ink = fr.ink(page.ink)  # made on the first labelled cell, then shared
        for ln in judged:
            x0, y0, x1, y1 = (round(v) for v in fr.box(ln.quad))
            cell_ink[max(0, y0) : max(0, y1), max(0, x0) : max(0, x1)] = False
        masks = _value_masks(fr, cell_ink, (lx0, ly0, lx1, ly1), marks, text_h)
        if not masks:
            continue
        # Only what the cell's masks cover is replaced (never a value left readable).
        inside = [f for f in inside if _covered(fr, f.quad, masks)]
        kept = [f for f in kept if f not in inside]
        out += [Finding(category, q, _SCORE, SOURCE, True, text_h, room=(0.0, 0.0)) for q in masks]
    return kept + out


def _corner_label(
    fr: _Frame, lines: Sequence[OcrLine], text_h: float
) -> tuple[OcrLine, Category, int] | None:
    """The line printed in the cell's top-left corner, when it is a personal value's
    label, that value's category and where the label ends in the line."""
    w, h = fr.size
    if h > _FIELD_HIGH * text_h:
        return None  # a box around a section, not one field's cell
    inside = []
    for ln in lines:
        x0, y0, x1, y1 = fr.box(ln.quad)
        if 0 <= (x0 + x1) / 2 <= w and 0 <= (y0 + y1) / 2 <= h:
            inside.append((y0, x0, ln))
    if not inside:
        return None
    y0, x0, top = min(inside, key=lambda t: (t[0], t[1]))
    if x0 > _CORNER * text_h or y0 > _CORNER * text_h:
        return None
    # One field: no other label in the cell (a box of several labelled rows is a section).
    if any(printed_labels(normalize(ln.text)) for _, _, ln in inside if ln is not top):
        return None
    label = _label_category(normalize(top.text))
    if label is None or top.text[label[1] :].strip():
        return None  # a value read on the label's own line: the text steps' to judge
    return (top, *label)


def _label_category(text: str) -> tuple[Category, int] | None:
    """The category of the personal value a corner label announces. The cell already
    says the line is a label: a list of labels ("name, first name") counts by its
    first, known, label even when the OCR garbled the others."""
    found, end = placed_label(text)
    kinds = [m.label.kind for m in found if m.label.kind.personal]
    if not kinds or any(k in _NOT_IN_CELLS for k in kinds):
        return None
    category = kinds[0].category
    return None if category is None else (category, end)


def _covered(fr: _Frame, q: Quad, masks: Sequence[Quad]) -> bool:
    """Whether one of the masks covers most of ``q``'s part in the cell."""
    w, h = fr.size
    x0, y0, x1, y1 = fr.box(q)
    x0, y0, x1, y1 = max(x0, 0.0), max(y0, 0.0), min(x1, float(w)), min(y1, float(h))
    area = max(1.0, (x1 - x0) * (y1 - y0))
    for m in masks:
        a0, b0, a1, b1 = fr.box(m)
        # the mask is painted with its margin along: the quad's ends reach that far
        pad = text_padding(y1 - y0)
        ow = min(x1, a1 + pad) - max(x0, a0 - pad)
        oh = min(y1, b1) - max(y0, b0)
        if ow > 0 and oh > 0 and ow * oh >= _REPLACED * area:
            return True
    return False


def _masked(ln: OcrLine, found: Sequence[Finding]) -> bool:
    """Whether a finding lies over the line."""
    x0, y0, x1, y1 = ln.quad.bbox
    for f in found:
        a0, b0, a1, b1 = f.quad.bbox
        if a0 < x1 and x0 < a1 and b0 < y1 and y0 < b1:
            return True
    return False


def _over_value(fr: _Frame, q: Quad, label_top: float) -> bool:
    """Whether ``q`` lies mostly in the cell, lower than its label's top (a mask grown
    along a rule out of the next cell is not this cell's)."""
    w, h = fr.size
    x0, y0, x1, y1 = fr.box(q)
    cy = (y0 + y1) / 2
    inside = max(0.0, min(x1, w) - max(x0, 0.0)) * max(0.0, min(y1, h) - max(y0, 0.0))
    return label_top <= cy <= h and inside >= _INSIDE * max(1.0, (x1 - x0) * (y1 - y0))


def _value_masks(
    fr: _Frame,
    ink: np.ndarray,
    label: tuple[float, float, float, float],
    marks: Sequence[Quad],
    text_h: float,
) -> list[Quad]:
    """Masks over the value's ink in the cell: one beside the label, one under it."""
    w, h = fr.size
    lx0, ly0, lx1, ly1 = label
    edge = max(_EDGE, round(0.1 * text_h))
    ink = _without_rules(ink, text_h)
    ink[:edge], ink[h - edge :], ink[:, :edge], ink[:, w - edge :] = False, False, False, False
    # The label's box reaches below its baseline by its descenders' depth: the value's
    # ink may rise into that slack. The rules themselves may be masked, not past them.
    top = min(float(h), ly1 - _SLACK * (ly1 - ly0))
    under = (-float(edge), top, float(w + edge), float(h + edge))
    beside = (min(float(w), lx1), max(0.0, ly0), float(w + edge), top)
    margin = _MARGIN * text_h
    # Each area's mask reaches past the ends of its ink by the mask's usual margin
    # (it is drawn with that padding along): the quad stays that far inside.
    along = text_padding(text_h)
    out = []
    for ax0, ay0, ax1, ay1 in (beside, under):
        if ax1 - ax0 < 1 or ay1 - ay0 < 1:
            continue
        sx0 = max(0, round(ax0))
        sub = ink[max(0, round(ay0)) : round(ay1), sx0 : round(ax1)]
        _, xs = _blots(sub, text_h)
        boxes = [fr.box(q) for q in marks]
        boxes = [b for b in boxes if ay0 <= (b[1] + b[3]) / 2 <= ay1]
        if not len(xs) and not boxes:
            continue
        x0s = [sx0 + xs.min()] if len(xs) else []
        x1s = [sx0 + xs.max() + 1] if len(xs) else []
        x0 = max(ax0, min(x0s + [b[0] for b in boxes]) - margin) + along
        x1 = min(ax1, max(x1s + [b[2] for b in boxes]) + margin) - along
        if x1 <= x0:
            x0 = x1 = (x0 + x1) / 2
        out.append(fr.quad(x0, ay0, x1, ay1))
    return out


def _blots(ink: np.ndarray, text_h: float) -> tuple[np.ndarray, np.ndarray]:
    """The rows and columns of the ink of marks big enough to be writing."""
    if not ink.any():
        return np.empty(0, int), np.empty(0, int)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink.astype(np.uint8), connectivity=8)
    big = np.zeros(n, bool)
    big[1:] = stats[1:, cv2.CC_STAT_AREA] >= _MIN_INK * text_h * text_h
    ys, xs = np.nonzero(big[labels])
    return ys, xs


def _without_rules(ink: np.ndarray, text_h: float) -> np.ndarray:
    """A rectified cell's ink less the straight runs of its rules (their blurred or
    tilted remnants inside its edges)."""
    n = max(3, round(_RULE * text_h))
    u8 = ink.astype(np.uint8)
    across = cv2.morphologyEx(u8, cv2.MORPH_OPEN, np.ones((1, n), np.uint8))
    down = cv2.morphologyEx(u8, cv2.MORPH_OPEN, np.ones((n, 1), np.uint8))
    rules = cv2.dilate(np.maximum(across, down), np.ones((3, 3), np.uint8))
    kept: np.ndarray = ink & ~rules.astype(bool)
    return kept
