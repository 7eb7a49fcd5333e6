"""The handwriting under a signature label is masked whether or not OCR read it;
blank space, printed lines the OCR did read there, and what lies past a photographed
paper's edge are left alone."""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw

from redactor.core.detect.pixels.page_views import PageViews
from redactor.core.detect.pixels.signatures import SOURCE, signature_ink
from redactor.core.detect.pixels.steps import PixelPage, run_pixel_plan
from redactor.core.detect.pixels.unread_text import unread_text
from redactor.core.models import Category, OcrLine, Quad
from tests.drawing import font

H = 30  # text height in px


def _line(text: str, y: int, x: int = 100) -> OcrLine:
    x1 = x + 18 * len(text)
    step = (x1 - x) / len(text)
    chars = tuple(
        Quad.from_bbox(x + k * step, y, x + (k + 1) * step, y + H) for k in range(len(text))
    )
    return OcrLine(text, 0.95, Quad.from_bbox(x, y, x1, y + H), chars)


def _slip(signed: bool, printed_below: bool = False) -> np.ndarray:
    img = np.full((400, 900, 3), 255, np.uint8)
    cv2.putText(
        img, "CARDHOLDER SIGNATURE", (100, 124), cv2.FONT_HERSHEY_SIMPLEX, 0.8, (0, 0, 0), 2
    )
    if signed:  # a scrawl across the space under the label
        pts = np.array([[120, 190], [160, 140], [190, 200], [240, 150], [300, 195], [360, 160]])
        cv2.polylines(img, [pts.astype(np.int32)], False, (20, 20, 60), 3)
    if printed_below:
        cv2.putText(img, "THANK YOU", (100, 184), cv2.FONT_HERSHEY_SIMPLEX, 0.8, (0, 0, 0), 2)
    return img


def test_a_signature_under_its_label_is_masked_whole() -> None:
    label = _line("CARDHOLDER SIGNATURE", 100)
    [f] = signature_ink(_slip(signed=True), [label])
    assert f.category is Category.NAME
    x0, y0, x1, y1 = f.quad.bbox
    assert label.quad.bbox[3] <= y0 <= 138 and y1 >= 201  # the scrawl, top to bottom
    assert x0 <= 118 and x1 >= 362  # and end to end


def test_blank_space_or_a_printed_line_read_there_is_no_signature() -> None:
    label = _line("CARDHOLDER SIGNATURE", 100)
    assert signature_ink(_slip(signed=False), [label]) == []
    thanks = _line("THANK YOU", 160)
    assert signature_ink(_slip(signed=False, printed_below=True), [label, thanks]) == []
    # Without a signature label, the same ink is left to the other steps.
    other = _line("CARDHOLDER COPY", 100)
    assert signature_ink(_slip(signed=True), [other]) == []


def test_a_service_instruction_names_no_space_to_sign_in() -> None:
    # "SIGNATURE REQUIRED" tells the courier what to do; what is printed under it (a
    # barcode, a logo) is nobody's signature.
    for text in (
        "SIGNATURE REQUIRED",
        "Signature waived",
        "ADULT SIGNATURE REQUIRED",
        "须本人签收",
    ):
        assert signature_ink(_slip(signed=True), [_line(text, 100)]) == [], text
    assert signature_ink(_slip(signed=True), [_line("Sign here", 100)])  # a space to sign in


def test_a_box_the_ocr_drew_round_a_coloured_mark_over_the_signature_hides_nothing() -> None:
    # A sorting number written large in red across the space: OCR boxes it and reads
    # digits. That box read the mark, not the signature under it.
    img = _slip(signed=True)
    cv2.putText(img, "47", (130, 222), cv2.FONT_HERSHEY_SIMPLEX, 3.6, (220, 30, 40), 14)
    label = _line("CARDHOLDER SIGNATURE", 100)
    mark = OcrLine("47", 0.9, Quad.from_bbox(110, 128, 372, 228), ())
    [f] = signature_ink(img, [label, mark])
    x0, _, x1, _ = f.quad.bbox
    assert x0 <= 118 and x1 >= 362
    # A box round black print there is read text: the space ends above it.
    printed = _slip(signed=False, printed_below=True)
    assert signature_ink(printed, [label, _line("THANK YOU", 160)]) == []


def test_a_label_whose_last_characters_a_mark_hid_still_asks_for_a_signature() -> None:
    from redactor.core.detect.layout.labels import asks_for_signature

    assert asks_for_signature("持卡人签") and asks_for_signature("客户签:")
    assert not asks_for_signature("签到处请排队")  # 签 starting a word is no label


def test_a_signature_written_large_under_a_small_label_is_masked_to_its_foot() -> None:
    img = np.full((500, 900, 3), 255, np.uint8)
    cv2.putText(
        img, "CARDHOLDER SIGNATURE", (100, 124), cv2.FONT_HERSHEY_SIMPLEX, 0.8, (0, 0, 0), 2
    )
    # A scrawl five label heights tall.
    pts = np.array([[120, 290], [170, 140], [220, 280], [280, 150], [330, 285], [380, 160]])
    cv2.polylines(img, [pts.astype(np.int32)], False, (20, 20, 60), 3)
    [f] = signature_ink(img, [_line("CARDHOLDER SIGNATURE", 100)])
    assert f.quad.bbox[3] >= 288


# A receipt's last cell photographed on a table: its signature label two lines above
# the paper's lower edge, with the table and the paper's shadow past it.
PAPER = np.array([[70, 40], [850, 60], [840, 400], [60, 378]], np.int32)  # ~1.5 degrees
LABEL_XY, DATE_XY, TITLE_XY = (100, 240), (520, 246), (100, 100)
SCRAWL = [(115, 320), (150, 295), (175, 338), (205, 300), (240, 335), (280, 305)]


def _photographed_slip(signed: bool, grainy: bool = False) -> np.ndarray:
    h, w = 640, 900
    yy, xx = np.mgrid[0:h, 0:w]
    table = 110 + 30 * np.sin(xx / 140.0) * np.cos(yy / 170.0)  # lit unevenly
    if grainy:  # a lighter surface whose grain straddles the ink threshold
        grain = np.random.default_rng(5).normal(0, 9, (h, w)).astype(np.float32)
        table = 150 + cv2.GaussianBlur(grain, (0, 0), 0.8)
    img = np.dstack([table, table, table * 0.95]).astype(np.float32)
    shadow = np.zeros((h, w), np.float32)
    cv2.fillPoly(shadow, [PAPER + (6, 22)], 1.0)
    img *= (1 - 0.55 * cv2.GaussianBlur(shadow, (0, 0), 10))[..., None]
    sheet = np.zeros((h, w), np.uint8)
    cv2.fillPoly(sheet, [PAPER], 255)
    paper = cv2.GaussianBlur(sheet, (0, 0), 1.2).astype(np.float32)[..., None] / 255
    img = img * (1 - paper) + np.array([236, 234, 228], np.float32) * paper
    im = Image.fromarray(img.clip(0, 255).astype(np.uint8))
    d = ImageDraw.Draw(im)
    d.text(TITLE_XY, "运单号 7581 7964 0485", font=font(30), fill=(25, 25, 25))
    d.line((80, 180, 835, 195), fill=(40, 40, 40), width=3)
    d.text(LABEL_XY, "签收人:", font=font(30), fill=(25, 25, 25))
    d.text(DATE_XY, "日期:", font=font(30), fill=(25, 25, 25))
    d.line((70, 352, 840, 367), fill=(40, 40, 40), width=3)  # the cell's lower rule
    if signed:
        d.line(SCRAWL, fill=(20, 20, 70), width=3)
    return np.asarray(im).copy()


def _read_at(text: str, xy: tuple[int, int]) -> OcrLine:
    x0, y0, x1, y1 = ImageDraw.Draw(Image.new("RGB", (1, 1))).textbbox(xy, text, font=font(30))
    step = (x1 - x0) / len(text)
    chars = tuple(
        Quad.from_bbox(x0 + k * step, y0, x0 + (k + 1) * step, y1) for k in range(len(text))
    )
    return OcrLine(text, 0.95, Quad.from_bbox(x0, y0, x1, y1), chars)


def _slip_lines() -> list[OcrLine]:
    return [
        _read_at("运单号 7581 7964 0485", TITLE_XY),
        _read_at("签收人:", LABEL_XY),
        _read_at("日期:", DATE_XY),
    ]


def test_the_paper_edge_its_shadow_and_a_rule_under_an_empty_signature_space_are_no_name() -> None:
    # Past the edge the table is darker than the paper all the way down; the cell's
    # rule runs across the space: neither was written by a hand.
    img = _photographed_slip(signed=False)
    assert signature_ink(img, _slip_lines()) == []
    # Nor is any of it unread print.
    assert unread_text(PageViews(img), _slip_lines(), []) == []


def test_the_grain_of_a_lighter_table_past_the_paper_edge_is_no_name() -> None:
    # The surface past the edge is only a shade darker than the ink threshold, so its
    # grain reads as specks of "ink" all the way down: no solid area to take out, and
    # yet nothing was written there. A signature on the paper above it still is.
    img = _photographed_slip(signed=False, grainy=True)
    assert signature_ink(img, _slip_lines()) == []
    [f] = signature_ink(_photographed_slip(signed=True, grainy=True), _slip_lines())
    assert f.quad.bbox[3] < 352


def test_a_signature_near_the_paper_edge_is_masked_and_the_mask_stays_on_the_paper() -> None:
    [f] = signature_ink(_photographed_slip(signed=True), _slip_lines())
    assert f.category is Category.NAME
    x0, y0, x1, y1 = f.quad.bbox
    xs, ys = zip(*SCRAWL, strict=True)
    assert y0 <= min(ys) and y1 >= max(ys) - 2  # the scrawl, top to bottom
    assert x0 <= min(xs) + 2  # from its start (the space ends two label heights past the label)
    assert y1 < 352  # above the cell's rule: not down over the edge and the table


def test_a_blot_or_a_small_flat_scrawl_wholly_inside_the_space_is_still_a_signature() -> None:
    img = _slip(signed=False)
    cv2.circle(img, (200, 170), 18, (20, 20, 60), -1)  # a marker's thick initial
    [f] = signature_ink(img, [_line("CARDHOLDER SIGNATURE", 100)])
    assert f.quad.bbox[1] <= 153 and f.quad.bbox[3] >= 187
    img = _slip(signed=False)
    cv2.polylines(  # a long, flat, tiny hand under the label
        img,
        [np.array([[110, 170], [200, 165], [300, 172], [400, 166]], np.int32)],
        False,
        (20, 20, 60),
        2,
    )
    assert signature_ink(img, [_line("CARDHOLDER SIGNATURE", 100)])


def test_a_signature_is_ink_no_text_was_read_from_and_the_plan_keeps_its_mask() -> None:
    # The window says a signature's mask covers writing that could not be read, not
    # text read; the step that grows masks over unread ink keeps it where nothing grew.
    label = _line("CARDHOLDER SIGNATURE", 100)
    found, _ = run_pixel_plan(PixelPage(_slip(signed=True), [label], [], frozenset(Category)))
    [f] = [f for f in found if f.source.rule == SOURCE.rule]
    assert f.source.unread and f.category is Category.NAME


def test_a_band_of_the_surround_thinner_than_half_a_label_is_no_handwriting() -> None:
    """Past a photographed paper's edge the shadow may be a band thinner than the solid
    square (ragged along its foot): long and filled, running out of the space, it is
    taken out; a hand's strokes inside the space stay."""
    from redactor.core.detect.pixels.signatures import handwriting

    rng = np.random.default_rng(3)
    dark = np.zeros((144, 160), bool)
    dark[95:105, :60] = True  # the band, 10 samples high (the square is 12), out at the left
    dark[105:108, :60] = rng.random((3, 60)) < 0.6  # its ragged foot
    assert not handwriting(dark, 24).any()
    scrawl = np.zeros((144, 160), np.uint8)
    cv2.polylines(
        scrawl, [np.array([[80, 30], [95, 10], [110, 40], [125, 12], [140, 35]])], False, 1, 2
    )
    kept = handwriting(dark | scrawl.astype(bool), 24)
    assert kept[:60, 70:].any() and not kept[90:, :60].any()
