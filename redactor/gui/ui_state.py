"""Which actions are enabled and what the window shows, from the document on screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from redactor.gui.document import DocState

if TYPE_CHECKING:
    from redactor.gui.main_window import MainWindow

translate = QCoreApplication.translate


def update_ui(w: MainWindow) -> None:
    """Enable, show and name what depends on the document on screen."""
    doc = w.current
    ready = doc is not None and doc.is_ready
    editable = doc is not None and doc.shows_findings  # also while the check runs
    w.stack.setCurrentWidget(w.canvas if w.docs else w.drop_zone)
    has_docs = bool(w.docs)
    if has_docs != w.docks_shown:  # the empty state gets the whole window
        w.docks_shown = has_docs
        w.files_dock.setVisible(has_docs)
        w.findings_dock.setVisible(has_docs)
    shown = editable and doc is not None and doc.has_pixels
    for a in (w.act_save, w.act_save_as):  # while checking, a save waits for the check
        a.setEnabled(editable)
    w.act_copy.setEnabled(shown and ready)
    for a in (w.act_draw, w.act_preview):
        a.setEnabled(shown)
    w.act_save_all.setEnabled(any(d.is_ready or d.is_checking for d in w.docs.values()))
    w.act_delete.setEnabled(editable)
    w.act_reanalyse.setEnabled(
        doc is not None
        and doc.state
        not in (DocState.COUNTING, DocState.QUEUED, DocState.ANALYSING, DocState.CHECKING)
    )
    w.act_close.setEnabled(doc is not None)
    for a in (w.act_fit, w.act_100, w.act_zoom_in, w.act_zoom_out):
        a.setEnabled(doc is not None and doc.has_pixels)
    multi = doc is not None and doc.page_count > 1
    w.page_nav.setVisible(multi)
    w.act_prev_page.setEnabled(multi and doc.page_index > 0)
    w.act_next_page.setEnabled(multi and doc.page_index < doc.page_count - 1)
    if multi:
        w.page_spin.blockSignals(True)
        w.page_spin.setMaximum(doc.page_count)
        w.page_spin.setValue(doc.page_index + 1)
        w.page_spin.blockSignals(False)
        w.page_of_label.setText(translate("MainWindow", "of %1").replace("%1", str(doc.page_count)))
    w.navigator.update_review_bar()
    if not shown and w.canvas.preview:
        w.canvas.set_preview(False)
    w.setWindowTitle(f"{doc.name} — Redactor" if doc is not None else "Redactor")
    if shown:  # the count of the image on screen only, never of the one before
        n = doc.masked_count(doc.page_index)
        w.count_label.setText(
            translate("MainWindow", "1 area will be masked. Hold Space to preview.")
            if n == 1
            else translate("MainWindow", "%1 areas will be masked. Hold Space to preview.").replace(
                "%1", str(n)
            )
        )
    else:
        w.count_label.clear()
