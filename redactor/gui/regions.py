"""Regions: the findings a user sees and edits, each with a stable id, and how the
user's edits are carried over a new analysis of the same page."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace

from redactor.core.models import Finding

_ids = itertools.count(1)


def new_id() -> int:
    return next(_ids)


@dataclass(frozen=True, slots=True)
class Region:
    id: int
    finding: Finding


#: Two findings of the same category overlapping this much are the same finding.
SAME_FINDING_IOU = 0.5


def carry_over(
    regions: list[Region], origin: dict[int, Finding], findings: tuple[Finding, ...]
) -> tuple[list[Region], dict[int, Finding]]:
    """New analysis ``findings`` with the user's edits of the old ``regions`` on top.

    A new finding that matches an old one keeps its region id (so undo commands still
    find it); if the user had unticked or moved that one, the new one is too; if the
    user deleted it, it stays deleted. Boxes drawn by hand and edited findings that
    the new analysis no longer finds stay as the user left them.
    """
    current = {r.id: r for r in regions}
    out: list[Region] = []
    new_origin: dict[int, Finding] = {}
    used: set[int] = set()
    for f in findings:
        rid = _match(f, origin, used)
        if rid is None:
            rid = new_id()
            out.append(Region(rid, f))
            new_origin[rid] = f
            continue
        used.add(rid)
        was, now = origin[rid], current.get(rid)
        # the origin stays what analysis found, so the edit is still told apart next time
        new_origin[rid] = f
        if now is None:
            continue  # deleted by the user: stays deleted
        if now.finding != was:
            f = _edited(f, was, now.finding)
        out.append(Region(rid, f))
    for r in regions:
        if r.id in used:
            continue
        if r.id not in origin or r.finding != origin[r.id]:  # drawn or edited by hand
            out.append(r)
    return out, new_origin


def _edited(new: Finding, was: Finding, now: Finding) -> Finding:
    if now.quad != was.quad:  # moved or resized by hand: the user's box, masked whole
        return replace(new, quad=now.quad, partial=None, enabled=now.enabled)
    return new.with_enabled(now.enabled)


def _match(f: Finding, origin: dict[int, Finding], used: set[int]) -> int | None:
    best, best_iou = None, SAME_FINDING_IOU
    for rid, o in origin.items():
        if rid in used or o.category != f.category:
            continue
        iou = _iou(o.quad.bbox, f.quad.bbox)
        if iou >= best_iou:
            best, best_iou = rid, iou
    return best


def _iou(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    inter = w * h
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union > 0 else 0.0
