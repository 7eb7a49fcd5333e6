"""The privacy-waybill preset is a masking policy: toggling it re-reads nothing."""

from __future__ import annotations

import time

from redactor.core.models import Category, Origin, Quad, Source
from redactor.core.settings import Preset
from redactor.gui.document import DocState, Status

from .conftest import make_label
from .test_main_window import is_black, region_of, unchanged


def test_privacy_preset_applies_to_every_open_image_without_ocr(
    qtbot, window, tmp_path, engine, label, prefs
):
    x0, y0, x1, y1 = label.boxes[Category.NAME]
    mid = (x0 + x1) // 2
    engine.partial = {Category.NAME: (Quad.from_bbox(mid, y0, x1, y1),)}
    paths = [make_label(tmp_path / f"p{i}.png").path for i in range(10)]
    docs = window.open_paths(paths)
    qtbot.waitUntil(lambda: all(d.is_ready for d in docs), timeout=20000)
    qtbot.waitUntil(lambda: not window.runner.busy and docs[0].has_pixels, timeout=10000)
    calls = engine.calls
    assert calls == 10
    assert is_black(window.masked_current_page(), (x0, y0, x1, y1))

    start = time.monotonic()
    window.preset_check.click()
    elapsed = time.monotonic() - start
    assert prefs.preset == Preset.PRIVACY_WAYBILL
    assert engine.calls == calls  # no OCR again
    assert not window.runner.busy
    assert all(d.state == DocState.READY for d in docs)
    assert elapsed < 1.0
    masked = window.masked_current_page()
    assert unchanged(masked, label.pixels, (x0, y0, mid - 12, y1))  # the first part stays
    assert is_black(masked, (mid, y0, x1, y1))
    assert is_black(masked, label.boxes[Category.PHONE])  # no partial form: masked whole
    name = region_of(docs[0], Category.NAME)
    assert window.canvas.region_item(name.id).masked_parts == (Quad.from_bbox(mid, y0, x1, y1),)
    qtbot.waitUntil(lambda: "partly masked" in window.findings.item_for(name.id).text(0))
    phone = region_of(docs[0], Category.PHONE)
    assert "partly" not in window.findings.item_for(phone.id).text(0)

    # another open image: the same policy, still no OCR; and its saved file follows it
    window.file_list.select_doc(docs[4].id)
    qtbot.waitUntil(lambda: docs[4].has_pixels, timeout=10000)
    assert unchanged(window.masked_current_page(), label.pixels, (x0, y0, mid - 12, y1))
    window.save_current()
    qtbot.waitUntil(lambda: docs[4].status == Status.SAVED, timeout=10000)
    import numpy as np
    from PIL import Image

    saved = np.asarray(Image.open(docs[4].saved_to).convert("RGB"))
    assert unchanged(saved, label.pixels, (x0, y0, mid - 12, y1))
    assert is_black(saved, (mid, y0, x1, y1))

    window.preset_check.click()  # and back
    assert engine.calls == calls
    assert is_black(window.masked_current_page(), (x0, y0, x1, y1))


def test_privacy_waybill_leaves_the_kept_digits_whole(qtbot, window, engine, label):
    x0, y0, x1, y1 = label.boxes[Category.PHONE]
    cut = x1 - (x1 - x0) // 4  # where the kept digits start
    engine.partial = {Category.PHONE: (Quad.from_bbox(x0, y0, cut, y1),)}
    window.preset_check.click()
    doc = window.open_paths([label.path])[0]
    qtbot.waitUntil(lambda: doc.is_ready and doc.has_pixels, timeout=10000)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    masked = window.masked_current_page()
    assert is_black(masked, (x0, y0, cut, y1))
    # from the first kept character on, nothing is painted (the mask's margin stops short)
    assert unchanged(masked, label.pixels, (cut - 3, y0, x1, y1))


def test_the_check_does_not_mask_the_kept_digits_again(qtbot, window, engine, label):
    from redactor.core.models import Finding

    x0, y0, x1, y1 = label.boxes[Category.PHONE]
    cut = x1 - (x1 - x0) // 4
    engine.partial = {Category.PHONE: (Quad.from_bbox(x0, y0, cut, y1),)}
    # the check reads the four kept digits again, as a door number
    kept = Quad.from_bbox(cut + 4, y0 + 2, x1 - 2, y1 - 2)
    engine.residual = (Finding(Category.DOOR, kept, 0.7, Source(Origin.VERIFY, "test")),)
    window.preset_check.click()
    doc = window.open_paths([label.path])[0]
    qtbot.waitUntil(lambda: doc.is_ready, timeout=10000)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    assert Category.DOOR not in {r.finding.category for r in doc.page_regions()}
    assert doc.status == Status.VERIFIED
