"""The main window: file list, canvas, findings panel, toolbar and the open/save flows."""

from __future__ import annotations

import contextlib
import os
from dataclasses import replace
from pathlib import Path

import numpy as np
from PySide6.QtCore import QMimeData, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeySequence,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from redactor.core.errors import EngineMissingError, RedactorError
from redactor.core.imageio import SUPPORTED_SUFFIXES, is_supported
from redactor.core.models import Category, Quad
from redactor.core.settings import MaskStyle, Preset, Settings
from redactor.gui import dialogs
from redactor.gui.about import show_about
from redactor.gui.canvas import Canvas
from redactor.gui.document import DocState, Document, Status
from redactor.gui.drop_zone import DropZone
from redactor.gui.edit_commands import (
    AddRegionCommand,
    delete_command,
    manual_finding,
    move_command,
    toggle_command,
)
from redactor.gui.file_list import FileList
from redactor.gui.findings_panel import FindingsPanel
from redactor.gui.icons import app_icon
from redactor.gui.prefs import Prefs
from redactor.gui.qtimage import qimage_to_rgb, rgb_to_qimage
from redactor.gui.settings_dialog import (
    ColorButton,
    SettingsDialog,
    mask_style_label,
    weak_mask_warning,
)
from redactor.gui.workers import AnalyzeJob, JobRunner, Loaded, SaveJob


def output_name(path: Path, suffix: str) -> Path:
    """``<stem>.redacted<suffix>`` next to ``path`` (core.naming when available)."""
    try:
        from redactor.core.naming import default_output_path
    except ImportError:  # pragma: no cover - until core.naming lands
        return path.with_name(f"{path.stem}.redacted{suffix}")
    return default_output_path(path, suffix)


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files as given (even unsupported ones, to report them) plus images found in folders."""
    out: list[Path] = []
    seen: set[Path] = set()
    for p in paths:
        if p.is_dir():
            found = sorted(
                (Path(root) / name for root, _dirs, names in os.walk(p) for name in names),
                key=lambda q: str(q).lower(),
            )
            candidates = [
                f
                for f in found
                if is_supported(f) and ".redacted." not in f.name and not f.name.startswith(".")
            ]
        else:
            candidates = [p]
        for f in candidates:
            key = f.resolve()
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out


class MainWindow(QMainWindow):
    def __init__(self, prefs: Prefs | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.prefs = prefs if prefs is not None else Prefs()
        self.runner = JobRunner(self)
        self.runner.busyChanged.connect(self._on_busy_changed)
        self.docs: dict[int, Document] = {}
        self.current: Document | None = None
        self._jobs: dict[int, AnalyzeJob] = {}
        self._batch: set[int] = set()
        self._batch_errors: list[tuple[str, str]] = []
        self._engine_warning_shown = False
        self._paste_count = 0
        self._shown_image_key: tuple | None = None
        self._docks_shown = True
        self.undo_group = QUndoGroup(self)

        self.setWindowTitle("Redactor")
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.resize(1280, 820)

        # central: empty state or canvas
        self.stack = QStackedWidget(self)
        self.drop_zone = DropZone(self)
        self.drop_zone.openFilesRequested.connect(self.open_files_dialog)
        self.drop_zone.openFolderRequested.connect(self.open_folder_dialog)
        self.canvas = Canvas(self)
        self.canvas.setAcceptDrops(False)
        self.canvas.viewport().setAcceptDrops(False)
        self.canvas.mask_provider = self.masked_current_page
        self.canvas.regionEdited.connect(self._on_region_edited)
        self.canvas.boxDrawn.connect(self._on_box_drawn)
        self.canvas.selectionChangedIds.connect(self._on_canvas_selection)
        self.canvas.previewChanged.connect(self._on_preview_changed)
        self.stack.addWidget(self.drop_zone)
        self.stack.addWidget(self.canvas)
        self.setCentralWidget(self.stack)

        # docks
        self.file_list = FileList(self)
        self.file_list.currentDocChanged.connect(self._on_file_selected)
        self.files_dock = QDockWidget(self.tr("Files"), self)
        self.files_dock.setObjectName("filesDock")
        self.files_dock.setWidget(self.file_list)
        self.files_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.files_dock)
        self.findings = FindingsPanel(self)
        self.findings.toggled.connect(self._on_toggled)
        self.findings.selectionChangedIds.connect(self._on_panel_selection)
        self.findings_dock = QDockWidget(self.tr("Findings"), self)
        self.findings_dock.setObjectName("findingsDock")
        self.findings_dock.setWidget(self.findings)
        self.findings_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.findings_dock)
        self.resizeDocks(
            [self.files_dock, self.findings_dock], [230, 290], Qt.Orientation.Horizontal
        )

        self._panel_timer = QTimer(self)
        self._panel_timer.setSingleShot(True)
        self._panel_timer.setInterval(0)
        self._panel_timer.timeout.connect(self._refresh_panel)

        self._create_actions()
        self._create_menus()
        self._create_toolbars()
        self._create_status_bar()
        self._restore_geometry()
        self._update_ui()

    # ================================================================ building
    def _action(
        self, text: str, slot, shortcut=None, tip: str = "", checkable: bool = False
    ) -> QAction:
        a = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                a.setShortcuts(shortcut)
            else:
                a.setShortcut(QKeySequence(shortcut))
        if tip:
            keys = a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            a.setToolTip(f"{tip} ({keys})" if keys else tip)
            a.setStatusTip(tip)
        a.setCheckable(checkable)
        if checkable:
            a.toggled.connect(slot)
        else:
            a.triggered.connect(slot)
        self.addAction(a)
        return a

    def _create_actions(self) -> None:
        S = QKeySequence.StandardKey
        self.act_open = self._action(
            self.tr("&Open…"), self.open_files_dialog, S.Open, self.tr("Open images")
        )
        self.act_open_folder = self._action(
            self.tr("Open &folder…"),
            self.open_folder_dialog,
            "Ctrl+Shift+O",
            self.tr("Open every image in a folder"),
        )
        self.act_paste = self._action(
            self.tr("&Paste image"), self.paste, S.Paste, self.tr("Add the image on the clipboard")
        )
        self.act_save = self._action(
            self.tr("&Save"), self.save_current, S.Save, self.tr("Save the masked image")
        )
        self.act_save_as = self._action(
            self.tr("Save &as…"),
            lambda: self.save_current(ask_path=True),
            "Ctrl+Shift+S",
            self.tr("Save the masked image as…"),
        )
        self.act_save_all = self._action(
            self.tr("Save a&ll"), self.save_all, "Ctrl+Alt+S", self.tr("Save every analysed image")
        )
        self.act_copy = self._action(
            self.tr("&Copy masked image"),
            self.copy_masked,
            "Ctrl+Shift+C",
            self.tr("Copy the masked image to the clipboard"),
        )
        self.act_close = self._action(
            self.tr("&Close image"),
            self.close_current,
            S.Close,
            self.tr("Remove the image from the list"),
        )
        self.act_settings = self._action(
            self.tr("S&ettings…"), self.open_settings, S.Preferences, self.tr("Settings")
        )
        if self.act_settings.shortcut().isEmpty():
            self.act_settings.setShortcut(QKeySequence("Ctrl+,"))
        self.act_quit = self._action(self.tr("&Quit"), self.close, S.Quit)

        self.act_undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcuts(QKeySequence.StandardKey.Undo)
        self.act_redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addAction(self.act_undo)
        self.addAction(self.act_redo)
        self.act_draw = self._action(
            self.tr("&Draw box"),
            self.canvas_set_draw_mode,
            "B",
            self.tr("Draw a box over anything else to hide"),
            checkable=True,
        )
        self.act_delete = self._action(
            self.tr("De&lete box"),
            self.delete_selected,
            [QKeySequence(S.Delete), QKeySequence("Backspace")],
            self.tr("Delete the selected boxes"),
        )
        self.act_reanalyse = self._action(
            self.tr("Analyse &again"),
            self.reanalyse_current,
            "F5",
            self.tr("Run the detection again on this image"),
        )
        self.act_cancel = self._action(
            self.tr("Cancel analysis"),
            self.cancel_analysis,
            "Ctrl+.",
            self.tr("Stop analysing the images still waiting"),
        )

        self.act_preview = self._action(
            self.tr("&Preview masked"),
            self.canvas_set_preview,
            "P",
            self.tr("Show the image as it will be saved (or hold Space)"),
            checkable=True,
        )
        self.act_fit = self._action(
            self.tr("&Fit to window"), lambda: self.canvas.fit(), "Ctrl+0", self.tr("Fit to window")
        )
        self.act_100 = self._action(
            self.tr("&Actual size"),
            lambda: self.canvas.zoom_100(),
            "Ctrl+1",
            self.tr("Actual size (100%)"),
        )
        self.act_zoom_in = self._action(
            self.tr("Zoom &in"), lambda: self.canvas.zoom_by(1.25), S.ZoomIn, self.tr("Zoom in")
        )
        self.act_zoom_out = self._action(
            self.tr("Zoom &out"), lambda: self.canvas.zoom_by(0.8), S.ZoomOut, self.tr("Zoom out")
        )
        self.act_next = self._action(
            self.tr("&Next image"), lambda: self._step_file(1), "Ctrl+PgDown", self.tr("Next image")
        )
        self.act_prev = self._action(
            self.tr("Pre&vious image"),
            lambda: self._step_file(-1),
            "Ctrl+PgUp",
            self.tr("Previous image"),
        )
        self.act_about = self._action(self.tr("&About Redactor"), lambda: show_about(self))

    def _create_menus(self) -> None:
        mb = self.menuBar()
        m = mb.addMenu(self.tr("&File"))
        for a in (
            self.act_open,
            self.act_open_folder,
            self.act_paste,
            None,
            self.act_save,
            self.act_save_as,
            self.act_save_all,
            self.act_copy,
            None,
            self.act_close,
            None,
            self.act_settings,
            None,
            self.act_quit,
        ):
            m.addSeparator() if a is None else m.addAction(a)
        m = mb.addMenu(self.tr("&Edit"))
        for a in (
            self.act_undo,
            self.act_redo,
            None,
            self.act_draw,
            self.act_delete,
            None,
            self.act_reanalyse,
            self.act_cancel,
        ):
            m.addSeparator() if a is None else m.addAction(a)
        m = mb.addMenu(self.tr("&View"))
        for a in (
            self.act_preview,
            None,
            self.act_fit,
            self.act_100,
            self.act_zoom_in,
            self.act_zoom_out,
            None,
            self.act_next,
            self.act_prev,
            None,
            self.files_dock.toggleViewAction(),
            self.findings_dock.toggleViewAction(),
        ):
            m.addSeparator() if a is None else m.addAction(a)
        m = mb.addMenu(self.tr("&Help"))
        m.addAction(self.act_about)

    def _create_toolbars(self) -> None:
        tb = QToolBar(self.tr("Main"), self)
        tb.setObjectName("mainToolbar")
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        tb.setIconSize(QSize(20, 20))
        tb.setMovable(False)
        for a in (
            self.act_open,
            self.act_save,
            self.act_save_all,
            self.act_copy,
            None,
            self.act_undo,
            self.act_redo,
            None,
            self.act_draw,
            self.act_delete,
            None,
            self.act_preview,
            self.act_fit,
            self.act_100,
        ):
            tb.addSeparator() if a is None else tb.addAction(a)
        self.page_label = QLabel(self.tr("Page"), self)
        self.page_spin = QSpinBox(self)
        self.page_spin.setMinimum(1)
        self.page_spin.setToolTip(self.tr("Page of a multi-page file"))
        self.page_spin.valueChanged.connect(self._on_page_changed)
        self.page_label_action = tb.addWidget(self.page_label)
        self.page_spin_action = tb.addWidget(self.page_spin)
        self.addToolBar(tb)
        self.main_toolbar = tb

        mt = QToolBar(self.tr("Mask"), self)
        mt.setObjectName("maskToolbar")
        mt.setMovable(False)
        mt.addWidget(QLabel(self.tr("Mask:") + " ", self))
        self.mask_combo = QComboBox(self)
        for style in MaskStyle:
            self.mask_combo.addItem(mask_style_label(style), str(style))
        self.mask_combo.setCurrentIndex(self.mask_combo.findData(str(self.prefs.mask)))
        self.mask_combo.setToolTip(self.tr("How found areas are covered"))
        self.mask_combo.currentIndexChanged.connect(self._on_mask_style)
        mt.addWidget(self.mask_combo)
        self.color_button = ColorButton(self.prefs.color, self)
        self.color_button.clicked.connect(self._on_color_clicked)
        mt.addWidget(self.color_button)
        self.preset_check = QCheckBox(self.tr("Privacy waybill"), self)
        self.preset_check.setToolTip(
            self.tr(
                "Keep the label usable: show part of the name, phone number and address, like a privacy waybill"
            )
        )
        self.preset_check.setChecked(self.prefs.preset == Preset.PRIVACY_WAYBILL)
        self.preset_check.toggled.connect(self._on_preset)
        mt.addSeparator()
        mt.addWidget(self.preset_check)
        self.weak_label = QLabel("⚠ " + self.tr("Weaker than a solid fill"), self)
        self.weak_label.setStyleSheet("color: #b45309; padding-left: 8px;")
        self.weak_label.setToolTip(weak_mask_warning())
        self.weak_label_action = mt.addWidget(self.weak_label)
        self.addToolBar(mt)
        self.mask_toolbar = mt
        self._update_weak_label()

    def _create_status_bar(self) -> None:
        sb = self.statusBar()
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Stop analysing the images still waiting"))
        self.cancel_button.clicked.connect(self.cancel_analysis)
        self.cancel_button.hide()
        sb.addPermanentWidget(self.progress)
        sb.addPermanentWidget(self.cancel_button)
        self.status_label = QLabel(self)
        sb.addWidget(self.status_label, 1)

    def _restore_geometry(self) -> None:
        geometry, state = self.prefs.geometry()
        if geometry:
            self.restoreGeometry(geometry)
        if state:
            self.restoreState(state)

    # ================================================================= opening
    def open_files_dialog(self) -> None:
        patterns = " ".join(f"*{s}" for s in sorted(SUPPORTED_SUFFIXES))
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Open images"),
            self.prefs.last_folder,
            self.tr("Images (%1)").replace("%1", patterns) + ";;" + self.tr("All files (*)"),
        )
        if files:
            self.prefs.last_folder = str(Path(files[0]).parent)
            self.open_paths([Path(f) for f in files])

    def open_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Open folder"), self.prefs.last_folder
        )
        if folder:
            self.prefs.last_folder = folder
            self.open_paths([Path(folder)])

    def open_paths(self, paths: list[Path]) -> list[Document]:
        files = expand_paths([Path(p) for p in paths])
        if not files:
            dialogs.info(
                self,
                self.tr("No images"),
                self.tr("No images that Redactor can open were found there."),
            )
            return []
        open_paths = {d.path.resolve(): d for d in self.docs.values() if d.path is not None}
        new_docs: list[Document] = []
        first: Document | None = None
        for f in files:
            existing = open_paths.get(f.resolve())
            if existing is not None:
                first = first or existing
                continue
            doc = self._add_document(Document(f, parent=self))
            new_docs.append(doc)
            self._queue_analysis(doc)
            first = first or doc
        if first is not None and (self.current is None or new_docs):
            self.file_list.select_doc(first.id)
        self._update_ui()
        return new_docs

    def add_image(self, rgb: np.ndarray, name: str) -> Document:
        """Add an image that has no file (pasted or dropped from another program)."""
        doc = Document(None, name=name, parent=self)
        doc.set_pages([np.ascontiguousarray(rgb[:, :, :3], dtype=np.uint8)], "PNG", ".png")
        from redactor.gui.workers import make_thumbnail

        doc.thumbnail = rgb_to_qimage(make_thumbnail(doc.pages[0]))
        self._add_document(doc)
        self._queue_analysis(doc)
        self.file_list.select_doc(doc.id)
        self._update_ui()
        return doc

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not self._accept_mime(mime, drop=True):
            self.status_label.setText(self.tr("The clipboard holds no image."))

    def _accept_mime(self, mime: QMimeData, drop: bool) -> bool:
        urls = [u for u in mime.urls() if u.isLocalFile()]
        if urls:
            if drop:
                self.open_paths([Path(u.toLocalFile()) for u in urls])
            return True
        if mime.hasImage():
            if drop:
                image = mime.imageData()
                if isinstance(image, QImage) and not image.isNull():
                    self._paste_count += 1
                    name = self.tr("Pasted image %1").replace("%1", str(self._paste_count))
                    self.add_image(qimage_to_rgb(image), name)
                else:
                    return False
            return True
        return False

    def _add_document(self, doc: Document) -> Document:
        self.docs[doc.id] = doc
        self.undo_group.addStack(doc.undo_stack)
        doc.changed.connect(lambda d=doc: self._on_doc_changed(d))
        doc.statusChanged.connect(lambda d=doc: self._on_doc_status(d))
        self.file_list.add(doc)
        return doc

    # ---------------------------------------------------------- drag & drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accept_mime(event.mimeData(), drop=False):
            event.acceptProposedAction()
            self.drop_zone.set_hover(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if self._accept_mime(event.mimeData(), drop=False):
            event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:
        self.drop_zone.set_hover(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self.drop_zone.set_hover(False)
        if self._accept_mime(event.mimeData(), drop=True):
            event.acceptProposedAction()
        else:
            event.ignore()

    # =============================================================== analysis
    def analysis_settings(self) -> Settings:
        return self.prefs.to_settings()

    def mask_settings(self) -> Settings:
        """Mask exactly what the user sees enabled, whatever the detection categories."""
        return replace(self.prefs.to_settings(), categories=frozenset(Category))

    def _queue_analysis(self, doc: Document) -> None:
        old = self._jobs.pop(doc.id, None)
        if old is not None:
            old.token.cancel()
        job = AnalyzeJob(
            self.analysis_settings(), path=doc.path, pages=list(doc.pages) if doc.pages else None
        )
        did = doc.id
        job.signals.loaded.connect(lambda loaded, d=did, j=job: self._on_loaded(d, j, loaded))
        job.signals.progress.connect(lambda v, d=did, j=job: self._on_progress(d, j, v))
        job.signals.finished.connect(lambda plans, d=did, j=job: self._on_analysed(d, j, plans))
        job.signals.failed.connect(lambda err, d=did, j=job: self._on_failed(d, j, err))
        job.signals.cancelled.connect(lambda d=did, j=job: self._on_cancelled(d, j))
        self._jobs[did] = job
        self._batch.add(did)
        doc.set_state(DocState.QUEUED)
        self.runner.start(job)
        self._update_progress()

    def _live(self, doc_id: int, job: AnalyzeJob) -> Document | None:
        """The document, if this job is still the one that counts for it."""
        if self._jobs.get(doc_id) is not job:
            return None
        return self.docs.get(doc_id)

    def _on_loaded(self, doc_id: int, job: AnalyzeJob, loaded: Loaded) -> None:
        doc = self._live(doc_id, job)
        if doc is None:
            return
        doc.thumbnail = rgb_to_qimage(loaded.thumbnail)
        doc.set_pages(loaded.pages, loaded.save_format, loaded.suffix)
        doc.set_state(DocState.ANALYSING)

    def _on_progress(self, doc_id: int, job: AnalyzeJob, value: float) -> None:
        doc = self._live(doc_id, job)
        if doc is None:
            return
        if doc.state == DocState.QUEUED:
            doc.state = DocState.ANALYSING
        doc.set_progress(value)
        self._update_progress()

    def _on_analysed(self, doc_id: int, job: AnalyzeJob, plans) -> None:
        doc = self._live(doc_id, job)
        if doc is None:
            return
        del self._jobs[doc_id]
        doc.progress = 1.0
        doc.set_plans(list(plans))
        self._update_progress()

    def _on_failed(self, doc_id: int, job: AnalyzeJob, err) -> None:
        doc = self._live(doc_id, job)
        if doc is None:
            return
        del self._jobs[doc_id]
        message = err.message if isinstance(err, RedactorError) else str(err)
        doc.set_state(DocState.FAILED, message)
        if isinstance(err, EngineMissingError):
            if not self._engine_warning_shown:
                self._engine_warning_shown = True
                dialogs.error(
                    self,
                    self.tr("Text recognition is not available"),
                    self.tr(
                        "The text recognition engine could not be started. If you chose Tesseract in the "
                        "settings, install Tesseract OCR with the Chinese language data, or switch back to the "
                        "built-in RapidOCR engine."
                    ),
                    message,
                )
        else:
            self._batch_errors.append((doc.name, message))
        self._update_progress()

    def _on_cancelled(self, doc_id: int, job: AnalyzeJob) -> None:
        doc = self._live(doc_id, job)
        if doc is None:
            return
        del self._jobs[doc_id]
        doc.set_state(DocState.CANCELLED)
        self._update_progress()

    def _on_busy_changed(self, busy: bool) -> None:
        if not busy:
            self._batch.clear()
            errors, self._batch_errors = self._batch_errors, []
            if errors:
                shown = "\n".join(f"• {name}: {msg}" for name, msg in errors[:12])
                more = len(errors) - 12
                if more > 0:
                    shown += "\n" + self.tr("… and %1 more").replace("%1", str(more))
                dialogs.error(
                    self,
                    self.tr("Some images could not be processed"),
                    self.tr(
                        "Redactor could not read or analyse these images. They were not changed:"
                    )
                    + "\n\n"
                    + shown,
                )
        self._update_progress()
        self._update_ui()

    def cancel_analysis(self) -> None:
        self.runner.cancel_all()
        self.status_label.setText(self.tr("Cancelling…"))

    def reanalyse_current(self) -> None:
        if self.current is not None and self.current.state != DocState.ANALYSING:
            self._queue_analysis(self.current)

    def reanalyse_all(self) -> None:
        for doc in self.docs.values():
            if doc.state in (DocState.READY, DocState.CANCELLED):
                self._queue_analysis(doc)

    def _update_progress(self) -> None:
        busy = self.runner.busy
        self.progress.setVisible(busy and bool(self._batch))
        self.cancel_button.setVisible(bool(self._jobs))
        self.act_cancel.setEnabled(bool(self._jobs))
        if not self._batch:
            return
        docs = [self.docs[i] for i in self._batch if i in self.docs]
        if not docs:
            return
        done = sum(
            1.0 if d.state not in (DocState.QUEUED, DocState.ANALYSING) else d.progress
            for d in docs
        )
        self.progress.setValue(int(1000 * done / len(docs)))
        finished = sum(1 for d in docs if d.state not in (DocState.QUEUED, DocState.ANALYSING))
        self.progress.setFormat(
            self.tr("%1 of %2 images").replace("%1", str(finished)).replace("%2", str(len(docs)))
        )

    # ============================================================ current doc
    def _on_file_selected(self, doc_id) -> None:
        self.set_current(self.docs.get(doc_id) if doc_id is not None else None)

    def set_current(self, doc: Document | None) -> None:
        self.current = doc
        self.canvas.set_draw_mode(self.act_draw.isChecked())
        if doc is not None:
            self.undo_group.setActiveStack(doc.undo_stack)
        else:
            self.undo_group.setActiveStack(None)
        self._shown_image_key = None
        self._show_current(reset_view=True)
        self._update_ui()

    def _show_current(self, reset_view: bool = False) -> None:
        doc = self.current
        if doc is None or not doc.pages:
            self.canvas.set_image(None)
            self.canvas.set_regions([])
            self._shown_image_key = None
        else:
            page = doc.page_index
            key = (doc.id, page, id(doc.pages[page]))
            if key != self._shown_image_key:
                self.canvas.set_image(
                    doc.pages[page],
                    reset_view=reset_view
                    or self._shown_image_key is None
                    or self._shown_image_key[0] != doc.id,
                )
                self._shown_image_key = key
            self.canvas.set_regions(doc.page_regions())
            self.canvas.invalidate_preview()
        self._refresh_panel()
        self._update_canvas_message()

    def _update_canvas_message(self) -> None:
        doc = self.current
        if doc is None:
            self.canvas.set_message("")
            return
        s = doc.status
        if s == Status.FAILED:
            self.canvas.set_message(
                self.tr("Could not process this image:\n%1").replace("%1", doc.error)
            )
        elif s == Status.QUEUED:
            self.canvas.set_message(self.tr("Waiting to be analysed…"))
        elif s == Status.ANALYSING:
            self.canvas.set_message(
                self.tr("Looking for personal data… %1%").replace(
                    "%1", str(round(doc.progress * 100))
                )
            )
        elif s == Status.CANCELLED:
            self.canvas.set_message(
                self.tr("Analysis cancelled. Press F5 to analyse this image again.")
            )
        else:
            self.canvas.set_message("")

    def _refresh_panel(self) -> None:
        doc = self.current
        active = doc is not None and doc.is_ready
        self.findings.set_regions(doc.page_regions() if active else [], active=active)
        if active:
            self.findings.select_ids(self.canvas.selected_ids())

    def _on_doc_changed(self, doc: Document) -> None:
        if doc is self.current:
            self._show_current()
            self._panel_timer.start()
        self._update_ui()

    def _on_doc_status(self, doc: Document) -> None:
        self.file_list.refresh(doc)
        if doc is self.current:
            self._update_canvas_message()
            if doc.is_ready:
                self._panel_timer.start()
            self._update_ui()

    def _on_page_changed(self, value: int) -> None:
        doc = self.current
        if doc is not None and doc.pages and doc.page_index != value - 1:
            doc.page_index = max(0, min(len(doc.pages) - 1, value - 1))
            self._show_current(reset_view=True)

    def _step_file(self, step: int) -> None:
        ids = self.file_list.doc_ids()
        if not ids:
            return
        i = (
            ids.index(self.current.id)
            if self.current is not None and self.current.id in ids
            else -1
        )
        self.file_list.select_doc(ids[(i + step) % len(ids)])

    def close_current(self) -> None:
        doc = self.current
        if doc is None:
            return
        job = self._jobs.pop(doc.id, None)
        if job is not None:
            job.token.cancel()
        self._batch.discard(doc.id)
        self.undo_group.removeStack(doc.undo_stack)
        self.file_list.remove(doc.id)
        del self.docs[doc.id]
        doc.deleteLater()
        if not self.docs:
            self.set_current(None)
        self._update_ui()

    # ================================================================ editing
    def _push(self, command) -> None:
        if command is not None and self.current is not None:
            self.current.undo_stack.push(command)

    def _on_region_edited(self, region_id: int, quad: Quad) -> None:
        doc = self.current
        if doc is None:
            return
        with contextlib.suppress(KeyError):  # the region was deleted meanwhile
            self._push(move_command(doc, region_id, quad))

    def _on_box_drawn(self, quad: Quad) -> None:
        doc = self.current
        if doc is None or not doc.is_ready:
            return
        self._push(AddRegionCommand(doc, doc.page_index, manual_finding(quad)))

    def _on_toggled(self, ids: list, enabled: bool) -> None:
        doc = self.current
        if doc is None:
            return
        self._push(toggle_command(doc, ids, enabled))
        self._panel_timer.start()  # a refused toggle must still restore the check box

    def delete_selected(self) -> None:
        doc = self.current
        if doc is None:
            return
        ids = self.canvas.selected_ids() or self.findings.selected_ids()
        self._push(delete_command(doc, ids))

    def _on_canvas_selection(self, ids: list) -> None:
        self.findings.select_ids(ids)
        self._update_ui()

    def _on_panel_selection(self, ids: list) -> None:
        self.canvas.select_ids(ids)
        self._update_ui()

    def canvas_set_draw_mode(self, on: bool) -> None:
        self.canvas.set_draw_mode(on)
        if on:
            self.status_label.setText(
                self.tr("Drag over the image to draw a box. Press Esc or B to stop.")
            )

    def canvas_set_preview(self, on: bool) -> None:
        self.canvas.set_preview(on)

    def _on_preview_changed(self, on: bool) -> None:
        if self.act_preview.isChecked() != on:
            self.act_preview.blockSignals(True)
            self.act_preview.setChecked(on)
            self.act_preview.blockSignals(False)

    # =============================================================== masking
    def masked_page(self, doc: Document, page: int) -> np.ndarray:
        from redactor.core import pipeline

        return pipeline.apply(doc.pages[page], doc.plan_for_page(page), self.mask_settings())

    def masked_current_page(self) -> np.ndarray | None:
        doc = self.current
        if doc is None or not doc.is_ready:
            return None
        try:
            return self.masked_page(doc, doc.page_index)
        except RedactorError as exc:
            dialogs.error(self, self.tr("Masking failed"), exc.message)
            return None

    def _on_mask_style(self) -> None:
        self.prefs.mask = MaskStyle(self.mask_combo.currentData())
        self._update_weak_label()
        self.canvas.invalidate_preview()

    def _on_color_clicked(self) -> None:
        # ColorButton already asked; store and refresh after its own slot ran
        QTimer.singleShot(0, self._store_color)

    def _store_color(self) -> None:
        self.prefs.color = self.color_button.rgb
        self.canvas.invalidate_preview()

    def _update_weak_label(self) -> None:
        weak = self.prefs.mask != MaskStyle.FILL
        self.weak_label_action.setVisible(weak)
        self.color_button.setEnabled(not weak)

    def _on_preset(self, on: bool) -> None:
        self.prefs.preset = Preset.PRIVACY_WAYBILL if on else Preset.FULL
        if any(d.is_ready for d in self.docs.values()):
            self.status_label.setText(
                self.tr("Analysing the open images again with the new setting…")
            )
            self.reanalyse_all()

    # ================================================================ saving
    def default_destination(self, doc: Document) -> Path | None:
        if doc.path is None:
            folder = self.prefs.output_folder
            if folder is None:
                return None
            stem = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in doc.name)
            return folder / f"{stem}.redacted{doc.suffix}"
        dest = output_name(doc.path, doc.suffix)
        folder = self.prefs.output_folder
        return folder / dest.name if folder is not None else dest

    def save_current(self, ask_path: bool = False) -> None:
        doc = self.current
        if doc is None or not doc.is_ready:
            return
        if doc.needs_review and not dialogs.confirm(
            self,
            self.tr("Check before saving"),
            self.tr(
                "Redactor is not sure it found everything on “%1”. Look over the preview (hold Space) and "
                "draw boxes over anything still visible. Save anyway?"
            ).replace("%1", doc.name),
            self.tr("Save anyway"),
            self.tr("Go back"),
        ):
            return
        dest = self.default_destination(doc)
        if ask_path or dest is None:
            start = (
                str(dest)
                if dest is not None
                else str(
                    Path(self.prefs.last_folder or Path.home())
                    / (doc.name + ".redacted" + doc.suffix)
                )
            )
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save masked image"), start)
            if not name:
                return
            dest = Path(name)
            if not dest.suffix:
                dest = dest.with_suffix(doc.suffix)
        elif (
            dest.exists()
            and doc.saved_to != dest
            and not dialogs.confirm(
                self,
                self.tr("Replace file?"),
                self.tr("“%1” already exists. Replace it?").replace("%1", dest.name),
                self.tr("Replace"),
                self.tr("Cancel"),
            )
        ):
            return
        self._start_save(doc, dest)

    def save_all(self) -> None:
        ready = [d for d in self.docs.values() if d.is_ready and d.saved_to is None]
        if not ready:
            self.status_label.setText(self.tr("Nothing to save."))
            return
        review = [d for d in ready if d.needs_review]
        if review:
            choice = dialogs.choose(
                self,
                self.tr("Some images need review"),
                self.tr("%1 of %2 images may still show personal data Redactor was not sure about.")
                .replace("%1", str(len(review)))
                .replace("%2", str(len(ready))),
                [self.tr("Save all"), self.tr("Save only verified images")],
            )
            if choice < 0:
                return
            if choice == 1:
                ready = [d for d in ready if not d.needs_review]
        skipped = 0
        for doc in ready:
            dest = self.default_destination(doc)
            if dest is None:
                skipped += 1
                continue
            self._start_save(doc, dest)
        if skipped:
            self.status_label.setText(
                self.tr(
                    "%1 pasted images were not saved: use Save as… or set an output folder."
                ).replace("%1", str(skipped))
            )

    def _start_save(self, doc: Document, dest: Path) -> None:
        plans = [doc.plan_for_page(i) for i in range(len(doc.pages))]
        forbidden = (doc.path,) if doc.path is not None else ()
        job = SaveJob(
            list(doc.pages), plans, self.mask_settings(), dest, doc.save_format, forbidden
        )
        undo_index = doc.undo_stack.index()
        job.signals.finished.connect(lambda out, d=doc, i=undo_index: self._on_saved(d, out, i))
        job.signals.failed.connect(lambda err, d=doc: self._on_save_failed(d, err))
        self.status_label.setText(self.tr("Saving %1…").replace("%1", dest.name))
        self.runner.start(job)

    def _on_saved(self, doc: Document, out: Path, undo_index: int) -> None:
        if doc.id not in self.docs:
            return
        if doc.undo_stack.index() == undo_index:
            doc.mark_saved(Path(out))
        self.status_label.setText(self.tr("Saved %1").replace("%1", str(out)))

    def _on_save_failed(self, doc: Document, err) -> None:
        message = err.message if isinstance(err, RedactorError) else str(err)
        dialogs.error(
            self,
            self.tr("Could not save"),
            self.tr("“%1” was not saved.").replace("%1", doc.name),
            message,
        )

    def copy_masked(self) -> None:
        rgb = self.masked_current_page()
        if rgb is None:
            return
        QGuiApplication.clipboard().setImage(rgb_to_qimage(rgb))
        self.status_label.setText(self.tr("Masked image copied to the clipboard."))

    # ============================================================== settings
    def open_settings(self) -> None:
        before = self.analysis_settings()
        dlg = SettingsDialog(self.prefs, self)
        if dlg.exec() != SettingsDialog.DialogCode.Accepted:
            return
        language_changed = dlg.apply()
        self.mask_combo.blockSignals(True)
        self.mask_combo.setCurrentIndex(self.mask_combo.findData(str(self.prefs.mask)))
        self.mask_combo.blockSignals(False)
        self.color_button.set_rgb(self.prefs.color)
        self.preset_check.blockSignals(True)
        self.preset_check.setChecked(self.prefs.preset == Preset.PRIVACY_WAYBILL)
        self.preset_check.blockSignals(False)
        self._update_weak_label()
        self.canvas.invalidate_preview()
        after = self.analysis_settings()
        analysis_changed = replace(before, mask=after.mask, color=after.color) != after
        if (
            analysis_changed
            and any(d.is_ready for d in self.docs.values())
            and dialogs.confirm(
                self,
                self.tr("Settings changed"),
                self.tr("Analyse the open images again with the new settings?"),
                self.tr("Analyse again"),
                self.tr("Not now"),
            )
        ):
            self.reanalyse_all()
        if language_changed:
            dialogs.info(
                self,
                self.tr("Language"),
                self.tr("The new language is used after Redactor is restarted."),
            )

    # ============================================================ housekeeping
    def _update_ui(self) -> None:
        doc = self.current
        ready = doc is not None and doc.is_ready
        self.stack.setCurrentWidget(self.canvas if self.docs else self.drop_zone)
        has_docs = bool(self.docs)
        if has_docs != self._docks_shown:  # the empty state gets the whole window
            self._docks_shown = has_docs
            self.files_dock.setVisible(has_docs)
            self.findings_dock.setVisible(has_docs)
        for a in (self.act_save, self.act_save_as, self.act_copy, self.act_draw, self.act_preview):
            a.setEnabled(ready)
        self.act_save_all.setEnabled(any(d.is_ready for d in self.docs.values()))
        self.act_delete.setEnabled(ready)
        self.act_reanalyse.setEnabled(
            doc is not None and doc.state not in (DocState.QUEUED, DocState.ANALYSING)
        )
        self.act_close.setEnabled(doc is not None)
        for a in (self.act_fit, self.act_100, self.act_zoom_in, self.act_zoom_out):
            a.setEnabled(doc is not None and bool(doc.pages))
        multi = doc is not None and len(doc.pages) > 1
        self.page_label_action.setVisible(multi)
        self.page_spin_action.setVisible(multi)
        if multi:
            self.page_spin.blockSignals(True)
            self.page_spin.setMaximum(len(doc.pages))
            self.page_spin.setValue(doc.page_index + 1)
            self.page_spin.setSuffix(f" / {len(doc.pages)}")
            self.page_spin.blockSignals(False)
        if not ready and self.canvas.preview:
            self.canvas.set_preview(False)
        title = "Redactor"
        if doc is not None:
            title = f"{doc.name} — Redactor"
        self.setWindowTitle(title)
        if doc is not None and ready and not self.runner.busy:
            n = sum(1 for r in doc.page_regions() if r.finding.enabled)
            self.status_label.setText(
                self.tr("%1 areas will be masked. Hold Space to preview.").replace("%1", str(n))
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        unsaved = [d for d in self.docs.values() if d.is_ready and not d.undo_stack.isClean()]
        if unsaved and not dialogs.confirm(
            self,
            self.tr("Quit Redactor?"),
            self.tr("Your changes to %1 images are not saved. Quit anyway?").replace(
                "%1", str(len(unsaved))
            ),
            self.tr("Quit"),
            self.tr("Cancel"),
        ):
            event.ignore()
            return
        self.prefs.set_geometry(self.saveGeometry(), self.saveState())
        self.prefs.sync()
        self.runner.wait()
        event.accept()

    # convenience for tests and scripts
    def drop_urls(self, paths: list[Path]) -> None:
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
        self._accept_mime(mime, drop=True)


def app_instance() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app
