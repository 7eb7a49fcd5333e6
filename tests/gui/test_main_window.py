"""The window end to end with a fake engine: open, review, edit, save, copy, drop, cancel."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage, QKeySequence
from PySide6.QtWidgets import QApplication

from redactor.core.models import MANUAL_SOURCE, Category, Finding, Origin, Quad, Source
from redactor.gui.document import DocState, Status
from redactor.gui.qtimage import qimage_to_rgb, rgb_to_qimage

from .conftest import make_label


def open_and_wait(qtbot, window, path: Path):
    docs = window.open_paths([path])
    assert len(docs) == 1
    doc = docs[0]
    qtbot.waitUntil(lambda: doc.is_ready, timeout=10000)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    return doc


def region_of(doc, cat: Category):
    return next(r for r in doc.page_regions() if r.finding.category == cat)


def area(pixels: np.ndarray, box, shrink: int = 4) -> np.ndarray:
    x0, y0, x1, y1 = (int(v) for v in box)
    return pixels[y0 + shrink : y1 - shrink, x0 + shrink : x1 - shrink].astype(int)


def is_black(pixels: np.ndarray, box) -> bool:
    return area(pixels, box).max() <= 10


def unchanged(pixels: np.ndarray, original: np.ndarray, box) -> bool:
    return np.abs(area(pixels, box) - area(original, box)).max() <= 2


def test_empty_state_then_findings_appear(qtbot, window, label, engine):
    assert window.stack.currentWidget() is window.drop_zone
    doc = open_and_wait(qtbot, window, label.path)
    assert window.stack.currentWidget() is window.canvas
    assert window.current is doc
    assert doc.status == Status.VERIFIED
    assert {r.finding.category for r in doc.page_regions()} == set(label.boxes)
    qtbot.waitUntil(lambda: len(window.findings._id_items) == 3)
    for r in doc.page_regions():
        assert window.canvas.region_item(r.id) is not None
    assert "Verified" in window.file_list.item_for(doc.id).text()
    assert "Phone" in window.canvas.legend_text()


def test_unchecked_finding_stays_visible_in_saved_file(qtbot, window, label, engine, dialog_log):
    doc = open_and_wait(qtbot, window, label.path)
    name = region_of(doc, Category.NAME)
    qtbot.waitUntil(lambda: window.findings.item_for(name.id) is not None)
    window.findings.item_for(name.id).setCheckState(0, Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: not doc.region(name.id).finding.enabled)
    # the unchecked item is still listed and still drawn on the canvas
    qtbot.waitUntil(lambda: window.findings.item_for(name.id) is not None)
    assert window.canvas.region_item(name.id) is not None

    window.save_current()
    out = label.path.with_name("label.redacted.png")
    qtbot.waitUntil(lambda: doc.status == Status.SAVED, timeout=10000)
    assert doc.saved_to == out
    saved = np.asarray(Image.open(out).convert("RGB"))
    assert saved.shape == label.pixels.shape
    assert unchanged(saved, label.pixels, label.boxes[Category.NAME])
    assert is_black(saved, label.boxes[Category.PHONE])
    assert is_black(saved, label.boxes[Category.ADDRESS])
    assert not dialog_log.confirms  # verified pages save without asking
    # the original is untouched
    assert np.array_equal(np.asarray(Image.open(label.path).convert("RGB")), label.pixels)


def test_category_switch_toggles_whole_category(qtbot, window, label, engine):
    doc = open_and_wait(qtbot, window, label.path)
    qtbot.waitUntil(lambda: window.findings.group_for(Category.PHONE) is not None)
    window.findings.group_for(Category.PHONE).setCheckState(0, Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: not region_of(doc, Category.PHONE).finding.enabled)
    assert region_of(doc, Category.NAME).finding.enabled
    doc.undo_stack.undo()
    assert region_of(doc, Category.PHONE).finding.enabled


def drag_box(qtbot, canvas, x0, y0, x1, y1):
    vp = canvas.viewport()
    a = canvas.mapFromScene(QPointF(x0, y0))
    b = canvas.mapFromScene(QPointF(x1, y1))
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(vp, pos=QPoint((a.x() + b.x()) // 2, (a.y() + b.y()) // 2))
    qtbot.mouseMove(vp, pos=b)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=b)


def test_drawn_box_is_masked_and_undo_redo(qtbot, window, label, engine):
    doc = open_and_wait(qtbot, window, label.path)
    window.act_draw.setChecked(True)
    box = (400, 330, 600, 390)  # the date line: nothing found there
    drag_box(qtbot, window.canvas, *box)
    manual = [r for r in doc.page_regions() if r.finding.category == Category.MANUAL]
    assert len(manual) == 1
    x0, y0, x1, y1 = manual[0].finding.quad.bbox
    assert abs(x0 - 400) < 3 and abs(y1 - 390) < 3
    assert manual[0].finding.source == MANUAL_SOURCE

    masked = window.masked_current_page()
    assert is_black(masked, box)

    assert window.act_undo.isEnabled()
    window.act_undo.trigger()
    assert not [r for r in doc.page_regions() if r.finding.category == Category.MANUAL]
    assert not is_black(window.masked_current_page(), box)
    window.act_redo.trigger()
    assert len([r for r in doc.page_regions() if r.finding.category == Category.MANUAL]) == 1

    window.act_draw.setChecked(False)
    window.save_current()
    qtbot.waitUntil(lambda: doc.status == Status.SAVED, timeout=10000)
    saved = np.asarray(Image.open(doc.saved_to).convert("RGB"))
    assert is_black(saved, box)


def test_move_resize_and_delete_are_undoable(qtbot, window, label, engine):
    doc = open_and_wait(qtbot, window, label.path)
    phone = region_of(doc, Category.PHONE)
    before = phone.finding.quad
    window.canvas.regionEdited.emit(phone.id, Quad.from_bbox(10, 10, 50, 50))
    assert doc.region(phone.id).finding.quad.bbox == (10, 10, 50, 50)
    doc.undo_stack.undo()
    assert doc.region(phone.id).finding.quad == before

    window.canvas.select_ids([phone.id])
    assert window.canvas.selected_ids() == [phone.id]
    qtbot.waitUntil(lambda: window.findings.selected_ids() == [phone.id])
    window.act_delete.trigger()
    assert all(r.id != phone.id for r in doc.page_regions())
    doc.undo_stack.undo()
    assert doc.region(phone.id).finding.category == Category.PHONE


def test_selection_syncs_both_ways(qtbot, window, label, engine):
    doc = open_and_wait(qtbot, window, label.path)
    addr = region_of(doc, Category.ADDRESS)
    qtbot.waitUntil(lambda: window.findings.item_for(addr.id) is not None)
    window.findings.item_for(addr.id).setSelected(True)
    assert window.canvas.selected_ids() == [addr.id]
    name = region_of(doc, Category.NAME)
    window.canvas.region_item(name.id).setSelected(True)
    window.canvas.region_item(addr.id).setSelected(False)
    assert window.findings.selected_ids() == [name.id]


def test_space_shows_masked_preview(qtbot, window, label, engine):
    doc = open_and_wait(qtbot, window, label.path)
    window.canvas.setFocus()
    qtbot.keyPress(window.canvas, Qt.Key.Key_Space)
    assert window.canvas.preview
    assert window.act_preview.isChecked()
    shown = qimage_to_rgb(window.canvas._pixmap_item.pixmap().toImage())
    assert is_black(shown, label.boxes[Category.PHONE])
    assert not window.canvas.region_item(doc.page_regions()[0].id).isVisible()
    qtbot.keyRelease(window.canvas, Qt.Key.Key_Space)
    assert not window.canvas.preview
    shown = qimage_to_rgb(window.canvas._pixmap_item.pixmap().toImage())
    assert unchanged(shown, label.pixels, label.boxes[Category.PHONE])


def test_copy_masked_image_to_clipboard(qtbot, window, label, engine):
    open_and_wait(qtbot, window, label.path)
    QGuiApplication.clipboard().clear()
    window.act_copy.trigger()
    image = QGuiApplication.clipboard().image()
    assert not image.isNull()
    rgb = qimage_to_rgb(image)
    assert rgb.shape == label.pixels.shape
    assert is_black(rgb, label.boxes[Category.NAME])
    assert np.array_equal(rgb[5:15, 5:300], label.pixels[5:15, 5:300])  # the rest is untouched


def test_paste_image_from_clipboard(qtbot, window, label, engine):
    QGuiApplication.clipboard().setImage(rgb_to_qimage(label.pixels))
    window.act_paste.trigger()
    assert len(window.docs) == 1
    doc = next(iter(window.docs.values()))
    assert doc.path is None
    qtbot.waitUntil(lambda: doc.is_ready, timeout=10000)
    assert len(doc.page_regions()) == 3


def test_drop_files_and_folders(qtbot, window, tmp_path, engine):
    folder = tmp_path / "scans"
    (folder / "sub").mkdir(parents=True)
    make_label(folder / "a.png")
    make_label(folder / "sub" / "b.jpg")
    (folder / "notes.txt").write_text("not an image")
    single = make_label(tmp_path / "c.png").path

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder)), QUrl.fromLocalFile(str(single))])
    pos = QPointF(window.width() / 2, window.height() / 2)
    enter = QDragEnterEvent(
        pos,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        pos,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)
    names = sorted(d.name for d in window.docs.values())
    assert names == ["a.png", "b.jpg", "c.png"]
    qtbot.waitUntil(lambda: all(d.is_ready for d in window.docs.values()), timeout=20000)
    assert window.file_list.count() == 3


def test_unreadable_file_reports_error_and_app_keeps_running(
    qtbot, window, tmp_path, label, engine, dialog_log
):
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 this is not really a jpeg")
    [doc] = window.open_paths([broken])
    qtbot.waitUntil(lambda: doc.status == Status.FAILED, timeout=10000)
    qtbot.waitUntil(lambda: bool(dialog_log.errors), timeout=10000)
    title, text, _ = dialog_log.errors[0]
    assert "broken.jpg" in text
    assert "broken.jpg" in window.file_list.item_for(doc.id).toolTip()
    assert "Failed" in window.file_list.item_for(doc.id).text()
    assert "broken.jpg" in window.canvas.message()
    # still usable
    good = open_and_wait(qtbot, window, label.path)
    assert good.status == Status.VERIFIED


def test_long_analysis_can_be_cancelled(qtbot, window, tmp_path, engine):
    engine.block = True
    paths = [make_label(tmp_path / f"l{i}.png").path for i in range(3)]
    docs = window.open_paths(paths)
    qtbot.waitUntil(engine.started.is_set, timeout=10000)
    qtbot.waitUntil(lambda: docs[0].state == DocState.ANALYSING, timeout=10000)
    assert window.cancel_button.isVisible()
    assert window.runner.busy
    window.cancel_button.click()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    assert all(d.status == Status.CANCELLED for d in docs)
    assert engine.calls == 1  # the waiting ones never started
    assert not window.cancel_button.isVisible()
    # analyse again once the engine is free
    engine.block = False
    window.file_list.select_doc(docs[1].id)
    window.act_reanalyse.trigger()
    qtbot.waitUntil(lambda: docs[1].is_ready, timeout=10000)


def test_needs_review_asks_before_saving(qtbot, window, label, engine, dialog_log):
    engine.residual = (
        Finding(
            Category.PHONE, Quad.from_bbox(400, 330, 600, 390), 0.6, Source(Origin.VERIFY, "phone")
        ),
    )
    doc = open_and_wait(qtbot, window, label.path)
    assert doc.status == Status.NEEDS_REVIEW
    assert "Needs review" in window.file_list.item_for(doc.id).text()
    out = label.path.with_name("label.redacted.png")
    dialog_log.confirm_answer = False
    window.save_current()
    assert len(dialog_log.confirms) == 1
    assert not out.exists()
    dialog_log.confirm_answer = True
    window.save_current()
    qtbot.waitUntil(lambda: doc.status == Status.SAVED, timeout=10000)
    assert out.exists()


def test_save_into_chosen_folder_and_save_all(qtbot, window, tmp_path, engine, prefs):
    outdir = tmp_path / "out"
    prefs.output_folder = outdir
    a = make_label(tmp_path / "a.png").path
    b = make_label(tmp_path / "b.jpg").path
    docs = window.open_paths([a, b])
    qtbot.waitUntil(lambda: all(d.is_ready for d in docs), timeout=10000)
    window.act_save_all.trigger()
    qtbot.waitUntil(lambda: all(d.status == Status.SAVED for d in docs), timeout=10000)
    # an output folder keeps the input's names, as ``redactor redact -o`` (core.naming)
    assert sorted(p.name for p in outdir.iterdir()) == ["a.png", "b.jpg"]


def test_mask_style_changes_preview(qtbot, window, label, engine, prefs):
    open_and_wait(qtbot, window, label.path)
    idx = window.mask_combo.findData("pixelate")
    window.mask_combo.setCurrentIndex(idx)
    assert prefs.mask == "pixelate"
    assert window.weak_label_action.isVisible()
    masked = window.masked_current_page()
    assert not is_black(masked, label.boxes[Category.PHONE])
    assert not unchanged(masked, label.pixels, label.boxes[Category.PHONE])


def test_geometry_is_remembered(qtbot, prefs):
    from redactor.gui.main_window import MainWindow

    w = MainWindow(prefs)
    qtbot.addWidget(w)
    w.resize(700, 500)  # within the offscreen screen (800x600)
    w.show()
    w.close()
    geometry, _state = prefs.geometry()
    assert geometry
    w2 = MainWindow(prefs)
    qtbot.addWidget(w2)
    assert (w2.size().width(), w2.size().height()) == (700, 500)


def test_excepthook_shows_dialog_instead_of_crashing(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from redactor.gui import app as gui_app

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.detailedText()) or 0)
    try:
        raise ValueError("boom")
    except ValueError as exc:
        gui_app.excepthook(type(exc), exc, exc.__traceback__)
    assert shown and "ValueError: boom" in shown[0]


@pytest.mark.parametrize("bad", ["missing.png"])
def test_missing_file_on_command_line(qtbot, window, tmp_path, bad, engine, dialog_log):
    # reported as the command line reports it (core.batch.collect_jobs), nothing opened
    assert window.open_paths([tmp_path / bad]) == []
    assert len(dialog_log.errors) == 1
    assert "no such file" in dialog_log.errors[0][2] + dialog_log.errors[0][1]


def test_qimage_roundtrip():
    rgb = (np.arange(7 * 5 * 3) % 251).astype(np.uint8).reshape(5, 7, 3)
    assert np.array_equal(qimage_to_rgb(rgb_to_qimage(rgb)), rgb)
    assert isinstance(rgb_to_qimage(rgb), QImage)


def test_worker_results_arrive_on_the_ui_thread(qtbot, window, label, engine, monkeypatch):
    from PySide6.QtCore import QThread

    seen = []
    original = window.analysis.on_analysed
    monkeypatch.setattr(
        window.analysis,
        "on_analysed",
        lambda *a: (seen.append(QThread.currentThread()), original(*a)),
    )
    doc = open_and_wait(qtbot, window, label.path)
    assert doc.is_ready
    assert seen == [QApplication.instance().thread()]


def test_batch_keeps_the_window_responsive(qtbot, window, tmp_path, engine):
    """While the engine is busy on one image the UI thread still handles events."""
    engine.block = True
    base = make_label(tmp_path / "base.png")
    paths = []
    for i in range(50):
        p = tmp_path / f"img{i:02d}.png"
        p.write_bytes(base.path.read_bytes())
        paths.append(p)
    docs = window.open_paths(paths)
    assert len(docs) == 50
    qtbot.waitUntil(engine.started.is_set, timeout=10000)
    # the UI thread is free: switching files and zooming work while analysis is blocked
    window.act_next.trigger()
    assert window.current is docs[1]
    qtbot.waitUntil(lambda: docs[0].page_count == 1, timeout=10000)
    window.file_list.select_doc(docs[0].id)
    qtbot.waitUntil(lambda: docs[0].has_pixels, timeout=10000)  # read back off the UI thread
    window.act_100.trigger()
    assert window.canvas.zoom == 1.0
    assert window.progress.isVisible()
    engine.block = False
    engine.release.set()
    qtbot.waitUntil(lambda: all(d.is_ready for d in docs), timeout=60000)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    assert not window.progress.isVisible()
    assert engine.calls == 50


def test_a_batch_of_50_can_be_cancelled(qtbot, window, tmp_path, engine):
    engine.block = True
    base = make_label(tmp_path / "base.png").path
    folder = tmp_path / "batch"
    folder.mkdir()
    for i in range(50):
        (folder / f"img{i:02d}.png").write_bytes(base.read_bytes())
    window.drop_urls([folder])
    assert len(window.docs) == 50
    qtbot.waitUntil(engine.started.is_set, timeout=10000)
    qtbot.waitUntil(lambda: window.progress.isVisible(), timeout=10000)
    assert window.progress_label.text() == "0 of 50 images"
    assert window.act_cancel.isEnabled()
    window.cancel_button.click()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    assert {d.status for d in window.docs.values()} == {Status.CANCELLED}
    assert engine.calls == 1  # the 49 waiting were never analysed
    assert not window.progress.isVisible() and not window.cancel_button.isVisible()
    assert "Press F5" in window.canvas.message()


def multi_page_tiff(tmp_path, n: int = 2, name: str = "scan.tif") -> tuple[Path, list[np.ndarray]]:
    """A TIFF whose pages are the label, its negative, ... (same boxes on every page)."""
    a = make_label(tmp_path / "a.png")
    pixels = [a.pixels if i % 2 == 0 else 255 - a.pixels for i in range(n)]
    tif = tmp_path / name
    images = [Image.fromarray(p) for p in pixels]
    images[0].save(tif, save_all=True, append_images=images[1:])
    return tif, pixels


def test_multi_page_tiff_pages_are_navigable(qtbot, window, tmp_path, engine):
    tif, pixels = multi_page_tiff(tmp_path, 3)
    doc = open_and_wait(qtbot, window, tif)
    assert doc.page_count == 3
    assert window.page_nav.isVisible()
    assert window.page_of_label.text() == "of 3"
    assert not window.act_prev_page.isEnabled()
    assert set(doc.pixels) == {0}
    window.page_spin.setValue(2)
    assert doc.page_index == 1
    qtbot.waitUntil(lambda: window.canvas.has_image, timeout=10000)
    assert set(doc.pixels) == {1}  # only the page on screen is held in memory
    assert len(doc.page_regions()) == 3  # each page has its own findings
    assert "Page 2 of 3" in window.findings.page_info.text()
    window.act_next_page.trigger()
    assert doc.page_index == 2
    assert window.page_spin.value() == 3
    assert not window.act_next_page.isEnabled()
    qtbot.waitUntil(lambda: window.canvas.has_image, timeout=10000)
    assert set(doc.pixels) == {2}
    shown = qimage_to_rgb(window.canvas._original.toImage())
    assert np.array_equal(shown, pixels[2])
    # findings are counted page by page in the file list's tooltip
    tip = window.file_list.item_for(doc.id).toolTip()
    assert all(f"Page {i}: 3 areas masked" in tip for i in (1, 2, 3))


def test_multi_page_tiff_saves_every_page_masked(
    qtbot, window, tmp_path, label, engine, dialog_log
):
    tif, pixels = multi_page_tiff(tmp_path, 2)
    doc = open_and_wait(qtbot, window, tif)
    window.save_current()
    qtbot.waitUntil(lambda: doc.status == Status.SAVED or bool(dialog_log.errors), timeout=10000)
    assert not dialog_log.errors
    assert doc.saved_to == tmp_path / "scan.redacted.tif"
    with Image.open(doc.saved_to) as im:
        assert getattr(im, "n_frames", 1) == 2
        for i in range(2):
            im.seek(i)
            page = np.asarray(im.convert("RGB"))
            assert page.shape == pixels[i].shape
            for cat in (Category.NAME, Category.PHONE, Category.ADDRESS):
                assert is_black(page, label.boxes[cat]), (i, cat)
            # outside the boxes the page is its own original (page 2 is the negative)
            assert np.array_equal(page[:60], pixels[i][:60])


def test_only_the_shown_document_holds_full_pixels(qtbot, window, tmp_path, engine, label):
    paths = [make_label(tmp_path / f"m{i}.png").path for i in range(3)]
    docs = window.open_paths(paths)
    qtbot.waitUntil(lambda: all(d.is_ready for d in docs), timeout=10000)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    assert window.current is docs[0]
    assert [d.has_pixels for d in docs] == [True, False, False]
    assert all(d.thumbnail is not None and d.page_sizes == [(720, 420)] for d in docs)
    window.file_list.select_doc(docs[2].id)
    qtbot.waitUntil(lambda: docs[2].has_pixels and window.canvas.has_image, timeout=10000)
    assert [d.has_pixels for d in docs] == [False, False, True]
    assert np.array_equal(qimage_to_rgb(window.canvas._original.toImage()), label.pixels)
    # documents not on screen are read again from disk to be saved, and masked
    window.act_save_all.trigger()
    qtbot.waitUntil(lambda: all(d.status == Status.SAVED for d in docs), timeout=10000)
    assert [d.has_pixels for d in docs] == [False, False, True]
    for p in paths:
        saved = np.asarray(Image.open(p.with_name(p.stem + ".redacted.png")).convert("RGB"))
        assert is_black(saved, label.boxes[Category.PHONE])
        assert unchanged(saved, label.pixels, (30, 330, 700, 400))


def test_a_file_changed_after_analysis_is_not_shown_or_saved(
    qtbot, window, tmp_path, engine, dialog_log
):
    a, b = make_label(tmp_path / "a.png").path, make_label(tmp_path / "b.png").path
    docs = window.open_paths([a, b])
    qtbot.waitUntil(lambda: all(d.is_ready for d in docs), timeout=10000)
    make_label(b, size=(500, 300))  # replaced on disk while not shown
    window.file_list.select_doc(docs[1].id)
    qtbot.waitUntil(lambda: docs[1].status == Status.FAILED, timeout=10000)
    assert "changed on disk" in docs[1].error
    assert not window.canvas.has_image


def test_drag_a_region_with_the_mouse_moves_it(qtbot, window, label, engine):
    doc = open_and_wait(qtbot, window, label.path)
    phone = region_of(doc, Category.PHONE)
    x0, y0, x1, y1 = phone.finding.quad.bbox
    canvas = window.canvas
    vp = canvas.viewport()
    start = canvas.mapFromScene(QPointF((x0 + x1) / 2, (y0 + y1) / 2))
    end = canvas.mapFromScene(QPointF((x0 + x1) / 2 + 60, (y0 + y1) / 2 + 40))
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(vp, pos=QPoint(start.x() + 5, start.y() + 5))
    qtbot.mouseMove(vp, pos=end)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=end)
    nx0, ny0, _, _ = doc.region(phone.id).finding.quad.bbox
    assert nx0 > x0 + 30 and ny0 > y0 + 20
    doc.undo_stack.undo()
    assert doc.region(phone.id).finding.quad.bbox == (x0, y0, x1, y1)


def test_wheel_zoom_and_fit(qtbot, window, label, engine):
    from PySide6.QtCore import QPoint as P
    from PySide6.QtGui import QWheelEvent

    open_and_wait(qtbot, window, label.path)
    before = window.canvas.zoom
    vp = window.canvas.viewport()
    center = QPointF(vp.width() / 2, vp.height() / 2)
    ev = QWheelEvent(
        center,
        vp.mapToGlobal(center),
        P(0, 0),
        P(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(vp, ev)
    assert window.canvas.zoom > before
    window.act_fit.trigger()
    assert window.canvas.zoom == pytest.approx(before)


def test_settings_dialog_roundtrip(qtbot, prefs):
    from redactor.core.settings import MaskStyle
    from redactor.gui.settings_dialog import SettingsDialog

    dlg = SettingsDialog(prefs)
    qtbot.addWidget(dlg)
    dlg.mask_combo.setCurrentIndex(dlg.mask_combo.findData("blur"))
    assert dlg.mask_warning.isVisibleTo(dlg)
    dlg.category_boxes[Category.EMAIL].setChecked(False)
    dlg.language_combo.setCurrentIndex(dlg.language_combo.findData("zh_CN"))
    dlg.custom_edit.setPlainText("ACME\n\n  secret ")
    assert dlg.apply() is True  # language changed
    assert prefs.mask == MaskStyle.BLUR
    assert Category.EMAIL not in prefs.categories
    assert prefs.language == "zh_CN"
    settings = prefs.to_settings()
    assert settings.custom_terms == ("ACME", "secret")
    assert Category.CUSTOM in settings.categories


def test_about_box_names_version_and_licences():
    import redactor
    from redactor.gui.about import about_html

    html = about_html()
    assert redactor.__version__ in html
    assert "MIT" in html and "LGPL" in html


def test_many_signal_emits_do_not_drain_true():
    """PySide6 6.12 loses a reference to True on every Python emit (see qtcompat)."""
    import sys

    from PySide6.QtCore import QObject, Signal

    from redactor.gui.qtcompat import emit

    class Sender(QObject):
        ping = Signal(int)

    s = Sender()
    before = sys.getrefcount(True)
    for i in range(5000):
        emit(s.ping, i)
    assert sys.getrefcount(True) >= before


def test_many_void_calls_do_not_drain_none(qapp):
    """PySide6 6.12 loses a reference to None on every void C++ call (see qtcompat).

    Without the fix the interpreter aborts ("none_dealloc") well before the end
    of this loop: a fresh process holds far fewer than 200 000 references to None.
    """
    from PySide6.QtGui import QAction

    import redactor.gui.qtcompat  # noqa: F401  (imported by every GUI module)

    action = QAction()
    for _ in range(200_000):
        action.setText("x")
    assert action.text() == "x"


def open_review_batch(qtbot, window, tmp_path, engine):
    """a.png (verified), scan.tif with pages 2 and 3 flagged, c.png (verified), d.png (flagged)."""
    a = make_label(tmp_path / "a.png").path
    tif, _ = multi_page_tiff(tmp_path, 3)
    c = make_label(tmp_path / "c.png").path
    d = make_label(tmp_path / "d.png").path
    engine.flagged_calls = {3, 4, 6}  # analyse calls: a=1, tif=2..4, c=5, d=6
    docs = window.open_paths([a, tif, c, d])
    qtbot.waitUntil(lambda: all(x.is_ready for x in docs), timeout=10000)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    return docs


def test_needs_review_filter_shows_only_flagged_files(qtbot, window, tmp_path, engine):
    a, scan, c, d = open_review_batch(qtbot, window, tmp_path, engine)
    assert [x.status for x in (a, scan, c, d)] == [
        Status.VERIFIED,
        Status.NEEDS_REVIEW,
        Status.VERIFIED,
        Status.NEEDS_REVIEW,
    ]
    assert scan.flagged_pages() == [1, 2]
    assert "Needs review · 2/3 pages" in window.file_list.item_for(scan.id).text()
    assert window.act_review_filter.iconText() == "Needs review only (3)"
    assert window.file_list.visible_doc_ids() == [a.id, scan.id, c.id, d.id]
    window.review_filter_button.click()
    assert window.act_review_filter.isChecked()
    assert window.file_list.visible_doc_ids() == [scan.id, d.id]
    assert window.current is scan and scan.page_index == 1  # the first flagged page
    window.act_next.trigger()  # Next image stays within the filtered list
    assert window.current is d
    window.act_next.trigger()
    assert window.current is scan
    window.act_review_filter.trigger()
    assert window.file_list.visible_doc_ids() == [a.id, scan.id, c.id, d.id]


def test_next_and_previous_flagged_step_through_pages(qtbot, window, tmp_path, engine):
    a, scan, c, d = open_review_batch(qtbot, window, tmp_path, engine)
    assert window.current is a
    assert window.act_next_flagged.shortcut() == QKeySequence("F8")
    assert window.act_prev_flagged.shortcut() == QKeySequence("Shift+F8")
    seen = []
    for _ in range(4):
        window.next_flagged_button.click()
        seen.append((window.current, window.current.page_index))
    assert seen == [(scan, 1), (scan, 2), (d, 0), (scan, 1)]  # wraps around
    assert window.page_spin.value() == 2
    assert "Page 2 of 3 · Needs review" in window.findings.page_info.text()
    qtbot.waitUntil(lambda: scan.has_pixels and window.canvas.has_image, timeout=10000)
    window.act_prev_flagged.trigger()
    assert (window.current, window.current.page_index) == (d, 0)
    window.act_prev_flagged.trigger()
    assert (window.current, window.current.page_index) == (scan, 2)
    # a saved file is done: stepping skips it
    window.file_list.select_doc(d.id)
    window.save_current()
    qtbot.waitUntil(lambda: d.status == Status.SAVED, timeout=10000)
    assert window.act_review_filter.iconText() == "Needs review only (2)"
    window.act_next_flagged.trigger()
    window.act_next_flagged.trigger()
    assert (window.current, window.current.page_index) == (scan, 2)
    window.act_next_flagged.trigger()
    assert (window.current, window.current.page_index) == (scan, 1)


def test_language_switches_while_running(qtbot, window, label, engine, qapp):
    from redactor.gui.i18n import install_language

    def chinese(text: str) -> bool:
        return any("\u4e00" <= ch <= "\u9fff" for ch in text)

    assert window.drop_zone.title.text() == "Drop photos of parcel labels or receipts here"
    try:
        window.set_language("zh_CN")
        qtbot.waitUntil(lambda: chinese(window.drop_zone.title.text()), timeout=5000)
        assert chinese(window.drop_zone.open_files.text())
        doc = open_and_wait(qtbot, window, label.path)
        visible = [
            window.menuBar().actions()[0].text(),
            window.act_save.text(),
            window.act_save.toolTip(),
            window.act_undo.text(),
            window.files_dock.windowTitle(),
            window.findings_dock.windowTitle(),
            window.findings.tree.headerItem().text(0),
            window.findings.summary.text(),
            window.file_list.item_for(doc.id).text(),
            window.mask_combo.currentText(),
            window.preset_check.text(),
            window.canvas.legend_text(),
            window.act_review_filter.iconText(),
        ]
        assert all(chinese(t) for t in visible), visible

        window.set_language("en")
        qtbot.waitUntil(lambda: window.act_save.text() == "&Save", timeout=5000)
        assert window.menuBar().actions()[0].text() == "&File"
        assert window.files_dock.windowTitle() == "Files"
        assert window.findings.tree.headerItem().text(0) == "What"
        assert "Verified" in window.file_list.item_for(doc.id).text()
        assert window.mask_combo.currentText() == "Solid fill (safest)"
        assert "Phone" in window.canvas.legend_text()
        assert window.drop_zone.title.text() == "Drop photos of parcel labels or receipts here"
        assert window.prefs.language == "en"
    finally:
        install_language(qapp, "en")


def test_language_chosen_in_settings_applies_without_restart(
    qtbot, window, monkeypatch, qapp, dialog_log
):
    from redactor.gui import mask_controls as mw
    from redactor.gui.i18n import install_language

    def accept_chinese(dlg):
        dlg.language_combo.setCurrentIndex(dlg.language_combo.findData("zh_CN"))
        return mw.SettingsDialog.DialogCode.Accepted

    monkeypatch.setattr(mw.SettingsDialog, "exec", accept_chinese)
    try:
        window.act_settings.trigger()
        qtbot.waitUntil(lambda: window.act_open.text() != "&Open…", timeout=5000)
        assert window.prefs.language == "zh_CN"
        assert any("\u4e00" <= ch <= "\u9fff" for ch in window.act_open.text())
        assert not dialog_log.infos  # no "restart Redactor" notice any more
    finally:
        install_language(qapp, "en")


def scanned_pdf(tmp_path, n: int = 3) -> tuple[Path, list[np.ndarray]]:
    """A PDF of n scanned pages at 150 dpi: the label and its negative, alternately."""
    a = make_label(tmp_path / "a.png")
    pixels = [a.pixels if i % 2 == 0 else 255 - a.pixels for i in range(n)]
    (tmp_path / "inbox").mkdir()
    pdf = tmp_path / "inbox" / "scan.pdf"
    images = [Image.fromarray(p) for p in pixels]
    images[0].save(pdf, save_all=True, append_images=images[1:], resolution=150.0)
    return pdf, pixels


def test_pdf_opens_with_pages_and_saves_a_masked_pdf(qtbot, window, tmp_path, label, engine):
    import pypdfium2 as pdfium

    from redactor.core.imageio import SUPPORTED_SUFFIXES

    assert ".pdf" in SUPPORTED_SUFFIXES
    pdf, pixels = scanned_pdf(tmp_path, 3)
    window.drop_urls([pdf.parent])  # the scanner's folder
    qtbot.waitUntil(lambda: len(window.docs) == 1, timeout=10000)
    [doc] = window.docs.values()
    qtbot.waitUntil(lambda: doc.is_ready, timeout=20000)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    assert doc.page_count == 3
    assert doc.page_sizes == [(720, 420)] * 3  # rendered at the scan's own resolution
    window.file_list.select_doc(doc.id)
    window.act_next_page.trigger()
    qtbot.waitUntil(lambda: doc.page_index == 1 and window.canvas.has_image, timeout=10000)
    shown = qimage_to_rgb(window.canvas._original.toImage())
    assert np.abs(shown.astype(int) - pixels[1]).mean() < 8  # page 2 (JPEG in the PDF)
    window.save_current()
    qtbot.waitUntil(lambda: doc.status == Status.SAVED, timeout=20000)
    assert doc.saved_to == pdf.with_name("scan.redacted.pdf")
    source, out = pdfium.PdfDocument(str(pdf)), pdfium.PdfDocument(str(doc.saved_to))
    assert len(out) == 3
    for i in range(3):
        assert out[i].get_size() == pytest.approx(source[i].get_size(), abs=0.5)
        page = out[i].render(scale=150 / 72).to_numpy()[:, :, :3]
        assert abs(page.shape[0] - 420) <= 1 and abs(page.shape[1] - 720) <= 1
        for cat in (Category.NAME, Category.PHONE, Category.ADDRESS):
            assert area(page, label.boxes[cat]).max() <= 40, (i, cat)
        assert not out[i].get_textpage().get_text_range().strip()  # no text layer
