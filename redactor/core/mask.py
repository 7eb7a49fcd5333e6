"""Paint masks over polygons: opaque fill (default), pixelate or blur.

Padding and mask strength scale with the height of the text being covered, so
a rotated or large line is covered completely and pixelate/blur blocks are big
enough that the text cannot be read back.
"""

from __future__ import annotations

from collections.abc import Iterable

import cv2
import numpy as np

from redactor.core.models import Category, Finding, Quad
from redactor.core.settings import MaskStyle


def padded_quad(f: Finding) -> Quad:
    """The polygon actually painted for a finding (its quad plus a margin)."""
    if f.category is Category.CODE:
        size = min(f.quad.width, f.quad.height)
        pad = 0.06 * size + 4
        return f.quad.padded(pad, pad)
    if f.category is Category.MANUAL:
        return f.quad
    h = f.text_height or f.quad.height
    across = across_padding(h)
    if f.room is None:
        return f.quad.padded(text_padding(h), across)
    above, below = (max(0.0, min(across, r)) for r in f.room)
    return f.quad.padded_sides(text_padding(h), above, below)


def text_padding(text_height: float) -> float:
    """How far a text finding's mask reaches past either end of its quad."""
    return 0.2 * text_height + 2


def across_padding(text_height: float) -> float:
    """How far a text finding's mask reaches over and under its quad."""
    return 0.18 * text_height + 2


def apply_masks(
    image: np.ndarray,
    findings: Iterable[Finding],
    style: MaskStyle = MaskStyle.FILL,
    color: tuple[int, int, int] = (0, 0, 0),
    *,
    in_place: bool = False,
) -> np.ndarray:
    """A masked copy of an RGB image (or, with ``in_place``, the image itself, masked)."""
    out = image if in_place and image.flags.writeable else image.copy()
    h, w = out.shape[:2]
    for f in findings:
        poly = np.round(np.array(padded_quad(f).points)).astype(np.int32)
        if style is MaskStyle.FILL:
            cv2.fillPoly(out, [poly], color=tuple(int(c) for c in color), lineType=cv2.LINE_8)
            continue
        region = np.zeros((h, w), np.uint8)
        cv2.fillPoly(region, [poly], 255)
        x, y, bw, bh = cv2.boundingRect(poly)
        x0, y0, x1, y1 = max(0, x), max(0, y), min(w, x + bw), min(h, y + bh)
        if x1 <= x0 or y1 <= y0:
            continue
        patch = out[y0:y1, x0:x1]
        text_h = max(6.0, f.text_height or min(f.quad.height, f.quad.width))
        if style is MaskStyle.PIXELATE:
            done = _pixelate(patch, block=max(6, int(round(text_h * 0.9))))
        else:
            done = _blur(patch, sigma=max(4.0, text_h * 0.9))
        sel = region[y0:y1, x0:x1] > 0
        patch[sel] = done[sel]
    return out


def _pixelate(patch: np.ndarray, block: int) -> np.ndarray:
    ph, pw = patch.shape[:2]
    sw, sh = max(1, pw // block), max(1, ph // block)
    small = cv2.resize(patch, (sw, sh), interpolation=cv2.INTER_AREA)
    return cv2.resize(small, (pw, ph), interpolation=cv2.INTER_NEAREST)


def _blur(patch: np.ndarray, sigma: float) -> np.ndarray:
    k = int(sigma * 3) | 1
    # Two passes of a wide Gaussian: one pass leaves bold strokes legible.
    once = cv2.GaussianBlur(patch, (k, k), sigma, borderType=cv2.BORDER_REPLICATE)
    return cv2.GaussianBlur(once, (k, k), sigma, borderType=cv2.BORDER_REPLICATE)
