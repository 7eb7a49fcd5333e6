"""Moving around: next/previous image, pages of a multi-page file, pages that need review."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from redactor.gui.document import Document, Status

if TYPE_CHECKING:
    from redactor.gui.main_window import MainWindow

translate = QCoreApplication.translate


class ReviewNavigator:
    def __init__(self, window: MainWindow) -> None:
        self.w = window

    # ---------------------------------------------------------- files, pages
    def step_file(self, step: int) -> None:
        w = self.w
        ids = w.file_list.visible_doc_ids()  # the review filter hides the others
        if not ids:
            return
        i = ids.index(w.current.id) if w.current is not None and w.current.id in ids else -1
        w.file_list.select_doc(ids[(i + step) % len(ids)])

    def on_page_spin(self, value: int) -> None:
        doc = self.w.current
        if doc is not None and doc.page_count and doc.page_index != value - 1:
            self.show_page(doc, value - 1)

    def show_page(self, doc: Document, page: int) -> None:
        """Show ``page`` of ``doc`` (selecting the document first if needed)."""
        w = self.w
        doc.page_index = max(0, min(doc.page_count - 1, page))
        if doc is w.current:
            doc.release_pixels(keep=doc.page_index)  # only the page on screen stays
            w.analysis.ensure_pixels(doc)
            w.canvas.select_ids([], ensure_visible=False)
            w.show_current(reset_view=True)
            w.update_ui()
        else:
            w.file_list.select_doc(doc.id)

    def step_page(self, step: int) -> None:
        doc = self.w.current
        if doc is not None and doc.page_count > 1:
            page = doc.page_index + step
            if 0 <= page < doc.page_count:
                self.show_page(doc, page)

    # ---------------------------------------------------------------- review
    def flagged_pages(self) -> list[tuple[Document, int]]:
        """Pages that need review, in list order (saved after a look, they are done)."""
        out = []
        for doc_id in self.w.file_list.doc_ids():
            doc = self.w.docs[doc_id]
            if doc.is_ready:
                out.extend((doc, page) for page in doc.pages_to_review())
        return out

    def step_flagged(self, step: int) -> None:
        """Go to the next (step 1) or previous (-1) page that needs review, wrapping around."""
        w = self.w
        flagged = self.flagged_pages()
        if not flagged:
            w.show_status(translate("MainWindow", "No page needs review."))
            return
        rows = {doc_id: row for row, doc_id in enumerate(w.file_list.doc_ids())}
        doc = w.current
        here = (rows.get(doc.id, -1), doc.page_index) if doc is not None else (-1, -1)
        keys = [(rows[d.id], p) for d, p in flagged]
        if step > 0:
            i = next((i for i, k in enumerate(keys) if k > here), 0)
        else:
            i = next((i for i in reversed(range(len(keys))) if keys[i] < here), len(keys) - 1)
        target, page = flagged[i]
        self.show_page(target, page)
        w.show_status(
            translate("MainWindow", "Page to review %1 of %2")
            .replace("%1", str(i + 1))
            .replace("%2", str(len(keys)))
        )

    def set_review_filter(self, on: bool) -> None:
        w = self.w
        w.file_list.set_review_filter(on)
        doc = w.current
        if on and (doc is None or doc.status != Status.NEEDS_REVIEW):
            flagged = self.flagged_pages()
            if flagged:
                self.show_page(*flagged[0])
        self.update_review_bar()

    def on_status_changed(self, doc: Document) -> None:
        """With the review filter on, a document that is done (saved) leaves the list:
        the window moves on to the next page to review, or shows every image again."""
        w = self.w
        if not w.file_list.review_only or doc is not w.current:
            return
        if w.saver.run is not None:
            return  # "Save all" is still writing: moving on now would show (and settle) the next
        if doc.status not in (Status.SAVED, Status.VERIFIED):
            return
        flagged = self.flagged_pages()
        if flagged:
            self.show_page(*flagged[0])
        else:
            w.act_review_filter.setChecked(False)  # nothing left: the whole list again
            w.show_status(translate("MainWindow", "Every image that needed review is done."))

    def update_review_bar(self) -> None:
        w = self.w
        n = len(self.flagged_pages())
        w.act_review_filter.setIconText(
            translate("MainWindow", "Needs review only (%1)").replace("%1", str(n))
        )
        w.act_next_flagged.setEnabled(n > 0)
        w.act_prev_flagged.setEnabled(n > 0)
