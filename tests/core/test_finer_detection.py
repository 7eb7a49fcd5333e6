"""The finer detection: small, tightly set text on a large photo is found by a second,
finer detection around the small lines the first pass boxed."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from redactor.core.models import Category
from redactor.core.ocr import finer_detection, get_engine
from redactor.core.ocr.finer_detection import Rect, regions
from redactor.core.pipeline import analyze
from redactor.core.settings import Settings
from tests.drawing import font

BLOCK = ("Marlow Pettigrew", "14 Quillfeather Lane Unit 9", "Haverford Ontario K2P 1L4")


def _parcel_photo() -> np.ndarray:
    """A 12-MP photo: a label on a brown box, a large heading, a small "SHIP TO" and
    under it a recipient block printed small and set tight (about 6 px high in the
    detector's 1600-px copy)."""
    im = Image.new("RGB", (4000, 3000), (120, 100, 80))
    d = ImageDraw.Draw(im)
    d.rectangle((1200, 900, 2600, 2100), fill=(245, 245, 240))
    d.text((1300, 1000), "PRIORITY 0.8 KG", fill=(15, 15, 15), font=font(90))
    d.text((1300, 1250), "SHIP TO", fill=(15, 15, 15), font=font(40))
    y = 1306
    for text in BLOCK:
        d.text((1300, y), text, fill=(15, 15, 15), font=font(15))
        y += 17
    return np.asarray(im).copy()


@pytest.fixture(scope="module")
def photo() -> np.ndarray:
    return _parcel_photo()


def test_small_tight_block_is_read_only_with_the_finer_detection(photo, monkeypatch) -> None:
    engine = get_engine("rapidocr")
    texts = [ln.text for ln in engine.recognize(photo)]
    assert all(any(t in x for x in texts) for t in BLOCK), texts
    monkeypatch.setattr(finer_detection, "REDUCED_BELOW", 0.0)  # no second look
    without = [ln.text for ln in engine.recognize(photo)]
    assert not any(t in x for t in BLOCK for x in without), without


def test_small_tight_block_is_masked(photo) -> None:
    plan = analyze(photo, Settings(verify=False))
    cats = {f.category for f in plan.findings}
    assert Category.NAME in cats and Category.ADDRESS in cats, plan.findings


def test_no_second_look_on_pages_the_detector_saw_nearly_whole() -> None:
    small_line = np.array([[100, 100], [400, 100], [400, 120], [100, 120]], np.float32)
    assert regions(small_line[None], 0.9, (2000, 1500)) == []
    assert regions(small_line[None], 0.4, (4000, 3000)) != []


def test_large_lines_get_no_second_look() -> None:
    large = np.array([[100, 100], [900, 100], [900, 200], [100, 200]], np.float32)
    assert regions(large[None], 0.4, (4000, 3000)) == []


def test_regions_around_neighbouring_small_lines_are_merged() -> None:
    a = np.array([[100, 100], [400, 100], [400, 120], [100, 120]], np.float32)
    b = a + np.array([0, 60], np.float32)
    far = a + np.array([2500, 2000], np.float32)
    found = regions(np.stack([a, b, far]), 0.4, (4000, 3000))
    assert len(found) == 2
    assert all(not r.overlaps(s) for r in found for s in found if r is not s)
    assert Rect(0, 0, 10, 10).union(Rect(5, 5, 20, 20)) == Rect(0, 0, 20, 20)


def test_only_glyph_sized_ink_counts_as_unread_text() -> None:
    ink = np.zeros((200, 400), np.uint8)
    ink[20:30, 20:26] = 1  # a small letter
    ink[20:30, 30:36] = 1  # and its neighbour
    for x in range(100, 200, 4):  # barcode bars, taller than a small line
        ink[40:120, x : x + 2] = 1
    ink[150:152, 10:390] = 1  # a printed rule
    kept = finer_detection._glyph_sized(ink)
    assert kept[20:30, 20:36].sum() == ink[20:30, 20:36].sum()
    assert kept[40:120, 100:200].sum() == 0 and kept[150:152].sum() == 0


def test_the_page_is_reduced_once_for_the_detector_and_the_second_look(photo, monkeypatch) -> None:
    """The orientation probe's reduced copy serves the second look too: the read of
    the page reduces nothing of full size again, and finds the same lines."""
    from redactor.core.ocr import page_rotation

    engine = get_engine("rapidocr")
    reduced: list[tuple[int, ...]] = []
    resize = finer_detection.cv2.resize

    def counting(src, *args, **kwargs):  # type: ignore[no-untyped-def]
        if src.shape[:2] == photo.shape[:2]:
            reduced.append(src.shape)
        return resize(src, *args, **kwargs)

    assert page_rotation(photo) == 0
    before = [(ln.text, ln.quad) for ln in engine.recognize(photo)]
    assert page_rotation(photo) == 0
    monkeypatch.setattr(finer_detection.cv2, "resize", counting)
    probed = [(ln.text, ln.quad) for ln in engine.recognize(photo)]
    assert reduced == []
    assert probed == before
