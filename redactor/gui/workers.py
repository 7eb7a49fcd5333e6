"""Background jobs: load + analyse images and save masked copies off the UI thread.

Jobs are ``QRunnable`` objects run by ``QThreadPool``. They talk to the engine
through plain callables (progress, cancel) as the design asks, and report back
with Qt signals that are delivered on the UI thread (queued connections).
OCR runs one image at a time (``analysis_pool`` has one thread): the OCR
engines already use the machine's cores, and the UI thread stays free. Saving
has its own thread, and so has reading back the image being shown, so a
long "Save all" never delays opening the picture the user clicked.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from redactor.core.errors import CancelledError, RedactorError
from redactor.core.models import PagePlan
from redactor.core.settings import Settings
from redactor.gui.qtcompat import emit


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
    pages: list[np.ndarray]
    sizes: list[tuple[int, int]]  # (width, height) per page
    save_format: str
    suffix: str
    thumbnail: np.ndarray
    warnings: tuple[str, ...]


class FileChangedError(RedactorError):
    """The file on disk no longer matches what was analysed."""


def read_pages(path: Path, expected: list[tuple[int, int]] | None = None) -> list[np.ndarray]:
    """Read every upright page of ``path``; with ``expected``, refuse a file that changed."""
    from redactor.core.imageio import load_image

    pages = [p.pixels for p in load_image(path).pages]
    if expected is not None and [(int(p.shape[1]), int(p.shape[0])) for p in pages] != expected:
        raise FileChangedError(
            f"{path.name}: the file changed on disk after it was analysed; analyse it again (F5)"
        )
    return pages


def make_thumbnail(rgb: np.ndarray, size: int = 96) -> np.ndarray:
    from PIL import Image

    im = Image.fromarray(rgb)
    im.thumbnail((size, size))
    return np.ascontiguousarray(np.asarray(im.convert("RGB")))


def analyze_page(
    image: np.ndarray,
    settings: Settings,
    progress: Callable[[float], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> PagePlan:
    """Find what to mask on one page; with ``settings.verify`` the masked result is read again.

    The engine's ``redact_page`` adds what the check still finds to the plan and
    sets the page status (verified / needs review); the masked pixels it
    returns are not kept: the window masks again after the user's edits.
    """
    from redactor.core import pipeline

    _masked, plan = pipeline.redact_page(image, settings, progress=progress, cancel=cancel)
    return plan


class JobSignals(QObject):
    loaded = Signal(object)  # Loaded
    progress = Signal(float)
    finished = Signal(object)  # list[PagePlan] or Path
    failed = Signal(object)  # RedactorError-like: has .message; or str
    cancelled = Signal()


class _Job(QRunnable):
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


class AnalyzeJob(_Job):
    """Load ``path`` (unless pages are given) and analyse every page."""

    def __init__(
        self, settings: Settings, path: Path | None = None, pages: list[np.ndarray] | None = None
    ):
        super().__init__()
        self.settings = settings
        self.path = path
        self.pages = pages

    def work(self) -> None:
        from redactor.core.imageio import load_image

        pages = self.pages
        if pages is None:
            assert self.path is not None
            loaded = load_image(self.path)
            loaded_format = loaded.output_format
            notes = tuple(w for p in loaded.pages for w in p.warnings)
            pages = [p.pixels for p in loaded.pages]
            fmt, suffix = loaded_format
            sizes = [(int(p.shape[1]), int(p.shape[0])) for p in pages]
            emit(
                self.signals.loaded,
                Loaded(pages, sizes, fmt, suffix, make_thumbnail(pages[0]), notes),
            )
        if self.token.cancelled:
            raise CancelledError()
        n = len(pages)
        plans: list[PagePlan] = []
        for i, img in enumerate(pages):

            def page_progress(v: float, i: int = i) -> None:
                emit(self.signals.progress, (i + v) / n)

            plans.append(analyze_page(img, self.settings, page_progress, self.token))
        emit(self.signals.finished, plans)


class PixelsJob(_Job):
    """Read the full pages of a document again (it was released while not shown)."""

    def __init__(self, path: Path, sizes: list[tuple[int, int]]):
        super().__init__()
        self.path, self.sizes = path, sizes

    def work(self) -> None:
        emit(self.signals.finished, read_pages(self.path, self.sizes))


class SaveJob(_Job):
    """Mask every page with its plan and write the result atomically.

    Without ``pages`` the originals are read from ``source`` here, off the UI
    thread, and dropped once written.
    """

    def __init__(
        self,
        pages: list[np.ndarray] | None,
        plans: list[PagePlan],
        settings: Settings,
        dest: Path,
        save_format: str,
        forbidden: tuple[Path, ...],
        source: Path | None = None,
    ):
        super().__init__()
        if pages is None and source is None:
            raise ValueError("SaveJob needs pages or a source file")
        self.pages, self.plans, self.settings = pages, plans, settings
        self.dest, self.save_format, self.forbidden = dest, save_format, forbidden
        self.source = source

    def work(self) -> None:
        from redactor.core import pipeline
        from redactor.core.imageio import save_pages

        pages = self.pages
        if pages is None:
            assert self.source is not None
            pages = read_pages(self.source, [(p.width, p.height) for p in self.plans])
        masked = [
            pipeline.apply(img, plan, self.settings)
            for img, plan in zip(pages, self.plans, strict=True)
        ]
        del pages
        emit(self.signals.progress, 0.5)
        out = save_pages(masked, self.dest, self.save_format, forbidden=self.forbidden)
        emit(self.signals.finished, out)


class JobRunner(QObject):
    """Owns the thread pools and the jobs in flight; tells the window when it is idle."""

    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.analysis_pool = QThreadPool(self)
        self.analysis_pool.setMaxThreadCount(1)
        self.io_pool = QThreadPool(self)
        self.io_pool.setMaxThreadCount(1)
        self.view_pool = QThreadPool(self)
        self.view_pool.setMaxThreadCount(1)
        self._jobs: set[_Job] = set()

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    @property
    def pending(self) -> int:
        return len(self._jobs)

    def start(self, job: _Job) -> None:
        was_busy = self.busy
        self._jobs.add(job)
        for sig in (job.signals.finished, job.signals.failed, job.signals.cancelled):
            sig.connect(lambda *_a, j=job: self._done(j))
        if isinstance(job, AnalyzeJob):
            pool = self.analysis_pool
        elif isinstance(job, PixelsJob):
            pool = self.view_pool
        else:
            pool = self.io_pool
        pool.start(job)
        if not was_busy:
            emit(self.busyChanged, True)

    def _done(self, job: _Job) -> None:
        self._jobs.discard(job)
        if not self._jobs:
            emit(self.busyChanged, False)

    def cancel_all(self) -> None:
        for job in list(self._jobs):
            if isinstance(job, AnalyzeJob):
                job.token.cancel()

    def wait(self, msecs: int = 30000) -> None:
        self.cancel_all()
        self.analysis_pool.waitForDone(msecs)
        self.io_pool.waitForDone(msecs)
        self.view_pool.waitForDone(msecs)
