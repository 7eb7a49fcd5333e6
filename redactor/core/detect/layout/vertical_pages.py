"""Text written a quarter turn from the rest of the page, read in a frame of its own.

Chinese household papers (gift ledgers, condolence books, couplets, red envelopes)
are written in columns, top to bottom, the columns right to left. The OCR boxes such
a column as one line read downwards (its quad's first edge runs down the page, a box
per character stacked along it: ocr/rapid.py ``_cut``), so a line's own angle says
which way it reads. The layout rules assume horizontal rows; :mod:`page` turns the
page by its lines' median angle, which makes a page written wholly in columns a page
of rows read top to bottom (the right-most column first). This module handles the
page that mixes the two: a block of columns on a page printed across (or a few rows
printed across on a page written in columns).

* a **turned line** runs about a quarter turn from the page's median angle and holds
  at least two CJK characters (a lone tall digit or mark is boxed downwards too);
* the turned lines form a **region** when at least three of them stand as
  neighbouring columns (in their own frame: rows one under the other, overlapping
  along the text); a heading printed down a form's margin stands alone and stays
  part of the page, where the rules that read such headings expect it;
* the region's boxes are measured in its own frame and then **set apart**, below the
  rest of the page with a wide margin, so that no rule pairs a column with a row of
  the page. Findings are character spans of the lines, so the masks are drawn from
  each line's own character boxes, in the page's coordinates, with nothing to map back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from redactor.core.detect.layout.frame import Geo, box_in_frame
from redactor.core.detect.tables.text_folding import is_cjk
from redactor.core.models import OcrLine

#: How far a line's angle may stand from a quarter turn off the page's, in degrees.
_TURN_SLACK = 20.0
_MIN_CJK = 2
#: Columns side by side that make a region of columns, not a heading down a margin.
_MIN_COLUMNS = 3
#: Widest gap between neighbouring columns, in column widths (text heights).
_COLUMN_GAP = 1.5
#: The margin left between the page and a region set apart, in text heights.
_APART = 20.0


@dataclass(frozen=True, slots=True)
class Region:
    """Lines read in a frame of their own, and that frame's angle (degrees)."""

    lines: frozenset[int]
    angle: float


def _off_by(angle: float, page: float) -> float:
    """How far ``angle`` stands from ``page``, in degrees (0..180)."""
    return abs((angle - page + 180.0) % 360.0 - 180.0)


def turned(line: OcrLine, page_angle: float) -> bool:
    """``line`` reads a quarter turn from the page's direction, and is CJK text."""
    if sum(1 for ch in line.text if is_cjk(ch)) < _MIN_CJK:
        return False
    return abs(_off_by(line.quad.angle, page_angle) - 90.0) <= _TURN_SLACK


def turned_region(lines: Sequence[OcrLine], page_angle: float) -> Region | None:
    """The page's turned lines that stand as columns side by side, with their frame's
    angle, or ``None`` when no three of them do."""
    cands = [k for k, ln in enumerate(lines) if turned(ln, page_angle)]
    if len(cands) < _MIN_COLUMNS:
        return None
    angles = sorted(lines[k].quad.angle for k in cands)
    angle = angles[len(angles) // 2]
    boxes = {k: box_in_frame(lines[k], angle) for k in cands}
    kept: set[int] = set()
    for group in _neighbours(boxes):
        if len(_rows(group, boxes)) >= _MIN_COLUMNS:
            kept |= group
    return Region(frozenset(kept), angle) if kept else None


def _touch(a: Geo, b: Geo) -> bool:
    """Neighbouring columns (rows in their own frame): overlapping along the text, with
    at most a narrow gap across it; or parts of one column with a narrow gap between."""
    th = max(a.th, b.th)
    along = min(a.x1, b.x1) - max(a.x0, b.x0)
    across = max(a.y0 - b.y1, b.y0 - a.y1)
    if along > 0 and across <= _COLUMN_GAP * th:
        return True
    return a.same_row(b) and -along <= 2 * th


def _neighbours(boxes: dict[int, Geo]) -> list[set[int]]:
    """The boxes grouped by chains of neighbours."""
    left = set(boxes)
    groups: list[set[int]] = []
    while left:
        todo = [left.pop()]
        group = set(todo)
        while todo:
            k = todo.pop()
            near = {j for j in left if _touch(boxes[k], boxes[j])}
            left -= near
            group |= near
            todo.extend(near)
        groups.append(group)
    return groups


def _rows(group: set[int], boxes: dict[int, Geo]) -> list[list[int]]:
    """The group's boxes by row of their frame (columns of the page)."""
    rows: list[list[int]] = []
    for k in sorted(group, key=lambda k: boxes[k].y0 + boxes[k].y1):
        if rows and boxes[k].same_row(boxes[rows[-1][-1]]):
            rows[-1].append(k)
        else:
            rows.append([k])
    return rows


def set_apart(page: Sequence[Geo], region: Sequence[Geo]) -> list[Geo]:
    """The region's boxes moved below the page's, level with its left edge, a wide
    margin between: one sheet, two parts no rule reads as one."""
    if not region:
        return []
    if not page:
        return list(region)
    th = max(b.th for b in (*page, *region))
    dx = min(b.x0 for b in page) - min(b.x0 for b in region)
    dy = max(b.y1 for b in page) + _APART * th - min(b.y0 for b in region)
    return [replace(b, x0=b.x0 + dx, y0=b.y0 + dy, x1=b.x1 + dx, y1=b.y1 + dy) for b in region]
