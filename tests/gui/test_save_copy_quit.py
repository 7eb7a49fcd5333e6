"""Saving, copying and quitting: review warnings, what "Save all" settles, what quitting asks."""

from __future__ import annotations

import os

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from redactor.gui import dialogs
from redactor.gui.document import DocState, Status

from .conftest import REAL_DIALOGS, make_label
from .test_main_window import open_and_wait


def test_copying_a_flagged_image_asks_as_saving_does(qtbot, window, label, engine, dialog_log):
    engine.flagged_calls = {1}
    doc = open_and_wait(qtbot, window, label.path)
    assert doc.needs_review
    QGuiApplication.clipboard().clear()
    dialog_log.confirm_answer = False  # "Go back"
    window.act_copy.trigger()
    assert [t for t, _ in dialog_log.confirms] == ["Check before copying"]
    assert dialog_log.confirm_defaults == [False]  # Enter goes back
    assert QGuiApplication.clipboard().image().isNull()
    dialog_log.confirm_answer = True
    window.act_copy.trigger()
    assert not QGuiApplication.clipboard().image().isNull()


def test_copying_says_so_in_the_notice_instead_of_an_earlier_save(
    qtbot, window, label, engine, tmp_path
):
    window.prefs.output_folder = tmp_path / "out"
    open_and_wait(qtbot, window, label.path)
    window.save_current()
    qtbot.waitUntil(lambda: "Saved" in window.notice.text(), timeout=10000)
    window.act_copy.trigger()
    assert "clipboard" in window.notice.text() and "label.png" in window.notice.text()
    assert "Saved" not in window.notice.text()
    assert not window.notice.show_button.isVisible()


def test_the_review_warning_before_saving_does_not_default_to_save(
    qtbot, window, label, engine, dialog_log, tmp_path
):
    engine.flagged_calls = {1}
    window.prefs.output_folder = tmp_path / "out"
    open_and_wait(qtbot, window, label.path)
    dialog_log.confirm_answer = False
    window.save_current()
    assert [t for t, _ in dialog_log.confirms] == ["Check before saving"]
    assert dialog_log.confirm_defaults == [False]


def test_a_warning_box_defaults_to_no_when_asked():
    box, yes = dialogs.confirm_box(None, "t", "x", "Save anyway", "Go back", default_yes=False)
    assert box.defaultButton() is not yes
    assert box.defaultButton().text() == "Go back"


def test_save_all_leaves_images_nobody_looked_at_to_review(
    qtbot, window, tmp_path, engine, dialog_log
):
    paths = [make_label(tmp_path / f"{n}.png").path for n in ("a", "b", "c")]
    engine.flagged_calls = {1, 2}  # a and b flagged, c verified
    docs = window.open_paths(paths)
    qtbot.waitUntil(lambda: all(d.is_ready for d in docs), timeout=10000)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    a, b, c = docs
    window.review_filter_button.click()
    assert window.current is a  # on screen: looked at
    dialog_log.choose_answer = 0  # "Save all", flagged ones too
    window.act_save_all.trigger()
    qtbot.waitUntil(lambda: bool(dialog_log.summaries) or window.current is b, timeout=10000)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    assert all(d.saved_to is not None for d in docs)
    assert a.status == Status.SAVED and c.status == Status.SAVED
    assert b.status == Status.NEEDS_REVIEW  # written, but nobody looked at it
    assert "done" not in window.status_label.text()
    assert window.act_review_filter.iconText() == "Needs review only (1)"
    assert window.current is b  # the filter moved on to the one left


def test_a_pasted_image_never_saved_is_asked_about_at_quit(
    qtbot, window, tmp_path, engine, dialog_log
):
    doc = window.intake.add_image(make_label(tmp_path / "p.png").pixels, "Pasted image 1")
    qtbot.waitUntil(lambda: doc.is_ready, timeout=10000)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    dialog_log.quit_answer = dialogs.QuitAnswer.STAY
    window.close()
    assert dialog_log.quits == [1]
    assert window.isVisible()


def test_quit_offers_save_all_and_quit_by_default(monkeypatch):
    boxes: list[QMessageBox] = []
    monkeypatch.setattr(dialogs, "choose", REAL_DIALOGS["choose"])
    monkeypatch.setattr(QMessageBox, "exec", lambda self: boxes.append(self) or 0)
    assert REAL_DIALOGS["ask_quit"](None, 2) == dialogs.QuitAnswer.STAY  # closed: stay
    texts = [b.text() for b in boxes[0].buttons()]
    assert "Save all and quit" in texts and "Quit without saving" in texts
    assert boxes[0].defaultButton().text() == "Save all and quit"


def test_save_all_and_quit_closes_once_everything_is_written(
    qtbot, window, label, engine, dialog_log, tmp_path
):
    doc = open_and_wait(qtbot, window, label.path)
    window.canvas.draw_box(420, 20, 560, 60)
    dialog_log.quit_answer = dialogs.QuitAnswer.SAVE_ALL_AND_QUIT
    window.close()
    assert window.isVisible()  # writing first
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
    assert doc.saved_to is not None and doc.saved_to.exists()


def test_switching_images_clears_the_last_image_s_messages(qtbot, window, tmp_path, engine):
    a, b = (make_label(tmp_path / f"{n}.png").path for n in ("a", "b"))
    docs = window.open_paths([a, b])
    qtbot.waitUntil(lambda: all(d.is_ready for d in docs), timeout=10000)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    window.file_list.select_doc(docs[0].id)
    window.save_current()
    qtbot.waitUntil(lambda: "Saved" in window.notice.text(), timeout=10000)
    window.file_list.select_doc(docs[1].id)
    assert window.notice.text() == ""
    assert "Saved" not in window.status_label.text()


def test_the_findings_panel_says_the_image_is_being_analysed(qtbot, window, label, engine):
    open_and_wait(qtbot, window, label.path)
    engine.block = True
    engine.started.clear()
    window.act_reanalyse.trigger()
    assert engine.started.wait(10)
    qtbot.waitUntil(lambda: window.current.state == DocState.ANALYSING, timeout=10000)
    qtbot.waitUntil(lambda: "Analysing" in window.findings.summary.text(), timeout=10000)
    assert "Open an image" not in window.findings.summary.text()
    engine.block = False
    engine.release.set()
    qtbot.waitUntil(lambda: window.current.is_ready, timeout=10000)


def test_show_in_folder_without_a_file_manager_says_where_the_file_is(
    qtbot, window, label, engine, dialog_log
):
    open_and_wait(qtbot, window, label.path)
    window.saver.open_folder = lambda path: False  # no file manager installed
    window.save_current()
    qtbot.waitUntil(lambda: window.notice.show_button.isVisible(), timeout=10000)
    window.notice.show_button.click()
    out = window.current.saved_to
    assert dialog_log.infos and str(out) in dialog_log.infos[-1][1]
    umask = os.umask(0o022)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask  # not owner-only
