"""Strips of a page's ink, read along a line's reading direction: the frame of an
OCR box, its paper and ink tones, and where it is ink or strongly coloured, or part
of what surrounds a photographed paper. The readers of unread ink (ink_runs,
unread_lines, signatures, marked_boxes) share them."""

from __future__ import annotations

import cv2
import numpy as np

from redactor.core.models import OcrLine, Quad

# A stamp's or a marker's coloured ink: its channels spread this much (0-255), and
# this share of its brightest (a photo's light greys it).
_SPREAD, _SATURATION = 30, 0.25
_MOSTLY = 0.6  # share of a box's ink that is coloured when the box is a mark's
_MARK_ROWS = 48  # a box looked at for a mark is resampled to this many rows


def reading_direction(quad: Quad) -> np.ndarray:
    """The reading direction of a quad (not normalised): its top and bottom edges."""
    a, b, c, d = (np.array(p, float) for p in quad.points)
    direction: np.ndarray = (b - a) + (c - d)
    return direction


def line_frame(line: OcrLine) -> tuple[np.ndarray, np.ndarray, np.ndarray, float, float]:
    """A line's frame: its top-left corner, the unit vectors along it (``u``) and down
    across it (``v``), its height and its length, in image pixels."""
    a, b, _, d = (np.array(p, float) for p in line.quad.points)
    u = reading_direction(line.quad)
    u /= np.linalg.norm(u) or 1.0
    v = np.array([-u[1], u[0]])
    h = float(np.dot(d - a, v)) or line.height
    return a, u, v, h, float(np.dot(b - a, u))


def paper_and_ink(own: np.ndarray) -> tuple[float, float] | None:
    """The paper's and the ink's grey in a strip over printed text; None when too faint
    to tell them apart."""
    paper, ink = np.percentile(own, 90), np.percentile(own, 5)
    return None if paper - ink < 30 else (paper, ink)


def inked(gray: np.ndarray, tones: tuple[float, float]) -> np.ndarray:
    """Where ``gray`` is ink, given the paper's and the ink's grey (paper_and_ink)."""
    paper, ink = tones
    return gray < paper - 0.45 * (paper - ink)


def strip_quad(
    start: np.ndarray,
    ax: np.ndarray,
    ay: np.ndarray,
    cols: tuple[float, float],
    rows: tuple[float, float],
) -> Quad:
    """The image quad of strip columns ``cols`` and rows ``rows`` (ends exclusive) of a
    strip sampled from ``start`` with steps ``ax`` along and ``ay`` across (see
    gray_strip)."""
    (c0, c1), (r0, r1) = cols, rows
    corner = start + ax * c0 + ay * r0
    du, dv = ax * (c1 - c0), ay * (r1 - r0)
    pts = (corner, corner + du, corner + du + dv, corner + dv)
    return Quad.from_points((float(p[0]), float(p[1])) for p in pts)


def gray_strip(
    image: np.ndarray, start: np.ndarray, ax: np.ndarray, ay: np.ndarray, width: int, height: int
) -> np.ndarray:
    """``width`` x ``height`` grey samples of the image: strip pixel (x, y) is the image
    at ``start + x * ax + y * ay``."""
    return _gray(_strip(image, start, ax, ay, width, height))


def colour_strip(
    image: np.ndarray, start: np.ndarray, ax: np.ndarray, ay: np.ndarray, width: int, height: int
) -> np.ndarray:
    """Where the strip (as gray_strip) is strongly coloured: a stamp's or a marker's
    ink, not a printer's black or grey."""
    return _coloured(_strip(image, start, ax, ay, width, height))


def gray_and_colour_strips(
    image: np.ndarray, start: np.ndarray, ax: np.ndarray, ay: np.ndarray, width: int, height: int
) -> tuple[np.ndarray, np.ndarray]:
    """gray_strip and colour_strip of one strip, sampled once."""
    strip = _strip(image, start, ax, ay, width, height)
    return _gray(strip), _coloured(strip)


def _gray(strip: np.ndarray) -> np.ndarray:
    gray = cv2.cvtColor(strip, cv2.COLOR_RGB2GRAY) if strip.ndim == 3 else strip
    return gray.astype(np.float32)


def _coloured(strip: np.ndarray) -> np.ndarray:
    if strip.ndim != 3:
        return np.zeros(strip.shape, bool)
    channels = strip.astype(np.int16)
    top, spread = channels.max(axis=2), np.ptp(channels, axis=2)
    coloured: np.ndarray = (spread >= _SPREAD) & (spread >= _SATURATION * top)
    return coloured


def _strip(
    image: np.ndarray, start: np.ndarray, ax: np.ndarray, ay: np.ndarray, width: int, height: int
) -> np.ndarray:
    m = np.array([[ax[0], ay[0], start[0]], [ax[1], ay[1], start[1]]], np.float32)
    return cv2.warpAffine(
        image,
        m,
        (width, height),
        flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
        borderMode=cv2.BORDER_REPLICATE,
    )


def only_a_mark(image: np.ndarray, line: OcrLine) -> bool:
    """The box holds a coloured mark and little else: most of its ink is coloured (a
    sorting number in marker, read as digits). What it covers was not read."""
    ink = box_ink(image, line, _MARK_ROWS)
    if ink is None:
        return False
    dark, coloured = ink
    return bool(dark.any()) and (dark & coloured).sum() >= _MOSTLY * dark.sum()


def box_ink(image: np.ndarray, line: OcrLine, rows: int) -> tuple[np.ndarray, np.ndarray] | None:
    """The line's box resampled ``rows`` high: where it is ink, and where strongly
    coloured (a stamp's or a marker's); None for a grey image, a box too small, or
    ink too faint to tell from the paper."""
    if image.ndim != 3:
        return None
    a, u, v, h, length = line_frame(line)
    if h < 8 or length < 1:
        return None
    step = h / rows
    gray, coloured = gray_and_colour_strips(
        image, a, u * step, v * step, max(1, int(length / step)), rows
    )
    tones = paper_and_ink(gray)
    return None if tones is None else (inked(gray, tones), coloured)


def running_out(mask: np.ndarray) -> np.ndarray:
    """The pieces of ``mask`` (8-connected) that reach the strip's ends or its foot:
    they go on past the strip, as the surround of a paper or a rule across it does."""
    _, labels = cv2.connectedComponents(mask.astype(np.uint8), connectivity=8)
    edge = np.unique(np.concatenate([labels[:, 0], labels[:, -1], labels[-1, :]]))
    edge = edge[edge > 0]
    out: np.ndarray = np.isin(labels, edge) if len(edge) else np.zeros(mask.shape, bool)
    return out


def surround(dark: np.ndarray, side: int, rim: int) -> np.ndarray:
    """Where ``dark`` (a strip's ink) is past the paper's edge: solid areas a ``side``
    square fits in that run out of the strip (the table or floor a photographed
    paper lies on, its shadow; printed strokes are far thinner), and ink within
    ``rim`` samples of them (their ragged rim)."""
    ink = dark.astype(np.uint8)
    solid = running_out(cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((side, side), np.uint8)))
    if not solid.any():
        return solid
    grown = cv2.dilate(solid.astype(np.uint8), np.ones((2 * rim + 1, 2 * rim + 1), np.uint8))
    out: np.ndarray = (grown > 0) & (ink > 0)
    return out
