"""A file's page count shows as soon as it is opened; a long document asks first."""

from __future__ import annotations

import hashlib

import numpy as np
from PIL import Image

from redactor.gui.document import Status
from redactor.gui.intake import LONG_DOCUMENT_PAGES

from .test_main_window import multi_page_tiff


def long_tiff(tmp_path, n: int):
    """``n`` small pages: the header says how many without decoding any."""
    pages = [Image.fromarray(np.full((120, 160, 3), 40 + i % 200, np.uint8)) for i in range(n)]
    path = tmp_path / "long.tif"
    pages[0].save(path, save_all=True, append_images=pages[1:])
    return path


def test_the_list_shows_the_page_count_before_analysis(
    qtbot, window, tmp_path, engine, dialog_log, label
):
    engine.block = True  # the label's analysis holds the analysis thread
    [first] = window.open_paths([label.path])
    assert engine.started.wait(10)
    tif, _pixels = multi_page_tiff(tmp_path, 3)
    [doc] = window.open_paths([tif])
    item = window.file_list.item_for(doc.id)
    assert item.text() == "scan.tif\nWaiting · 3 pages"
    qtbot.waitUntil(lambda: first.status == Status.ANALYSING, timeout=10000)
    assert engine.calls == 1 and doc.status == Status.QUEUED  # the TIFF is still waiting
    assert item.text() == "scan.tif\nWaiting · 3 pages"
    assert not dialog_log.confirms  # a short document is not asked about
    engine.release.set()
    qtbot.waitUntil(lambda: doc.is_ready and not window.runner.busy, timeout=10000)
    assert doc.page_count == 3 and engine.calls == 4


def test_a_long_document_asks_and_cancel_leaves_it_out(qtbot, window, tmp_path, engine, dialog_log):
    pages = LONG_DOCUMENT_PAGES + 5
    path = long_tiff(tmp_path, pages)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    dialog_log.confirm_answer = False
    assert window.open_paths([path]) == []
    [(title, text)] = dialog_log.confirms
    assert title == "Analyse a long document?"
    assert text == f"long.tif has {pages} pages; analysing them takes about 2 min (an estimate)."
    assert not window.docs and window.file_list.count() == 0
    assert not window.runner.busy and engine.calls == 0
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tif"] == ["long.tif"]


def test_a_long_document_is_analysed_once_agreed(qtbot, window, tmp_path, engine, dialog_log):
    engine.block = True
    path = long_tiff(tmp_path, LONG_DOCUMENT_PAGES + 1)
    [doc] = window.open_paths([path])
    assert len(dialog_log.confirms) == 1
    assert f"Waiting · {LONG_DOCUMENT_PAGES + 1} pages" in window.file_list.item_for(doc.id).text()
    assert engine.started.wait(10)  # its analysis goes ahead
    window.runner.cancel_all()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
