"""The review decision: when a page is verified and when it needs a human look."""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np
import pytest

import redactor.core.ocr as ocr_registry
from redactor.cli import main
from redactor.core.models import Category, Finding, OcrLine, PageStatus, Quad
from redactor.core.review import (
    MIN_SHARPNESS,
    decide,
    low_confidence_near_keywords,
    page_doubts,
    sharpness,
)
from tests.drawing import draw_lines
from tests.hostile.conftest import FakeEngine, write_png


def _line(text: str, box: tuple[float, float, float, float], conf: float = 0.95) -> OcrLine:
    quad = Quad.from_bbox(*box)
    x0, y0, x1, y1 = box
    step = (x1 - x0) / max(1, len(text))
    chars = tuple(
        Quad.from_bbox(x0 + i * step, y0, x0 + (i + 1) * step, y1) for i in range(len(text))
    )
    return OcrLine(text, conf, quad, chars)


ROWS = [
    ["收件人：", "张晓明", "13812345678"],
    ["地址：", "广东省深圳市南山区科技园路88号"],
    ["托寄物：文件"],
]


@pytest.fixture(scope="module")
def drawn():
    pixels, placed = draw_lines(ROWS, size=32)
    lines = [_line(p.text, p.box) for p in placed]
    return pixels, lines


def test_sharp_page_with_confident_text_has_no_doubts(drawn) -> None:
    pixels, lines = drawn
    assert page_doubts(pixels, lines) == ()
    assert decide((), (), verified=True).status is PageStatus.VERIFIED


def test_blurred_text_needs_review(drawn) -> None:
    pixels, lines = drawn
    blurred = cv2.GaussianBlur(pixels, (0, 0), 4.5)
    assert sharpness(pixels, lines) > MIN_SHARPNESS > sharpness(blurred, lines)
    assert "text looks blurred" in page_doubts(blurred, lines)


def test_tiny_text_needs_review() -> None:
    lines = [_line("收件人：张三", (10, 10 + 8 * i, 60, 16 + 8 * i)) for i in range(4)]  # 6 px high
    image = np.full((60, 80, 3), 255, np.uint8)
    assert "text too small to read reliably" in page_doubts(image, lines)


def test_low_confidence_counts_only_near_personal_data_labels() -> None:
    key = _line("收件人：", (10, 10, 90, 30))
    value = _line("张晓明", (100, 10, 160, 30), conf=0.55)  # beside the label
    below = _line("1381234567", (10, 36, 150, 56), conf=0.6)  # the next row
    far = _line("谢谢惠顾", (10, 400, 90, 420), conf=0.55)  # nowhere near a label
    assert low_confidence_near_keywords([key, value, below, far]) == 2
    assert low_confidence_near_keywords([far]) == 0


def test_no_text_leftovers_and_no_verification_each_give_a_reason() -> None:
    assert page_doubts(np.zeros((10, 10, 3), np.uint8), []) == ("no text was found on this page",)
    left = Finding(Category.PHONE, Quad.from_bbox(0, 0, 10, 10), 0.9, "verify:phone")
    r = decide((), (left,), verified=True)
    assert r.status is PageStatus.NEEDS_REVIEW and "after masking" in r.reasons[0]
    r = decide((), (), verified=False)
    assert r.status is PageStatus.NEEDS_REVIEW and "not verified" in r.reasons[0]


def test_reasons_never_quote_the_text(drawn) -> None:
    pixels, lines = drawn
    low = [OcrLine(ln.text, 0.5, ln.quad, ln.chars) for ln in lines]
    blurred = cv2.GaussianBlur(pixels, (0, 0), 4.5)
    reasons = " ".join(page_doubts(blurred, low))
    assert reasons and all(ln.text not in reasons for ln in lines)


def test_review_list_names_the_files_that_need_a_human(tmp_path: Path, monkeypatch, drawn) -> None:
    """CLI: a sharp labelled page is verified, a blank one and a broken one are listed."""
    pixels, lines = drawn
    folder = tmp_path / "in"
    folder.mkdir()
    cv2.imwrite(str(folder / "good.png"), cv2.cvtColor(pixels, cv2.COLOR_RGB2BGR))
    write_png(folder / "blank.png", 300, 200)
    (folder / "broken.jpg").write_bytes(b"not an image")

    def behaviour(image: np.ndarray):
        # Pretend-OCR: reads the drawn lines on the labelled page, nothing on a blank one.
        return lines if image.shape == pixels.shape and image.std() > 10 else []

    monkeypatch.setitem(ocr_registry._engines, "rapidocr", FakeEngine(behaviour))
    review, report = tmp_path / "review.txt", tmp_path / "r.json"
    rc = main(["redact", str(folder), "-o", str(tmp_path / "out"), "--review-list", str(review),
               "--report", str(report), "-q", "--jobs", "1", "--categories", "code"])  # fmt: skip
    assert rc == 1  # the broken file
    listed = review.read_text(encoding="utf-8").splitlines()
    assert sorted(Path(p).name for p in listed) == ["blank.png", "broken.jpg"]
    entries = {Path(e["input"]).name: e for e in json.loads(report.read_text())["files"]}
    assert entries["good.png"]["status"] == "verified"
    assert entries["blank.png"]["page_results"][0]["status"] == "needs_review"
    assert entries["blank.png"]["page_results"][0]["warnings"] == ["no text was found on this page"]


def test_mask_carried_over_unread_ink_needs_review(monkeypatch, drawn) -> None:
    """A stamp hid the end of the name: the OCR read "张晓" of "张晓明". The mask runs on
    over the unread character, and the page says it guessed there."""
    from redactor.core.pipeline import analyze
    from redactor.core.settings import Settings

    pixels, lines = drawn
    name = next(ln for ln in lines if ln.text == "张晓明")
    x0, y0, x1, y1 = name.quad.bbox
    cut = _line("张晓", (x0, y0, x0 + (x1 - x0) * 2 / 3, y1))
    partial = [cut if ln is name else ln for ln in lines]
    for read, doubted in ((lines, False), (partial, True)):
        monkeypatch.setitem(ocr_registry._engines, "rapidocr", FakeEngine(lambda _image, r=read: r))
        plan = analyze(pixels, Settings(verify=False))
        names = [f for f in plan.findings if f.category is Category.NAME]
        assert names and max(f.quad.bbox[2] for f in names) >= x1 - 0.25 * (y1 - y0)
        assert any("could not read" in w for w in plan.warnings) is doubted


def test_value_the_ocr_did_not_read_beside_its_label_is_masked(monkeypatch, drawn) -> None:
    """Handwriting or faint print beside "收件人：" that the OCR missed entirely: the mask
    starts at the label and runs over the unread ink; with no ink there, nothing is added."""
    from redactor.core.pipeline import analyze
    from redactor.core.settings import Settings

    pixels, lines = drawn
    name = next(ln for ln in lines if ln.text == "张晓明")
    unread = [ln for ln in lines if ln is not name]
    x0, y0, x1, y1 = (int(v) for v in name.quad.bbox)
    blank = pixels.copy()
    blank[y0:y1, x0:x1] = 255
    monkeypatch.setitem(ocr_registry._engines, "rapidocr", FakeEngine(lambda _image: unread))
    for image, inked in ((pixels, True), (blank, False)):
        plan = analyze(image, Settings(verify=False))
        names = [f for f in plan.findings if f.category is Category.NAME]
        if inked:
            assert names and max(f.quad.bbox[2] for f in names) >= x1 - 0.25 * (y1 - y0)
            assert any("could not read" in w for w in plan.warnings)
        else:
            assert names == [] and not any("could not read" in w for w in plan.warnings)
