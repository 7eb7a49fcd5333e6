"""Saving: where a masked copy goes (``core.naming``, as the CLI), asking, writing, telling.

The masked pages are written by a ``SaveJob`` off the UI thread, atomically,
never over the original. A save asked while an image's findings are still
being checked waits for the check (``after_check``), then goes on as usual.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from redactor.core.audit import write_audit
from redactor.core.batch import FileResult
from redactor.core.errors import RedactorError
from redactor.core.naming import output_path, unnamed_output_path
from redactor.gui import dialogs
from redactor.gui.after_check import AfterCheck
from redactor.gui.document import Document
from redactor.gui.notice_bar import open_folder
from redactor.gui.qtimage import rgb_to_qimage
from redactor.gui.workers import SaveJob

if TYPE_CHECKING:
    from redactor.gui.main_window import MainWindow

translate = QCoreApplication.translate


def destination(doc: Document, folder: Path | None) -> Path | None:
    """Where ``doc`` is saved without asking; None for a pasted image without an output folder."""
    if doc.path is None:
        return unnamed_output_path(doc.name, folder, doc.suffix) if folder is not None else None
    return output_path(doc.path, None, folder, doc.suffix)


@dataclass
class SaveAllRun:
    """One "Save all": what was asked, and what came back, for the summary."""

    pending: set[int]
    skipped: list[str] = field(default_factory=list)  # names, with the reason given once
    written: list[Path] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # name, message
    results: list[FileResult] = field(default_factory=list)  # for the audit log
    started: datetime = field(default_factory=lambda: datetime.now(UTC))


class SaveFlow:
    def __init__(self, window: MainWindow) -> None:
        self.w = window
        self.run: SaveAllRun | None = None
        self.after_check = AfterCheck(window)
        self.quit_after = False  # "Save all and quit": close once the run wrote everything
        #: opens the file manager on a saved file's folder (replaced in tests)
        self.open_folder = open_folder

    def default_destination(self, doc: Document) -> Path | None:
        return destination(doc, self.w.prefs.output_folder)

    def save_current(self, ask_path: bool = False) -> None:
        self.save_document(self.w.current, ask_path)

    def save_document(self, doc: Document | None, ask_path: bool = False) -> None:
        w = self.w
        if doc is not None and doc.is_checking:
            self.after_check.wait(doc.id, [doc], lambda: self._save_checked(doc, ask_path))
            w.show_status(
                translate("MainWindow", "“%1” will be saved once its check is done…").replace(
                    "%1", doc.name
                )
            )
            return
        if doc is None or not doc.is_ready:
            return
        if not self.review_ok(doc, copying=False):
            return
        doc.seen_pages.update(range(doc.page_count))  # warned, and saved this image knowingly
        dest = self.default_destination(doc)
        if ask_path or dest is None:
            start = dest or unnamed_output_path(
                doc.name, Path(w.prefs.last_folder or Path.home()), doc.suffix
            )
            name, _ = QFileDialog.getSaveFileName(
                w, translate("MainWindow", "Save masked image"), str(start)
            )
            if not name:
                return
            dest = Path(name)
            if not dest.suffix:
                dest = dest.with_suffix(doc.suffix)
        elif (
            dest.exists()
            and doc.saved_to != dest
            and not dialogs.confirm(
                w,
                translate("MainWindow", "Replace file?"),
                translate("MainWindow", "“%1” already exists. Replace it?").replace(
                    "%1", dest.name
                ),
                translate("MainWindow", "Replace"),
                translate("MainWindow", "Cancel"),
            )
        ):
            return
        self.start_save(doc, dest)

    def _save_checked(self, doc: Document, ask_path: bool) -> None:
        if doc.id not in self.w.docs:
            return
        if doc.is_ready:
            self.save_document(doc, ask_path)
        else:  # the check failed or was cancelled: nothing verified to write
            self.w.show_status(
                translate("MainWindow", "“%1” was not saved: its check did not finish.").replace(
                    "%1", doc.name
                )
            )

    def review_ok(self, doc: Document, copying: bool) -> bool:
        """For an image Redactor is not sure about, the warning before it leaves the window
        (saved or copied); True to go on. Enter means "Go back": the warning is to be read."""
        if not doc.needs_review:
            return True
        if copying:
            title = translate("MainWindow", "Check before copying")
            question = translate(
                "MainWindow",
                "Redactor is not sure it found everything on “%1”. Look over the preview (hold Space) "
                "and draw boxes over anything still visible. Copy anyway?",
            )
            yes = translate("MainWindow", "Copy anyway")
        else:
            title = translate("MainWindow", "Check before saving")
            question = translate(
                "MainWindow",
                "Redactor is not sure it found everything on “%1”. Look over the preview (hold Space) and "
                "draw boxes over anything still visible. Save anyway?",
            )
            yes = translate("MainWindow", "Save anyway")
        return dialogs.confirm(
            self.w,
            title,
            question.replace("%1", doc.name),
            yes,
            translate("MainWindow", "Go back"),
            default_yes=False,
        )

    def show_in_folder(self, path: Path) -> None:
        """Open the file manager on ``path``'s folder; without one, say where the file is."""
        if self.open_folder(path):
            return
        dialogs.info(
            self.w,
            translate("MainWindow", "Show in folder"),
            translate(
                "MainWindow", "No file manager could be opened. The file is here:\n%1"
            ).replace("%1", str(path)),
        )

    def save_all(self, then_quit: bool = False) -> None:
        """Save every analysed image not saved yet (images being checked are waited for
        first); with ``then_quit``, close the window when every image was written."""
        checking = [d for d in self.w.docs.values() if d.is_checking]
        if checking:
            self.after_check.wait("all", checking, lambda: self._save_all_ready(then_quit))
            self.w.show_status(translate("MainWindow", "Saving all once the checks are done…"))
            return
        self._save_all_ready(then_quit)

    def _save_all_ready(self, then_quit: bool = False) -> None:
        w = self.w
        self.quit_after = then_quit
        ready = [d for d in w.docs.values() if d.is_ready and d.saved_to is None]
        if not ready:
            w.show_status(translate("MainWindow", "Nothing to save."))
            self._quit_if_done()
            return
        review = [d for d in ready if d.needs_review]
        if review:
            choice = dialogs.choose(
                w,
                translate("MainWindow", "Some images need review"),
                translate(
                    "MainWindow",
                    "%1 of %2 images may still show personal data Redactor was not sure about.",
                )
                .replace("%1", str(len(review)))
                .replace("%2", str(len(ready))),
                [
                    translate("MainWindow", "Save all"),
                    translate("MainWindow", "Save only verified images"),
                ],
            )
            if choice < 0:
                self.quit_after = False
                return
            if choice == 1:
                ready = [d for d in ready if not d.needs_review]
        run = SaveAllRun(pending=set())
        run.skipped = [d.name for d in review if d not in ready]
        todo = []
        for doc in ready:
            dest = self.default_destination(doc)
            if dest is None:
                run.skipped.append(doc.name)
            else:
                todo.append((doc, dest))
                run.pending.add(doc.id)
        self.run = run
        for doc, dest in todo:
            self.start_save(doc, dest)
        if not run.pending:
            self._finish_run()

    def start_save(self, doc: Document, dest: Path) -> None:
        w = self.w
        plans = [doc.plan_for_page(i) for i in range(doc.page_count)]
        # pages not on screen are not in memory: the save job reads the file again
        pages = [doc.pixels[i] for i in range(doc.page_count)] if doc.path is None else None
        job = SaveJob(pages, plans, w.mask_settings(), dest, doc.save_format, source=doc.path)
        undo_index = doc.undo_stack.index()
        job.signals.finished.connect(lambda res, d=doc, i=undo_index: self._on_saved(d, res, i))
        job.signals.failed.connect(lambda err, d=doc: self._on_save_failed(d, err))
        w.show_status(translate("MainWindow", "Saving %1…").replace("%1", dest.name))
        w.runner.start(job)

    def _on_saved(self, doc: Document, result: FileResult, undo_index: int) -> None:
        w = self.w
        assert result.output is not None
        out = result.output
        if doc.id in w.docs and doc.undo_stack.index() == undo_index:
            doc.mark_saved(out)
        if self.run is not None and doc.id in self.run.pending:
            self.run.written.append(out)
            self.run.results.append(result)
            self._report_done(doc)
            return

        def text() -> str:
            return (
                translate("MainWindow", "Saved “%1” in %2")
                .replace("%1", out.name)
                .replace("%2", str(out.parent))
            )

        self.write_audit([result])
        w.notice.show_notice(text, out)
        w.show_status(text())

    def _on_save_failed(self, doc: Document, err) -> None:
        message = err.message if isinstance(err, RedactorError) else str(err)
        if self.run is not None and doc.id in self.run.pending:
            self.run.failed.append((doc.name, message))
            self._report_done(doc)
            return
        dialogs.error(
            self.w,
            translate("MainWindow", "Could not save"),
            translate("MainWindow", "“%1” was not saved.").replace("%1", doc.name),
            message,
        )

    def _report_done(self, doc: Document) -> None:
        assert self.run is not None
        self.run.pending.discard(doc.id)
        if not self.run.pending:
            self._finish_run()

    def _finish_run(self) -> None:
        """The Save-all summary: written (where), skipped, failed."""
        run, self.run = self.run, None
        assert run is not None
        w = self.w
        folders = sorted({str(p.parent) for p in run.written})
        lines = [
            translate("MainWindow", "Written: %1").replace("%1", str(len(run.written))),
            translate("MainWindow", "Skipped: %1").replace("%1", str(len(run.skipped))),
            translate("MainWindow", "Failed: %1").replace("%1", str(len(run.failed))),
        ]
        if folders:
            lines.append(translate("MainWindow", "Where: %1").replace("%1", "\n".join(folders)))
        details = []
        if run.skipped:
            details.append(
                translate(
                    "MainWindow",
                    "Skipped (need review, or pasted without an output folder: use Save as…):",
                )
            )
            details.extend(f"• {name}" for name in run.skipped)
        if run.failed:
            details.append(translate("MainWindow", "Not saved:"))
            details.extend(f"• {name}: {msg}" for name, msg in run.failed)
        details.extend(str(p) for p in run.written)
        audit = self.write_audit(run.results, run.started)
        if audit is not None:
            lines.append(translate("MainWindow", "Audit log: %1").replace("%1", str(audit)))
        text = "\n".join(lines)
        w.show_status(" · ".join(lines[:3]))  # not the last "Saving …" of the run
        if run.written:
            w.notice.show_notice(
                translate("MainWindow", "Save all: %1 written in %2")
                .replace("%1", str(len(run.written)))
                .replace("%2", ", ".join(folders)),
                run.written[0],
            )
        if self._quit_if_done():
            return
        if w.current is not None:
            w.navigator.on_status_changed(w.current)  # held back while the run wrote
        if dialogs.summary(
            w,
            translate("MainWindow", "Save all"),
            text,
            "\n".join(details),
            translate("MainWindow", "Show in folder") if run.written else "",
        ):
            self.show_in_folder(run.written[0])

    def _quit_if_done(self) -> bool:
        """After "Save all and quit": close the window if nothing is left unsaved."""
        quit_after, self.quit_after = self.quit_after, False
        if quit_after and not self.w.session.unsaved():
            self.w.close()
            return True
        return False

    def write_audit(
        self, results: list[FileResult], started: datetime | None = None
    ) -> Path | None:
        """The audit log (as ``redactor redact --audit``) when an audit folder is set."""
        folder = self.w.prefs.audit_folder
        if folder is None or not results:
            return None
        try:
            csv_path, _json = write_audit(folder, results, started or datetime.now(UTC))
        except (OSError, RedactorError) as exc:
            dialogs.error(
                self.w,
                translate("MainWindow", "Could not write the audit log"),
                str(folder),
                getattr(exc, "message", str(exc)),
            )
            return None
        return csv_path

    def copy_masked(self) -> None:
        w = self.w
        doc = w.current
        if doc is not None and doc.is_checking:  # nothing unverified leaves
            w.show_status(translate("MainWindow", "The image is still being checked; try again."))
            return
        if doc is None or (doc.is_ready and not self.review_ok(doc, copying=True)):
            return
        rgb = w.masked_current_page()
        if rgb is None:
            if w.current is not None and w.current.is_ready:
                w.show_status(translate("MainWindow", "The image is still opening; try again."))
            return
        QGuiApplication.clipboard().setImage(rgb_to_qimage(rgb))

        def text() -> str:
            return translate(
                "MainWindow",
                "The masked image of “%1” is on the clipboard: paste it where you share it.",
            ).replace("%1", doc.name)

        w.notice.show_notice(text)  # replaces the notice of an earlier save
        w.show_status(text())
