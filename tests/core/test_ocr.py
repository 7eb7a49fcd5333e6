"""Both OCR engines through the pipeline, in all four orientations."""

from __future__ import annotations

import numpy as np
import pytest

from redactor.core.errors import EngineMissingError
from redactor.core.models import Category
from redactor.core.ocr import get_engine, page_rotation, read_upright
from redactor.core.ocr.orientation import rotate, unrotate_point
from redactor.core.pipeline import analyze
from redactor.core.settings import Settings
from tests.drawing import find


def _rotated_box_center(box, turn: int, w: int, h: int) -> tuple[float, float]:
    """Where the centre of an upright box lands after turning the image clockwise."""
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    if turn == 0:
        return cx, cy
    if turn == 90:
        return h - cy, cx
    if turn == 180:
        return w - cx, h - cy
    return cy, w - cx


def test_unrotate_point_inverts_rotation() -> None:
    w, h = 40, 30
    img = np.zeros((h, w, 3), np.uint8)
    img[5, 7] = 255
    for turn in (90, 180, 270):
        r = rotate(img, turn)
        ys, xs = np.nonzero(r[:, :, 0])
        # pixel centres: coordinates are continuous, pixel (7, 5) spans 7..8 x 5..6
        assert unrotate_point((xs[0] + 0.5, ys[0] + 0.5), turn, w, h) == (7.5, 5.5)


@pytest.mark.parametrize("turn", [0, 90, 180, 270])
def test_rapidocr_finds_phone_in_every_orientation(label_image, turn: int) -> None:
    pixels, placed = label_image
    h, w = pixels.shape[:2]
    plan = analyze(rotate(pixels, turn), Settings(verify=False))
    phones = [f for f in plan.findings if f.category is Category.PHONE]
    target = _rotated_box_center(find(placed, "13812345678").box, turn, w, h)
    assert any(_inside(target, f.quad.bbox) for f in phones), [f.quad.bbox for f in phones]


def _inside(p, bbox) -> bool:
    return bbox[0] <= p[0] <= bbox[2] and bbox[1] <= p[1] <= bbox[3]


def test_rapidocr_gives_one_quad_per_character(label_image) -> None:
    pixels, _ = label_image
    lines = get_engine("rapidocr").recognize(pixels)
    assert lines
    assert all(len(ln.chars) == len(ln.text) for ln in lines)
    assert any("13812345678" in ln.text for ln in lines)


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_character_quads_are_in_the_turned_pages_coordinates(label_image, turn: int) -> None:
    pixels, placed = label_image
    h, w = pixels.shape[:2]
    turned = rotate(pixels, turn)
    rotation = page_rotation(turned)
    assert (rotation + turn) % 360 == 0  # the probe undoes the turn
    lines = read_upright(get_engine("rapidocr"), turned, rotation)
    assert all(len(ln.chars) == len(ln.text) for ln in lines)
    target = _rotated_box_center(find(placed, "13812345678").box, turn, w, h)
    hits = []
    for ln in lines:
        i = ln.text.replace(" ", "").find("13812345678")
        if i >= 0:
            digits = [c for c, ch in zip(ln.chars, ln.text, strict=True) if ch != " "]
            hits.append(_union(digits[i : i + 11]))
    assert any(_inside(target, bbox) for bbox in hits), hits


def _union(quads) -> tuple[float, float, float, float]:
    boxes = [q.bbox for q in quads]
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def test_tesseract_engine_reads_the_label(label_image) -> None:
    pixels, placed = label_image
    plan = analyze(pixels, Settings(engine="tesseract", verify=False))
    phones = [f for f in plan.findings if f.category is Category.PHONE]
    target = _rotated_box_center(
        find(placed, "13812345678").box, 0, pixels.shape[1], pixels.shape[0]
    )
    assert any(_inside(target, f.quad.bbox) for f in phones)


def test_missing_tesseract_says_how_to_install(monkeypatch) -> None:
    import pytesseract

    from redactor.core.ocr import tesseract

    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    with pytest.raises(EngineMissingError) as err:
        tesseract.probe()
    assert "apt-get install tesseract-ocr" in err.value.message


def test_tesseract_probe_reports_version_and_languages() -> None:
    from redactor.core.ocr.tesseract import probe

    info = probe()
    assert info.version and {"chi_sim", "eng"} <= set(info.languages)
