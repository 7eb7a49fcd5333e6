"""End to end with the real OCR engine (about 2 s per image on a laptop)."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from redactor.core.models import Category
from redactor.gui.document import Status

from .conftest import make_label
from .test_main_window import is_black

pytestmark = pytest.mark.slow


def test_real_engine_finds_and_masks_phone_number(qtbot, window, tmp_path):
    pytest.importorskip("rapidocr")
    label = make_label(tmp_path / "label.png")
    [doc] = window.open_paths([label.path])
    qtbot.waitUntil(lambda: doc.is_ready or doc.status == Status.FAILED, timeout=120000)
    assert doc.status != Status.FAILED, doc.error
    cats = {r.finding.category for r in doc.page_regions()}
    assert Category.PHONE in cats
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=120000)
    window.act_preview.setChecked(True)
    window.act_preview.setChecked(False)
    window.save_current()  # a page that needs review is confirmed by the recorded dialog
    qtbot.waitUntil(lambda: doc.status == Status.SAVED, timeout=60000)
    saved = np.asarray(Image.open(doc.saved_to).convert("RGB"))
    x0, y0, x1, y1 = label.boxes[Category.PHONE]
    digits = (x0 + (x1 - x0) // 2, y0, x1, y1)  # the number itself, right of the "电话：" keyword
    assert is_black(saved, digits)
