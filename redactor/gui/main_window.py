"""The main window: assembles the file list, canvas, findings panel, bars and the helpers.

What each part does lives in its own module: ``actions`` (actions, menus),
``toolbars`` (bars), ``session`` (open documents, undo stacks), ``intake``
(opening), ``analysis`` (engine jobs), ``editing`` (undoable edits),
``save_flow`` (saving), ``review_nav`` (moving between images and pages).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from redactor.core.errors import RedactorError
from redactor.core.models import Category
from redactor.core.settings import Settings
from redactor.gui import actions, dialogs, toolbars
from redactor.gui.analysis import AnalysisQueue
from redactor.gui.canvas import Canvas
from redactor.gui.document import Document
from redactor.gui.drop_zone import DropZone
from redactor.gui.edit_commands import retranslate_stack
from redactor.gui.editing import Editor, WindowKeys
from redactor.gui.file_list import FileList, canvas_message, page_summary
from redactor.gui.findings_panel import FindingsPanel, review_items
from redactor.gui.geometry import fit_toolbars, place_on_screen
from redactor.gui.i18n import install_language, resolve_language
from redactor.gui.icons import app_icon
from redactor.gui.intake import Intake
from redactor.gui.mask_controls import MaskControls
from redactor.gui.notice_bar import NoticeBar
from redactor.gui.prefs import Prefs
from redactor.gui.review_nav import ReviewNavigator
from redactor.gui.save_flow import SaveFlow
from redactor.gui.session import Session
from redactor.gui.settings_dialog import SettingsDialog
from redactor.gui.ui_state import update_ui
from redactor.gui.workers import JobRunner

__all__ = ["MainWindow", "SettingsDialog"]


class MainWindow(QMainWindow):
    def __init__(self, prefs: Prefs | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.prefs = prefs if prefs is not None else Prefs()
        self.session = Session(self)
        self.runner = JobRunner(self)
        self.runner.busyChanged.connect(self._on_busy_changed)
        self.intake = Intake(self)
        self.analysis = AnalysisQueue(self)
        self.editor = Editor(self)
        self.saver = SaveFlow(self)
        self.navigator = ReviewNavigator(self)
        self.masking = MaskControls(self)
        self._shown_image_key: tuple | None = None
        self.docks_shown = True

        self.setWindowTitle("Redactor")
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)

        # central: empty state or canvas
        self.stack = QStackedWidget(self)
        self.drop_zone = DropZone(self)
        self.drop_zone.openFilesRequested.connect(self.intake.open_files_dialog)
        self.drop_zone.openFolderRequested.connect(self.intake.open_folder_dialog)
        self.canvas = Canvas(self)
        self.canvas.setAcceptDrops(False)
        self.canvas.viewport().setAcceptDrops(False)
        self.canvas.mask_provider = self.masked_current_page
        self.canvas.preset = self.prefs.preset
        self.canvas.regionEdited.connect(self.editor.on_region_edited)
        self.canvas.boxDrawn.connect(self.editor.on_box_drawn)
        self.canvas.selectionChangedIds.connect(self.editor.on_canvas_selection)
        self.canvas.previewChanged.connect(self.editor.on_preview_changed)
        self.stack.addWidget(self.drop_zone)
        self.stack.addWidget(self.canvas)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.notice = NoticeBar(central)  # "Saved …" stays here until closed
        self.notice.showInFolderRequested.connect(lambda p: self.saver.show_in_folder(p))
        column.addWidget(self.notice)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        actions.create_actions(self)
        self._create_docks()
        self._panel_timer = QTimer(self)
        self._panel_timer.setSingleShot(True)
        self._panel_timer.setInterval(0)
        self._panel_timer.timeout.connect(self._refresh_panel)

        self._keys = WindowKeys(self)  # Space and Esc wherever the focus is in the window
        app_instance().installEventFilter(self._keys)
        actions.create_menus(self)
        toolbars.create_toolbars(self)
        toolbars.create_status_bar(self)
        self.retranslate_ui()
        self.masking.update_weak_label()
        self._restore_geometry()
        self.update_ui()

    def _create_docks(self) -> None:
        self.file_list = FileList(self)
        self.file_list.currentDocChanged.connect(self._on_file_selected)
        files_panel = QWidget(self)
        files_layout = QVBoxLayout(files_panel)
        files_layout.setContentsMargins(0, 0, 0, 0)
        files_layout.setSpacing(0)
        files_layout.addWidget(toolbars.create_review_bar(self))
        files_layout.addWidget(self.file_list, 1)
        self.files_dock = QDockWidget(self)
        self.files_dock.setObjectName("filesDock")
        self.files_dock.setWidget(files_panel)
        self.files_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.files_dock)
        self.findings = FindingsPanel(self)
        self.findings.preset = self.prefs.preset
        self.findings.toggled.connect(self.editor.on_toggled)
        self.findings.selectionChangedIds.connect(self.editor.on_panel_selection)
        self.findings.jumpRequested.connect(self.editor.jump_to)
        self.findings.filter_chip.resetRequested.connect(self.masking.mask_all_categories)
        self.masking.update_filter_chip()
        self.findings_dock = QDockWidget(self)
        self.findings_dock.setObjectName("findingsDock")
        self.findings_dock.setWidget(self.findings)
        self.findings_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.findings_dock)
        self.resizeDocks(
            [self.files_dock, self.findings_dock], [230, 330], Qt.Orientation.Horizontal
        )

    # ============================================================== language
    def retranslate_ui(self) -> None:
        """Name everything again in the current language (at start and on a language switch)."""
        actions.retranslate_actions(self)
        actions.retranslate_menus(self)
        toolbars.retranslate_bars(self)
        fit_toolbars(self)  # the bars' widths follow their words
        self.status_label.clear()  # a message in the old language would linger
        self.navigator.update_review_bar()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            for doc in self.docs.values():  # undo steps and pasted images' names
                retranslate_stack(doc.undo_stack)
            self.intake.retranslate_names()
            self.retranslate_ui()
            self._refresh_panel()
            self._update_canvas_message()
            self.analysis.update_progress()
            self.update_ui()
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
        else:
            place_on_screen(self)
        if state:
            self.restoreState(state)
        fit_toolbars(self)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        fit_toolbars(self)

    # ============================================================= documents
    @property
    def docs(self) -> dict[int, Document]:
        return self.session.docs

    @property
    def current(self) -> Document | None:
        return self.session.current

    def open_paths(self, paths: list[Path]) -> list[Document]:
        return self.intake.open_paths(paths)

    def open_from_elsewhere(self, paths: list[Path]) -> None:
        """Files sent by a later launch ("Open with → Redactor"): open them and come forward."""
        if paths:
            self.open_paths(paths)
        self.showNormal() if self.isMinimized() else self.show()
        self.raise_()
        self.activateWindow()

    def drop_urls(self, paths: list[Path]) -> None:
        self.intake.drop_urls(paths)

    def save_current(self, ask_path: bool = False) -> None:
        self.saver.save_current(ask_path)

    def flagged_pages(self) -> list[tuple[Document, int]]:
        return self.navigator.flagged_pages()

    def step_flagged(self, step: int) -> None:
        self.navigator.step_flagged(step)

    def add_document(self, doc: Document) -> Document:
        self.session.add(doc)
        doc.changed.connect(lambda d=doc: self._on_doc_changed(d))
        doc.statusChanged.connect(lambda d=doc: self._on_doc_status(d))
        self.file_list.add(doc)
        return doc

    def close_current(self) -> None:
        if self.current is not None:
            self.close_document(self.current)

    def close_document(self, doc: Document) -> None:
        self.analysis.forget(doc)
        self.file_list.remove(doc.id)
        self.session.remove(doc)
        if not self.docs:
            self.set_current(None)
        self.update_ui()

    def _on_file_selected(self, doc_id) -> None:
        self.set_current(self.docs.get(doc_id) if doc_id is not None else None)

    def set_current(self, doc: Document | None) -> None:
        previous = self.session.set_current(doc)
        if previous is not None and previous is not doc:
            previous.release_pixels()
            self.analysis.pixel_jobs.pop(previous.id, None)  # a read still running is ignored
        self.analysis.ensure_pixels(doc)
        if previous is not doc:
            self.act_draw.setChecked(False)  # a new image starts in the usual pan mode
            self.show_status("")  # "Saved …", "Copied …" spoke of the image before
            if doc is None or self.notice.path is None or self.notice.path != doc.saved_to:
                self.notice.hide()
        self._shown_image_key = None
        self.show_current(reset_view=True)
        self.update_ui()

    def show_current(self, reset_view: bool = False) -> None:
        doc = self.current
        if doc is not None and doc.is_ready:
            doc.seen_pages.add(doc.page_index)  # looked at: a save then settles its review
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
        self.canvas.set_message(canvas_message(self.current))

    def refresh_panel_soon(self) -> None:
        self._panel_timer.start()

    def _refresh_panel(self) -> None:
        doc = self.current
        active = doc is not None and doc.shows_findings
        plan = doc.plans[doc.page_index] if active and doc is not None else None
        lines = plan.lines if plan is not None else ()
        self.findings.set_regions(doc.page_regions() if active else [], active, lines)
        if active:
            assert doc is not None
            self.findings.set_page_info(
                page_summary(doc, doc.page_index), doc.page_status(doc.page_index)
            )
            self.findings.set_review(review_items(doc, plan))
            self.findings.select_ids(self.canvas.selected_ids())
        else:
            self.findings.set_page_info("", None)
            self.findings.set_review([])
            if doc is not None:
                self.findings.show_waiting(doc.state)

    def _on_doc_changed(self, doc: Document) -> None:
        if doc is self.current:
            self.show_current()
            self._panel_timer.start()
        self.update_ui()

    def _on_doc_status(self, doc: Document) -> None:
        self.file_list.refresh(doc)
        self.navigator.update_review_bar()
        self.navigator.on_status_changed(doc)
        if doc is self.current:
            self._update_canvas_message()
            self._panel_timer.start()  # also while analysing: the panel says so
            self.update_ui()

    def _on_busy_changed(self, busy: bool) -> None:
        if not busy:
            self.analysis.on_idle()
        self.analysis.update_progress()
        self.update_ui()

    # =============================================================== masking
    def analysis_settings(self) -> Settings:
        return self.prefs.to_settings()

    def mask_settings(self) -> Settings:
        """Mask exactly what the user sees enabled, whatever the detection categories."""
        return replace(self.prefs.to_settings(), categories=frozenset(Category))

    def masked_page(self, doc: Document, page: int) -> np.ndarray:
        from redactor.core import pipeline

        return pipeline.apply(doc.pixels[page], doc.plan_for_page(page), self.mask_settings())

    def masked_current_page(self) -> np.ndarray | None:
        doc = self.current
        if doc is None or not doc.shows_findings or not doc.has_pixels:
            return None
        try:
            return self.masked_page(doc, doc.page_index)
        except RedactorError as exc:
            dialogs.error(self, self.tr("Masking failed"), exc.message)
            return None

    # ============================================================ housekeeping
    def show_status(self, text: str) -> None:
        self.status_label.setText(text)

    def update_ui(self) -> None:
        update_ui(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        unsaved = self.session.unsaved()
        if unsaved:
            answer = dialogs.ask_quit(self, len(unsaved))
            if answer != dialogs.QuitAnswer.QUIT_WITHOUT_SAVING:
                event.ignore()
                if answer == dialogs.QuitAnswer.SAVE_ALL_AND_QUIT:
                    self.saver.save_all(then_quit=True)
                return
        self.prefs.set_geometry(self.saveGeometry(), self.saveState())
        self.prefs.sync()
        self.runner.wait()
        event.accept()

    # ---------------------------------------------------------- drag & drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.intake.accept_mime(event.mimeData(), drop=False):
            event.acceptProposedAction()
            self.drop_zone.set_hover(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if self.intake.accept_mime(event.mimeData(), drop=False):
            event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:
        self.drop_zone.set_hover(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self.drop_zone.set_hover(False)
        if self.intake.accept_mime(event.mimeData(), drop=True):
            event.acceptProposedAction()
        else:
            event.ignore()


def app_instance() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app
