"""A file is listed at once and its pages counted off the UI thread; long documents
are asked about once, all together."""

from __future__ import annotations

import hashlib
import threading
from dataclasses import replace

import numpy as np
from PIL import Image
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from redactor.core import page_count
from redactor.gui import dialogs
from redactor.gui.counting import LONG_DOCUMENT_PAGES
from redactor.gui.document import Status

from .conftest import make_label
from .test_main_window import multi_page_tiff

REAL_PICK = dialogs.pick  # taken before the tests' fixture replaces it


def long_tiff(tmp_path, n: int, name: str = "long.tif"):
    """``n`` small pages: the header says how many without decoding any."""
    pages = [Image.fromarray(np.full((120, 160, 3), 40 + i % 200, np.uint8)) for i in range(n)]
    path = tmp_path / name
    pages[0].save(path, save_all=True, append_images=pages[1:])
    return path


def counted(window, docs) -> bool:
    return all(d.status != Status.COUNTING for d in docs if d.id in window.docs)


def test_pages_are_counted_off_the_ui_thread(qtbot, window, tmp_path, engine, monkeypatch):
    """Counting a long TIFF's pages takes a while: the window lists the file at once,
    says it is counting, and keeps answering until the count comes."""
    tif, _pixels = multi_page_tiff(tmp_path, 3)
    release, threads = threading.Event(), []
    real_count = page_count.count_pages

    def slow_count(path):
        threads.append(threading.current_thread())
        assert release.wait(20), "the count was never released"
        return real_count(path)

    monkeypatch.setattr(page_count, "count_pages", slow_count)
    [doc] = window.open_paths([tif])
    item = window.file_list.item_for(doc.id)
    assert item.text() == "scan.tif\nCounting pages…"
    assert window.canvas.message() == "Counting pages…"
    ticks = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: bool(threads) and bool(ticks), timeout=10000)  # events still run
    assert threads[0] is not threading.main_thread()
    assert item.text() == "scan.tif\nCounting pages…" and engine.calls == 0
    assert window.runner.busy
    release.set()
    qtbot.waitUntil(lambda: doc.is_ready and not window.runner.busy, timeout=10000)
    assert doc.page_count == 3 and engine.calls == 3
    assert item.text() == "scan.tif\nVerified · 3 pages"


def test_the_list_shows_the_page_count_before_analysis(
    qtbot, window, tmp_path, engine, dialog_log, label
):
    engine.block = True  # the label's analysis holds the analysis thread
    [first] = window.open_paths([label.path])
    qtbot.waitUntil(engine.started.is_set, timeout=10000)
    tif, _pixels = multi_page_tiff(tmp_path, 3)
    [doc] = window.open_paths([tif])
    item = window.file_list.item_for(doc.id)
    qtbot.waitUntil(lambda: item.text() == "scan.tif\nWaiting · 3 pages", timeout=10000)
    assert first.status == Status.ANALYSING
    assert engine.calls == 1 and doc.status == Status.QUEUED  # the TIFF is still waiting
    assert not dialog_log.confirms and not dialog_log.chooses  # short: not asked about
    engine.release.set()
    qtbot.waitUntil(lambda: doc.is_ready and not window.runner.busy, timeout=10000)
    assert doc.page_count == 3 and engine.calls == 4


def test_a_long_document_asks_and_cancel_leaves_it_out(qtbot, window, tmp_path, engine, dialog_log):
    pages = LONG_DOCUMENT_PAGES + 5
    path = long_tiff(tmp_path, pages)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    dialog_log.confirm_answer = False
    [doc] = window.open_paths([path])  # listed while it is counted
    qtbot.waitUntil(lambda: not window.docs and not window.runner.busy, timeout=10000)
    [(title, text)] = dialog_log.confirms
    assert title == "Analyse a long document?"
    assert text == f"long.tif has {pages} pages; analysing them takes about 2 min (an estimate)."
    assert window.file_list.count() == 0 and window.current is None and engine.calls == 0
    assert window.status_label.text() == "Left out, not analysed: long.tif"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tif"] == ["long.tif"]


def test_a_long_document_is_analysed_once_agreed(qtbot, window, tmp_path, engine, dialog_log):
    engine.block = True
    path = long_tiff(tmp_path, LONG_DOCUMENT_PAGES + 1)
    [doc] = window.open_paths([path])
    qtbot.waitUntil(engine.started.is_set, timeout=10000)  # its analysis goes ahead
    assert len(dialog_log.confirms) == 1
    assert doc.pages_found == LONG_DOCUMENT_PAGES + 1
    window.runner.cancel_all()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)


def folder_of_long_documents(tmp_path):
    """Three long TIFFs and a photo, as a folder a user would open."""
    folder = tmp_path / "scans"
    folder.mkdir()
    sizes = {"a.tif": 30, "b.tif": 25, "c.tif": 60}
    for name, n in sizes.items():
        long_tiff(folder, n, name)
    make_label(folder / "photo.png")
    return folder, sizes


def test_one_question_for_all_the_long_documents_of_a_folder(
    qtbot, window, tmp_path, engine, dialog_log
):
    folder, sizes = folder_of_long_documents(tmp_path)
    dialog_log.choose_answer = 0  # analyse all
    docs = window.open_paths([folder])
    assert {d.status for d in docs} == {Status.COUNTING}
    qtbot.waitUntil(lambda: all(d.is_ready for d in docs), timeout=20000)
    assert not dialog_log.confirms  # not one question per file
    [(title, options, default)] = dialog_log.chooses
    assert title == "Analyse long documents?"
    assert options == ["Analyse all", "Choose…"] and default == 0
    [text] = dialog_log.choose_texts
    assert text.startswith(
        "3 documents have more than 20 pages; analysing them all takes about 5 min (an estimate)."
    )
    for name, n in sizes.items():
        assert f"• {name} — {n} pages, about " in text
    assert "photo.png" not in text
    assert engine.calls == 1 + sum(sizes.values())


def test_skipping_them_leaves_the_long_documents_out_and_analyses_the_rest(
    qtbot, window, tmp_path, engine, dialog_log
):
    folder, _sizes = folder_of_long_documents(tmp_path)
    dialog_log.choose_answer = -1  # "Skip them", or Esc
    window.open_paths([folder])
    qtbot.waitUntil(lambda: counted(window, window.docs.values()), timeout=10000)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    assert [d.name for d in window.docs.values()] == ["photo.png"]
    [photo] = window.docs.values()
    assert photo.is_ready and engine.calls == 1 and len(dialog_log.chooses) == 1
    assert window.status_label.text() == "Left out, not analysed: a.tif, b.tif, c.tif"


def test_choose_analyses_only_the_ticked_documents(qtbot, window, tmp_path, engine, dialog_log):
    folder, sizes = folder_of_long_documents(tmp_path)
    dialog_log.choose_answer = 1  # "Choose…"
    dialog_log.pick_answer = [1]  # b.tif only
    window.open_paths([folder])
    qtbot.waitUntil(lambda: counted(window, window.docs.values()), timeout=10000)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    assert sorted(d.name for d in window.docs.values()) == ["b.tif", "photo.png"]
    assert all(d.is_ready for d in window.docs.values())
    [offered] = dialog_log.picks
    assert [line.split(" — ")[0] for line in offered] == list(sizes)
    assert engine.calls == 1 + sizes["b.tif"]


def test_the_checklist_starts_all_ticked_and_gives_the_ticked_ones(qtbot):
    """The real "Choose…" dialog: every document ticked; untick one and accept."""
    found = []

    def answer():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        listing = dialog.findChild(dialogs.QListWidget)
        found.append([listing.item(i).checkState() for i in range(listing.count())])
        found.append(dialog.focusWidget() is listing)  # Space ticks, Enter analyses
        found.append(listing.horizontalScrollBar().maximum() == 0)  # lines shown whole
        listing.item(0).setCheckState(dialogs.Qt.CheckState.Unchecked)
        dialog.accept()

    QTimer.singleShot(0, answer)
    lines = ["archive_scan_2024_customer_records.tif — 900 pages, about 38 min", "b", "c"]
    chosen = REAL_PICK(None, "Analyse long documents?", "Tick:", lines, ok="Go")
    assert found == [[dialogs.Qt.CheckState.Checked] * 3, True, True]
    assert chosen == [1, 2]


def test_a_document_over_the_page_limit_is_refused_once_counted(
    qtbot, window, tmp_path, engine, dialog_log, label, monkeypatch
):
    """It is not queued behind the other analyses to be refused by the load later."""
    settings = window.analysis_settings()
    monkeypatch.setattr(window, "analysis_settings", lambda: replace(settings, max_pages=30))
    engine.block = True  # the label holds the analysis thread
    [first] = window.open_paths([label.path])
    qtbot.waitUntil(engine.started.is_set, timeout=10000)
    [doc] = window.open_paths([long_tiff(tmp_path, 31)])
    qtbot.waitUntil(lambda: doc.status == Status.FAILED, timeout=10000)
    assert doc.error == "long.tif: 31 pages is more than the limit of 30; split the file"
    assert not dialog_log.confirms and engine.calls == 1 and first.status == Status.ANALYSING
    engine.release.set()
    qtbot.waitUntil(lambda: bool(dialog_log.errors), timeout=10000)
    [(_title, text, _details)] = dialog_log.errors
    assert "• long.tif: 31 pages is more than the limit of 30; split the file" in text


def test_cancel_while_files_are_still_counted_queues_none_of_them(
    qtbot, window, tmp_path, engine, monkeypatch
):
    """Cancel pressed while a folder's first file is analysed and the rest are still being
    counted: the files counted afterwards are cancelled too, not queued for analysis."""
    engine.block = True
    base = make_label(tmp_path / "base.png").path
    paths = []
    for i in range(4):
        paths.append(tmp_path / f"img{i}.png")
        paths[-1].write_bytes(base.read_bytes())
    gate, real_count = threading.Event(), page_count.count_pages

    def count_after_the_first(path):
        if path != paths[0]:
            assert gate.wait(20), "the count was never released"
        return real_count(path)

    monkeypatch.setattr(page_count, "count_pages", count_after_the_first)
    docs = window.open_paths(paths)
    qtbot.waitUntil(engine.started.is_set, timeout=10000)  # the first is being analysed
    assert [d.status for d in docs[1:]] == [Status.COUNTING] * 3
    window.cancel_button.click()
    gate.set()  # the count that was under way comes in after the click
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    assert {d.status for d in docs} == {Status.CANCELLED}
    assert engine.calls == 1
