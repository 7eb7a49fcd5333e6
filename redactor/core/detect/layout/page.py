"""One page's OCR lines as the layout rules see them.

A :class:`Sheet` holds each line's text and labels, its box in the page's
reading frame (lines rotated by the dominant text angle, so a label photographed
sideways groups like a scan) and the spans the rules have found so far.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field, replace
from typing import TypeVar, cast

# Geo is re-exported: the layout rules import it from here.
from redactor.core.detect.layout.frame import Geo as Geo
from redactor.core.detect.layout.frame import box_in_frame
from redactor.core.detect.layout.labels import Field, find_fields, is_heading, split_label_field
from redactor.core.detect.layout.vertical_pages import set_apart, turned_region
from redactor.core.detect.spans import Span
from redactor.core.models import OcrLine

T = TypeVar("T")

_LABEL_ONLY = re.compile(r"\s*[^:：]{1,12}[:：]\s*")  # "日期：" beside "签收人：" is another label


_PITCH_CHARS = 4
#: The OCR's own confidence under which a line's reading says nothing of its text.
DOUBTED = 0.6
#: The widest gap between a box and the box stacked right under it, in line heights.
_STACK_GAP = 1.3


def starts_after(g: Geo, c: Geo) -> bool:
    """Box ``c`` starts after box ``g`` ends, or reaches back into it by at most a line
    height with most of it beyond (boxes of a photo, or one inflated by a mark, overlap)."""
    back = g.x1 - c.x0
    return back <= 0.5 * g.h or (back <= g.h and c.x1 - g.x1 >= 1.5 * back)


def reading_frame(lines: list[OcrLine]) -> list[Geo]:
    """Each line's box with the page turned by its lines' median angle; a block of
    columns written a quarter turn from the rest is measured in its own frame and set
    apart below the page (vertical_pages.py)."""
    angles = [ln.quad.angle for ln in lines if len(ln.text) >= 3]
    page_angle = _median(angles) if angles else 0.0
    region = turned_region(lines, page_angle)
    own = region.lines if region is not None else frozenset()
    rest = [k for k in range(len(lines)) if k not in own]
    boxes = {k: box_in_frame(lines[k], page_angle) for k in rest}
    if region is not None:
        mine = sorted(own)
        moved = set_apart(
            list(boxes.values()), [box_in_frame(lines[k], region.angle) for k in mine]
        )
        boxes.update(zip(mine, moved, strict=True))
    out = []
    for k, ln in enumerate(lines):
        n = len(ln.text.strip())
        out.append(replace(boxes[k], pitch=ln.quad.width / n if n >= _PITCH_CHARS else 0.0))
    return out


def _median(v: list[float]) -> float:
    v = sorted(v)
    n = len(v)
    return v[n // 2] if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2


def _row_end(i: int, geo: list[Geo]) -> int:
    """The last box on line ``i``'s row (line ``i`` itself when nothing follows it)."""
    g = geo[i]
    row = [k for k, c in enumerate(geo) if c.x0 >= g.x0 and g.same_row(c)]
    return max(row, key=lambda k: geo[k].x1, default=i)


def line_above(i: int, geo: list[Geo]) -> int | None:
    """The line right above line ``i``, starting near its left edge (a wrapped line's first half)."""
    g = geo[i]
    best = None
    for k, c in enumerate(geo):
        # Boxes of wrapped lines may overlap a little on a tilted photo.
        gap = g.y0 - c.y1
        if k == i or not (-0.3 * g.th <= gap <= 1.2 * g.th) or abs(c.x0 - g.x0) > 2 * g.th:
            continue
        if best is None or c.y1 > geo[best].y1:
            best = k
    return best


@dataclass(frozen=True, slots=True)
class Sheet:
    """The page being read; ``out`` and ``address_lines`` fill up as rules run."""

    texts: list[str]
    fields: list[list[Field]]  # computed once per line: every rule consults them
    geo: list[Geo]
    confidence: list[float]  # the OCR's confidence in each line's reading
    out: dict[int, list[Span]]
    address_lines: set[int]
    #: What rules work out of the page and ask for again (``remembered``): one dict a
    #: page, shared by the drafts the plan's steps read (``dataclasses.replace`` keeps
    #: it), gone with the page, never seen by another.
    memo: dict[Hashable, object] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, lines: list[OcrLine], texts: list[str]) -> Sheet:
        geo = reading_frame(lines)
        fields = [find_fields(t) for t in texts]
        for i, t in enumerate(texts):
            if not fields[i]:
                above = line_above(i, geo)
                # The label's first part ends the row above: its first box, or its last.
                split = next(
                    (
                        f
                        for k in ([above, _row_end(above, geo)] if above is not None else [])
                        if (f := split_label_field(t, texts[k]))
                    ),
                    None,
                )
                fields[i] = [split] if split else []
        confidence = [ln.confidence for ln in lines]
        return cls(texts, fields, geo, confidence, {i: [] for i in range(len(lines))}, set())

    def remembered(self, key: Hashable, work: Callable[[], T]) -> T:
        """``work()``, worked out once a page for ``key``. The key holds whatever of the
        findings so far (``out``, ``address_lines``: they grow step by step) the work
        reads; what it reads of the page's lines is the same for every step."""
        if key not in self.memo:
            self.memo[key] = work()
        return cast(T, self.memo[key])

    def doubted(self, i: int) -> bool:
        return self.confidence[i] < DOUBTED

    def before_label(self, i: int) -> int:
        """Where line ``i``'s first label starts (its whole length when it has none)."""
        f = self.fields[i]
        return f[0].key_start if f else len(self.texts[i])

    def covered_before(self, i: int, end: int) -> bool:
        return any(sp.start < end for sp in self.out[i])

    def lines_below(self, i: int, max_lines: int, first_gap: float = 1.3) -> list[int]:
        """Lines stacked under line ``i`` with no wide vertical gap, nearest first
        (``first_gap``: the widest gap under line ``i`` itself, in line heights)."""
        geo = self.geo
        g = geo[i]
        result: list[int] = []
        cur = g
        for _ in range(max_lines):
            options = []
            for k, c in enumerate(geo):
                # Below means its middle is half a line under this one's (a tall box,
                # handwriting, may start above the line it is written under; the line
                # printed under such a box may reach up into it).
                if k == i or k in result or c.y0 + c.y1 < cur.y0 + cur.y1 + min(cur.h, c.h):
                    continue
                gap = c.y0 - cur.y1
                if gap > (first_gap if not result else 1.3) * max(cur.h, c.h):
                    continue
                if c.x0 > g.x1 + 2 * g.h or c.x1 < g.x0 - 2 * g.h:
                    continue  # another column
                if c.x0 < g.x0 - 6 * g.h:
                    continue
                # The nearest line wins, and among lines at that height the best aligned one
                # (heights compared in half the candidate's own text height: under a tall
                # box, the next line and the one after it are both within its height).
                options.append((round(gap / max(1.0, 0.5 * c.th)), abs(c.x0 - g.x0), k))
            if not options:
                break
            # Of the boxes on the nearest row at about its gap, the best aligned: a box
            # beside it that the detector drew a few pixels higher is the next column's.
            tier, _, first = min(options)
            row = [o for o in options if o[0] <= tier + 1 and geo[o[2]].same_row(geo[first])]
            nxt = min(row, key=lambda o: o[1])[2]
            result.append(nxt)
            cur = geo[nxt]
        return result

    def nearest_under(self, i: int, across: Callable[[Geo], bool]) -> int | None:
        """The nearest box stacked right under line ``i`` (its top no more than half a
        line into it, within the stacking gap) that ``across`` places under it."""
        g = self.geo[i]
        options = [
            (c.y0 - g.y1, k)
            for k, c in enumerate(self.geo)
            if k != i
            and c.y0 >= g.y1 - 0.5 * min(g.h, c.h)
            and c.y0 - g.y1 <= _STACK_GAP * max(g.h, c.h)
            and across(c)
        ]
        return min(options)[1] if options else None

    def value_beside(self, i: int, left: bool = False, reach: float = 6.0) -> int | None:
        """The nearest line to the right (or left) of line ``i`` on its row, if it is a
        plain value, at most ``reach`` text heights away."""
        g = self.geo[i].mirrored() if left else self.geo[i]
        best, best_key = None, (0, 0.0)
        for k, c in enumerate(self.geo):
            c = c.mirrored() if left else c
            if k == i or not starts_after(g, c):
                continue
            if not g.same_row(c) or c.x0 - g.x1 > reach * max(g.h, c.h):
                continue
            # The box best level with this one, then the nearest.
            key = (round(abs((c.y0 + c.y1) - (g.y0 + g.y1)) / max(1.0, g.th)), c.x0)
            if best is None or key < best_key:
                best, best_key = k, key
        if best is None:
            return None
        text, fields = self.texts[best], self.fields[best]
        if is_heading(text, fields) or _LABEL_ONLY.fullmatch(text):
            return None
        if fields and not text[: self.before_label(best)].strip():
            return None  # it starts with a label of its own
        return best

    def gap(self, i: int, j: int) -> float:
        """Horizontal gap between two boxes of one row."""
        a, b = self.geo[i], self.geo[j]
        return max(a.x0 - b.x1, b.x0 - a.x1)
