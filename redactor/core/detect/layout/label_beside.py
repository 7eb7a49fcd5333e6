"""The printed label a box stands beside: on a form's grid a label fills one cell and
its value the next on the row, each boxed alone by the OCR. Whatever masked the value's
box (a block, an address wrap), the label says what the value is."""

from __future__ import annotations

from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.layout.printed_labels import only_labels
from redactor.core.detect.tables.field_lexicon import LabelMatch, ValueKind

#: How far left of a value its label may end, in text heights (a form's cell is wide).
_REACH = 8.0
#: How far a label's box may reach into its value's (boxes drawn a little wide).
_OVERLAP = 0.5


def box_left_of(sheet: Sheet, i: int, reach: float = _REACH) -> int | None:
    """The nearest box ending left of line ``i`` on its printed row, within ``reach``."""
    g = sheet.geo[i]
    best = None
    for k, c in enumerate(sheet.geo):
        if k == i or c.x0 >= g.x0 or c.x1 > g.x0 + _OVERLAP * g.th or not g.same_row(c):
            continue
        if g.x0 - c.x1 > reach * max(g.th, c.th):
            continue
        if best is None or c.x1 > sheet.geo[best].x1:
            best = k
    return best


def label_beside(sheet: Sheet, i: int) -> LabelMatch | None:
    """The printed label whose value line ``i`` is: the last label of the box right left
    of it on its row, when nothing follows that label in its own box."""
    k = box_left_of(sheet, i)
    if k is None:
        return None
    labels = only_labels(sheet.texts[k])
    return labels[-1] if labels else None


#: How far above a value its stacked label may end, in text heights.
_ABOVE_GAP = 1.2
#: How far the label's left edge may stand from its value's, in text heights.
_ABOVE_ALIGN = 1.0


def box_above(sheet: Sheet, i: int) -> int | None:
    """The nearest box right above line ``i``, its left edge level with the line's (a
    form's cell: its label printed over its value)."""
    g = sheet.geo[i]
    best = None
    for k, c in enumerate(sheet.geo):
        gap = g.y0 - c.y1
        if k == i or not -0.3 * g.th <= gap <= _ABOVE_GAP * max(g.th, c.th):
            continue
        if abs(c.x0 - g.x0) > _ABOVE_ALIGN * max(g.th, c.th) or c.x1 <= g.x0:
            continue
        if best is None or c.y1 > sheet.geo[best].y1:
            best = k
    return best


def label_above(sheet: Sheet, i: int) -> LabelMatch | None:
    """The printed label stacked over line ``i``: one label alone in the box right above
    it, level with its left edge, with no value beside it on its own row (a grid's
    label has its value there, and the line under it is the next row's)."""
    k = box_above(sheet, i)
    if k is None or sheet.value_beside(k, reach=_REACH) is not None:
        return None
    labels = only_labels(sheet.texts[k])
    return labels[-1] if len(labels) == 1 else None


def ordinary_parts_under_a_list(sheet: Sheet, i: int) -> list[tuple[int, int]]:
    """The parts of line ``i`` that a list of labels stacked over it, split by slashes
    as the line is ("Make, model / Registration no." over "<make> <model> / <plate>"),
    says are no personal value: part by part, a part under labels all of which are of
    a non-personal kind. Any other count of parts, or a part under no label, or under
    a personal one, gives back nothing (fail closed)."""
    k = box_above(sheet, i)
    if k is None or sheet.value_beside(k, reach=_REACH) is not None:
        return []
    head = sheet.texts[k]
    labels = only_labels(head)
    if len(labels) < 2:
        return []
    cuts = [p for p, c in enumerate(head) if c in _SLASHES]
    text = sheet.texts[i]
    parts = _split(text, [p for p, c in enumerate(text) if c in _SLASHES])
    groups = _split(head, cuts)
    if len(parts) != len(groups) or len(parts) < 2:
        return []
    out = []
    for (a, b), (ga, gb) in zip(parts, groups, strict=True):
        under = [m for m in labels if m.start < gb and m.end > ga]
        if under and all(
            m.kind.category is None and m.kind is not ValueKind.HEADING for m in under
        ):
            # with the slashes beside it: the form's separators, no one's
            while a > 0 and text[a - 1] in _SEPARATORS:
                a -= 1
            while b < len(text) and text[b] in _SEPARATORS:
                b += 1
            out.append((a, b))
    return out


_SLASHES = frozenset("/／")
_SEPARATORS = frozenset(" /／")


def _split(text: str, cuts: list[int]) -> list[tuple[int, int]]:
    """``text`` cut at ``cuts`` (dropped), each piece without its outer spaces."""
    out, p = [], 0
    for c in [*cuts, len(text)]:
        piece = text[p:c]
        a = p + len(piece) - len(piece.lstrip())
        b = p + len(piece.rstrip())
        out.append((a, max(a, b)))
        p = c + 1
    return out
