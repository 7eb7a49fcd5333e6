"""The detector sees a scan with large text on a smaller copy, as far as its smallest
lines allow (ocr/text_scale.py); the recogniser still reads every line."""

from __future__ import annotations

import cv2
import numpy as np

from redactor.core.ocr import get_engine, page_rotation
from redactor.core.ocr.text_scale import FLOOR, MIN_LINES, TARGET, fitted_scale, line_heights
from tests.drawing import draw_lines

ROWS = [
    ["收件人：", "张晓明", "13812345678"],
    ["地址：", "广东省深圳市南山区科技园路88号"],
    ["寄件人：", "李丽", "0755-86012345"],
    ["Order", "A-20931", "Weight", "2.4", "kg"],
] * 3
SMALL_ROWS = [["Signed", "by", "receiver", "on", "delivery", "date", "2024-03-18"]] * 2


def _bgr(rgb: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR)


def test_large_text_lets_the_copy_shrink_to_the_floor() -> None:
    page, _ = draw_lines(ROWS, size=34)
    assert len(line_heights(_bgr(page))) >= MIN_LINES
    assert fitted_scale(_bgr(page), 1.0) == FLOOR


def test_small_lines_keep_their_height() -> None:
    # The same page with two lines of small print at its foot.
    page, _ = draw_lines(ROWS + SMALL_ROWS[:1], size=34)
    small, placed = draw_lines(SMALL_ROWS, size=14, width=page.shape[1])
    page = np.vstack([page, small])
    scale = fitted_scale(_bgr(page), 1.0)
    assert scale > FLOOR
    # The small print's lines (ascender to descender) keep the target height, within
    # the px the half-size measurement may miss.
    ink = max(p.box[3] - p.box[1] for p in placed)
    assert scale * (ink + 2) >= TARGET


def test_enlarged_reduced_and_sparse_pages_keep_their_scale() -> None:
    page, _ = draw_lines(ROWS, size=34)
    assert fitted_scale(_bgr(page), 1.5) == 1.5  # a small image the detector enlarges
    assert fitted_scale(_bgr(page), 0.5) == 0.5  # a large photo already reduced
    few, _ = draw_lines(ROWS[:1], size=34)
    assert fitted_scale(_bgr(few), 1.0) == 1.0  # too few lines to judge


def test_a_scan_with_large_text_is_detected_smaller_and_read_whole() -> None:
    page, _ = draw_lines(ROWS, size=34)
    engine = get_engine("rapidocr")
    assert page_rotation(page) == 0
    copy = engine._probed.copy  # type: ignore[attr-defined]  # the detector's copy
    assert copy.shape[0] < 0.8 * page.shape[0]
    text = " ".join(ln.text.replace(" ", "") for ln in engine.recognize(page))
    for value in ("张晓明", "13812345678", "0755-86012345", "A-20931"):
        assert text.count(value) == 3, value
