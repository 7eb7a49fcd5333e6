"""One opened image and its editable list of regions (the GUI's model).

A document holds the size of each upright page, the analysis plan of each page
and the regions the user sees and edits. Full pixels are kept only for the page
on screen (all pages when there is no file to read them back from): a batch of
50 phone photos or a 50-page PDF would otherwise hold gigabytes, and the list
needs only thumbnails. Regions wrap core ``Finding`` objects with a
stable id so the canvas, the findings panel and undo commands can refer to the
same item. All mutation goes through :class:`Document` methods (used by the
undo commands) so every view is told by the ``changed`` signal.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from redactor.core.models import Finding, PagePlan, PageStatus
from redactor.core.review import Reason, ReasonKind
from redactor.gui.qtcompat import emit

_ids = itertools.count(1)

Size = tuple[int, int]  # (width, height) in pixels


def new_id() -> int:
    return next(_ids)


@dataclass(frozen=True, slots=True)
class Region:
    id: int
    finding: Finding


class DocState(StrEnum):
    QUEUED = "queued"
    ANALYSING = "analysing"
    READY = "ready"
    FAILED = "failed"
    CANCELLED = "cancelled"


class Status(StrEnum):
    """What the file list shows."""

    QUEUED = "queued"
    ANALYSING = "analysing"
    NEEDS_REVIEW = "needs_review"
    VERIFIED = "verified"
    SAVED = "saved"
    FAILED = "failed"
    CANCELLED = "cancelled"


class Document(QObject):
    changed = Signal()  # regions or pages changed
    statusChanged = Signal()

    def __init__(self, path: Path | None, name: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.id = new_id()
        self.path = path
        self.name = name or (path.name if path else "image")
        self.paste_number: int | None = None  # "Pasted image N": renamed on a language switch
        self.page_count = 0
        self.page_sizes: list[Size | None] = []  # (width, height) of each upright page, once known
        self.pdf_page_sizes: tuple[tuple[float, float], ...] | None = None  # points, for PDF output
        self.pixels: dict[int, np.ndarray] = {}  # full pages held in memory, by page index
        self.plans: list[PagePlan | None] = []
        self.regions: list[list[Region]] = []
        #: per page, region id -> the analysed finding it first showed (to tell user edits)
        self._origin: list[dict[int, Finding]] = []
        self.save_format = "PNG"
        self.suffix = ".png"
        self.state = DocState.QUEUED
        self.error = ""
        self.progress = 0.0
        self.saved_to: Path | None = None
        self.page_index = 0
        self.thumbnail = None  # QImage, set by the main window
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)

    # ----------------------------------------------------------------- loading
    def set_layout(
        self,
        count: int,
        save_format: str,
        suffix: str,
        first_size: Size | None = None,
        pdf_page_sizes: tuple[tuple[float, float], ...] | None = None,
    ) -> None:
        """What opening the file found: its pages and output format. Pixels come separately."""
        if count != self.page_count:
            self.plans = [None] * count
            self.regions = [[] for _ in range(count)]
            self._origin = [{} for _ in range(count)]
            self.page_sizes = [None] * count
        self.page_count = count
        if first_size is not None and count:
            self.page_sizes[0] = first_size
        self.save_format, self.suffix = save_format, suffix
        self.pdf_page_sizes = pdf_page_sizes
        self.page_index = min(self.page_index, max(0, count - 1))
        self.pixels = {}
        emit(self.changed)

    def set_pages(self, pages: list[np.ndarray], save_format: str, suffix: str) -> None:
        """Pages given as pixels (a pasted image): they have no file, so they stay in memory."""
        self.set_layout(len(pages), save_format, suffix)
        self.page_sizes = [size_of(p) for p in pages]
        self.pixels = dict(enumerate(pages))
        emit(self.changed)

    def set_page_pixels(self, page: int, pixels: np.ndarray) -> None:
        """Hold ``page`` (read again from the file) instead of any other page of the file."""
        known = self.page_sizes[page]
        if known is not None and known != size_of(pixels):
            raise ValueError("the page differs from the analysed one")
        self.page_sizes[page] = size_of(pixels)
        if self.path is not None:
            self.pixels = {}
        self.pixels[page] = pixels
        emit(self.changed)

    def release_pixels(self, keep: int | None = None) -> bool:
        """Drop pages other than ``keep`` if they can be read back from the file; True if any."""
        if self.path is None:
            return False
        dropped = [p for p in self.pixels if p != keep]
        for p in dropped:
            del self.pixels[p]
        return bool(dropped)

    @property
    def has_pixels(self) -> bool:
        """The page on screen is in memory."""
        return self.page_index in self.pixels

    def page_size(self, page: int) -> Size | None:
        return self.page_sizes[page] if 0 <= page < self.page_count else None

    def set_plans(self, plans: list[PagePlan]) -> None:
        """Install analysis results. The user's work belongs to the document, not to one
        analysis: boxes drawn by hand, findings unticked, moved or deleted carry over to
        the new results (see :func:`carry_over`), and the undo history stays."""
        for i, plan in enumerate(plans):
            self.plans[i] = plan
            self.page_sizes[i] = (plan.width, plan.height)
            self.regions[i], self._origin[i] = carry_over(
                self.regions[i], self._origin[i], plan.findings
            )
        self.state = DocState.READY
        self.saved_to = None  # the new results are not what was saved
        emit(self.changed)
        emit(self.statusChanged)

    def set_state(self, state: DocState, error: str = "") -> None:
        self.state = state
        self.error = error
        emit(self.statusChanged)

    def set_progress(self, value: float) -> None:
        self.progress = value
        emit(self.statusChanged)

    def mark_saved(self, dest: Path) -> None:
        self.saved_to = dest
        self.undo_stack.setClean()
        emit(self.statusChanged)

    def _on_clean_changed(self, clean: bool) -> None:
        if not clean and self.saved_to is not None:
            self.saved_to = None
            emit(self.statusChanged)

    # ------------------------------------------------------------------ status
    @property
    def has_unsaved_edits(self) -> bool:
        """Edits made since the last save, also while the image is analysed again."""
        return self.page_count > 0 and not self.undo_stack.isClean()

    @property
    def is_ready(self) -> bool:
        return self.state == DocState.READY and self.page_count > 0

    @property
    def needs_review(self) -> bool:
        return any(p is not None and p.status != PageStatus.VERIFIED for p in self.plans)

    @property
    def status(self) -> Status:
        if self.state == DocState.FAILED:
            return Status.FAILED
        if self.state == DocState.CANCELLED:
            return Status.CANCELLED
        if self.state == DocState.QUEUED:
            return Status.QUEUED
        if self.state == DocState.ANALYSING:
            return Status.ANALYSING
        if self.saved_to is not None:
            return Status.SAVED
        return Status.NEEDS_REVIEW if self.needs_review else Status.VERIFIED

    def page_status(self, page: int) -> PageStatus | None:
        plan = self.plans[page] if 0 <= page < len(self.plans) else None
        return plan.status if plan is not None else None

    def flagged_pages(self) -> list[int]:
        """Pages the analysis was not sure about (status needs_review)."""
        return [i for i in range(self.page_count) if self.page_status(i) == PageStatus.NEEDS_REVIEW]

    def masked_count(self, page: int) -> int:
        return sum(1 for r in self.page_regions(page) if r.finding.enabled)

    @property
    def reasons(self) -> tuple[Reason, ...]:
        """The pages' reasons for review, each kind once (the first page's count)."""
        out: dict[ReasonKind, Reason] = {}
        for p in self.plans:
            for r in p.reasons if p is not None else ():
                out.setdefault(r.kind, r)
        return tuple(out.values())

    # ----------------------------------------------------------------- regions
    def page_regions(self, page: int | None = None) -> list[Region]:
        page = self.page_index if page is None else page
        if 0 <= page < len(self.regions):
            return self.regions[page]
        return []

    def locate(self, region_id: int) -> tuple[int, int]:
        for p, regions in enumerate(self.regions):
            for i, r in enumerate(regions):
                if r.id == region_id:
                    return p, i
        raise KeyError(region_id)

    def region(self, region_id: int) -> Region:
        p, i = self.locate(region_id)
        return self.regions[p][i]

    def insert_region(self, page: int, region: Region, index: int | None = None) -> None:
        regions = self.regions[page]
        regions.insert(len(regions) if index is None else index, region)
        emit(self.changed)

    def remove_region(self, region_id: int) -> tuple[int, int, Region]:
        p, i = self.locate(region_id)
        region = self.regions[p].pop(i)
        emit(self.changed)
        return p, i, region

    def replace_finding(self, region_id: int, finding: Finding) -> Finding:
        p, i = self.locate(region_id)
        old = self.regions[p][i].finding
        self.regions[p][i] = Region(region_id, finding)
        emit(self.changed)
        return old

    def plan_for_page(self, page: int) -> PagePlan:
        """The plan to mask with: analysis results as edited by the user."""
        base = self.plans[page]
        findings = tuple(r.finding for r in self.regions[page])
        if base is None:
            width, height = self.page_sizes[page] or (0, 0)
            return PagePlan(width, height, findings)
        return replace(base, findings=findings)


def size_of(pixels: np.ndarray) -> Size:
    return (int(pixels.shape[1]), int(pixels.shape[0]))


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
        if now is None:
            continue  # deleted by the user: stays deleted
        if now.finding != was:
            f = _edited(f, was, now.finding)
        out.append(Region(rid, f))
        new_origin[rid] = f
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
