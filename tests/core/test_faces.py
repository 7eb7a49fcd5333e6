"""Faces on ID-like cards are found and masked; labels and receipts have none."""

from __future__ import annotations

import numpy as np
import pytest

import redactor.core.ocr as ocr_registry
from redactor.core.detect.pixels.faces import find_faces
from redactor.core.models import Category, OcrLine, Quad, parse_categories
from redactor.core.pipeline import analyze, apply
from redactor.core.settings import Settings
from tests.drawing import dark_fraction, draw_lines, draw_portrait
from tests.hostile.conftest import FakeEngine

PHOTO = (620, 90, 820, 340)  # where the portrait sits on the card


def _lines(placed) -> list[OcrLine]:
    out = []
    for p in placed:
        x0, y0, x1, y1 = p.box
        step = (x1 - x0) / len(p.text)
        chars = tuple(
            Quad.from_bbox(x0 + i * step, y0, x0 + (i + 1) * step, y1) for i in range(len(p.text))
        )
        out.append(OcrLine(p.text, 0.95, Quad.from_bbox(*p.box), chars))
    return out


@pytest.fixture(scope="module")
def card() -> tuple[np.ndarray, list[OcrLine]]:
    """An ID-like card: labelled fields on the left, a photo on the right."""
    rows = [
        ["姓名", "王小明"],
        ["性别", "男"],
        ["出生", "1990年1月1日"],
        ["住址", "某省某市某路1号"],
    ]
    pixels, placed = draw_lines(rows, size=30, width=880, margin=70)
    pixels = np.pad(pixels, ((0, 400 - pixels.shape[0]), (0, 0), (0, 0)), constant_values=248)
    x0, y0, x1, y1 = PHOTO
    pixels[y0:y1, x0:x1] = draw_portrait(x1 - x0, y1 - y0)
    return pixels, _lines(placed)


def test_a_face_on_a_card_is_found_over_the_photo(card) -> None:
    pixels, lines = card
    [face] = find_faces(pixels, lines)
    assert face.category is Category.FACE and face.score >= 0.8
    fx0, fy0, fx1, fy1 = face.quad.bbox
    x0, y0, x1, y1 = PHOTO
    # The mask holds the face (eyes to mouth) and stays on the photo's side of the card.
    assert fx0 <= x0 + 70 and fx1 >= x1 - 70 and fy0 <= y0 + 60 and fy1 >= y0 + 180
    assert fx0 > max(ln.quad.bbox[2] for ln in lines)


def test_the_masked_card_hides_the_face(monkeypatch, card) -> None:
    pixels, lines = card
    monkeypatch.setitem(ocr_registry._engines, "rapidocr", FakeEngine(lambda _image: lines))
    plan = analyze(pixels, Settings(verify=False))
    assert [f.category for f in plan.findings].count(Category.FACE) == 1
    x0, y0, x1, y1 = PHOTO
    face = (x0 + 60, y0 + 60, x1 - 60, y0 + 170)  # eyes, nose and mouth of the drawing
    assert dark_fraction(pixels, face) < 0.3
    assert dark_fraction(apply(pixels, plan, Settings()), face) > 0.99
    # Face off: not looked for, nothing masked there.
    off = Settings(categories=parse_categories("name,phone,address"), verify=False)
    plan = analyze(pixels, off)
    assert Category.FACE not in {f.category for f in plan.findings}


def test_a_receipt_has_no_face() -> None:
    rows = [["超市收银小票"], ["牛奶", "12.50"], ["面包", "8.00"], ["合计", "20.50"], ["谢谢惠顾"]]
    pixels, placed = draw_lines(rows, size=30)
    assert find_faces(pixels, _lines(placed)) == []


def test_a_face_where_text_was_read_is_lettering_not_a_photo(card) -> None:
    pixels, lines = card
    x0, y0, x1, y1 = PHOTO
    over = Quad.from_bbox(x0, y0 + 40, x1, y1 - 40)
    printed = OcrLine("ABCDEFGH", 0.9, over, over.split(8))
    assert find_faces(pixels, [*lines, printed]) == []


def test_face_is_a_category_on_by_default() -> None:
    assert Category.FACE in Settings().categories
    assert parse_categories("face") == {Category.FACE}
