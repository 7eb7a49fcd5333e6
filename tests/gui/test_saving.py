"""Saving is visible: a notice that stays, a Save-all summary, the review list stays honest."""

from __future__ import annotations

from redactor.gui.document import Status

from .conftest import make_label
from .test_main_window import open_and_wait, open_review_batch


def test_ctrl_s_says_where_the_file_went_and_it_stays(qtbot, window, label, engine, qapp):
    doc = open_and_wait(qtbot, window, label.path)
    opened = []
    window.saver.open_folder = opened.append
    window.act_save.trigger()
    qtbot.waitUntil(lambda: doc.status == Status.SAVED, timeout=10000)
    out = label.path.with_name("label.redacted.png")
    assert out.exists()
    notice = window.notice.text()
    assert "label.redacted.png" in notice and str(label.path.parent) in notice
    # later updates (selection, counts) do not replace it
    window.update_ui()
    qapp.processEvents()
    assert window.notice.text() == notice
    assert "label.redacted.png" in window.status_label.text()
    window.notice.show_button.click()
    assert opened == [out]


def test_save_all_ends_with_a_summary(qtbot, window, tmp_path, engine, dialog_log, prefs):
    paths = [make_label(tmp_path / f"s{i}.png").path for i in range(3)]
    docs = window.open_paths(paths)
    qtbot.waitUntil(lambda: all(d.is_ready for d in docs), timeout=10000)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    window.intake.add_image(make_label(tmp_path / "p.png").pixels, "Pasted image 1")
    qtbot.waitUntil(lambda: all(d.is_ready for d in window.docs.values()), timeout=10000)
    dialog_log.summary_answer = True
    opened = []
    window.saver.open_folder = opened.append
    window.act_save_all.trigger()
    qtbot.waitUntil(lambda: bool(dialog_log.summaries), timeout=10000)
    title, text, details = dialog_log.summaries[0]
    assert "Written: 3" in text and "Skipped: 1" in text and "Failed: 0" in text
    assert str(tmp_path) in text
    assert "Pasted image 1" in details
    assert opened and opened[0].parent == tmp_path
    assert "Save all: 3 written" in window.notice.text()
    assert window.status_label.text() == "Written: 3 · Skipped: 1 · Failed: 0"


def test_review_filter_moves_on_when_the_shown_image_is_saved(
    qtbot, window, tmp_path, engine, dialog_log
):
    a, scan, c, d = open_review_batch(qtbot, window, tmp_path, engine)
    window.review_filter_button.click()
    window.file_list.select_doc(d.id)
    assert window.current is d
    window.save_current()
    qtbot.waitUntil(lambda: d.status == Status.SAVED, timeout=10000)
    # the saved image left the filtered list: the window shows the next one to review
    assert window.current is scan and window.file_list.visible_doc_ids() == [scan.id]
    window.save_current()
    qtbot.waitUntil(lambda: scan.status == Status.SAVED, timeout=10000)
    # nothing left to review: the whole list is back instead of an empty one
    assert not window.act_review_filter.isChecked()
    assert len(window.file_list.visible_doc_ids()) == 4


def test_saving_writes_the_audit_log_as_the_cli_does(qtbot, window, tmp_path, engine, prefs, label):
    import csv
    import json

    prefs.audit_folder = tmp_path / "audit"
    doc = open_and_wait(qtbot, window, label.path)
    window.editor.on_toggled([r.id for r in doc.page_regions()][:1], False)
    window.save_current()
    qtbot.waitUntil(lambda: doc.status == Status.SAVED, timeout=10000)
    [csv_path] = sorted((tmp_path / "audit").glob("audit-*.csv"))
    [row] = list(csv.DictReader(csv_path.open(encoding="utf-8")))
    assert row["input"] == str(label.path) and row["output"] == str(doc.saved_to)
    assert row["findings"] == "2"  # what was masked: the unticked finding is not counted
    assert len(row["input_sha256"]) == 64 and len(row["output_sha256"]) == 64
    text = csv_path.read_text(encoding="utf-8") + csv_path.with_suffix(".json").read_text(
        encoding="utf-8"
    )
    assert "张伟" not in text and "138 1234" not in text  # never the recognised text
    assert json.loads(csv_path.with_suffix(".json").read_text())["summary"]["files"] == 1


def test_the_saved_notice_follows_a_language_switch(qtbot, window, label, engine, qapp):
    doc = open_and_wait(qtbot, window, label.path)
    window.save_current()
    qtbot.waitUntil(lambda: doc.status == Status.SAVED, timeout=10000)
    try:
        window.set_language("zh_CN")
        qtbot.waitUntil(lambda: "已将" in window.notice.text(), timeout=5000)
    finally:
        window.set_language("en")
    qtbot.waitUntil(lambda: window.notice.text().startswith("Saved"), timeout=5000)
