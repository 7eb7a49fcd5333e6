"""Counting the pages of opened files off the UI thread, and asking once about long ones.

A file is listed the moment it is opened ("Counting pages…"); a ``CountJob`` reads
each file's page count from its header on its own thread (walking the page
directories of a 5,000-page TIFF takes over a second) and the entry then says it.
A short document is analysed as soon as it is counted. Documents over
``LONG_DOCUMENT_PAGES`` wait until every file opened with them is counted, then one
question covers all of them: analyse all, leave them out, or choose. One over the
page limit is refused as soon as it is counted, with the load's reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from redactor.core import page_count
from redactor.core.errors import CancelledError, PageLimitError
from redactor.gui import dialogs
from redactor.gui.document import DocState, Document
from redactor.gui.qtcompat import emit
from redactor.gui.workers import Job, JobSignals

if TYPE_CHECKING:
    from redactor.gui.main_window import MainWindow

translate = QCoreApplication.translate

#: A document with more pages than this is analysed only once the user agrees.
LONG_DOCUMENT_PAGES = 20
#: Seconds one page takes to analyse and check, roughly (a median label or receipt
#: page on an ordinary laptop); only for the estimate shown in that question.
SECONDS_PER_PAGE = 2.5
#: Long documents named one by one in the question; the rest are counted.
NAMED_IN_QUESTION = 8


def minutes_for(pages: int) -> int:
    """The estimated minutes to analyse ``pages`` pages, rounded up (at least 1)."""
    return max(1, -(-int(pages * SECONDS_PER_PAGE) // 60))


@dataclass(frozen=True)
class Counted:
    doc_id: int
    pages: int | None  # None: the header cannot tell (the load says what is wrong)


class CountSignals(JobSignals):
    counted = Signal(object)  # Counted, file by file


class CountJob(Job):
    """Count the pages of each file, in order, reporting each count as it is known."""

    pool = "count"
    stops_on_quit = True
    stops_on_cancel = True

    def __init__(self, files: list[tuple[int, Path]]) -> None:
        super().__init__()
        self.signals = CountSignals()
        self.files = files

    def work(self) -> None:
        for doc_id, path in self.files:
            if self.token.cancelled:
                raise CancelledError()
            emit(self.signals.counted, Counted(doc_id, page_count.count_pages(path)))
        emit(self.signals.finished, None)


class PageCounting(QObject):
    """The window's side: starts the counts, queues short documents, asks about long ones."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.long_waiting: list[Document] = []  # counted, over the threshold, not asked yet
        self._asking = False

    def count(self, docs: list[Document]) -> None:
        """Count ``docs`` (just listed, in state COUNTING) on the counting thread."""
        job = CountJob([(d.id, d.path) for d in docs if d.path is not None])
        # connected before the runner's own slot: the window stays busy through the question
        job.signals.counted.connect(self.on_counted)
        job.signals.finished.connect(lambda _none: self.ask_about_long())
        job.signals.failed.connect(lambda _err, j=job: self._count_failed(j))
        job.signals.cancelled.connect(self._count_cancelled)
        self.w.runner.start(job)
        self.w.analysis.expect(docs)

    def on_counted(self, counted: Counted) -> None:
        doc = self.w.docs.get(counted.doc_id)
        if doc is None or doc.state != DocState.COUNTING:
            return  # closed while it was counted
        doc.pages_found = pages = counted.pages or 0
        limit = self.w.analysis_settings().max_pages
        if pages > limit:  # refused now, as the load would refuse it after the queue
            self.w.analysis.refuse(doc, PageLimitError(doc.name, pages, limit))
        elif pages > LONG_DOCUMENT_PAGES:
            self.long_waiting.append(doc)
            doc.set_state(DocState.QUEUED)  # "Waiting · 5,000 pages" until the answer
        else:
            self.analyse(doc)

    def analyse(self, doc: Document) -> None:
        self.w.analysis.queue(doc)
        if doc is self.w.current:
            self.w.analysis.bring_forward(doc)

    def _count_cancelled(self) -> None:
        """Cancel was pressed while counting: the long documents waiting for the question
        are not asked about; they are cancelled with the rest."""
        waiting, self.long_waiting = self.long_waiting, []
        for doc in waiting:
            if doc.id in self.w.docs and doc.state == DocState.QUEUED:
                doc.set_state(DocState.CANCELLED)

    def _count_failed(self, job: CountJob) -> None:
        """A bug in counting: analyse the files anyway (their load says what is wrong)."""
        for doc_id, _path in job.files:
            doc = self.w.docs.get(doc_id)
            if doc is not None and doc.state == DocState.COUNTING:
                self.analyse(doc)
        self.ask_about_long()

    def ask_about_long(self) -> None:
        """One question for every long document counted and not asked about yet."""
        if self._asking:
            return  # the open question's answer comes first; the newcomers follow it
        self._asking = True
        try:
            while self.long_waiting:
                docs = [d for d in self.long_waiting if d.id in self.w.docs]
                self.long_waiting = []
                if docs:
                    self._settle(docs, ask_long(self.w, [(d.name, d.pages_found) for d in docs]))
        finally:
            self._asking = False

    def _settle(self, docs: list[Document], chosen: set[int]) -> None:
        left_out = []
        for i, doc in enumerate(docs):
            if i in chosen:
                self.analyse(doc)
            else:
                left_out.append(doc.name)
                self.w.close_document(doc)  # not analysed: the file is left as it is
        if left_out:
            self.w.show_status(
                translate("MainWindow", "Left out, not analysed: %1").replace(
                    "%1", ", ".join(left_out)
                )
            )


def ask_long(parent: MainWindow, docs: list[tuple[str, int]]) -> set[int]:
    """Which of the long documents ``(name, pages)`` to analyse (indices)."""
    if len(docs) == 1:
        name, pages = docs[0]
        agreed = dialogs.confirm(
            parent,
            translate("MainWindow", "Analyse a long document?"),
            translate(
                "MainWindow",
                "%1 has %2 pages; analysing them takes about %3 min (an estimate).",
            )
            .replace("%1", name)
            .replace("%2", f"{pages:,}")
            .replace("%3", str(minutes_for(pages))),
            yes=translate("MainWindow", "Analyse"),
        )
        return {0} if agreed else set()
    lines = [_one_line(name, pages) for name, pages in docs]
    shown = lines[:NAMED_IN_QUESTION]
    if len(lines) > NAMED_IN_QUESTION:
        shown.append(
            translate("MainWindow", "… and %1 more").replace(
                "%1", str(len(lines) - NAMED_IN_QUESTION)
            )
        )
    total = sum(pages for _name, pages in docs)
    text = (
        translate(
            "MainWindow",
            "%1 documents have more than %2 pages; analysing them all takes about %3 min "
            "(an estimate).",
        )
        .replace("%1", str(len(docs)))
        .replace("%2", str(LONG_DOCUMENT_PAGES))
        .replace("%3", str(minutes_for(total)))
        + "\n\n"
        + "\n".join(f"• {line}" for line in shown)
    )
    title = translate("MainWindow", "Analyse long documents?")
    answer = dialogs.choose(
        parent,
        title,
        text,
        [translate("MainWindow", "Analyse all"), translate("MainWindow", "Choose…")],
        default=0,
        cancel=translate("MainWindow", "Skip them"),
    )
    if answer == 0:
        return set(range(len(docs)))
    if answer == 1:
        return set(
            dialogs.pick(
                parent,
                title,
                translate("MainWindow", "Tick the documents to analyse:"),
                lines,
                ok=translate("MainWindow", "Analyse chosen"),
            )
        )
    return set()


def _one_line(name: str, pages: int) -> str:
    """ "scan.tif — 5,000 pages, about 209 min" """
    return (
        translate("MainWindow", "%1 — %2 pages, about %3 min")
        .replace("%1", name)
        .replace("%2", f"{pages:,}")
        .replace("%3", str(minutes_for(pages)))
    )
