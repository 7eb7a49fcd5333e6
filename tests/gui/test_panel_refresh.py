"""The findings panel rebuilds its rows only when what they show changes: the window
refreshes it on every progress step of a page, and each row costs a text snippet."""

from __future__ import annotations

from redactor.core.models import Category

from .test_main_window import open_and_wait, region_of


def test_a_refresh_with_nothing_new_keeps_the_rows(qtbot, window, label, engine):
    doc = open_and_wait(qtbot, window, label.path)
    qtbot.waitUntil(lambda: len(window.findings._id_items) == 3)
    rid = region_of(doc, Category.PHONE).id
    row = window.findings.item_for(rid)
    doc.set_progress(0.5)  # as a running analysis or check does, many times a page
    window.show_current()
    assert window.findings.item_for(rid) is row
    # A change of what is masked rebuilds them.
    window.preset_check.click()
    qtbot.waitUntil(lambda: window.findings.item_for(rid) is not row)
    assert window.findings.summary.text() == "3 of 3 areas will be masked."
