"""Running the engine for the window: analysis jobs, their progress, and reading pages back.

One ``AnalyzeJob`` per document (a newer one replaces an older one); results
count only if they come from the job that is still current for the document.
Each page's findings are shown as soon as detection has them, marked as being
checked, and updated when the check of the masked result ends. The document on
screen goes first: choosing another one moves its job ahead of the waiting ones.
The page on screen is read again from its file by a ``PixelsJob`` when needed.
"""

from __future__ import annotations

import contextlib
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from redactor.core.errors import EngineMissingError, RedactorError
from redactor.core.policy import with_categories
from redactor.gui import dialogs
from redactor.gui.document import DocState, Document
from redactor.gui.error_words import error_text
from redactor.gui.qtimage import rgb_to_qimage
from redactor.gui.workers import AnalyzeJob, Loaded, PagePixels, PagePlanned, PixelsJob

if TYPE_CHECKING:
    from redactor.gui.main_window import MainWindow

translate = QCoreApplication.translate


class AnalysisQueue(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.jobs: dict[int, AnalyzeJob] = {}
        self.batch: set[int] = set()
        self.errors: list[tuple[str, str]] = []
        self.pixel_jobs: dict[int, PixelsJob] = {}
        self._engine_warning_shown = False
        window.session.currentChanged.connect(self.bring_forward)

    # ------------------------------------------------------------- analysis
    def queue(self, doc: Document) -> None:
        w = self.w
        old = self.jobs.pop(doc.id, None)
        if old is not None:
            old.token.cancel()
        pages = (  # a document with a file is read again from it
            [doc.pixels[i] for i in range(doc.page_count)] if doc.path is None else None
        )
        job = AnalyzeJob(w.analysis_settings(), path=doc.path, pages=pages)
        did = doc.id
        job.signals.loaded.connect(lambda loaded, d=did, j=job: self.on_loaded(d, j, loaded))
        job.signals.planned.connect(lambda page, d=did, j=job: self.on_planned(d, j, page))
        job.signals.progress.connect(lambda v, d=did, j=job: self.on_progress(d, j, v))
        job.signals.finished.connect(lambda plans, d=did, j=job: self.on_analysed(d, j, plans))
        job.signals.failed.connect(lambda err, d=did, j=job: self.on_failed(d, j, err))
        job.signals.cancelled.connect(lambda d=did, j=job: self.on_cancelled(d, j))
        self.jobs[did] = job
        self.batch.add(did)
        doc.progress = 0.0  # not the 100% of its last analysis
        doc.set_state(DocState.QUEUED)
        w.runner.start(job)
        self.update_progress()

    def expect(self, docs: list[Document]) -> None:
        """``docs`` are being counted and analysed next: the progress counts them already."""
        self.batch.update(d.id for d in docs)
        self.update_progress()

    def bring_forward(self, doc: Document | None) -> None:
        """The document on screen is analysed next if its job is still waiting."""
        job = self.jobs.get(doc.id) if doc is not None else None
        if job is not None:
            self.w.runner.bring_forward(job)

    def _live(self, doc_id: int, job: AnalyzeJob) -> Document | None:
        """The document, if this job is still the one that counts for it."""
        if self.jobs.get(doc_id) is not job:
            return None
        return self.w.docs.get(doc_id)

    def on_loaded(self, doc_id: int, job: AnalyzeJob, loaded: Loaded) -> None:
        doc = self._live(doc_id, job)
        if doc is None:
            return
        doc.thumbnail = rgb_to_qimage(loaded.thumbnail)
        # only the document on screen keeps its pixels; the others are read again when needed
        first_size = (int(loaded.first.shape[1]), int(loaded.first.shape[0]))
        doc.set_layout(
            loaded.count, loaded.save_format, loaded.suffix, first_size, loaded.pdf_page_sizes
        )
        if doc is self.w.current and doc.page_index == 0:
            doc.set_page_pixels(0, loaded.first)
        doc.set_state(DocState.ANALYSING)
        self.ensure_pixels(doc)

    def on_planned(self, doc_id: int, job: AnalyzeJob, page: PagePlanned) -> None:
        """A page's findings (not checked yet, or checked): on screen at once. The chosen
        categories are applied as they are now: the user may have changed them meanwhile."""
        doc = self._live(doc_id, job)
        if doc is None:
            return
        chosen = with_categories(page.plan.findings, self.w.analysis_settings())
        if page.complete and not page.checked:  # detection is done: the page is in its check now
            from redactor.core.pipeline import DETECT_DONE

            doc.progress = max(doc.progress, (page.index + DETECT_DONE) / max(1, doc.page_count))
        doc.set_page_plan(page.index, replace(page.plan, findings=chosen), page.checked)
        self.update_progress()

    def on_progress(self, doc_id: int, job: AnalyzeJob, value: float) -> None:
        doc = self._live(doc_id, job)
        if doc is None:
            return
        if doc.state == DocState.QUEUED:
            doc.state = DocState.ANALYSING
        doc.set_progress(value)
        self.update_progress()

    def on_analysed(self, doc_id: int, job: AnalyzeJob, plans) -> None:
        doc = self._live(doc_id, job)
        if doc is None:
            return
        del self.jobs[doc_id]
        doc.progress = 1.0
        settings = self.w.analysis_settings()
        doc.set_plans([replace(p, findings=with_categories(p.findings, settings)) for p in plans])
        self.update_progress()

    def on_failed(self, doc_id: int, job: AnalyzeJob, err) -> None:
        doc = self._live(doc_id, job)
        if doc is None:
            return
        del self.jobs[doc_id]
        message = error_text(err, doc.name)  # in the window's language
        doc.set_state(DocState.FAILED, message)
        if isinstance(err, EngineMissingError):
            if not self._engine_warning_shown:
                self._engine_warning_shown = True
                dialogs.error(
                    self.w,
                    translate("MainWindow", "Text recognition is not available"),
                    translate(
                        "MainWindow",
                        "The text recognition engine could not be started. If you chose Tesseract in the "
                        "settings, install Tesseract OCR with the Chinese language data, or switch back to the "
                        "built-in RapidOCR engine.",
                    ),
                    err.message,  # the details: what to install, in the engine's words
                )
        else:
            self.errors.append((doc.name, message))
        self.update_progress()

    def refuse(self, doc: Document, err: RedactorError) -> None:
        """``doc`` is not analysed at all (too many pages): failed, listed with the others."""
        message = error_text(err, doc.name)
        doc.set_state(DocState.FAILED, message)
        self.errors.append((doc.name, message))
        self.update_progress()

    def on_cancelled(self, doc_id: int, job: AnalyzeJob) -> None:
        doc = self._live(doc_id, job)
        if doc is None:
            return
        del self.jobs[doc_id]
        doc.set_state(DocState.CANCELLED)
        self.update_progress()

    def on_idle(self) -> None:
        """Every job has reported back: list what could not be processed, once."""
        self.batch.clear()
        errors, self.errors = self.errors, []
        if not errors:
            return
        shown = "\n".join(f"• {_with_name(name, msg)}" for name, msg in errors[:12])
        more = len(errors) - 12
        if more > 0:
            shown += "\n" + translate("MainWindow", "… and %1 more").replace("%1", str(more))
        dialogs.error(
            self.w,
            translate("MainWindow", "Some images could not be processed"),
            translate(
                "MainWindow",
                "Redactor could not read or analyse these images. They were not changed:",
            )
            + "\n\n"
            + shown,
        )

    def cancel(self) -> None:
        self.w.runner.cancel_all()
        # A file still waiting for its page count would be queued when its count comes
        # in (a large folder is counted while the first files are analysed): cancel it now.
        for doc in self.w.docs.values():
            if doc.state == DocState.COUNTING:
                doc.set_state(DocState.CANCELLED)
        self.w.show_status(translate("MainWindow", "Cancelling…"))

    def forget(self, doc: Document) -> None:
        """``doc`` is closed: stop its jobs."""
        job = self.jobs.pop(doc.id, None)
        if job is not None:
            job.token.cancel()
        self.batch.discard(doc.id)
        self.pixel_jobs.pop(doc.id, None)

    def reanalyse_current(self) -> None:
        doc = self.w.current
        busy = (DocState.COUNTING, DocState.ANALYSING, DocState.CHECKING)
        if doc is not None and doc.state not in busy:  # one being counted is queued once counted
            self.queue(doc)

    def reanalyse_all(self) -> None:
        """Analyse every open image again, the one on screen first."""
        current = self.w.current
        docs = sorted(self.w.docs.values(), key=lambda d: d is not current)
        for doc in docs:
            if doc.state in (DocState.READY, DocState.CANCELLED):
                self.queue(doc)

    def update_progress(self) -> None:
        w = self.w
        w.progress.setVisible(w.runner.busy and bool(self.batch))
        w.progress_label.setVisible(w.runner.busy and bool(self.batch))
        w.cancel_button.setVisible(bool(self.jobs))
        w.act_cancel.setEnabled(bool(self.jobs))
        docs = [w.docs[i] for i in self.batch if i in w.docs]
        if not docs:
            return
        active = (DocState.COUNTING, DocState.QUEUED, DocState.ANALYSING, DocState.CHECKING)
        done = sum(1.0 if d.state not in active else d.progress for d in docs)
        w.progress.setValue(int(1000 * done / len(docs)))
        finished = sum(1 for d in docs if d.state not in active)
        w.progress_label.setText(
            translate("MainWindow", "%1 of %2 images")
            .replace("%1", str(finished))
            .replace("%2", str(len(docs)))
        )

    # --------------------------------------------------------------- pixels
    def ensure_pixels(self, doc: Document | None) -> None:
        """Read the page on screen again in the background if it is not in memory."""
        if (
            doc is None
            or doc is not self.w.current
            or doc.has_pixels
            or doc.path is None
            or not doc.page_count
            or doc.state == DocState.FAILED
        ):
            return
        running = self.pixel_jobs.get(doc.id)
        if running is not None and running.index == doc.page_index:
            return
        page = doc.page_index
        job = PixelsJob(doc.path, page, doc.page_count, doc.page_size(page))
        did = doc.id
        job.signals.finished.connect(lambda pages, d=did, j=job: self._on_pixels(d, j, pages))
        job.signals.failed.connect(lambda err, d=did, j=job: self._on_pixels_failed(d, j, err))
        self.pixel_jobs[did] = job
        self.w.runner.start(job)

    def _on_pixels(self, doc_id: int, job: PixelsJob, page: PagePixels) -> None:
        if self.pixel_jobs.get(doc_id) is not job:
            return
        del self.pixel_jobs[doc_id]
        doc = self.w.docs.get(doc_id)
        if doc is None or doc is not self.w.current or doc.page_index != page.index:
            return  # the user moved on: do not hold pixels nobody looks at
        with contextlib.suppress(ValueError):  # analysed again meanwhile with other pages
            doc.set_page_pixels(page.index, page.pixels)

    def _on_pixels_failed(self, doc_id: int, job: PixelsJob, err) -> None:
        if self.pixel_jobs.get(doc_id) is not job:
            return
        del self.pixel_jobs[doc_id]
        doc = self.w.docs.get(doc_id)
        if doc is not None:
            doc.set_state(DocState.FAILED, error_text(err, doc.name))


def _with_name(name: str, message: str) -> str:
    """ "broken.jpg: not an image file" — the engine's message may already start with the name."""
    return message if message.startswith(f"{name}:") else f"{name}: {message}"
