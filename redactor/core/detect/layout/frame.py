"""A line's box in a reading frame: the page turned so that its text runs left to
right (the frame of the page's own lines, or of a block of columns written a quarter
turn from them: vertical_pages.py)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from redactor.core.models import OcrLine


@dataclass(frozen=True, slots=True)
class Geo:
    """A line's box in the reading frame."""

    x0: float
    y0: float
    x1: float
    y1: float
    th: float  # text height (the box may be taller when the line is tilted)
    # Box width per character: the size of print, whatever the box's height (0 when
    # too few characters to tell).
    pitch: float = 0.0

    @property
    def h(self) -> float:
        return max(1.0, self.y1 - self.y0)

    @property
    def area(self) -> float:
        return max(1.0, self.x1 - self.x0) * self.h

    def mirrored(self) -> Geo:
        return Geo(-self.x1, self.y0, -self.x0, self.y1, self.th, self.pitch)

    def same_row(self, other: Geo) -> bool:
        """The two boxes overlap by half the shorter box's height: one printed row."""
        return min(self.y1, other.y1) - max(self.y0, other.y0) >= 0.5 * min(self.h, other.h)


def box_in_frame(line: OcrLine, angle: float) -> Geo:
    """``line``'s box with the page turned by ``-angle`` degrees (text read at ``angle``
    then runs left to right)."""
    theta = math.radians(angle)
    c, s = math.cos(-theta), math.sin(-theta)
    pts = [(x * c - y * s, x * s + y * c) for x, y in line.quad.points]
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return Geo(min(xs), min(ys), max(xs), max(ys), max(1.0, line.quad.height))
