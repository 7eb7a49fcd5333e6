"""The review decision: when a page is verified and when it needs a human look."""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np
import pytest

import redactor.core.ocr as ocr_registry
from redactor.cli import main
from redactor.core.models import Category, Finding, OcrLine, Origin, PageStatus, Quad, Source
from redactor.core.review import (
    MIN_SHARPNESS,
    PHRASES,
    Reason,
    ReasonKind,
    decide,
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


def _mask(line: OcrLine) -> Finding:
    return Finding(Category.NAME, line.quad, 0.9, Source(Origin.OCR, "test"))


def test_blurred_text_points_at_the_blurred_lines_no_mask_covers(drawn) -> None:
    pixels, lines = drawn
    blurred = cv2.GaussianBlur(pixels, (0, 0), 4.5)
    assert sharpness(pixels, lines) > MIN_SHARPNESS > sharpness(blurred, lines)
    [reason] = page_doubts(blurred, lines)
    assert reason == Reason(ReasonKind.BLURRED, len(lines), tuple(ln.quad for ln in lines))
    # Lines under masks hide whatever they say: only the open ones are a doubt.
    masked = page_doubts(blurred, lines, [_mask(ln) for ln in lines[:-1]])
    assert [(r.kind, r.where) for r in masked] == [(ReasonKind.BLURRED, (lines[-1].quad,))]
    assert page_doubts(blurred, lines, [_mask(ln) for ln in lines]) == ()


def test_tiny_text_points_at_the_small_lines() -> None:
    lines = [_line("收件人：张三", (10, 10 + 8 * i, 60, 16 + 8 * i)) for i in range(4)]  # 6 px high
    image = np.full((60, 80, 3), 255, np.uint8)
    [reason] = page_doubts(image, lines)
    assert (reason.kind, reason.count) == (ReasonKind.SMALL_TEXT, 4)
    assert reason.where == tuple(ln.quad for ln in lines)
    assert page_doubts(image, lines, [_mask(ln) for ln in lines]) == ()


def test_low_confidence_counts_only_open_lines_near_personal_data_labels() -> None:
    key = _line("收件人：", (10, 10, 90, 30))
    value = _line("张晓明", (100, 10, 160, 30), conf=0.55)  # beside the label
    below = _line("1381234567", (10, 36, 150, 56), conf=0.6)  # the next row
    far = _line("谢谢惠顾", (10, 400, 90, 420), conf=0.55)  # nowhere near a label
    image = np.full((440, 200, 3), 255, np.uint8)
    image[12:28, 12:158:6] = 0  # strokes: the lines are sharp
    image[38:54, 12:148:6] = 0
    image[402:418, 12:88:6] = 0
    lines = [key, value, below, far]
    [reason] = page_doubts(image, lines)
    assert reason == Reason(ReasonKind.HARD_TO_READ, 2, (value.quad, below.quad))
    # The value is masked: what it says is hidden, only the row below is in doubt.
    [reason] = page_doubts(image, lines, [_mask(value)])
    assert reason == Reason(ReasonKind.HARD_TO_READ, 1, (below.quad,))
    # A mask the user switched off hides nothing.
    off = _mask(value).with_enabled(False)
    assert page_doubts(image, lines, [off])[0].count == 2
    assert page_doubts(image, [far]) == ()


def test_no_text_leftovers_and_no_verification_each_give_a_reason() -> None:
    assert page_doubts(np.zeros((10, 10, 3), np.uint8), []) == (Reason(ReasonKind.NO_TEXT),)
    q = Quad.from_bbox(0, 0, 10, 10)
    left = Finding(Category.PHONE, q, 0.9, Source(Origin.VERIFY, "phone"))
    r = decide((), (left,), verified=True)
    assert r.status is PageStatus.NEEDS_REVIEW
    assert r.reasons == (Reason(ReasonKind.LEFT_AFTER_MASKING, 1, (q,)),)
    r = decide((), (), verified=False)
    assert r.status is PageStatus.NEEDS_REVIEW and r.reasons == (Reason(ReasonKind.NOT_VERIFIED),)


def test_every_kind_has_one_phrase_that_never_quotes_the_text(drawn) -> None:
    pixels, lines = drawn
    assert set(PHRASES) == set(ReasonKind)
    low = [OcrLine(ln.text, 0.5, ln.quad, ln.chars) for ln in lines]
    blurred = cv2.GaussianBlur(pixels, (0, 0), 4.5)
    reasons = page_doubts(blurred, low)
    assert {r.kind for r in reasons} == {ReasonKind.HARD_TO_READ, ReasonKind.BLURRED}
    words = " ".join(r.phrase for r in reasons)
    assert all(ln.text not in words for ln in lines)
    assert all(str(r.count) in r.phrase for r in reasons)


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
    blank = entries["blank.png"]["page_results"][0]
    assert blank["reasons"] == [{"kind": "no_text", "count": 0, "where": []}]
    assert blank["warnings"] == [Reason(ReasonKind.NO_TEXT).phrase]


def _unread(plan) -> list[Reason]:
    return [r for r in plan.reasons if r.kind is ReasonKind.UNREAD_INK]


def test_mask_over_unread_ink_is_a_doubt_only_where_the_ink_goes_on(monkeypatch, drawn) -> None:
    """A stamp hid the end of the name: the OCR read "张晓" of "张晓明". The mask runs on
    over the unread character to where the ink ends: it covers it, no doubt is left.
    Only a value read for its first characters, whose unread rest runs on further than
    a mask may grow, leaves one: that mask, where the writing goes on."""
    from redactor.core.pipeline import analyze
    from redactor.core.settings import Settings

    pixels, lines = drawn
    name = next(ln for ln in lines if ln.text == "张晓明")
    x0, y0, x1, y1 = name.quad.bbox
    cut = _line("张晓", (x0, y0, x0 + (x1 - x0) * 2 / 3, y1))
    for read in (lines, [cut if ln is name else ln for ln in lines]):
        monkeypatch.setitem(ocr_registry._engines, "rapidocr", FakeEngine(lambda _image, r=read: r))
        plan = analyze(pixels, Settings(verify=False))
        names = [f for f in plan.findings if f.category is Category.NAME]
        assert names and max(f.quad.bbox[2] for f in names) >= x1 - 0.25 * (y1 - y0)
        assert _unread(plan) == []
    # A name written on for sixteen characters, read for its first three.
    long_pixels, [label, long] = draw_lines(
        [["收件人：", "张晓明" + "李王赵钱孙周吴郑冯陈" + "褚卫蒋"]]
    )
    [label, long] = [_line(p.text, p.box) for p in (label, long)]
    l0, m0, l1, m1 = long.quad.bbox
    read = [label, _line(long.text[:3], (l0, m0, l0 + (l1 - l0) * 3 / len(long.text), m1))]
    monkeypatch.setitem(ocr_registry._engines, "rapidocr", FakeEngine(lambda _image: read))
    plan = analyze(long_pixels, Settings(verify=False))
    [reason] = _unread(plan)
    [grown] = reason.where
    assert reason.count == 1 and grown in [f.quad for f in plan.findings]
    assert l0 + (m1 - m0) * 4 < grown.bbox[2] < l1 - (m1 - m0)  # the writing goes on past it


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
        else:
            assert names == []
        assert _unread(plan) == []  # the mask runs to where the ink ends
