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

from dataclasses import replace
from enum import StrEnum
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from redactor.core.models import Finding, PagePlan, PageStatus
from redactor.core.policy import with_categories
from redactor.core.review import Reason, ReasonKind
from redactor.core.settings import Settings
from redactor.gui.qtcompat import emit
from redactor.gui.regions import Region, carry_over, new_id

Size = tuple[int, int]  # (width, height) in pixels


class DocState(StrEnum):
    COUNTING = "counting"  # listed; its pages are being counted from the file's header
    QUEUED = "queued"
    ANALYSING = "analysing"
    CHECKING = "checking"  # findings shown; the masked result is still being verified
    READY = "ready"
    FAILED = "failed"
    CANCELLED = "cancelled"


class Status(StrEnum):
    """What the file list shows."""

    COUNTING = "counting"
    QUEUED = "queued"
    ANALYSING = "analysing"
    CHECKING = "checking"
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
        self.pages_found = 0  # counted from the file's header when opened (0: not known)
        self.page_sizes: list[Size | None] = []  # (width, height) of each upright page, once known
        self.pdf_page_sizes: tuple[tuple[float, float], ...] | None = None  # points, for PDF output
        self.pixels: dict[int, np.ndarray] = {}  # full pages held in memory, by page index
        self.plans: list[PagePlan | None] = []
        self.checking: set[int] = set()  # pages whose findings are not verified yet
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
        self.seen_pages: set[int] = set()  # pages shown with their findings
        self._seen_when_saved: frozenset[int] = frozenset()
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
            self.checking = set()
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
            self._install(i, plan)
        self.checking.clear()
        self.state = DocState.READY
        self.saved_to = None  # the new results are not what was saved
        emit(self.changed)
        emit(self.statusChanged)

    def set_page_plan(self, page: int, plan: PagePlan, checked: bool) -> None:
        """Install one page's results while the analysis goes on: first as detection found
        them (``checked`` False: shown and editable, marked as being checked), then with
        the check's verdict and any masks it added. The user's edits carry over."""
        self._install(page, plan)
        if checked:
            self.checking.discard(page)
        else:
            self.checking.add(page)
        self.state = DocState.CHECKING
        self.saved_to = None
        emit(self.changed)
        emit(self.statusChanged)

    def apply_categories(self, settings: Settings) -> bool:
        """Enable the findings of the categories chosen in ``settings`` and disable the
        others, as a new analysis would but without one; the user's edits carry over.
        True if anything changed."""
        changed = False
        for i, plan in enumerate(self.plans):
            if plan is None:
                continue
            findings = with_categories(plan.findings, settings)
            if findings != plan.findings:
                self._install(i, replace(plan, findings=findings))
                changed = True
        if changed:
            self.saved_to = None  # what was saved masks other categories
            emit(self.changed)
            emit(self.statusChanged)
        return changed

    def _install(self, page: int, plan: PagePlan) -> None:
        self.plans[page] = plan
        self.page_sizes[page] = (plan.width, plan.height)
        self.regions[page], self._origin[page] = carry_over(
            self.regions[page], self._origin[page], plan.findings
        )

    def set_state(self, state: DocState, error: str = "") -> None:
        self.state = state
        self.error = error
        emit(self.statusChanged)

    def set_progress(self, value: float) -> None:
        self.progress = value
        emit(self.statusChanged)

    def mark_saved(self, dest: Path) -> None:
        self.saved_to = dest
        self._seen_when_saved = frozenset(self.seen_pages)
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
        """Analysed and checked: what can be saved."""
        return self.state == DocState.READY and self.page_count > 0

    @property
    def is_checking(self) -> bool:
        """Findings are shown while the analysis still checks them (or reads other pages)."""
        return self.state == DocState.CHECKING

    @property
    def shows_findings(self) -> bool:
        """The page on screen has findings to show and edit (checked or not yet)."""
        return (
            self.state in (DocState.READY, DocState.CHECKING)
            and 0 <= self.page_index < len(self.plans)
            and self.plans[self.page_index] is not None
        )

    @property
    def needs_review(self) -> bool:
        return any(
            self.page_status(i) not in (None, PageStatus.VERIFIED) for i in range(len(self.plans))
        )

    @property
    def status(self) -> Status:
        if self.state == DocState.FAILED:
            return Status.FAILED
        if self.state == DocState.CANCELLED:
            return Status.CANCELLED
        if self.state == DocState.COUNTING:
            return Status.COUNTING
        if self.state == DocState.QUEUED:
            return Status.QUEUED
        if self.state == DocState.ANALYSING:
            return Status.ANALYSING
        if self.state == DocState.CHECKING:
            return Status.CHECKING
        if self.saved_to is not None and not self.pages_to_review():
            return Status.SAVED
        return Status.NEEDS_REVIEW if self.needs_review else Status.VERIFIED

    def page_status(self, page: int) -> PageStatus | None:
        """The page's verdict; None before it is known (not analysed, or being checked)."""
        plan = self.plans[page] if 0 <= page < len(self.plans) else None
        if plan is None or page in self.checking:
            return None
        return plan.status

    def flagged_pages(self) -> list[int]:
        """Pages the analysis was not sure about (status needs_review)."""
        return [i for i in range(self.page_count) if self.page_status(i) == PageStatus.NEEDS_REVIEW]

    def pages_to_review(self) -> list[int]:
        """Flagged pages still to look at: all of them until the image is saved; after a
        save (by "Save all", say) those nobody had had on screen: a save settles only what
        was looked at before it."""
        flagged = self.flagged_pages()
        if self.saved_to is None:
            return flagged
        return [p for p in flagged if p not in self._seen_when_saved]

    @property
    def unsaved(self) -> bool:
        """Edits not written yet, or an image with no file at all (pasted) never saved."""
        never_saved = self.path is None and self.saved_to is None
        return self.has_unsaved_edits or (never_saved and self.page_count > 0)

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
