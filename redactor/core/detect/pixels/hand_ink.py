"""Values written by hand on a printed form, found from the colour of their ink.

What a person fills in by hand on a printed form (a name, a phone, an account
number, an address) is personal by default, and OCR reads handwriting poorly: text
rules then miss parts of it. The pixels tell it apart where the pen's ink differs
from the printer's: a ballpoint's blue or violet on a form printed in black, grey or
green. The printer's ink is learnt from the page itself, inside the printed labels
the field lexicon knows (a form may be printed in any colour, a receipt in purple);
strokes of text size whose ink is clearly unlike every printed ink found there are
handwriting, grouped into words and masked. Red, orange and brown ink is never taken
for it: that is a company's seal or a stamp. The labels and headings themselves stay
readable, and a page with no printed label to learn from, or with a pen of the
printer's colour (black on black), gets nothing here: the text steps stay its only
reader.

Colour is judged on how much of each channel the ink takes away from the paper under
it (the paper's own colour, from a closing wider than a character, absorbs a colour
cast or a shadow); the share per channel stays the same where a stroke's edge only
half covers a pixel, so thin strokes and thick ones measure alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import cv2
import numpy as np

from redactor.core.detect.layout.labels import is_heading
from redactor.core.detect.layout.printed_labels import printed_labels
from redactor.core.detect.pixels.morphology import rect_closing, rect_erosion
from redactor.core.detect.pixels.page_scale import REDUCED_PIXELS, reduced
from redactor.core.detect.spans import normalize
from redactor.core.detect.text.not_personal import only_an_amount
from redactor.core.models import Category, Finding, OcrLine, Origin, Quad, Source, body_height

SOURCE = Source(Origin.OCR, "hand_ink", unread=True)
# The paper: a closing this share of the page's short side wide, computed at a quarter
# of the page's size (wider than any character; shading and casts vary more slowly).
_PAPER_KERNEL, _PAPER_SCALE = 1 / 12, 4
# Paper is at least this share as bright as the page's brightest paper: under a dark
# band or a photo, or on the table a form is photographed on, the closing finds no
# paper, and nothing there is a pen's stroke; nor within the closing's reach of it
# (where the paper's brightness spills over the edge of the sheet).
_PAPER_BRIGHT = 0.6
# ... and of the brightest paper's colour: its channels' spread (as _hue measures it)
# at most this far from that paper's (brown card, wood or cloth under the sheet are not).
_PAPER_HUE = 0.12
# Ink takes at least this share of the paper's light in its darkest channel; its
# colour is read where it takes at least this much (the stroke's core, not its fringe).
_INK, _CORE = 0.3, 0.45
# A printed ink is learnt from at least this many core pixels of printed labels, and
# shared by this many of them and this share at least (a word of a value that is also
# a label's word, written by hand, or one label printed in a colour, teaches nothing).
_MIN_LEARNT, _SHARED, _SHARED_SHARE = 40, 2, 0.15
# A stroke's colour: the channel shares of its ink less their mean, over their mean
# (0 for grey or black). Unlike a printed ink: this far from every printed ink's.
# And never grey or black (at most this far from grey): a form printed in colour is
# filled in by its printer in black, and a black pen is told from print by no colour.
_UNLIKE, _GREY = 0.08, 0.09
# Red, orange, brown or pink (a seal, a stamp): the red channel is taken this much
# less than the least of green and blue, as a share of the ink's darkest channel.
_SEAL_RED = 0.15
# A stroke of handwriting: at most this many text heights high (a seal's ring, a
# photo, a logo are larger), at least this share of it high or long, and drawn with a
# pen: its strokes at most this many times as thick as the printed labels'.
_MAX_HIGH, _MIN_SIZE, _MAX_THICK = 3.0, 0.25, 2.0
# Rules of the printed grid: ink runs at least this many text heights straight.
# Solid print (a band behind a heading, a filled box): ink this share of the text
# height thick across, and what lies this close to it; no pen draws it.
_RULE, _SOLID = 3.0, 0.3
# Strokes join into a word across gaps this share of the text height wide, and
# this share high; a word is kept with ink this many text heights long and high at
# least, and this many times as high as the printed strokes are thick (a sliver along
# a band's edge is not).
_WORD_GAP, _WORD_GAP_UP, _MIN_WORD, _MIN_WORD_HIGH, _SLIVER = 0.9, 0.25, 0.6, 0.3, 3.0
# A word mostly (this share of its ink) over a printed label or heading is left alone.
_ON_LABEL = 0.5


@dataclass(frozen=True, slots=True)
class _Ink:
    """The page's ink: how much of each channel it takes from the paper, and where it is."""

    # per channel (H x W float32 planes): 0 (paper) to 1 (no light left)
    taken: tuple[np.ndarray, np.ndarray, np.ndarray]
    mask: np.ndarray  # H x W bool: ink, rules of the grid removed
    core: np.ndarray  # H x W bool: the strokes' cores, where colour is read


def hand_ink(image: np.ndarray, lines: Sequence[OcrLine]) -> list[Finding]:
    """Findings over words written in an ink unlike every ink the form is printed in."""
    if image.ndim != 3 or not lines:
        return []
    small, f = reduced(image, REDUCED_PIXELS)  # it holds several float copies
    if f >= 1.0:
        return _hand_ink(image, lines)
    seen = [
        replace(ln, quad=ln.quad.scaled(f), chars=tuple(c.scaled(f) for c in ln.chars))
        for ln in lines
    ]
    return [
        replace(x, quad=x.quad.scaled(1 / f), text_height=x.text_height / f)
        for x in _hand_ink(small, seen)
    ]


def _hand_ink(image: np.ndarray, lines: Sequence[OcrLine]) -> list[Finding]:
    text_h = body_height(lines)
    if text_h < 6:
        return []
    printed = _printed_quads(lines)
    if not printed:
        return []  # nothing known to be printed: no printer's ink to compare with
    ink = _page_ink(image, text_h)
    printed_mask = _fill(image.shape[:2], printed)
    learnt = ink.core & printed_mask
    if int(learnt.sum()) < _MIN_LEARNT:
        return []
    inks = _printed_inks(ink, printed, image.shape[:2])
    if not inks:
        return []
    thick = _thickness(ink.mask & printed_mask)
    strokes = _pen_strokes(ink, inks, text_h, thick)
    ordinary = _fill(image.shape[:2], _ordinary_values(lines))
    out = []
    for x0, y0, x1, y1, own in _words(strokes, text_h, _SLIVER * thick):
        on = own & printed_mask[y0:y1, x0:x1]
        if float(on.sum()) / max(1, int(own.sum())) >= _ON_LABEL:
            continue
        # A date, a time or a sum the OCR read there is no one's: the text steps mask
        # it when a personal label announces it (a date of birth).
        read_as = own & ordinary[y0:y1, x0:x1]
        if float(read_as.sum()) / max(1, int(own.sum())) >= _ON_LABEL:
            continue
        # The word's box stops where a label's print starts (a stroke may touch it).
        ys, xs = np.nonzero(own & ~on)
        x0, x1, y0, y1 = (
            int(x0 + xs.min()),
            int(x0 + xs.max() + 1),
            int(y0 + ys.min()),
            int(y0 + ys.max() + 1),
        )
        quad = Quad.from_bbox(x0, y0, x1, y1)  # plain ints: a report writes them as JSON
        out.append(Finding(Category.NAME, quad, 0.5, SOURCE, True, float(y1 - y0)))
    return out


def _printed_quads(lines: Sequence[OcrLine]) -> list[Quad]:
    """Where the page certainly shows print: the printed labels the field lexicon knows,
    and lines that only announce a block."""
    out = []
    for ln in lines:
        text = normalize(ln.text)
        if is_heading(text):
            out.append(ln.quad)
            continue
        out += [ln.span(m.start, m.end) for m in printed_labels(text) if m.end > m.start]
    return out


def _ordinary_values(lines: Sequence[OcrLine]) -> list[Quad]:
    """The lines the OCR read as nothing but a date, a time or a sum."""
    return [ln.quad for ln in lines if only_an_amount(normalize(ln.text))]


def _fill(shape: tuple[int, ...], quads: Sequence[Quad]) -> np.ndarray:
    mask = np.zeros(shape[:2], np.uint8)
    for q in quads:
        cv2.fillPoly(mask, [np.round(np.asarray(q.points)).astype(np.int32)], 1)
    return mask.astype(bool)


def _page_ink(image: np.ndarray, text_h: float) -> _Ink:
    h, w = image.shape[:2]
    small = cv2.resize(
        image, (max(1, w // _PAPER_SCALE), max(1, h // _PAPER_SCALE)), interpolation=cv2.INTER_AREA
    )
    k = max(5, int(min(h, w) * _PAPER_KERNEL / _PAPER_SCALE) | 1)
    paper = rect_closing(small, k, k)
    paper = cv2.resize(paper, (w, h), interpolation=cv2.INTER_LINEAR)
    pr, pg, pb = (p.astype(np.float32) for p in cv2.split(paper))
    ir, ig, ib = cv2.split(image)
    planes = (pr, pg, pb)
    taken = (_taken(ir, pr), _taken(ig, pg), _taken(ib, pb))
    dark = _channel_max(taken)
    light = _channel_max(planes)
    top = float(np.percentile(light, 90))
    white = np.median(_pixels(planes, light >= top), axis=0)
    tint = _hue_distance(planes, _hue(white))
    sheet: np.ndarray = ((light >= _PAPER_BRIGHT * top) & (tint <= _PAPER_HUE)).astype(np.uint8)
    sheet = rect_erosion(sheet, k * _PAPER_SCALE, k * _PAPER_SCALE)
    mask = (dark >= _INK) & sheet.astype(bool)
    # The printed grid's rules: long straight runs of ink.
    run = max(5, int(_RULE * text_h))
    m8 = mask.astype(np.uint8)
    across = cv2.morphologyEx(
        m8, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (run, 1))
    )
    down = cv2.morphologyEx(m8, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, run)))
    rules: np.ndarray = cv2.dilate(np.maximum(across, down), np.ones((3, 3), np.uint8)).astype(bool)
    side = max(3, int(_SOLID * text_h))
    solid = cv2.morphologyEx(m8, cv2.MORPH_OPEN, np.ones((side, side), np.uint8))
    filled: np.ndarray = cv2.dilate(solid, np.ones((2 * side + 1, 2 * side + 1), np.uint8)).astype(
        bool
    )
    mask &= ~(rules | filled)
    return _Ink(taken, mask, mask & (dark >= _CORE))


def _hue(taken: np.ndarray) -> np.ndarray:
    """Channel shares less their mean, over their mean: N x 3, zero for grey."""
    mean = taken.mean(axis=-1, keepdims=True)
    hue: np.ndarray = (taken - mean) / np.maximum(mean, 1e-3)
    return hue


# The page's channels are split into planes (``cv2.split``) and worked on one at a
# time: the same float32 operations in the same order as whole-image expressions,
# on contiguous memory, without slow reductions over the channel axis.
def _taken(channel: np.ndarray, paper: np.ndarray) -> np.ndarray:
    """``clip(1 - channel / max(paper, 1), 0, 1)``: the share of the paper's light taken."""
    out = channel.astype(np.float32)
    out /= np.maximum(paper, 1.0)
    np.subtract(1.0, out, out=out)
    np.clip(out, 0.0, 1.0, out=out)
    return out


def _pixels(planes: Sequence[np.ndarray], where: np.ndarray) -> np.ndarray:
    """The colours (N x 3) of the pixels ``where`` is true, from an image's planes."""
    return np.stack([p[where] for p in planes], axis=1)


def _channel_max(planes: Sequence[np.ndarray]) -> np.ndarray:
    """``image.max(axis=2)`` from the image's three planes."""
    c0, c1, c2 = planes
    out: np.ndarray = np.maximum(np.maximum(c0, c1), c2)
    return out


def _hue_distance(planes: Sequence[np.ndarray], ref: np.ndarray) -> np.ndarray:
    """``np.linalg.norm(_hue(image) - ref, axis=2)`` from the image's three float32 planes."""
    c0, c1, c2 = planes
    mean = c0 + c1
    mean += c2
    mean /= 3
    scale = np.maximum(mean, 1e-3)
    total = np.zeros(mean.shape, np.float32)
    for c, r in zip((c0, c1, c2), ref, strict=True):
        d = c - mean
        d /= scale
        d -= r
        d *= d
        total += d
    out: np.ndarray = np.sqrt(total, out=total)
    return out


def _printed_inks(ink: _Ink, printed: Sequence[Quad], shape: tuple[int, ...]) -> list[np.ndarray]:
    """The hues of the inks the printed labels share (labels of one colour give
    near-equal hues)."""
    out = []
    for q in printed:
        x0, y0, x1, y1 = (int(round(v)) for v in q.bbox)
        x0, y0 = max(0, x0), max(0, y0)
        x1, y1 = min(shape[1], x1 + 1), min(shape[0], y1 + 1)
        if x1 <= x0 or y1 <= y0:
            continue
        core = ink.core[y0:y1, x0:x1]
        if int(core.sum()) < _MIN_LEARNT // 4:
            continue
        crop = [p[y0:y1, x0:x1] for p in ink.taken]
        out.append(np.median(_hue(_pixels(crop, core)), axis=0))
    need = max(_SHARED, _SHARED_SHARE * len(out))
    return [h for h in out if sum(np.linalg.norm(h - o) < _UNLIKE for o in out) >= need]


def _thickness(mask: np.ndarray) -> float:
    """The strokes' mean thickness: twice their area over their outline."""
    area = int(mask.sum())
    return 2.0 * area / max(1, int(_outline(mask).sum())) if area else 0.0


def _outline(mask: np.ndarray) -> np.ndarray:
    """The pixels of ``mask`` on its edge (a stroke two pixels thick is all edge)."""
    inside: np.ndarray = cv2.erode(mask.astype(np.uint8), np.ones((3, 3), np.uint8)).astype(bool)
    edge: np.ndarray = np.logical_and(mask, ~inside)
    return edge


def _pen_strokes(ink: _Ink, inks: Sequence[np.ndarray], text_h: float, thick: float) -> np.ndarray:
    """The ink's connected strokes of text size whose colour is unlike every printed ink
    and unlike a seal's red, drawn no thicker than a pen draws."""
    n, labels, stats, _ = cv2.connectedComponentsWithStats(
        ink.mask.astype(np.uint8), connectivity=8
    )
    if n <= 1:
        return np.zeros(ink.mask.shape, bool)
    flat = labels.ravel()
    core = ink.core.ravel()
    idx = flat[core]
    counts = np.bincount(idx, minlength=n).astype(np.float64)
    sums = np.stack([np.bincount(idx, p.ravel()[core], minlength=n) for p in ink.taken], axis=1)
    colour = sums / np.maximum(counts, 1)[:, None]
    hue = _hue(colour)
    near = np.min([np.linalg.norm(hue - ref, axis=1) for ref in inks], axis=0)
    strength = colour.max(axis=1)
    red = colour[:, 0] < np.minimum(colour[:, 1], colour[:, 2]) - _SEAL_RED * strength
    edges = np.bincount(flat[_outline(ink.mask).ravel()], minlength=n).astype(np.float64)
    area = stats[:, cv2.CC_STAT_AREA].astype(np.float64)
    stroke = 2.0 * area / np.maximum(edges, 1)
    hi = stats[:, cv2.CC_STAT_HEIGHT]
    wide = stats[:, cv2.CC_STAT_WIDTH]
    keep = (
        (counts >= 3)
        & (near >= _UNLIKE)
        & (np.linalg.norm(hue, axis=1) > _GREY)
        & ~red
        & (hi <= _MAX_HIGH * text_h)
        & (np.maximum(hi, wide) >= _MIN_SIZE * text_h)
        & ((thick <= 0) | (stroke <= _MAX_THICK * max(thick, 1.0)))
    )
    keep[0] = False
    strokes: np.ndarray = keep[labels]
    return strokes


def _words(
    strokes: np.ndarray, text_h: float, sliver: float
) -> list[tuple[int, int, int, int, np.ndarray]]:
    """Strokes joined into words: each word's box and its own ink inside it."""
    gx, gy = max(3, int(_WORD_GAP * text_h)), max(1, int(_WORD_GAP_UP * text_h))
    joined = cv2.dilate(strokes.astype(np.uint8), np.ones((gy, gx), np.uint8))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    out = []
    for i in range(1, n):
        x, y, bw, bh = (int(v) for v in stats[i, :4])
        own = (labels[y : y + bh, x : x + bw] == i) & strokes[y : y + bh, x : x + bw]
        ys, xs = np.nonzero(own)
        if not len(xs):
            continue
        x0, x1, y0, y1 = x + xs.min(), x + xs.max() + 1, y + ys.min(), y + ys.max() + 1
        if x1 - x0 < _MIN_WORD * text_h or y1 - y0 < max(_MIN_WORD_HIGH * text_h, sliver):
            continue
        out.append((x0, y0, x1, y1, own[y0 - y : y1 - y, x0 - x : x1 - x]))
    return out
