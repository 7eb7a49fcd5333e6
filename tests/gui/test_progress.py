"""Progress says which stage an image is in; the count shown is the image on screen's."""

from __future__ import annotations

from redactor.gui.document import Status

from .conftest import make_label
from .test_main_window import open_and_wait


def test_stage_is_shown_while_analysing(qtbot, window, tmp_path, engine, label):
    first = open_and_wait(qtbot, window, label.path)
    assert "areas will be masked" in window.count_label.text()
    engine.block = True
    engine.started.clear()
    [doc] = window.open_paths([make_label(tmp_path / "second.png").path])
    qtbot.waitUntil(engine.started.is_set, timeout=10000)
    qtbot.waitUntil(lambda: doc.status == Status.ANALYSING, timeout=10000)
    assert window.current is doc
    qtbot.waitUntil(
        lambda: window.file_list.item_for(doc.id).text().endswith("Reading the text… 10%"),
        timeout=5000,
    )
    assert window.canvas.message() == "Reading the text… 10%"
    # not the count of the image shown before
    assert window.count_label.text() == ""
    assert window.progress.isVisible() and not window.progress.isTextVisible()
    assert window.progress_label.text() == "0 of 1 images"
    engine.block = False
    engine.release.set()
    qtbot.waitUntil(lambda: doc.is_ready and not window.runner.busy, timeout=10000)
    assert first.is_ready
    assert "3 areas will be masked" in window.count_label.text()


def test_a_second_analysis_starts_the_bar_at_zero(qtbot, window, label, engine):
    open_and_wait(qtbot, window, label.path)
    engine.block = True
    engine.started.clear()
    window.act_reanalyse.trigger()
    assert window.progress.value() <= 100  # of 1000: not the full bar of the last run
    engine.block = False
    engine.release.set()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
