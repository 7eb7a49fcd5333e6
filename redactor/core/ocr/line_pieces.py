"""The parts of a page's known lines that opaque masks leave open.

After opaque masks (one colour) are painted, a line of the first read changed only
where a mask covers it: what is left of it is the stretches of the line between the
masks. The verification read can read those stretches as lines of their own,
cut where the first read found the line, instead of finding the lines again with the
detector: the detector saw these pixels unmasked already, and a mask only takes ink
away. A stretch runs a little into the mask it stops at (``REACH``), as a detector's
box does: a character the mask's padding clips is read, not cut in two; a stretch
too short to hold a character is not read.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import cv2
import numpy as np

#: Text heights a stretch runs into the mask it stops at.
REACH = 0.2
#: Text heights: a shorter stretch holds no character (and would be cut as a
#: vertical line: a crop 1.5 times taller than wide is read top to bottom).
MIN_PIECE = 0.75


def open_pieces(line: np.ndarray, masks: Sequence[np.ndarray]) -> list[np.ndarray]:
    """The quads (4 x 2, in reading order like ``line``) of the stretches of ``line``
    whose centre line no polygon of ``masks`` covers; ``line`` itself when none
    touches it."""
    a, b, c, d = (np.asarray(p, np.float64) for p in line)
    start, end = (a + d) / 2, (b + c) / 2
    length = float(np.linalg.norm(end - start))
    height = float(max(np.linalg.norm(a - d), np.linalg.norm(b - c)))
    if length < 1 or height < 1:
        return []
    n = max(2, math.ceil(length)) + 1
    ts = np.linspace(0.0, 1.0, n)
    centre = start[None, :] + ts[:, None] * (end - start)[None, :]
    covered = np.zeros(n, bool)
    for poly in masks:
        pts = np.asarray(poly, np.float32).reshape(-1, 1, 2)
        lo, hi = pts[:, 0].min(axis=0), pts[:, 0].max(axis=0)
        near = np.all((centre >= lo) & (centre <= hi), axis=1)  # in the polygon's box
        for i in np.flatnonzero(near & ~covered):
            p = (float(centre[i, 0]), float(centre[i, 1]))
            covered[i] = cv2.pointPolygonTest(pts, p, False) >= 0
    if not covered.any():
        return [np.asarray(line, np.float32)]
    reach, least = REACH * height / length, MIN_PIECE * height / length
    out = []
    for t0, t1 in _open_runs(ts, covered):
        if t1 - t0 < least:
            continue
        t0 = t0 if t0 == 0.0 else max(0.0, t0 - reach)  # a run that starts at a mask
        t1 = t1 if t1 == 1.0 else min(1.0, t1 + reach)
        corners = [a + (b - a) * t0, a + (b - a) * t1, d + (c - d) * t1, d + (c - d) * t0]
        out.append(np.array(corners, np.float32))
    return out


def _open_runs(ts: np.ndarray, covered: np.ndarray) -> list[tuple[float, float]]:
    """The (t0, t1) stretches of uncovered samples."""
    runs, begin = [], None
    for i, hidden in enumerate(covered):
        if not hidden and begin is None:
            begin = i
        if hidden and begin is not None:
            runs.append((float(ts[begin]), float(ts[i - 1])))
            begin = None
    if begin is not None:
        runs.append((float(ts[begin]), float(ts[-1])))
    return runs
