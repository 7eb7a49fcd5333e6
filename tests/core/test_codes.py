"""Barcodes found in the pixels: decodable or not, tilted, beside bold lettering."""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageOps

from redactor.core.detect.pixels.codes import codes_not_lettering, find_codes
from redactor.core.mask import padded_quad
from redactor.core.models import Category, OcrLine, Quad
from synth import barcodes, fonts
from synth.dataset import generate_one


def _bars(draw: ImageDraw.ImageDraw, x: int, y: int, modules: list[int], height: int) -> None:
    barcodes.draw_modules(draw, x, y, modules, 3, height, (0, 0, 0))


def _undecodable(seed: int) -> list[int]:
    """A bar pattern no decoder reads (random modules), as a smudged code is."""
    rng = random.Random(seed)
    modules: list[int] = []
    for k in range(60):  # bars and spaces of 1-4 modules, like a real symbology
        modules += [1 - k % 2] * rng.randint(1, 4)
    return modules + [1]


def _tilted(img: Image.Image, degrees: float) -> tuple[np.ndarray, np.ndarray]:
    arr = np.array(img.convert("RGB"))
    h, w = arr.shape[:2]
    turn = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    return cv2.warpAffine(arr, turn, (w, h), borderValue=(255, 255, 255)), turn


def _covered(image_shape: tuple[int, ...], findings, ink: np.ndarray) -> float:
    """Share of the ink pixels inside some painted code mask."""
    painted = np.zeros(image_shape[:2], np.uint8)
    for f in findings:
        cv2.fillPoly(painted, [np.round(np.array(padded_quad(f).points)).astype(np.int32)], 1)
    return float(painted[ink].mean()) if ink.any() else 0.0


def _bar_ink(width: int, height: int, x: int, y: int, modules: list[int], turn) -> np.ndarray:
    only = Image.new("L", (width, height), 255)
    barcodes.draw_modules(ImageDraw.Draw(only), x, y, modules, 3, 120, 0)
    arr = cv2.warpAffine(np.array(only), turn, (width, height), borderValue=255)
    return arr < 128


def test_tilted_undecodable_barcode_is_masked_bar_to_bar() -> None:
    page = Image.new("RGB", (1200, 600), "white")
    draw = ImageDraw.Draw(page)
    modules = _undecodable(1)
    _bars(draw, 200, 200, modules, 120)
    face = fonts.load(fonts.choose(random.Random(0), cjk=False), 34)
    draw.text((420, 330), "JDX756208140956", font=face, fill="black")
    image, turn = _tilted(page, 7.0)
    codes = find_codes(image)
    assert codes and all(f.category is Category.CODE for f in codes)
    ink = _bar_ink(1200, 600, 200, 200, modules, turn)
    assert _covered(image.shape, codes, ink) > 0.99


def test_a_code_split_by_a_wide_space_is_masked_whole() -> None:
    # A sparse start, a space wider than the bars' gaps, then the dense rest: the start
    # alone has too few bars to pass as a code, but it lies in line with the rest.
    page = Image.new("RGB", (1200, 600), "white")
    start: list[int] = []
    for k in range(10):
        start += [1] * (1 + k % 2) + [0] * 2
    modules = start + [0] * 6 + _undecodable(1)
    _bars(ImageDraw.Draw(page), 200, 200, modules, 120)
    image, turn = _tilted(page, 6.0)
    codes = find_codes(image)
    assert _covered(image.shape, codes, _bar_ink(1200, 600, 200, 200, modules, turn)) > 0.99


@pytest.mark.parametrize(
    ("seed", "index", "why"),
    [
        # The region of a tilted code also takes in the number printed under it:
        # the bars fill most of the region, not every band of it.
        (11, 36, "region with the number"),
        # A decoder reads a tilted code along its scan rows; the box turns to the bars.
        (7, 41, "decoded, tilted"),
        # Small, blurred and low in contrast: thin bars never cross a global threshold.
        (7, 37, "faint and small"),
        # The decoder reports a single scan row; the bars around it give the tilt.
        (23, 27, "decoded as one row"),
        # A sideways code touching the label's tilted border rule.
        (23, 34, "touching a tilted rule"),
        # A code beside a slightly tilted border rule that runs down the whole label.
        (31, 27, "beside a long rule"),
        # Sideways and tilted by a couple of degrees: the decoder's box is upright.
        (47, 38, "sideways, slightly tilted"),
    ],
)
def test_photographed_codes_are_masked_to_their_ends(seed: int, index: int, why: str) -> None:
    sample = generate_one(seed, index)
    with Image.open(io.BytesIO(sample.data)) as im:
        image = np.asarray(ImageOps.exif_transpose(im).convert("RGB"))
    codes = find_codes(image)
    items = [it for it in sample.gt["items"] if it["category"] == "code"]
    assert items
    for it in items:
        poly = _poly_mask(image.shape, np.array(it["poly"]))
        assert _covered(image.shape, codes, poly) > 0.99, (why, it["text"])


def test_bold_lettering_beside_a_code_is_not_fused_with_it() -> None:
    page = Image.new("RGB", (1300, 500), "white")
    draw = ImageDraw.Draw(page)
    draw.rectangle((60, 60, 1240, 440), outline="black", width=3)
    bold = fonts.load(fonts.choose(random.Random(0), cjk=True, bold=True), 64)
    draw.text((110, 130), "圆通速递", font=bold, fill="black")
    modules = barcodes.code128_modules("YT213482877325")
    _bars(draw, 560, 110, modules, 120)
    image, turn = _tilted(page, -6.0)
    codes = find_codes(image)
    ink = _bar_ink(1300, 500, 560, 110, modules, turn)
    assert _covered(image.shape, codes, ink) > 0.99
    # The shop's name, left of the code, stays readable.
    lettering = np.array([[110, 150], [360, 150], [360, 190], [110, 190]], np.float32)
    moved = cv2.transform(lettering[None], turn)[0]
    assert _covered(image.shape, codes, _poly_mask(image.shape, moved)) < 0.2


def test_text_and_table_rules_are_no_code() -> None:
    page = Image.new("RGB", (1200, 700), "white")
    draw = ImageDraw.Draw(page)
    face = fonts.load(fonts.choose(random.Random(0), cjk=True), 30)
    for k in range(8):
        draw.text(
            (80, 60 + 60 * k),
            "商品名称  数量  金额  Item 12.50 Total 88.00",
            font=face,
            fill="black",
        )
        draw.line((60, 100 + 60 * k, 1140, 100 + 60 * k), fill="black", width=2)
    image, _ = _tilted(page, 4.0)
    assert find_codes(image) == []


def test_bold_lettering_the_ocr_read_is_no_code() -> None:
    # Heavy type is a row of stems; where the OCR read it as words, it stays text.
    page = Image.new("RGB", (1400, 400), "white")
    draw = ImageDraw.Draw(page)
    bold = fonts.load(fonts.choose(random.Random(0), cjk=True, bold=True), 44)
    text = "跨境电商进口 CROSS-BORDER E-COMMERCE IMPORT"
    draw.text((60, 150), text, font=bold, fill="black")
    image, turn = _tilted(page, 2.0)
    x0, y0, x1, y1 = draw.textbbox((60, 150), text, font=bold)
    corners = cv2.transform(np.array([[[x0, y0], [x1, y0], [x1, y1], [x0, y1]]], np.float32), turn)[
        0
    ]
    box = Quad.from_points(corners.tolist())
    line = OcrLine(text=text, confidence=0.97, quad=box, chars=(box,) * len(text))
    assert find_codes(image)  # the bars detector alone takes it for bars ...
    assert codes_not_lettering(image, [line]) == []  # ... the words say otherwise


def _poly_mask(shape: tuple[int, ...], poly: np.ndarray) -> np.ndarray:
    m = np.zeros(shape[:2], np.uint8)
    cv2.fillPoly(m, [np.round(poly).astype(np.int32)], 1)
    return m.astype(bool)


def test_the_three_detectors_look_side_by_side_and_merge_in_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading
    from collections.abc import Callable

    from redactor.core.detect.pixels import codes

    threads: dict[str, int] = {}
    one, two, three = (Quad.from_bbox(x, 10, x + 50, 60) for x in (0, 100, 200))

    def finder(name: str, quads: list[Quad]) -> Callable[[np.ndarray], list[Quad]]:
        def find(gray: np.ndarray) -> list[Quad]:
            threads[name] = threading.get_ident()
            return quads

        return find

    monkeypatch.setattr(codes, "_zxing", finder("zxing", [two]))
    monkeypatch.setattr(codes, "_opencv_qr", finder("qr", [one]))
    monkeypatch.setattr(codes, "bar_patterns", finder("bars", [three]))
    found = find_codes(np.full((200, 300, 3), 255, np.uint8))
    # the decoders ran beside the bar patterns, not after them on the same thread
    assert threads["zxing"] != threads["bars"] and threads["qr"] != threads["bars"]
    assert [(f.quad, f.source) for f in found] == [
        (two, codes.ZXING),
        (one, codes.QR),
        (three, codes.BARS),
    ]
