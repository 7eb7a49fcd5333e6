"""Chinese all the way: undo steps, Qt's own dialogs, toolbar texts, overlay, pasted names."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QImage

from redactor.gui.qtimage import rgb_to_qimage

from .conftest import make_label
from .test_main_window import open_and_wait


def chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def switch(qtbot, window, lang: str) -> None:
    window.set_language(lang)
    want = lang == "zh_CN"
    qtbot.waitUntil(lambda: chinese(window.act_open.text()) == want, timeout=5000)


def test_undo_steps_made_before_a_switch_follow_the_language(qtbot, window, label, engine, qapp):
    open_and_wait(qtbot, window, label.path)
    window.canvas.draw_box(420, 20, 560, 60)
    assert window.act_undo.text() == "&Undo Draw box"
    try:
        switch(qtbot, window, "zh_CN")
        assert window.act_undo.text() == "撤销(&U) 画框"
        assert "Draw" not in window.act_undo.toolTip()
    finally:
        switch(qtbot, window, "en")
    assert window.act_undo.text() == "&Undo Draw box"


def test_qt_dialogs_are_chinese_even_if_qt_looks_in_the_wrong_folder(qapp, monkeypatch):
    from PySide6.QtCore import QLibraryInfo

    from redactor.gui.i18n import install_language

    monkeypatch.setattr(QLibraryInfo, "path", lambda which: "/nonexistent/translations")
    try:
        install_language(qapp, "zh_CN")
        assert chinese(QCoreApplication.translate("QFileDialog", "Look in:"))
        assert chinese(QCoreApplication.translate("QFileDialog", "Files of type:"))
    finally:
        install_language(qapp, "en")


def test_toolbar_buttons_carry_no_mnemonics_in_chinese(qtbot, window, qapp):
    try:
        switch(qtbot, window, "zh_CN")
        for bar in (window.main_toolbar,):
            for action in bar.actions():
                if action.isSeparator():
                    continue
                text = bar.widgetForAction(action).text()
                assert not re.search(r"\([A-Za-z&]+\)", text), text
                assert "&" not in text
    finally:
        switch(qtbot, window, "en")


def test_overlay_does_not_break_a_short_chinese_message(qtbot, window, label, engine):
    open_and_wait(qtbot, window, label.path)
    window.canvas.set_message("正在查找个人信息… 40%")
    msg = window.canvas._message
    assert not msg.wordWrap()
    assert msg.width() >= msg.fontMetrics().horizontalAdvance("正在查找个人信息… 40%")


def test_pasted_image_name_follows_the_language(qtbot, window, tmp_path, engine, qapp):
    pixels = make_label(tmp_path / "p.png").pixels
    try:
        switch(qtbot, window, "zh_CN")
        mime = QMimeData()
        mime.setImageData(QImage(rgb_to_qimage(pixels)))
        assert window.intake.accept_mime(mime, drop=True)
        [doc] = window.docs.values()
        assert chinese(doc.name)
    finally:
        switch(qtbot, window, "en")
    assert doc.name == "Pasted image 1"
    assert window.file_list.item_for(doc.id).text().startswith("Pasted image 1")


def test_legend_entries_do_not_break_inside(qtbot, window, label, engine):
    open_and_wait(qtbot, window, label.path)
    text = window.canvas.legend_text()
    assert text.count("white-space:nowrap") == 3  # one unbreakable entry per category


def test_why_an_image_failed_is_said_in_chinese(qtbot, window, tmp_path, engine, dialog_log):
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    text = tmp_path / "notes.png"
    text.write_bytes(b"hello, this is not an image\n")
    try:
        switch(qtbot, window, "zh_CN")
        docs = window.open_paths([empty, text])
        qtbot.waitUntil(lambda: all(d.error for d in docs), timeout=10000)
        qtbot.waitUntil(lambda: bool(dialog_log.errors), timeout=10000)
        for doc in docs:
            assert chinese(doc.error) and not re.search(r"\b(file|image|bytes)\b", doc.error)
        listed = dialog_log.errors[-1][1]
        assert "empty.jpg" in listed and "0 bytes" not in listed and "not an image" not in listed
    finally:
        switch(qtbot, window, "en")


def test_qt_file_dialog_labels_are_chinese(qapp):
    from PySide6.QtWidgets import QFileDialog, QLabel

    from redactor.gui.i18n import install_language

    try:
        install_language(qapp, "zh_CN")
        dialog = QFileDialog(None, "t", "", "Images (*.png)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        assert labels and all(chinese(t) for t in labels), labels
    finally:
        install_language(qapp, "en")


def test_a_refused_long_scan_and_a_changed_file_are_said_in_chinese(qapp):
    from redactor.core.errors import FileChangedError, PageLimitError
    from redactor.gui.error_words import error_text
    from redactor.gui.i18n import install_language

    try:
        install_language(qapp, "zh_CN")
        long_scan = error_text(PageLimitError("scan.tif", 5000, 1000), "scan.tif")
        changed = error_text(FileChangedError("a.tif: changed while being read"), "a.tif")
        assert long_scan.startswith("scan.tif: ") and "5,000" in long_scan and "1,000" in long_scan
        assert chinese(long_scan) and "pages" not in long_scan
        assert chinese(changed) and "changed" not in changed
    finally:
        install_language(qapp, "en")


def test_the_long_documents_question_is_chinese(qtbot, window, tmp_path, engine, dialog_log):
    from .test_page_count import folder_of_long_documents

    folder, _sizes = folder_of_long_documents(tmp_path)
    dialog_log.choose_answer = -1  # skip them
    try:
        switch(qtbot, window, "zh_CN")
        docs = window.open_paths([folder])
        assert window.file_list.item_for(docs[0].id).text() == "a.tif\n正在统计页数…"
        qtbot.waitUntil(lambda: bool(dialog_log.chooses), timeout=10000)
        [(title, options, _default)] = dialog_log.chooses
        assert title == "要分析这些很长的文档吗？" and options == ["全部分析", "选择…"]
        assert dialog_log.choose_texts[0].startswith("3 份文档超过 20 页；")
        assert "• a.tif — 30 页，约 2 分钟" in dialog_log.choose_texts[0]
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
        assert window.status_label.text() == "未分析，已略过：a.tif, b.tif, c.tif"
    finally:
        switch(qtbot, window, "en")
