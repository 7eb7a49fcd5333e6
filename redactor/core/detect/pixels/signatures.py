"""The handwriting under a signature label, whether or not the OCR read any of it.

A slip leaves room under "持卡人签名 / CARDHOLDER SIGNATURE" (or "签收人", "Sign
here") for the person to sign. A signature is a name written by hand: OCR rarely reads
it, so no text rule can find it. The space itself says what it is: ink in it that no
OCR box covers (the printed lines around it were read) is the signature, masked whole.

Not every dark thing in the space is written there. On a photo the label often
sits near the paper's edge: past it lie the table and the paper's shadow, darker
than the paper all the way down; a ruled cell's border or a fold runs across the
space. A hand's strokes are thin and go up and down; the surround is a solid area
(a square half a label high fits in it) and a rule or a fold is a long flat streak.
Both are taken out before the space is judged, and they never widen the mask.
"""

from __future__ import annotations

from collections.abc import Sequence

import cv2
import numpy as np

from redactor.core.detect.layout.labels import asks_for_signature
from redactor.core.detect.pixels.ink_strips import (
    gray_strip,
    inked,
    line_frame,
    only_a_mark,
    paper_and_ink,
    running_out,
    strip_quad,
    surround,
)
from redactor.core.models import Category, Finding, OcrLine, Origin, Quad, Source

# Its mask covers a hand's ink, not text the OCR read.
SOURCE = Source(Origin.OCR, "signature_ink", unread=True)
_STRIP_H = 24  # samples per label height
# The space under the label, in label heights: down to the next line read, at most
# this deep (a hand signs large under a small label), and this far past the label's
# end (a signature runs wider than its label).
_DEPTH, _PAST_END = 6.0, 2.0
# Ink enough to be a signature: this share of the space's samples, spread over at
# least this many label heights along the line.
_INK_SHARE, _MIN_LENGTH = 0.01, 0.8
# No handwriting, in label heights: an area a square this wide fits in (the surround
# past the paper's edge, its shadow; pen strokes are a tenth of that); ink this close
# around such an area (its ragged rim) goes with it.
_SOLID, _RIM = 0.5, 0.1
# ... and a streak at least this long and at most this high (a rule or a fold a few
# degrees off the label's direction included); a signature rises and falls more.
_RULE_LONG, _RULE_HIGH = 2.0, 0.3
# Off the paper: grey this share of the way from the paper to the ink, on average
# over a square as above, running out of the space.
_OFF_PAPER = 0.3
# ... or as long and filling this share of its box: a band of the surround thinner
# than the square above (a pen's strokes leave most of their box blank).
_FILLED = 0.6


def signature_ink(image: np.ndarray, lines: Sequence[OcrLine]) -> list[Finding]:
    """Findings over unread ink right under the lines that hold a signature label."""
    labels = [
        k for k, ln in enumerate(lines) if ln.quad.height >= 4 and asks_for_signature(ln.text)
    ]
    if not labels:
        return []
    # A box round a coloured mark across the space read the mark, not what was signed
    # under it.
    read = [n for n, o in enumerate(lines) if not only_a_mark(image, o)]
    out = []
    for k in labels:
        ln = lines[k]
        quad = _written_under(image, ln, [lines[n].quad for n in read if n != k])
        if quad is not None:
            out.append(Finding(Category.NAME, quad, 0.5, SOURCE, True, ln.height))
    return out


def _written_under(image: np.ndarray, line: OcrLine, others: Sequence[Quad]) -> Quad | None:
    a, u, v, h, length = line_frame(line)
    length += _PAST_END * h
    if h < 4 or length < h:
        return None
    scale = h / _STRIP_H
    width, depth = int(length / scale), int(_DEPTH * _STRIP_H)
    own = gray_strip(image, a, u * scale, v * scale, width, _STRIP_H)
    tones = paper_and_ink(own)
    if tones is None:
        return None  # too faint to tell ink from paper
    top = a + v * h
    gray = gray_strip(image, top, u * scale, v * scale, width, depth)
    dark = inked(gray, tones) & ~_off_the_paper(gray, tones)
    # The space ends at the first line read under the label; boxes beside it (a date
    # printed on the right) are read text, not the signature.
    for q in others:
        loc = (np.asarray(q.points, float) - top) @ np.stack([u, v], axis=1) / scale
        c0, c1 = int(max(0, loc[:, 0].min())), int(np.ceil(loc[:, 0].max()))
        r0, r1 = int(max(0, loc[:, 1].min())), int(np.ceil(loc[:, 1].max()))
        if c1 < 0 or c0 >= width or r1 < 0 or r0 >= depth:
            continue
        if min(c1, width) - c0 > 0.5 * width and r0 > 0:
            dark[r0:] = False  # a line across the space: the space ends above it
        else:
            dark[max(0, r0) : r1 + 1, c0 : c1 + 1] = False
    dark = handwriting(dark, _STRIP_H)
    rows, cols = np.flatnonzero(dark.any(axis=1)), np.flatnonzero(dark.any(axis=0))
    if dark.mean() < _INK_SHARE or len(cols) * scale < _MIN_LENGTH * h:
        return None
    return strip_quad(top, u * scale, v * scale, (cols[0], cols[-1] + 1), (rows[0], rows[-1] + 1))


def _off_the_paper(gray: np.ndarray, tones: tuple[float, float]) -> np.ndarray:
    """Where the space has left the paper: a run of grey darker than the paper on
    average over half a label's square that goes on past the space (the table under
    a photographed paper, its shadow), with a rim. Its grain is a shade either side of
    the ink threshold; a pen's strokes leave their square mostly paper, and stay
    inside the space."""
    paper, ink = tones
    side, rim = max(3, round(_SOLID * _STRIP_H)), max(1, round(_RIM * _STRIP_H))
    lowland = cv2.blur(gray, (side, side)) < paper - _OFF_PAPER * (paper - ink)
    tail = running_out(lowland)
    if not tail.any():
        return tail
    grown = cv2.dilate(tail.astype(np.uint8), np.ones((2 * rim + 1, 2 * rim + 1), np.uint8))
    out: np.ndarray = grown > 0
    return out


def handwriting(dark: np.ndarray, text_h: int) -> np.ndarray:
    """``dark`` (ink samples, ``text_h`` samples to a label's height) without what no
    hand wrote: solid areas that run out of the space (with their rims), and long
    flat or filled streaks that do. Whatever lies wholly inside the space (a marker's blot, a
    tiny flat scrawl) may be written there: it stays."""
    side, rim = max(3, round(_SOLID * text_h)), max(1, round(_RIM * text_h))
    strokes: np.ndarray = dark & ~surround(dark, side, rim)
    _, labels, stats, _ = cv2.connectedComponentsWithStats(strokes.astype(np.uint8), connectivity=8)
    wide = stats[:, cv2.CC_STAT_WIDTH] >= _RULE_LONG * text_h
    flat = stats[:, cv2.CC_STAT_HEIGHT] <= _RULE_HIGH * text_h
    box = np.maximum(1, stats[:, cv2.CC_STAT_WIDTH] * stats[:, cv2.CC_STAT_HEIGHT])
    filled = stats[:, cv2.CC_STAT_AREA] >= _FILLED * box
    streaks = [i for i in np.flatnonzero(wide & (flat | filled)) if i > 0]
    if streaks:
        strokes &= ~running_out(np.isin(labels, streaks))
    return strokes
