"""The user's work belongs to the document: it survives re-analysis, and quitting asks."""

from __future__ import annotations

from redactor.core.models import Category
from redactor.gui import dialogs, mask_controls

from .conftest import make_label
from .test_main_window import open_and_wait, region_of


def change_reading(monkeypatch, window) -> None:
    """A settings change that needs the images read again (an extra word to hide)."""

    def accept(dlg):
        dlg.custom_edit.setPlainText("ACME")
        return mask_controls.SettingsDialog.DialogCode.Accepted

    monkeypatch.setattr(mask_controls.SettingsDialog, "exec", accept)
    window.act_settings.trigger()


def manual_boxes(doc):
    return [r for r in doc.page_regions() if r.finding.category == Category.MANUAL]


def test_box_and_unticked_finding_survive_a_settings_change(
    qtbot, window, label, engine, dialog_log, monkeypatch
):
    doc = open_and_wait(qtbot, window, label.path)
    window.canvas.draw_box(420, 20, 560, 60)
    window.editor.on_toggled([region_of(doc, Category.PHONE).id], False)
    assert doc.undo_stack.count() == 2
    change_reading(monkeypatch, window)  # "Analyse again?" -> yes
    qtbot.waitUntil(lambda: engine.calls == 2, timeout=10000)
    qtbot.waitUntil(lambda: doc.is_ready and not window.runner.busy, timeout=10000)
    assert len(manual_boxes(doc)) == 1  # the drawn box is still there
    assert not region_of(doc, Category.PHONE).finding.enabled  # still unticked
    assert window.canvas.region_item(manual_boxes(doc)[0].id) is not None
    # the undo history survived too
    assert doc.undo_stack.count() == 2 and window.act_undo.isEnabled()
    window.act_undo.trigger()
    assert region_of(doc, Category.PHONE).finding.enabled
    window.act_undo.trigger()
    assert manual_boxes(doc) == []
    window.act_redo.trigger()
    assert len(manual_boxes(doc)) == 1


def test_a_deleted_finding_stays_deleted_after_reanalysis(qtbot, window, label, engine):
    doc = open_and_wait(qtbot, window, label.path)
    name = region_of(doc, Category.NAME)
    window.canvas.select_ids([name.id])
    window.act_delete.trigger()
    window.act_reanalyse.trigger()
    qtbot.waitUntil(lambda: engine.calls == 2 and doc.is_ready, timeout=10000)
    assert {r.finding.category for r in doc.page_regions()} == {Category.PHONE, Category.ADDRESS}


def test_quit_asks_with_unsaved_edits_even_while_analysing(
    qtbot, window, label, engine, dialog_log
):
    doc = open_and_wait(qtbot, window, label.path)
    window.canvas.draw_box(420, 20, 560, 60)
    engine.started.clear()
    engine.block = True
    window.act_reanalyse.trigger()
    assert engine.started.wait(10)
    assert not doc.is_ready
    dialog_log.quit_answer = dialogs.QuitAnswer.STAY
    window.close()
    assert dialog_log.quits == [1]
    assert window.isVisible()
    engine.block = False
    engine.release.set()
    qtbot.waitUntil(lambda: doc.is_ready, timeout=10000)
    assert len(manual_boxes(doc)) == 1


def test_analysis_again_starts_with_the_image_on_screen(
    qtbot, window, tmp_path, engine, dialog_log, monkeypatch
):
    sizes = [(700, 400), (710, 410), (720, 420)]
    paths = [make_label(tmp_path / f"r{i}.png", size=s).path for i, s in enumerate(sizes)]
    docs = window.open_paths(paths)
    qtbot.waitUntil(lambda: all(d.is_ready for d in docs), timeout=10000)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    window.file_list.select_doc(docs[2].id)
    change_reading(monkeypatch, window)
    qtbot.waitUntil(lambda: engine.calls == 6 and not window.runner.busy, timeout=10000)
    assert engine.sizes[3] == sizes[2]
