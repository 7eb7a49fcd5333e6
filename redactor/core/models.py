"""Frozen data types shared by the engine, the CLI and the GUI.

Coordinates are always pixels of the *upright* image (after EXIF orientation).
A Quad lists its corners clockwise from the top-left of the text as read, so a
rotated line keeps its reading direction (p0 -> p1 runs along the text).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # review.py imports this module; at run time only the name is needed
    from redactor.core.review import Reason

Point = tuple[float, float]


class Category(StrEnum):
    NAME = "name"
    PHONE = "phone"
    ADDRESS = "address"
    DOOR = "door"
    ID_NUMBER = "id_number"
    CARD_NUMBER = "card_number"
    EMAIL = "email"
    TRACKING = "tracking"
    CODE = "code"
    FACE = "face"
    CUSTOM = "custom"
    MANUAL = "manual"


#: Categories that are masked unless the user turns them off.
DEFAULT_CATEGORIES: frozenset[Category] = frozenset(Category) - {Category.CUSTOM, Category.MANUAL}
#: Personal data proper (used for the "core" quality figures).
CORE_CATEGORIES: frozenset[Category] = frozenset(
    {
        Category.NAME,
        Category.PHONE,
        Category.ADDRESS,
        Category.DOOR,
        Category.ID_NUMBER,
        Category.CARD_NUMBER,
        Category.EMAIL,
    }
)


def parse_categories(text: str) -> frozenset[Category]:
    """Parse a comma list such as ``"phone,name"``; ``all`` means every default one."""
    out: set[Category] = set()
    for raw in text.split(","):
        word = raw.strip().lower()
        if not word:
            continue
        if word == "all":
            out |= DEFAULT_CATEGORIES
            continue
        try:
            out.add(Category(word))
        except ValueError:
            valid = ", ".join(c.value for c in Category)
            raise ValueError(f"unknown category '{word}' (choose from: {valid}, all)") from None
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class Quad:
    """A quadrilateral: four (x, y) corners, clockwise from the text's top-left."""

    points: tuple[Point, Point, Point, Point]

    @staticmethod
    def from_points(pts: Iterable[Iterable[float]]) -> Quad:
        p = tuple((float(x), float(y)) for x, y in pts)
        if len(p) != 4:
            raise ValueError("a quad needs exactly four points")
        return Quad(p)

    @staticmethod
    def from_bbox(x0: float, y0: float, x1: float, y1: float) -> Quad:
        return Quad(((x0, y0), (x1, y0), (x1, y1), (x0, y1)))

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        xs = [p[0] for p in self.points]
        ys = [p[1] for p in self.points]
        return min(xs), min(ys), max(xs), max(ys)

    @property
    def center(self) -> Point:
        return (
            sum(p[0] for p in self.points) / 4.0,
            sum(p[1] for p in self.points) / 4.0,
        )

    @property
    def width(self) -> float:
        """Length along the reading direction."""
        (a, b, c, d) = self.points
        return (_dist(a, b) + _dist(d, c)) / 2.0

    @property
    def height(self) -> float:
        """Extent across the reading direction (the text height)."""
        (a, b, c, d) = self.points
        return (_dist(a, d) + _dist(b, c)) / 2.0

    @property
    def angle(self) -> float:
        """Reading direction in degrees (0 = left to right, 90 = top to bottom)."""
        (a, b, c, d) = self.points
        dx = (b[0] - a[0]) + (c[0] - d[0])
        dy = (b[1] - a[1]) + (c[1] - d[1])
        return math.degrees(math.atan2(dy, dx))

    @property
    def area(self) -> float:
        pts = self.points
        s = 0.0
        for i in range(4):
            x0, y0 = pts[i]
            x1, y1 = pts[(i + 1) % 4]
            s += x0 * y1 - x1 * y0
        return abs(s) / 2.0

    def padded(self, along: float, across: float) -> Quad:
        """Grow the quad by ``along`` px at both ends and ``across`` px above and below."""
        return self.padded_sides(along, across, across)

    def padded_sides(self, along: float, above: float, below: float) -> Quad:
        """Grow the quad by ``along`` px at both ends, ``above`` px over its top edge
        and ``below`` px under its bottom edge (in its own reading frame)."""
        (a, b, c, d) = self.points
        ux, uy = self.axes[0]
        vx, vy = self.axes[1]
        return Quad(
            (
                (a[0] - ux * along - vx * above, a[1] - uy * along - vy * above),
                (b[0] + ux * along - vx * above, b[1] + uy * along - vy * above),
                (c[0] + ux * along + vx * below, c[1] + uy * along + vy * below),
                (d[0] - ux * along + vx * below, d[1] - uy * along + vy * below),
            )
        )

    @property
    def axes(self) -> tuple[Point, Point]:
        """Unit vectors along the reading direction and across it, downwards."""
        (a, b, c, d) = self.points
        u = _unit(((b[0] - a[0]) + (c[0] - d[0]), (b[1] - a[1]) + (c[1] - d[1])))
        v = _unit(((d[0] - a[0]) + (c[0] - b[0]), (d[1] - a[1]) + (c[1] - b[1])))
        return u, v

    def split(self, n: int) -> tuple[Quad, ...]:
        """``n`` equal quads side by side along the reading direction (e.g. one per character)."""
        (a, b, c, d) = self.points

        def at(p: Point, q: Point, t: float) -> Point:
            return (p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t)

        return tuple(
            Quad((at(a, b, i / n), at(a, b, (i + 1) / n), at(d, c, (i + 1) / n), at(d, c, i / n)))
            for i in range(n)
        )

    def map(self, fn: Callable[[Point], Point]) -> Quad:
        a, b, c, d = self.points
        return Quad((fn(a), fn(b), fn(c), fn(d)))

    def scaled(self, factor: float) -> Quad:
        return self.map(lambda p: (p[0] * factor, p[1] * factor))

    def as_list(self) -> list[list[float]]:
        return [[round(x, 1), round(y, 1)] for x, y in self.points]


def _dist(p: Point, q: Point) -> float:
    return math.hypot(q[0] - p[0], q[1] - p[1])


def _unit(v: Point) -> Point:
    n = math.hypot(v[0], v[1]) or 1.0
    return (v[0] / n, v[1] / n)


def span_quad(quads: Sequence[Quad]) -> Quad:
    """The quad covering consecutive character quads of one text line.

    Uses the first character's leading edge and the last one's trailing edge,
    widened across to the tallest character, so rotated text stays tight.
    """
    if not quads:
        raise ValueError("empty span")
    first, last = quads[0], quads[-1]
    a, _, _, d = first.points
    _, b, c, _ = last.points
    q = Quad((a, b, c, d))
    tallest = max(x.height for x in quads)
    extra = max(0.0, (tallest - q.height) / 2.0)
    return q.padded(0.0, extra) if extra > 0.5 else q


@dataclass(frozen=True, slots=True)
class OcrLine:
    """One recognised text line with a quad per character (``len(chars) == len(text)``)."""

    text: str
    confidence: float
    quad: Quad
    chars: tuple[Quad, ...]

    def span(self, start: int, end: int) -> Quad:
        """Quad over characters ``text[start:end]``.

        A span that reaches either end of the text reaches that end of the
        line's box too: the recogniser sometimes drops the last characters of a
        crop ("188*" for "188****7298"), and the box still covers them.
        """
        q = span_quad(self.chars[start:end])
        at_start = not self.text[:start].strip()
        at_end = not self.text[end:].strip()
        if not (at_start or at_end):
            return q
        a, b, c, d = q.points
        la, lb, lc, ld = self.quad.points
        if at_start:
            a, d = la, ld
        if at_end:
            b, c = lb, lc
        return Quad((a, b, c, d))

    @property
    def height(self) -> float:
        return self.quad.height


def body_height(lines: Sequence[OcrLine]) -> float:
    """The median text height of a page's lines (0 without lines): its body text size."""
    heights = sorted(ln.height for ln in lines)
    return heights[len(heights) // 2] if heights else 0.0


class Origin(StrEnum):
    """What found a region: the first part of its source's report form."""

    OCR = "ocr"  # the text read on the page
    VERIFY = "verify"  # the text read again on the masked page
    CODE = "code"  # barcodes and QR codes in the pixels
    FACE = "face"  # a face photo in the pixels
    MANUAL = "manual"  # a box drawn by hand


@dataclass(frozen=True, slots=True)
class Source:
    """Where a finding came from. ``str()`` gives the stable report form, "ocr:phone"."""

    origin: Origin
    rule: str = ""  # the recognizer or detector within the origin ("phone", "qr", ...)
    # Seeded where a label's value could not be read: the mask covers ink, not text.
    unread: bool = False

    def __str__(self) -> str:
        return f"{self.origin.value}:{self.rule}" if self.rule else self.origin.value


MANUAL_SOURCE = Source(Origin.MANUAL)


@dataclass(frozen=True, slots=True)
class Finding:
    """A region to mask. Carries no recognised text by design (reports must not leak it)."""

    category: Category
    quad: Quad
    score: float
    source: Source
    enabled: bool = True
    text_height: float = 0.0  # height of the text it covers, drives padding and mask strength
    # What a lighter masking policy (policy.py) masks of this value instead of the
    # whole quad: e.g. a name but its first character. ``()`` masks nothing of it;
    # ``None`` means there is no lighter form and the whole quad is masked.
    partial: tuple[Quad, ...] | None = None
    # The most margin its mask may take over and under its quad (px), when the usual
    # padding would cover a printed label on the next line; ``None``: the usual padding.
    # Never less than nothing: the quad itself is always masked.
    room: tuple[float, float] | None = None

    def with_enabled(self, enabled: bool) -> Finding:
        return replace(self, enabled=enabled)


class PageStatus(StrEnum):
    VERIFIED = "verified"
    NEEDS_REVIEW = "needs_review"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class PagePlan:
    """What analysis decided for one page: the regions to mask and how sure it is."""

    width: int
    height: int
    findings: tuple[Finding, ...]
    status: PageStatus = PageStatus.NEEDS_REVIEW
    #: Why a person should look at this page (see review.py); empty when it can be trusted.
    reasons: tuple[Reason, ...] = field(default_factory=tuple)
    rotation: int = 0  # clockwise turn that made the page upright for OCR
    #: The recognised text, in memory only: the window shows what each finding covers.
    #: Never written (reports and the audit log are built from findings and counts).
    lines: tuple[OcrLine, ...] = field(default=(), repr=False, compare=False)

    def enabled_findings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.enabled)
