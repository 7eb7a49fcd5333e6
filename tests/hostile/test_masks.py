"""Masks: fill is exact; pixelate and blur (strength tied to text height) leave a phone
number that neither OCR engine can read back."""

from __future__ import annotations

import re

import cv2
import numpy as np
import pytest

from redactor.core.mask import apply_masks, padded_quad
from redactor.core.models import Category, Finding, Origin, Quad, Source
from redactor.core.settings import MaskStyle
from tests.drawing import draw_lines, find

PHONE = "13987654321"


def _finding(box: tuple[int, int, int, int], category: Category = Category.PHONE) -> Finding:
    x0, y0, x1, y1 = box
    return Finding(
        category, Quad.from_bbox(x0, y0, x1, y1), 1.0, Source(Origin.MANUAL), True, float(y1 - y0)
    )


def _poly_mask(quads, shape) -> np.ndarray:
    m = np.zeros(shape[:2], np.uint8)
    for q in quads:
        cv2.fillPoly(m, [np.round(np.array(q.points)).astype(np.int32)], 1)
    return m.astype(bool)


@pytest.mark.parametrize("color", [(0, 0, 0), (255, 255, 255), (12, 200, 77)])
def test_fill_pixels_equal_the_fill_colour_exactly(color) -> None:
    img = np.random.default_rng(3).integers(0, 255, (300, 400, 3), dtype=np.uint8)
    original = img.copy()
    boxes = [
        (20, 30, 180, 70),
        (150, 200, 390, 260),
        (0, 0, 30, 20),
        (380, 280, 400, 300),
    ]  # incl. the edges
    findings = [_finding(b) for b in boxes]
    findings.append(
        Finding(
            Category.NAME, Quad(((200, 40), (300, 90), (280, 130), (180, 80))), 1.0, "t", True, 30.0
        )
    )
    out = apply_masks(img, findings, MaskStyle.FILL, color)
    assert np.array_equal(img, original)  # the input array is not modified
    covered = _poly_mask([padded_quad(f) for f in findings], img.shape)
    inside = _poly_mask([f.quad for f in findings], img.shape)
    assert inside.any() and (out[inside] == np.array(color, np.uint8)).all()
    assert (
        out[covered] == np.array(color, np.uint8)
    ).all()  # the padding too: no blended edge pixels
    untouched = ~cv2.dilate(covered.astype(np.uint8), np.ones((3, 3), np.uint8)).astype(bool)
    assert np.array_equal(out[untouched], img[untouched])


def _digits(lines) -> str:
    return re.sub(
        r"\D", "", " ".join(ln.text for ln in lines).translate(str.maketrans("OoIlSB", "001158"))
    )


def _recovered(lines) -> list[str]:
    """5-digit pieces of the phone number that an OCR engine read back."""
    got = _digits(lines)
    return [PHONE[i : i + 5] for i in range(len(PHONE) - 4) if PHONE[i : i + 5] in got]


def _engine(name: str):
    from redactor.core.ocr import get_engine

    try:
        return get_engine(name)
    except Exception as exc:  # pragma: no cover - engine missing on this machine
        pytest.skip(f"{name} not available: {exc}")


@pytest.mark.slow
@pytest.mark.parametrize("size", [28, 64])
@pytest.mark.parametrize("style", [MaskStyle.PIXELATE, MaskStyle.BLUR])
def test_pixelate_and_blur_defeat_both_ocr_engines(style: MaskStyle, size: int) -> None:
    pixels, placed = draw_lines([["Tel:", PHONE]], size=size, width=max(700, size * 12))
    box = find(placed, PHONE).box
    masked = apply_masks(pixels, [_finding(box)], style)
    for name in ("rapidocr", "tesseract"):
        engine = _engine(name)
        assert _recovered(engine.recognize(pixels)), (
            f"control: {name} must read the unmasked number"
        )
        assert _recovered(engine.recognize(masked)) == [], (
            f"{name} read the {style.value} mask at size {size}"
        )
