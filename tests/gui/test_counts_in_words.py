"""Counts read as words do: "1 area", "2 areas", in English and in Chinese."""

from __future__ import annotations

from redactor.core.models import Category
from redactor.core.review import Reason, ReasonKind
from redactor.gui.explain import plain_reason

from .test_main_window import open_and_wait


def test_one_area_is_one_area(qtbot, window, label, engine):
    engine.boxes = {Category.PHONE: label.boxes[Category.PHONE]}
    open_and_wait(qtbot, window, label.path)
    assert window.count_label.text() == "1 area will be masked. Hold Space to preview."
    assert window.findings.summary.text() == "1 of 1 area will be masked."


def test_one_area_in_chinese(qtbot, window, label, engine):
    engine.boxes = {Category.PHONE: label.boxes[Category.PHONE]}
    open_and_wait(qtbot, window, label.path)
    try:
        window.set_language("zh_CN")
        qtbot.waitUntil(lambda: window.count_label.text() == "将遮盖 1 处区域。按住空格键预览。")
        assert window.findings.summary.text() == "1 处区域中将遮盖 1 处。"
        one = plain_reason(Reason(ReasonKind.UNREAD_TEXT, 1))
        assert "（1 处）" in one and "area" not in one
    finally:
        window.set_language("en")


def test_review_reasons_count_one_line_and_one_area():
    assert "(1 line)" in plain_reason(Reason(ReasonKind.SMALL_TEXT, 1))
    assert "(1 line)" in plain_reason(Reason(ReasonKind.BLURRED, 1))
    assert "(1 area)" in plain_reason(Reason(ReasonKind.UNREAD_TEXT, 1))
    assert "(2 lines)" in plain_reason(Reason(ReasonKind.BLURRED, 2))
