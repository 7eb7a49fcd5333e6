"""Getting images into the window: open dialogs, folders, drops, the clipboard.

Folders are expanded by ``core.batch.collect_jobs``, the same function the
command line uses: the same files are found, our own outputs are skipped.
Each file is listed at once; its pages are counted off the UI thread
(``counting``), so its entry says how many while it waits, and long documents
are analysed only once the user agrees.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication, QMimeData, QUrl
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QFileDialog

from redactor.core.batch import collect_jobs
from redactor.core.imageio import SUPPORTED_SUFFIXES
from redactor.gui import dialogs
from redactor.gui.counting import PageCounting
from redactor.gui.document import DocState, Document
from redactor.gui.qtimage import qimage_to_rgb, rgb_to_qimage

if TYPE_CHECKING:
    from redactor.gui.main_window import MainWindow

translate = QCoreApplication.translate


class Intake:
    def __init__(self, window: MainWindow) -> None:
        self.w = window
        self.counting = PageCounting(window)

    def open_files_dialog(self) -> None:
        w = self.w
        patterns = " ".join(f"*{s}" for s in sorted(SUPPORTED_SUFFIXES))
        files, _ = QFileDialog.getOpenFileNames(
            w,
            translate("MainWindow", "Open images"),
            w.prefs.last_folder,
            translate("MainWindow", "Images (%1)").replace("%1", patterns)
            + ";;"
            + translate("MainWindow", "All files (*)"),
        )
        if files:
            w.prefs.last_folder = str(Path(files[0]).parent)
            self.open_paths([Path(f) for f in files])

    def open_folder_dialog(self) -> None:
        w = self.w
        folder = QFileDialog.getExistingDirectory(
            w, translate("MainWindow", "Open folder"), w.prefs.last_folder
        )
        if folder:
            w.prefs.last_folder = folder
            self.open_paths([Path(folder)])

    def open_paths(self, paths: list[Path]) -> list[Document]:
        """Open files and folders; files already open are selected, not opened twice.
        The new documents are listed at once, their pages still to be counted."""
        w = self.w
        jobs, problems = collect_jobs([Path(p) for p in paths], None)
        if problems:
            dialogs.error(
                w,
                translate("MainWindow", "Some files were not found"),
                "\n".join(problems),
            )
        if not jobs:
            if not problems:
                dialogs.info(
                    w,
                    translate("MainWindow", "No images"),
                    translate("MainWindow", "No images that Redactor can open were found there."),
                )
            return []
        already = w.session.open_by_path()
        new_docs: list[Document] = []
        first: Document | None = None
        for job in jobs:
            existing = already.get(job.source.resolve())
            if existing is not None:
                first = first or existing
                continue
            doc = Document(job.source, parent=w)
            doc.state = DocState.COUNTING
            w.add_document(doc)
            new_docs.append(doc)
            first = first or doc
        if new_docs:
            self.counting.count(new_docs)
        if first is not None and (w.current is None or new_docs):
            w.file_list.select_doc(first.id)
        w.update_ui()
        return new_docs

    def add_image(self, rgb: np.ndarray, name: str) -> Document:
        """Add an image that has no file (pasted or dropped from another program)."""
        from redactor.gui.workers import make_thumbnail

        w = self.w
        doc = Document(None, name=name, parent=w)
        pixels = np.ascontiguousarray(rgb[:, :, :3], dtype=np.uint8)
        doc.set_pages([pixels], "PNG", ".png")  # no file to read it back from: it stays in memory
        doc.thumbnail = rgb_to_qimage(make_thumbnail(pixels))
        w.add_document(doc)
        w.analysis.queue(doc)
        w.file_list.select_doc(doc.id)
        w.update_ui()
        return doc

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not self.accept_mime(mime, drop=True):
            self.w.show_status(translate("MainWindow", "The clipboard holds no image."))

    def accept_mime(self, mime: QMimeData, drop: bool) -> bool:
        urls = [u for u in mime.urls() if u.isLocalFile()]
        if urls:
            if drop:
                self.open_paths([Path(u.toLocalFile()) for u in urls])
            return True
        if mime.hasImage():
            if drop:
                image = mime.imageData()
                if not isinstance(image, QImage) or image.isNull():
                    return False
                number = self.w.session.next_paste_number()
                name = translate("MainWindow", "Pasted image %1").replace("%1", str(number))
                doc = self.add_image(qimage_to_rgb(image), name)
                doc.paste_number = number
            return True
        return False

    def retranslate_names(self) -> None:
        """ "Pasted image 2" follows the language, as the rest of the window."""
        for doc in self.w.docs.values():
            if doc.paste_number is not None:
                doc.name = translate("MainWindow", "Pasted image %1").replace(
                    "%1", str(doc.paste_number)
                )
                self.w.file_list.refresh(doc)

    def drop_urls(self, paths: list[Path]) -> None:
        """What a drop of files does (for tests and scripts)."""
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
        self.accept_mime(mime, drop=True)
