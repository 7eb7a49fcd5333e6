"""Background jobs: load + analyse images and save masked copies off the UI thread.

Jobs are ``QRunnable`` objects run by ``QThreadPool``. They talk to the engine
through plain callables (progress, cancel) as the design asks, and report back
with Qt signals that are delivered on the UI thread (queued connections).
OCR runs one image at a time (``analysis_pool`` has one thread): the OCR
engines already use the machine's cores, and the UI thread stays free. A page's
findings are sent as soon as detection has them, and again once the masked
result has been checked, so the window shows masks without waiting for the check; the
findings of the page's text go first, before the pixel steps add theirs. Saving
has its own thread, and so has reading back the image being shown, so a
long "Save all" never delays opening the picture the user clicked.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import ClassVar

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from redactor.core.errors import CancelledError, RedactorError
from redactor.core.models import Category, PagePlan, PageStatus
from redactor.core.settings import Settings
from redactor.gui.qtcompat import emit

translate = QCoreApplication.translate


class CancelToken:
    """A flag the engine polls through ``cancel()``; thread-safe."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    def __call__(self) -> bool:
        return self._event.is_set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


@dataclass(frozen=True)
class Loaded:
    """What opening a file found, sent before its pages are analysed."""

    count: int
    first: np.ndarray  # page 1, to show while the rest is analysed
    save_format: str
    suffix: str
    thumbnail: np.ndarray
    pdf_page_sizes: tuple[tuple[float, float], ...] | None = None  # points


@dataclass(frozen=True)
class PagePixels:
    index: int
    pixels: np.ndarray


class FileChangedError(RedactorError):
    """The file on disk no longer matches what was analysed."""


def _changed(path: Path) -> FileChangedError:
    return FileChangedError(
        translate(
            "Workers", "%1: the file changed on disk after it was analysed; analyse it again (F5)"
        ).replace("%1", path.name)
    )


def load_page_pixels(
    path: Path, index: int, count: int, size: tuple[int, int] | None
) -> np.ndarray:
    """Read one upright page of ``path``; refuse a file that no longer matches the analysis.

    For PDFs and multi-page TIFFs the engine decodes only the page asked for.
    """
    from redactor.core.imageio import load_image

    with load_image(path) as loaded:  # a multi-page file stays open until closed
        if len(loaded.pages) != count:
            raise _changed(path)
        pixels = loaded.pages[index].pixels
    if size is not None and (int(pixels.shape[1]), int(pixels.shape[0])) != size:
        raise _changed(path)
    return pixels


def make_thumbnail(rgb: np.ndarray, size: int = 96) -> np.ndarray:
    from PIL import Image

    im = Image.fromarray(rgb)
    im.thumbnail((size, size))
    return np.ascontiguousarray(np.asarray(im.convert("RGB")))


@dataclass(frozen=True)
class PagePlanned:
    """One page's plan: ``checked`` False when sent as detection found it (the masked
    result is still being verified), True with the verdict and what verification added.
    ``complete`` is False for the first findings, those of the page's text, sent while
    the pixel steps (codes, unread ink, signatures) still run."""

    index: int
    plan: PagePlan
    checked: bool
    complete: bool = True


def find_on_page(
    image: np.ndarray,
    settings: Settings,
    progress: Callable[[float], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    first: Callable[[PagePlan], None] | None = None,
) -> PagePlan:
    """Detection on one page, before any verification. Every category is looked for
    (barcodes too); those not chosen in ``settings`` come disabled, so choosing them
    later is a policy (``core.policy.with_categories``) and needs no new analysis.
    ``first`` receives the findings of the page's text before the pixel steps run."""
    from redactor.core import pipeline
    from redactor.core.policy import with_categories

    def chosen(plan: PagePlan) -> PagePlan:
        return replace(plan, findings=with_categories(plan.findings, settings))

    everything = replace(settings, categories=frozenset(Category))
    early = None if first is None else (lambda plan: first(chosen(plan)))
    return chosen(pipeline.analyze(image, everything, progress, cancel, first=early))


def check_page(
    image: np.ndarray,
    plan: PagePlan,
    settings: Settings,
    progress: Callable[[float], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> PagePlan:
    """Mask ``plan`` and read the masked result again (``settings.verify``): the plan
    with what the check added and the page status (verified / needs review). The
    masked pixels are not kept: the window masks again after the user's edits."""
    from redactor.core import pipeline

    _masked, checked = pipeline.check(image, plan, settings, progress=progress, cancel=cancel)
    return checked


class JobSignals(QObject):
    loaded = Signal(object)  # Loaded
    planned = Signal(object)  # PagePlanned: found, then checked, page by page
    progress = Signal(float)
    finished = Signal(object)  # list[PagePlan] or Path
    failed = Signal(object)  # RedactorError-like: has .message; or str
    cancelled = Signal()


class Job(QRunnable):
    #: The ``JobRunner`` pool it runs in: one thread each, so a long job of one kind
    #: never holds up another kind (a save, the page on screen, a page count).
    pool: ClassVar[str] = "io"
    #: Quitting stops it (its result is not needed); a save is let finish.
    stops_on_quit: ClassVar[bool] = False
    #: The Cancel button stops it: analyses, and the page counts that queue more of them.
    stops_on_cancel: ClassVar[bool] = False

    def __init__(self) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the Python side owns it until it reports back
        self.signals = JobSignals()
        self.token = CancelToken()

    def run(self) -> None:  # pragma: no cover - exercised through subclasses
        try:
            if self.token.cancelled:
                raise CancelledError()
            self.work()
        except CancelledError:
            emit(self.signals.cancelled)
        except RedactorError as exc:
            emit(self.signals.failed, exc)
        except MemoryError:
            emit(self.signals.failed, RedactorError("not enough memory for this image"))
        except Exception as exc:  # a bug: report it, do not kill the app
            traceback.print_exc()
            emit(self.signals.failed, RedactorError(f"internal error: {type(exc).__name__}: {exc}"))

    def work(self) -> None:
        raise NotImplementedError


class AnalyzeJob(Job):
    """Load ``path`` (unless pages are given) and analyse its pages one at a time."""

    pool = "analysis"
    stops_on_quit = True
    stops_on_cancel = True

    def __init__(
        self, settings: Settings, path: Path | None = None, pages: list[np.ndarray] | None = None
    ):
        super().__init__()
        self.settings = settings
        self.path = path
        self.pages = pages

    def work(self) -> None:
        from redactor.core.imageio import load_image

        if self.pages is not None:
            pages = self.pages
            count = len(pages)

            def page(i: int) -> np.ndarray:
                return pages[i]

        else:
            assert self.path is not None
            loaded = load_image(self.path)
            count = len(loaded.pages)
            first = loaded.pages[0].pixels
            fmt, suffix = loaded.output_format
            info = Loaded(
                count,
                first,
                fmt,
                suffix,
                make_thumbnail(first),
                getattr(loaded, "page_sizes", None),
            )
            emit(self.signals.loaded, info)
            del first, info

            def page(i: int) -> np.ndarray:
                return loaded.pages[i].pixels  # PDF and TIFF pages are decoded one by one

        plans: list[PagePlan] = []
        for i in range(count):
            if self.token.cancelled:
                raise CancelledError()

            def page_progress(v: float, i: int = i) -> None:
                emit(self.signals.progress, (i + v) / count)

            def first(plan: PagePlan, i: int = i) -> None:
                emit(self.signals.planned, PagePlanned(i, plan, checked=False, complete=False))

            pixels = page(i)
            found = find_on_page(pixels, self.settings, page_progress, self.token, first)
            emit(self.signals.planned, PagePlanned(i, found, checked=False))
            checked = check_page(pixels, found, self.settings, page_progress, self.token)
            emit(self.signals.planned, PagePlanned(i, checked, checked=True))
            plans.append(checked)
            del pixels
        emit(self.signals.finished, plans)


class PixelsJob(Job):
    """Read one page of a document again (pages not on screen are not kept)."""

    pool = "view"

    def __init__(self, path: Path, index: int, count: int, size: tuple[int, int] | None):
        super().__init__()
        self.path, self.index, self.count, self.size = path, index, count, size

    def work(self) -> None:
        pixels = load_page_pixels(self.path, self.index, self.count, self.size)
        emit(self.signals.finished, PagePixels(self.index, pixels))


class SaveJob(Job):
    """Mask every page with its (reviewed) plan and write the result atomically, through
    ``core.batch.write_planned`` as the command line writes its files: the result is a
    ``FileResult`` for the audit log. Without ``pages`` the originals are read from
    ``source`` here, off the UI thread, one page at a time."""

    def __init__(
        self,
        pages: list[np.ndarray] | None,
        plans: list[PagePlan],
        settings: Settings,
        dest: Path,
        save_format: str,
        source: Path | None = None,
    ):
        super().__init__()
        if pages is None and source is None:
            raise ValueError("SaveJob needs pages or a source file")
        self.pages, self.plans, self.settings = pages, plans, settings
        self.dest, self.save_format, self.source = dest, save_format, source

    def work(self) -> None:
        from redactor.core.batch import write_planned

        result = write_planned(
            self.source, self.plans, self.settings, self.dest, self.save_format, self.pages
        )
        if result.status is PageStatus.FAILED:
            emit(self.signals.failed, RedactorError(result.error or "not saved"))
        else:
            emit(self.signals.finished, result)


class JobRunner(QObject):
    """Owns the thread pools and the jobs in flight; tells the window when it is idle."""

    busyChanged = Signal(bool)
    POOLS = ("analysis", "io", "view", "count")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pools: dict[str, QThreadPool] = {}
        for name in self.POOLS:
            pool = QThreadPool(self)
            pool.setMaxThreadCount(1)
            self.pools[name] = pool
        self.analysis_pool = self.pools["analysis"]
        self._jobs: set[Job] = set()
        self._forward = 0  # priority of the last job brought forward

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    @property
    def pending(self) -> int:
        return len(self._jobs)

    def start(self, job: Job) -> None:
        was_busy = self.busy
        self._jobs.add(job)
        for sig in (job.signals.finished, job.signals.failed, job.signals.cancelled):
            sig.connect(lambda *_a, j=job: self._done(j))
        self.pools[job.pool].start(job)
        if not was_busy:
            emit(self.busyChanged, True)

    def bring_forward(self, job: AnalyzeJob) -> None:
        """Run ``job`` before the other waiting analyses (no effect once it has started)."""
        if self.analysis_pool.tryTake(job):
            self._forward += 1
            self.analysis_pool.start(job, self._forward)

    def _done(self, job: Job) -> None:
        self._jobs.discard(job)
        if not self._jobs:
            emit(self.busyChanged, False)

    def cancel_all(self) -> None:
        for job in list(self._jobs):
            if job.stops_on_cancel:
                job.token.cancel()

    def wait(self, msecs: int = 30000) -> None:
        for job in list(self._jobs):
            if job.stops_on_quit:
                job.token.cancel()
        for pool in self.pools.values():
            pool.waitForDone(msecs)
