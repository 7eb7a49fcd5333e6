"""Lines of blurred or tiny print the OCR could not read are masked and flagged;
sharp print is left to the OCR."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

from redactor.core.detect.pixels.page_views import PageViews
from redactor.core.detect.pixels.unread_text import SOURCE, unread_text
from redactor.core.models import Category, Finding, OcrLine, Origin, PageStatus, Quad, Source
from redactor.core.pipeline import masked_findings, redact_page
from redactor.core.review import ReasonKind, unread_text_doubts
from redactor.core.settings import Settings
from tests.drawing import font

# A waybill's rows of made-up personal data under a large coloured heading (the
# heading survives a blur the body text does not).
HEADING = "顺达快递  标准快递"
# Each row: its label (kept readable when read) and its values.
ROWS = (
    ("收件人：", "王晓明", "139 1028 4471"),
    ("", "上海市浦东新区张江路 1288 弄 7 号楼"),
    ("寄件人：", "李娜", "186 0751 3326"),
    ("", "广东省深圳市南山区科技园南路 88 号"),
)
Box = tuple[int, int, int, int]
HEADING_BOX: Box = (40, 30, 620, 125)  # the heading's ink, with room for its blur


@pytest.fixture(scope="module")
def drawn() -> tuple[np.ndarray, list[Box], list[Box]]:
    """The label's pixels (1000 x 1300, a phone photo's proportions), its rows' boxes
    and its values' boxes."""
    im = Image.new("RGB", (1000, 1300), (250, 250, 248))
    d = ImageDraw.Draw(im)
    d.text((60, 40), HEADING, font=font(52), fill=(190, 20, 30))
    d.line((40, 130, 960, 130), fill=(30, 30, 30), width=3)
    rows, values = [], []
    for i, (label, *pieces) in enumerate(ROWS):
        x, y, row = 60, 200 + 110 * i, []
        for piece in (label, *pieces):
            if piece:
                row.append(tuple(int(v) for v in d.textbbox((x, y), piece, font=font(34))))
                d.text((x, y), piece, font=font(34), fill=(20, 20, 20))
                x = row[-1][2] + 34
        values += row[1:] if label else row
        rows.append(tuple(f(b[k] for b in row) for k, f in enumerate((min, min, max, max))))
    return np.asarray(im).copy(), rows, values


@pytest.fixture(scope="module")
def label(drawn) -> tuple[np.ndarray, list[Box]]:
    """The label's pixels and its values' boxes."""
    pixels, _, values = drawn
    return pixels, values


def _blurred(pixels: np.ndarray, sigma: float) -> np.ndarray:
    return cv2.GaussianBlur(pixels, (0, 0), sigma)


def _shrunk(pixels: np.ndarray, scale: float, boxes: list[Box]) -> tuple[np.ndarray, list[Box]]:
    small = cv2.resize(pixels, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    return small, [tuple(round(v * scale) for v in b) for b in boxes]  # type: ignore[misc]


def _hidden(ink_of: np.ndarray, box: Box, quads: list[Quad]) -> bool:
    """Nearly all of the row's ink (dark in ``ink_of``, the unblurred pixels) lies under the quads."""
    x0, y0, x1, y1 = box
    masked = np.zeros(ink_of.shape[:2], np.uint8)
    for q in quads:
        cv2.fillPoly(masked, [np.round(np.asarray(q.points)).astype(np.int32)], 1)
    ink = ink_of[y0:y1, x0:x1].min(axis=2) < 128
    return bool(masked[y0:y1, x0:x1][ink].mean() >= 0.95)


def _read(box: Box, confidence: float) -> OcrLine:
    quad = Quad.from_bbox(*box)
    return OcrLine("x", confidence, quad, (quad,))


@pytest.mark.parametrize("sigma", [4.0, 5.5, 7.0])
def test_blurred_rows_no_line_was_read_from_are_found(label, sigma: float) -> None:
    pixels, boxes = label
    found = unread_text(PageViews(_blurred(pixels, sigma)), [], [])
    assert all(f.source == SOURCE and f.category is Category.ADDRESS for f in found)
    assert all(_hidden(pixels, b, [f.quad for f in found]) for b in boxes)


@pytest.mark.parametrize("scale", [0.2, 0.15])
def test_tiny_rows_no_line_was_read_from_are_found(label, scale: float) -> None:
    pixels, boxes = label
    small, small_boxes = _shrunk(pixels, scale, boxes)
    found = unread_text(PageViews(small), [], [])
    assert all(_hidden(small, b, [f.quad for f in found]) for b in small_boxes)


def test_sharp_print_is_left_to_the_ocr(label) -> None:
    # Unread, but sharp and large: whatever the OCR skipped there, it could read.
    pixels, _ = label
    assert unread_text(PageViews(pixels), [], []) == []


def test_rows_read_with_confidence_or_masked_are_not_found(drawn) -> None:
    pixels, rows, values = drawn
    blurred = _blurred(pixels, 5.5)
    everything = [HEADING_BOX, *rows]
    read = [_read(b, 0.95) for b in everything]
    assert unread_text(PageViews(blurred), read, []) == []
    masks = [Finding(Category.NAME, Quad.from_bbox(*b), 0.9, SOURCE) for b in everything]
    assert unread_text(PageViews(blurred), [], masks) == []
    # A line the OCR mostly guessed at reads nothing: its row is still found.
    found = unread_text(PageViews(blurred), [_read(b, 0.6) for b in rows], [])
    assert all(_hidden(pixels, b, [f.quad for f in found]) for b in values)
    # So does one character read with confidence in a box over half the page, and a
    # guess boxed swollen by the blur sets no text height the rows look thin against.
    guesses = [_read((0, 0, 760, 740), 0.81), _read((360, 290, 515, 385), 0.81)]
    found = unread_text(PageViews(blurred), guesses, [])
    assert all(_hidden(pixels, b, [f.quad for f in found]) for b in values)


def test_a_fragment_read_with_confidence_does_not_stand_in_for_a_mask(drawn) -> None:
    # A row's name and the first part of its phone under a mask, the phone's last
    # digits read with confidence: the rest of the phone's ink is still found.
    pixels, _, values = drawn
    x0, y0, x1, y1 = values[1]
    cut = x0 + (x1 - x0) * 6 // 10
    mask = Finding(Category.NAME, Quad.from_bbox(values[0][0], y0, cut, y1), 0.9, SOURCE)
    tail = _read((cut, y0, x1, y1), 0.8)
    found = unread_text(PageViews(_blurred(pixels, 5.5)), [tail], [mask])
    assert _hidden(pixels, values[1], [mask.quad, *(f.quad for f in found)])


def test_a_blurred_printed_rule_is_no_text() -> None:
    page = np.full((400, 600, 3), 250, np.uint8)
    cv2.line(page, (40, 200), (560, 200), (30, 30, 30), 3)
    cv2.rectangle(page, (20, 20), (580, 380), (30, 30, 30), 4)
    assert unread_text(PageViews(_blurred(page, 5.0)), [], []) == []


def _photographed(pixels: np.ndarray, boxes: list[Box]) -> tuple[np.ndarray, list[Box]]:
    """The label lying on a grey table, its lower edge casting a shadow band."""
    h, w = pixels.shape[:2]
    out = np.full((h + 200, w + 160, 3), 150, np.float32)
    shadow = np.zeros(out.shape[:2], np.float32)
    shadow[100 + 8 : 100 + h + 16, 80 + 4 : 80 + w + 4] = 1.0
    out *= (1 - 0.5 * cv2.GaussianBlur(shadow, (0, 0), 6))[..., None]
    out[100 : 100 + h, 80 : 80 + w] = pixels
    moved = [(x0 + 80, y0 + 100, x1 + 80, y1 + 100) for x0, y0, x1, y1 in boxes]
    return out.astype(np.uint8), moved


def test_on_a_photo_the_papers_edge_is_no_text_and_the_blurred_rows_are_found(label) -> None:
    pixels, boxes = label
    page, moved = _photographed(pixels, boxes)
    found = unread_text(PageViews(_blurred(page, 5.5)), [], [])
    assert all(_hidden(page, b, [f.quad for f in found]) for b in moved)
    # Every area found lies on the paper, none along its edges or its shadow.
    h, w = pixels.shape[:2]
    for f in found:
        x0, y0, x1, y1 = f.quad.bbox
        assert x0 >= 100 and x1 <= 60 + w  # 20 px inside the paper
        assert y0 >= 120 and y1 <= 80 + h


def test_the_reason_points_at_every_unread_area_masked_or_not() -> None:
    quads = [Quad.from_bbox(10, 10, 200, 40), Quad.from_bbox(10, 60, 200, 90)]
    found = [Finding(Category.ADDRESS, q, 0.5, SOURCE, enabled=k == 0) for k, q in enumerate(quads)]
    other = Finding(
        Category.PHONE,
        Quad.from_bbox(0, 100, 50, 120),
        0.9,
        Source(Origin.OCR, "phone"),
    )
    [reason] = unread_text_doubts([*found, other])
    assert (reason.kind, reason.count, reason.where) == (ReasonKind.UNREAD_TEXT, 2, tuple(quads))
    assert unread_text_doubts([other]) == ()


# The real engine on the label as people send it: out of focus, or shrunk by a chat app.
@pytest.mark.parametrize("blur", [("sigma", 4.5), ("sigma", 5.5), ("sigma", 7.0), ("scale", 0.15)])
def test_a_label_the_ocr_cannot_read_is_masked_and_never_verified(label, blur) -> None:
    pixels, boxes = label
    kind, amount = blur
    if kind == "sigma":
        image, ink_of = _blurred(pixels, amount), pixels
    else:
        image, boxes = _shrunk(pixels, amount, boxes)
        ink_of = image
    settings = Settings()
    _, plan = redact_page(np.ascontiguousarray(image), settings)
    assert plan.status is PageStatus.NEEDS_REVIEW
    masks = [f.quad for f in masked_findings(plan, settings)]
    assert all(_hidden(ink_of, b, masks) for b in boxes)


def test_a_sharp_label_gets_no_unread_text_reason(label) -> None:
    pixels, _ = label
    _, plan = redact_page(pixels.copy(), Settings())
    assert plan.status is PageStatus.VERIFIED
    assert not any(f.source == SOURCE for f in plan.findings)
