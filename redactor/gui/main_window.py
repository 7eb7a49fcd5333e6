"""The main window: file list, canvas, findings panel, toolbar and the open/save flows."""

from __future__ import annotations

import contextlib
import os
from dataclasses import replace
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, QMimeData, QSize, Qt, QTimer, QUrl
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
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
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
from redactor.gui.file_list import FileList, page_summary
from redactor.gui.findings_panel import FindingsPanel
from redactor.gui.i18n import install_language, resolve_language
from redactor.gui.icons import app_icon
from redactor.gui.prefs import Prefs
from redactor.gui.qtimage import qimage_to_rgb, rgb_to_qimage
from redactor.gui.settings_dialog import (
    ColorButton,
    SettingsDialog,
    mask_style_label,
    weak_mask_warning,
)
from redactor.gui.workers import AnalyzeJob, JobRunner, Loaded, PagePixels, PixelsJob, SaveJob


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
        self._pixel_jobs: dict[int, PixelsJob] = {}
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

        self._create_actions()

        # docks
        self.file_list = FileList(self)
        self.file_list.currentDocChanged.connect(self._on_file_selected)
        files_panel = QWidget(self)
        files_layout = QVBoxLayout(files_panel)
        files_layout.setContentsMargins(0, 0, 0, 0)
        files_layout.setSpacing(0)
        files_layout.addWidget(self._create_review_bar())
        files_layout.addWidget(self.file_list, 1)
        self.files_dock = QDockWidget(self)
        self.files_dock.setObjectName("filesDock")
        self.files_dock.setWidget(files_panel)
        self.files_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.files_dock)
        self.findings = FindingsPanel(self)
        self.findings.toggled.connect(self._on_toggled)
        self.findings.selectionChangedIds.connect(self._on_panel_selection)
        self.findings_dock = QDockWidget(self)
        self.findings_dock.setObjectName("findingsDock")
        self.findings_dock.setWidget(self.findings)
        self.findings_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.findings_dock)
        self.resizeDocks(
            [self.files_dock, self.findings_dock], [230, 330], Qt.Orientation.Horizontal
        )

        self._panel_timer = QTimer(self)
        self._panel_timer.setSingleShot(True)
        self._panel_timer.setInterval(0)
        self._panel_timer.timeout.connect(self._refresh_panel)

        self._create_menus()
        self._create_toolbars()
        self._create_status_bar()
        self.retranslate_ui()
        self._restore_geometry()
        self._update_ui()

    # ================================================================ building
    def _action(self, slot, shortcut=None, checkable: bool = False) -> QAction:
        """An action without text: ``_retranslate_actions`` names it (and again on a language switch)."""
        a = QAction(self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                a.setShortcuts(shortcut)
            else:
                a.setShortcut(QKeySequence(shortcut))
        a.setCheckable(checkable)
        if checkable:
            a.toggled.connect(slot)
        else:
            a.triggered.connect(slot)
        self.addAction(a)
        return a

    @staticmethod
    def _name(a: QAction, text: str, tip: str = "", short: str = "") -> None:
        a.setText(text)
        if short:
            a.setIconText(short)
        if tip:
            keys = a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            a.setToolTip(f"{tip} ({keys})" if keys else tip)
            a.setStatusTip(tip)

    def _create_actions(self) -> None:
        S = QKeySequence.StandardKey
        self.act_open = self._action(self.open_files_dialog, S.Open)
        self.act_open_folder = self._action(self.open_folder_dialog, "Ctrl+Shift+O")
        self.act_paste = self._action(self.paste, S.Paste)
        self.act_save = self._action(self.save_current, S.Save)
        self.act_save_as = self._action(lambda: self.save_current(ask_path=True), "Ctrl+Shift+S")
        self.act_save_all = self._action(self.save_all, "Ctrl+Alt+S")
        self.act_copy = self._action(self.copy_masked, "Ctrl+Shift+C")
        self.act_close = self._action(self.close_current, S.Close)
        self.act_settings = self._action(self.open_settings, S.Preferences)
        if self.act_settings.shortcut().isEmpty():
            self.act_settings.setShortcut(QKeySequence("Ctrl+,"))
        self.act_quit = self._action(self.close, S.Quit)

        # our own undo/redo actions (not QUndoGroup's): their prefix must follow the language
        self.act_undo = self._action(self.undo_group.undo, S.Undo)
        self.act_redo = self._action(
            self.undo_group.redo, [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
        )
        self.undo_group.canUndoChanged.connect(self.act_undo.setEnabled)
        self.undo_group.canRedoChanged.connect(self.act_redo.setEnabled)
        self.undo_group.undoTextChanged.connect(self._name_undo_actions)
        self.undo_group.redoTextChanged.connect(self._name_undo_actions)
        self.act_undo.setEnabled(False)
        self.act_redo.setEnabled(False)
        self.act_draw = self._action(self.canvas_set_draw_mode, "B", checkable=True)
        self.act_delete = self._action(
            self.delete_selected, [QKeySequence(S.Delete), QKeySequence("Backspace")]
        )
        self.act_reanalyse = self._action(self.reanalyse_current, "F5")
        self.act_cancel = self._action(self.cancel_analysis, "Ctrl+.")

        self.act_preview = self._action(self.canvas_set_preview, "P", checkable=True)
        self.act_fit = self._action(lambda: self.canvas.fit(), "Ctrl+0")
        self.act_100 = self._action(lambda: self.canvas.zoom_100(), "Ctrl+1")
        self.act_zoom_in = self._action(lambda: self.canvas.zoom_by(1.25), S.ZoomIn)
        self.act_zoom_out = self._action(lambda: self.canvas.zoom_by(0.8), S.ZoomOut)
        self.act_next = self._action(lambda: self._step_file(1), "Ctrl+PgDown")
        self.act_prev = self._action(lambda: self._step_file(-1), "Ctrl+PgUp")
        self.act_next_page = self._action(lambda: self._step_page(1), "PgDown")
        self.act_prev_page = self._action(lambda: self._step_page(-1), "PgUp")
        self.act_review_filter = self._action(self.set_review_filter, "Ctrl+R", checkable=True)
        self.act_next_flagged = self._action(lambda: self.step_flagged(1), "F8")
        self.act_prev_flagged = self._action(lambda: self.step_flagged(-1), "Shift+F8")
        self.act_about = self._action(lambda: show_about(self))

    def _retranslate_actions(self) -> None:
        n = self._name
        n(self.act_open, self.tr("&Open…"), self.tr("Open images"))
        n(self.act_open_folder, self.tr("Open &folder…"), self.tr("Open every image in a folder"))
        n(self.act_paste, self.tr("&Paste image"), self.tr("Add the image on the clipboard"))
        n(self.act_save, self.tr("&Save"), self.tr("Save the masked image"))
        n(self.act_save_as, self.tr("Save &as…"), self.tr("Save the masked image as…"))
        n(self.act_save_all, self.tr("Save a&ll"), self.tr("Save every analysed image"))
        n(
            self.act_copy,
            self.tr("&Copy masked image"),
            self.tr("Copy the masked image to the clipboard"),
        )
        n(self.act_close, self.tr("&Close image"), self.tr("Remove the image from the list"))
        n(self.act_settings, self.tr("S&ettings…"), self.tr("Settings"))
        n(self.act_quit, self.tr("&Quit"))
        self._name_undo_actions()
        n(
            self.act_draw,
            self.tr("&Draw box"),
            self.tr("Draw a box over anything else to hide"),
        )
        n(self.act_delete, self.tr("De&lete box"), self.tr("Delete the selected boxes"))
        n(
            self.act_reanalyse,
            self.tr("Analyse &again"),
            self.tr("Run the detection again on this image"),
        )
        n(
            self.act_cancel,
            self.tr("Cancel analysis"),
            self.tr("Stop analysing the images still waiting"),
        )
        n(
            self.act_preview,
            self.tr("&Preview masked"),
            self.tr("Show the image as it will be saved (or hold Space)"),
        )
        n(self.act_fit, self.tr("&Fit to window"), self.tr("Fit to window"))
        n(self.act_100, self.tr("&Actual size"), self.tr("Actual size (100%)"))
        n(self.act_zoom_in, self.tr("Zoom &in"), self.tr("Zoom in"))
        n(self.act_zoom_out, self.tr("Zoom &out"), self.tr("Zoom out"))
        n(self.act_next, self.tr("&Next image"), self.tr("Next image"))
        n(self.act_prev, self.tr("Pre&vious image"), self.tr("Previous image"))
        n(self.act_next_page, self.tr("Next pa&ge"), self.tr("Next page"), "›")
        n(self.act_prev_page, self.tr("Previous pag&e"), self.tr("Previous page"), "‹")
        n(
            self.act_review_filter,
            self.tr("Show only images that need &review"),
            self.tr("List only the images Redactor was not sure about"),
        )
        n(
            self.act_next_flagged,
            self.tr("Next page to re&view"),
            self.tr("Go to the next page that needs review"),
            self.tr("Next ›"),
        )
        n(
            self.act_prev_flagged,
            self.tr("Previous page to revie&w"),
            self.tr("Go to the previous page that needs review"),
            self.tr("‹ Previous"),
        )
        n(self.act_about, self.tr("&About Redactor"))

    def _name_undo_actions(self, *_args) -> None:
        for action, prefix, what in (
            (self.act_undo, self.tr("&Undo"), self.undo_group.undoText()),
            (self.act_redo, self.tr("&Redo"), self.undo_group.redoText()),
        ):
            action.setText(f"{prefix} {what}" if what else prefix)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{action.text().replace('&', '')} ({keys})")

    def _create_menus(self) -> None:
        mb = self.menuBar()
        self.menu_file = mb.addMenu("")
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
            self.menu_file.addSeparator() if a is None else self.menu_file.addAction(a)
        self.menu_edit = mb.addMenu("")
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
            self.menu_edit.addSeparator() if a is None else self.menu_edit.addAction(a)
        self.menu_view = mb.addMenu("")
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
            self.act_next_page,
            self.act_prev_page,
            None,
            self.act_review_filter,
            self.act_next_flagged,
            self.act_prev_flagged,
            None,
            self.files_dock.toggleViewAction(),
            self.findings_dock.toggleViewAction(),
        ):
            self.menu_view.addSeparator() if a is None else self.menu_view.addAction(a)
        self.menu_help = mb.addMenu("")
        self.menu_help.addAction(self.act_about)

    def _create_toolbars(self) -> None:
        tb = QToolBar(self)
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
        self.addToolBar(tb)
        self.main_toolbar = tb

        mt = QToolBar(self)
        mt.setObjectName("maskToolbar")
        mt.setMovable(False)
        self.mask_label = QLabel(self)
        mt.addWidget(self.mask_label)
        self.mask_combo = QComboBox(self)
        for style in MaskStyle:
            self.mask_combo.addItem(mask_style_label(style), str(style))
        self.mask_combo.setCurrentIndex(self.mask_combo.findData(str(self.prefs.mask)))
        self.mask_combo.currentIndexChanged.connect(self._on_mask_style)
        mt.addWidget(self.mask_combo)
        self.color_button = ColorButton(self.prefs.color, self)
        self.color_button.clicked.connect(self._on_color_clicked)
        mt.addWidget(self.color_button)
        self.preset_check = QCheckBox(self)
        self.preset_check.setChecked(self.prefs.preset == Preset.PRIVACY_WAYBILL)
        self.preset_check.toggled.connect(self._on_preset)
        mt.addSeparator()
        mt.addWidget(self.preset_check)
        self.weak_label = QLabel(self)
        self.weak_label.setStyleSheet("color: #b45309; padding-left: 8px;")
        self.weak_label_action = mt.addWidget(self.weak_label)
        self.addToolBar(mt)
        self.mask_toolbar = mt
        self._update_weak_label()

    def _create_review_bar(self) -> QWidget:
        """Above the file list: the "needs review" filter and Previous/Next through flagged pages."""
        bar = QWidget(self)
        col = QVBoxLayout(bar)
        col.setContentsMargins(4, 4, 4, 2)
        col.setSpacing(3)
        self.review_filter_button = QToolButton(bar)
        self.review_filter_button.setObjectName("reviewFilterButton")
        self.review_filter_button.setDefaultAction(self.act_review_filter)
        self.review_filter_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.review_filter_button.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed
        )
        col.addWidget(self.review_filter_button)
        row = QHBoxLayout()
        row.setSpacing(3)
        self.prev_flagged_button = QToolButton(bar)
        self.prev_flagged_button.setDefaultAction(self.act_prev_flagged)
        self.next_flagged_button = QToolButton(bar)
        self.next_flagged_button.setDefaultAction(self.act_next_flagged)
        for b in (self.prev_flagged_button, self.next_flagged_button):
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            row.addWidget(b)
        col.addLayout(row)
        return bar

    def _create_status_bar(self) -> None:
        sb = self.statusBar()
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel_analysis)
        self.cancel_button.hide()
        # page navigation of multi-page files (TIFF, PDF) at the bottom, as in document viewers
        self.page_nav = QWidget(self)
        row = QHBoxLayout(self.page_nav)
        row.setContentsMargins(0, 0, 8, 0)
        row.setSpacing(4)
        self.page_label = QLabel(self.page_nav)
        self.page_prev_button = QToolButton(self.page_nav)
        self.page_prev_button.setDefaultAction(self.act_prev_page)
        self.page_spin = QSpinBox(self.page_nav)
        self.page_spin.setMinimum(1)
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.valueChanged.connect(self._on_page_changed)
        self.page_of_label = QLabel(self.page_nav)
        self.page_next_button = QToolButton(self.page_nav)
        self.page_next_button.setDefaultAction(self.act_next_page)
        for w in (
            self.page_label,
            self.page_prev_button,
            self.page_spin,
            self.page_of_label,
            self.page_next_button,
        ):
            row.addWidget(w)
        self.page_nav.hide()
        sb.addPermanentWidget(self.page_nav)
        sb.addPermanentWidget(self.progress)
        sb.addPermanentWidget(self.cancel_button)
        self.status_label = QLabel(self)
        sb.addWidget(self.status_label, 1)

    def retranslate_ui(self) -> None:
        """Name everything again in the current language (at start and on a language switch)."""
        self._retranslate_actions()
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.files_dock.setWindowTitle(self.tr("Files"))
        self.findings_dock.setWindowTitle(self.tr("Findings"))
        self.main_toolbar.setWindowTitle(self.tr("Main"))
        self.mask_toolbar.setWindowTitle(self.tr("Mask"))
        self.page_label.setText(self.tr("Page"))
        self.page_spin.setToolTip(self.tr("Page of a multi-page file"))
        self.mask_label.setText(self.tr("Mask:") + " ")
        for i in range(self.mask_combo.count()):
            self.mask_combo.setItemText(i, mask_style_label(MaskStyle(self.mask_combo.itemData(i))))
        self.mask_combo.setToolTip(self.tr("How found areas are covered"))
        self.preset_check.setText(self.tr("Privacy waybill"))
        self.preset_check.setToolTip(
            self.tr(
                "Keep the label usable: show part of the name, phone number and address, like a privacy waybill"
            )
        )
        self.weak_label.setText("⚠ " + self.tr("Weaker than a solid fill"))
        self.weak_label.setToolTip(weak_mask_warning())
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop analysing the images still waiting"))
        self.status_label.clear()  # a message in the old language would linger
        self._update_review_bar()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self._refresh_panel()
            self._update_canvas_message()
            self._update_progress()
            self._update_ui()
        super().changeEvent(event)

    def set_language(self, pref: str) -> str:
        """Switch the language now ("" follows the system); returns the language installed."""
        self.prefs.language = pref
        lang = resolve_language(pref)
        install_language(app_instance(), lang)  # Qt then sends LanguageChange to every window
        return lang

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
        pixels = np.ascontiguousarray(rgb[:, :, :3], dtype=np.uint8)
        doc.set_pages([pixels], "PNG", ".png")  # no file to read it back from: it stays in memory
        from redactor.gui.workers import make_thumbnail

        doc.thumbnail = rgb_to_qimage(make_thumbnail(pixels))
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
        pages = (  # a document with a file is read again from it
            [doc.pixels[i] for i in range(doc.page_count)] if doc.path is None else None
        )
        job = AnalyzeJob(self.analysis_settings(), path=doc.path, pages=pages)
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
        # only the document on screen keeps its pixels; the others are read again when needed
        first_size = (int(loaded.first.shape[1]), int(loaded.first.shape[0]))
        doc.set_layout(
            loaded.count, loaded.save_format, loaded.suffix, first_size, loaded.pdf_page_sizes
        )
        if doc is self.current and doc.page_index == 0:
            doc.set_page_pixels(0, loaded.first)
        doc.set_state(DocState.ANALYSING)
        self._ensure_pixels(doc)

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
        previous = self.current
        if previous is not None and previous is not doc:
            previous.release_pixels()
            self._pixel_jobs.pop(previous.id, None)  # a read still running is ignored
        self.current = doc
        self._ensure_pixels(doc)
        self.canvas.set_draw_mode(self.act_draw.isChecked())
        if doc is not None:
            self.undo_group.setActiveStack(doc.undo_stack)
        else:
            self.undo_group.setActiveStack(None)
        self._shown_image_key = None
        self._show_current(reset_view=True)
        self._update_ui()

    def _ensure_pixels(self, doc: Document | None) -> None:
        """Read the page on screen again in the background if it is not in memory."""
        if (
            doc is None
            or doc is not self.current
            or doc.has_pixels
            or doc.path is None
            or not doc.page_count
            or doc.state == DocState.FAILED
        ):
            return
        running = self._pixel_jobs.get(doc.id)
        if running is not None and running.index == doc.page_index:
            return
        page = doc.page_index
        job = PixelsJob(doc.path, page, doc.page_count, doc.page_size(page))
        did = doc.id
        job.signals.finished.connect(lambda pages, d=did, j=job: self._on_pixels(d, j, pages))
        job.signals.failed.connect(lambda err, d=did, j=job: self._on_pixels_failed(d, j, err))
        self._pixel_jobs[did] = job
        self.runner.start(job)

    def _on_pixels(self, doc_id: int, job: PixelsJob, page: PagePixels) -> None:
        if self._pixel_jobs.get(doc_id) is not job:
            return
        del self._pixel_jobs[doc_id]
        doc = self.docs.get(doc_id)
        if doc is None or doc is not self.current or doc.page_index != page.index:
            return  # the user moved on: do not hold pixels nobody looks at
        with contextlib.suppress(ValueError):  # analysed again meanwhile with other pages
            doc.set_page_pixels(page.index, page.pixels)

    def _on_pixels_failed(self, doc_id: int, job: PixelsJob, err) -> None:
        if self._pixel_jobs.get(doc_id) is not job:
            return
        del self._pixel_jobs[doc_id]
        doc = self.docs.get(doc_id)
        if doc is not None:
            doc.set_state(
                DocState.FAILED, err.message if isinstance(err, RedactorError) else str(err)
            )

    def _show_current(self, reset_view: bool = False) -> None:
        doc = self.current
        if doc is None or not doc.has_pixels:
            self.canvas.set_image(None)
            self.canvas.set_regions([])
            self._shown_image_key = None
        else:
            page = doc.page_index
            key = (doc.id, page, id(doc.pixels[page]))
            if key != self._shown_image_key:
                self.canvas.set_image(
                    doc.pixels[page],
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
        elif not doc.has_pixels:
            self.canvas.set_message(self.tr("Opening the image…"))
        else:
            self.canvas.set_message("")

    def _refresh_panel(self) -> None:
        doc = self.current
        active = doc is not None and doc.is_ready
        self.findings.set_regions(doc.page_regions() if active else [], active=active)
        if active:
            assert doc is not None
            self.findings.set_page_info(
                page_summary(doc, doc.page_index), doc.page_status(doc.page_index)
            )
        else:
            self.findings.set_page_info("", None)
        if active:
            self.findings.select_ids(self.canvas.selected_ids())

    def _on_doc_changed(self, doc: Document) -> None:
        if doc is self.current:
            self._show_current()
            self._panel_timer.start()
        self._update_ui()

    def _on_doc_status(self, doc: Document) -> None:
        self.file_list.refresh(doc)
        self._update_review_bar()
        if doc is self.current:
            self._update_canvas_message()
            if doc.is_ready:
                self._panel_timer.start()
            self._update_ui()

    def _on_page_changed(self, value: int) -> None:
        doc = self.current
        if doc is not None and doc.page_count and doc.page_index != value - 1:
            self.show_page(doc, value - 1)

    def show_page(self, doc: Document, page: int) -> None:
        """Show ``page`` of ``doc`` (selecting the document first if needed)."""
        doc.page_index = max(0, min(doc.page_count - 1, page))
        if doc is self.current:
            doc.release_pixels(keep=doc.page_index)  # only the page on screen stays
            self._ensure_pixels(doc)
            self.canvas.select_ids([], ensure_visible=False)
            self._show_current(reset_view=True)
            self._update_ui()
        else:
            self.file_list.select_doc(doc.id)

    def _step_page(self, step: int) -> None:
        doc = self.current
        if doc is not None and doc.page_count > 1:
            page = doc.page_index + step
            if 0 <= page < doc.page_count:
                self.show_page(doc, page)

    # ---------------------------------------------------------------- review
    def flagged_pages(self) -> list[tuple[Document, int]]:
        """Pages that need review, in list order (documents already saved are done)."""
        out = []
        for doc_id in self.file_list.doc_ids():
            doc = self.docs[doc_id]
            if doc.is_ready and doc.saved_to is None:
                out.extend((doc, page) for page in doc.flagged_pages())
        return out

    def step_flagged(self, step: int) -> None:
        """Go to the next (step 1) or previous (-1) page that needs review, wrapping around."""
        flagged = self.flagged_pages()
        if not flagged:
            self.status_label.setText(self.tr("No page needs review."))
            return
        rows = {doc_id: row for row, doc_id in enumerate(self.file_list.doc_ids())}
        doc = self.current
        here = (rows.get(doc.id, -1), doc.page_index) if doc is not None else (-1, -1)
        keys = [(rows[d.id], p) for d, p in flagged]
        if step > 0:
            i = next((i for i, k in enumerate(keys) if k > here), 0)
        else:
            i = next((i for i in reversed(range(len(keys))) if keys[i] < here), len(keys) - 1)
        target, page = flagged[i]
        self.show_page(target, page)
        self.status_label.setText(
            self.tr("Page to review %1 of %2")
            .replace("%1", str(i + 1))
            .replace("%2", str(len(keys)))
        )

    def set_review_filter(self, on: bool) -> None:
        self.file_list.set_review_filter(on)
        doc = self.current
        if on and (doc is None or doc.status != Status.NEEDS_REVIEW):
            flagged = self.flagged_pages()
            if flagged:
                self.show_page(*flagged[0])
        self._update_review_bar()

    def _update_review_bar(self) -> None:
        n = len(self.flagged_pages())
        self.act_review_filter.setIconText(self.tr("Needs review only (%1)").replace("%1", str(n)))
        self.act_next_flagged.setEnabled(n > 0)
        self.act_prev_flagged.setEnabled(n > 0)

    def _step_file(self, step: int) -> None:
        ids = self.file_list.visible_doc_ids()  # the review filter hides the others
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
        self._pixel_jobs.pop(doc.id, None)
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

        return pipeline.apply(doc.pixels[page], doc.plan_for_page(page), self.mask_settings())

    def masked_current_page(self) -> np.ndarray | None:
        doc = self.current
        if doc is None or not doc.is_ready or not doc.has_pixels:
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
        plans = [doc.plan_for_page(i) for i in range(doc.page_count)]
        forbidden = (doc.path,) if doc.path is not None else ()
        # pages not on screen are not in memory: the save job reads the file again
        pages = [doc.pixels[i] for i in range(doc.page_count)] if doc.path is None else None
        job = SaveJob(
            pages, plans, self.mask_settings(), dest, doc.save_format, forbidden, source=doc.path
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
            if self.current is not None and self.current.is_ready:
                self.status_label.setText(self.tr("The image is still opening; try again."))
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
            self.set_language(self.prefs.language)

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
        shown = ready and doc is not None and doc.has_pixels
        for a in (self.act_save, self.act_save_as):
            a.setEnabled(ready)
        for a in (self.act_copy, self.act_draw, self.act_preview):
            a.setEnabled(shown)
        self.act_save_all.setEnabled(any(d.is_ready for d in self.docs.values()))
        self.act_delete.setEnabled(ready)
        self.act_reanalyse.setEnabled(
            doc is not None and doc.state not in (DocState.QUEUED, DocState.ANALYSING)
        )
        self.act_close.setEnabled(doc is not None)
        for a in (self.act_fit, self.act_100, self.act_zoom_in, self.act_zoom_out):
            a.setEnabled(doc is not None and doc.has_pixels)
        multi = doc is not None and doc.page_count > 1
        self.page_nav.setVisible(multi)
        self.act_prev_page.setEnabled(multi and doc.page_index > 0)
        self.act_next_page.setEnabled(multi and doc.page_index < doc.page_count - 1)
        if multi:
            self.page_spin.blockSignals(True)
            self.page_spin.setMaximum(doc.page_count)
            self.page_spin.setValue(doc.page_index + 1)
            self.page_spin.blockSignals(False)
            self.page_of_label.setText(self.tr("of %1").replace("%1", str(doc.page_count)))
        self._update_review_bar()
        if not shown and self.canvas.preview:
            self.canvas.set_preview(False)
        title = "Redactor"
        if doc is not None:
            title = f"{doc.name} — Redactor"
        self.setWindowTitle(title)
        if doc is not None and shown and not self.runner.busy:
            n = doc.masked_count(doc.page_index)
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
