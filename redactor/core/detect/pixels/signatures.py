"""The handwriting under a signature label, whether or not the OCR read any of it.

A slip leaves room under "持卡人签名 / CARDHOLDER SIGNATURE" (or "签收人", "Sign
here") for the person to sign. A signature is a name written by hand: OCR rarely reads
it, so no text rule can find it. The space itself says what it is: ink in it that no
OCR box covers (the printed lines around it were read) is the signature, masked whole.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from redactor.core.detect.layout.labels import asks_for_signature
from redactor.core.detect.pixels.ink_strips import (
    gray_strip,
    inked,
    line_frame,
    only_a_mark,
    paper_and_ink,
    strip_quad,
)
from redactor.core.models import Category, Finding, OcrLine, Origin, Quad, Source

SOURCE = Source(Origin.OCR, "signature_ink")
_STRIP_H = 24  # samples per label height
# The space under the label, in label heights: down to the next line read, at most
# this deep (a hand signs large under a small label), and this far past the label's
# end (a signature runs wider than its label).
_DEPTH, _PAST_END = 6.0, 2.0
# Ink enough to be a signature: this share of the space's samples, spread over at
# least this many label heights along the line.
_INK_SHARE, _MIN_LENGTH = 0.01, 0.8


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
    dark = inked(gray_strip(image, top, u * scale, v * scale, width, depth), tones)
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
    rows, cols = np.flatnonzero(dark.any(axis=1)), np.flatnonzero(dark.any(axis=0))
    if dark.mean() < _INK_SHARE or len(cols) * scale < _MIN_LENGTH * h:
        return None
    return strip_quad(top, u * scale, v * scale, (cols[0], cols[-1] + 1), (rows[0], rows[-1] + 1))
