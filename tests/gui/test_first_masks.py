"""Masks appear as soon as detection has them; the check of the masked image follows.

The fake engine's verification is held on an event, so each test looks at the
window while the check is still running, then lets it finish.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from redactor.core.models import Category, Finding, Origin, Quad, Source
from redactor.gui.document import Status

from .conftest import make_label
from .test_main_window import is_black, region_of, unchanged


def open_while_checking(qtbot, window, engine, path):
    engine.verify_block = True
    [doc] = window.open_paths([path])
    qtbot.waitUntil(lambda: engine.verify_started.is_set() and doc.shows_findings, timeout=10000)
    qtbot.waitUntil(lambda: doc.has_pixels, timeout=10000)
    return doc


def test_findings_are_on_screen_and_marked_checking_before_the_check_ends(
    qtbot, window, engine, label
):
    doc = open_while_checking(qtbot, window, engine, label.path)
    assert doc.status == Status.CHECKING
    assert {r.finding.category for r in doc.page_regions()} == set(label.boxes)
    for r in doc.page_regions():
        assert window.canvas.region_item(r.id) is not None
    qtbot.waitUntil(lambda: window.findings.page_info.text() == "Checking…")
    assert window.findings.item_for(region_of(doc, Category.NAME).id) is not None
    assert "Checking the masked image" in window.file_list.item_for(doc.id).text()
    assert is_black(window.masked_current_page(), label.boxes[Category.NAME])  # Space preview
    assert not doc.needs_review and not doc.is_ready
    assert not window.act_copy.isEnabled()  # nothing unverified leaves the window

    # the user unticks a finding meanwhile; the check then adds a mask of its own
    phone = region_of(doc, Category.PHONE)
    window.editor.on_toggled([phone.id], False)
    engine.residual = (
        Finding(Category.DOOR, Quad.from_bbox(600, 300, 680, 340), 0.7, Source(Origin.VERIFY, "t")),
    )
    engine.verify_release.set()
    qtbot.waitUntil(lambda: doc.is_ready and not window.runner.busy, timeout=10000)
    assert doc.status == Status.NEEDS_REVIEW
    assert not region_of(doc, Category.PHONE).finding.enabled  # the edit stayed
    added = region_of(doc, Category.DOOR)
    assert window.canvas.region_item(added.id) is not None
    qtbot.waitUntil(lambda: window.findings.page_info.text() == "Needs review")
    assert engine.calls == 1


def test_a_save_asked_while_checking_waits_for_the_check(
    qtbot, window, engine, label, dialog_log, tmp_path
):
    doc = open_while_checking(qtbot, window, engine, label.path)
    dest = label.path.with_name("label.redacted.png")
    window.save_current()
    assert "once its check is done" in window.status_label.text()
    qtbot.wait(50)
    assert not dest.exists() and doc.saved_to is None
    engine.verify_release.set()
    qtbot.waitUntil(lambda: doc.status == Status.SAVED, timeout=10000)
    assert doc.saved_to == dest
    assert dialog_log.confirms == []  # verified: nothing to ask
    saved = np.asarray(Image.open(dest).convert("RGB"))
    assert is_black(saved, label.boxes[Category.PHONE])


def test_a_save_asked_while_checking_asks_first_when_the_check_flags_the_page(
    qtbot, window, engine, label, dialog_log
):
    doc = open_while_checking(qtbot, window, engine, label.path)
    engine.residual = (
        Finding(Category.PHONE, Quad.from_bbox(5, 5, 25, 25), 0.6, Source(Origin.VERIFY, "t")),
    )
    dialog_log.confirm_answer = False  # "Go back"
    window.save_current()
    engine.verify_release.set()
    qtbot.waitUntil(lambda: doc.is_ready and not window.runner.busy, timeout=10000)
    assert [t for t, _ in dialog_log.confirms] == ["Check before saving"]
    assert doc.saved_to is None
    assert not label.path.with_name("label.redacted.png").exists()


def test_save_all_waits_for_the_image_being_checked(qtbot, window, engine, label, dialog_log):
    doc = open_while_checking(qtbot, window, engine, label.path)
    window.act_save_all.trigger()
    assert dialog_log.summaries == []
    engine.verify_release.set()
    qtbot.waitUntil(lambda: bool(dialog_log.summaries), timeout=10000)
    assert doc.status == Status.SAVED
    assert "Written: 1" in dialog_log.summaries[0][1]


def test_the_image_on_screen_is_analysed_first(qtbot, window, tmp_path, engine):
    sizes = [(700, 400), (710, 410), (720, 420), (730, 430)]
    paths = [make_label(tmp_path / f"q{i}.png", size=s).path for i, s in enumerate(sizes)]
    engine.block = True
    docs = window.open_paths(paths)
    # the first one is being read; the others wait
    qtbot.waitUntil(engine.started.is_set, timeout=10000)
    window.file_list.select_doc(docs[3].id)
    assert window.current is docs[3]
    engine.block = False
    engine.release.set()
    qtbot.waitUntil(lambda: all(d.is_ready for d in docs), timeout=10000)
    assert engine.sizes == [sizes[0], sizes[3], sizes[1], sizes[2]]


def choose_categories(monkeypatch, window, off: set[Category]) -> None:
    from redactor.gui import mask_controls

    def accept(dlg):
        for cat, box in dlg.category_boxes.items():
            box.setChecked(cat not in off)
        return mask_controls.SettingsDialog.DialogCode.Accepted

    monkeypatch.setattr(mask_controls.SettingsDialog, "exec", accept)
    window.act_settings.trigger()


def test_unticking_a_category_applies_at_once_without_reading_again(
    qtbot, window, engine, label, dialog_log, monkeypatch, prefs
):
    from .test_main_window import open_and_wait

    doc = open_and_wait(qtbot, window, label.path)
    calls, checks = engine.calls, engine.verify_calls
    assert not window.findings.filter_chip.isVisible()
    choose_categories(monkeypatch, window, {Category.PHONE})
    assert dialog_log.confirms == []  # no "Analyse again?"
    assert (engine.calls, engine.verify_calls) == (calls, checks)
    assert not window.runner.busy
    assert not region_of(doc, Category.PHONE).finding.enabled
    masked = window.masked_current_page()
    assert unchanged(masked, label.pixels, label.boxes[Category.PHONE])
    assert is_black(masked, label.boxes[Category.NAME])
    chip = window.findings.filter_chip
    assert chip.isVisible() and chip.label.text() == "Not masked: Phone"

    chip.reset_button.click()  # "Mask all"
    assert Category.PHONE in prefs.categories
    assert region_of(doc, Category.PHONE).finding.enabled
    assert is_black(window.masked_current_page(), label.boxes[Category.PHONE])
    assert not chip.isVisible()
    assert engine.calls == calls


def test_a_category_switched_off_earlier_is_found_and_shown_on_start(
    qtbot, engine, label, prefs, dialog_log, monkeypatch
):
    from redactor.core.models import DEFAULT_CATEGORIES
    from redactor.gui.main_window import MainWindow

    prefs.categories = DEFAULT_CATEGORIES - {Category.ADDRESS}  # a choice from last time
    window = MainWindow(prefs)
    qtbot.addWidget(window)
    window.show()
    chip = window.findings.filter_chip
    assert chip.isVisibleTo(window.findings) and "Address" in chip.label.text()
    [doc] = window.open_paths([label.path])
    qtbot.waitUntil(lambda: doc.is_ready and not window.runner.busy, timeout=10000)
    assert chip.isVisible()
    address = region_of(doc, Category.ADDRESS)  # found, left visible
    assert not address.finding.enabled
    choose_categories(monkeypatch, window, set())  # switched on again: no new analysis
    assert region_of(doc, Category.ADDRESS).finding.enabled
    assert engine.calls == 1
    assert not chip.isVisible()
    window.runner.wait()
