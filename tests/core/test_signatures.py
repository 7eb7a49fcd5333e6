"""The handwriting under a signature label is masked whether or not OCR read it;
blank space, and printed lines the OCR did read there, are left alone."""

from __future__ import annotations

import cv2
import numpy as np

from redactor.core.detect.pixels.signatures import signature_ink
from redactor.core.models import Category, OcrLine, Quad

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
