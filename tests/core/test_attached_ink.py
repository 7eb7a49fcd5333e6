"""A value's mask reaches over the ink joined to its strokes, and stops at other lines' ink."""

from __future__ import annotations

import cv2
import numpy as np

from redactor.core.detect.pixels.attached_ink import grow_over_attached_ink
from redactor.core.mask import padded_quad
from redactor.core.models import Category, Finding, OcrLine, Origin, Quad, Source

PEN = (30, 40, 150)
H = 30  # text height in px
TOP, BASE = 100, 130  # the value's box (the OCR's) over and under it


def blank() -> np.ndarray:
    return np.full((260, 900, 3), 250, np.uint8)


def write(img: np.ndarray, text: str, x: int, base: int = BASE, colour=PEN) -> tuple[int, int]:
    """Text on a baseline; the x range its ink takes."""
    before = img.copy()
    cv2.putText(img, text, (x, base), cv2.FONT_HERSHEY_SIMPLEX, 1.1, colour, 3)
    cols = np.nonzero((before != img).any(axis=2).any(axis=0))[0]
    return int(cols.min()), int(cols.max()) + 1


def box(x0: float, x1: float, y0: float = TOP, y1: float = BASE) -> Quad:
    return Quad.from_bbox(x0, y0, x1, y1)


def finding(x0: float, x1: float) -> Finding:
    return Finding(Category.NAME, box(x0, x1), 0.9, Source(Origin.OCR, "test"), True, H)


def line(q: Quad, text: str) -> OcrLine:
    x0, y0, x1, y1 = q.bbox
    step = (x1 - x0) / len(text)
    chars = tuple(box(x0 + k * step, x0 + (k + 1) * step, y0, y1) for k in range(len(text)))
    return OcrLine(text=text, confidence=0.9, quad=q, chars=chars)


def masked(img: np.ndarray, f: Finding) -> np.ndarray:
    out = np.zeros(img.shape[:2], np.uint8)
    cv2.fillPoly(out, [np.round(np.asarray(padded_quad(f).points)).astype(np.int32)], 1)
    return out.astype(bool)


def ink(img: np.ndarray) -> np.ndarray:
    return img.min(axis=2) < 128


def test_a_descender_through_the_ruled_line_is_masked_with_its_value() -> None:
    img = blank()
    cv2.line(img, (20, BASE + 8), (880, BASE + 8), (0, 0, 0), 2)  # the printed rule
    x0, x1 = write(img, "Krueg", 200)
    # The last letter's tail hangs through the rule, well under the OCR's box.
    cv2.ellipse(img, (x1 - 8, BASE + 17), (9, 9), 0, -90, 200, PEN, 3)
    cv2.line(img, (x1 - 8, BASE - 6), (x1 - 8, BASE + 8), PEN, 3)
    tail = ink(img) & ~ink(blank())
    tail[: BASE + 12] = False
    tail[:, : x0 - 20] = False
    lines = [line(box(x0, x1), "Krueg")]
    [f] = grow_over_attached_ink(img, [finding(x0, x1)], lines)
    assert masked(img, f)[tail].all()  # the whole tail, under the rule too
    # The rule itself is no value's ink: the mask does not run along it.
    assert f.quad.bbox[0] >= x0 - H and f.quad.bbox[2] <= x1 + H


def test_a_capital_rising_over_the_box_is_masked() -> None:
    img = blank()
    x0, x1 = write(img, "onas", 230)
    # A hand-written capital whose loop rises a text height over the line.
    cv2.line(img, (x0 - 12, BASE - 2), (x0 - 4, TOP - 16), PEN, 3)
    cv2.ellipse(img, (x0 - 14, TOP - 14), (10, 6), 0, 0, 360, PEN, 3)
    cv2.line(img, (x0 - 12, BASE - 2), (x0 + 2, BASE - 4), PEN, 3)
    loop = ink(img)
    loop[TOP - 2 :] = False
    [f] = grow_over_attached_ink(img, [finding(x0 - 6, x1)], [line(box(x0 - 6, x1), "onas")])
    assert masked(img, f)[loop].all()


def test_a_stroke_held_back_beside_a_printed_line_is_masked_on_its_own() -> None:
    img = blank()
    x0, x1 = write(img, "Ruiz", 200)
    # A descender reaching down beside the printed label of the next row.
    cv2.line(img, (x1 - 6, BASE - 4), (x1 - 6, BASE + 26), PEN, 3)
    tail = ink(img)
    tail[: BASE + 8] = False
    tail[:, : x1 - 12] = False
    lx0, lx1 = write(img, "Date", x0 - 40, BASE + 42, (20, 20, 20))
    label = ink(img) & ~ink(blank())
    label[: BASE + 14] = False
    label[:, x1 - 12 :] = False
    lines = [line(box(x0, x1), "Ruiz"), line(box(lx0, lx1, BASE + 16, BASE + 44), "Date")]
    found = grow_over_attached_ink(img, [finding(x0, x1)], lines)
    assert found[0].quad.bbox[3] < BASE + 19  # the quad stops short of the label's ink
    covered = np.any([masked(img, f) for f in found], axis=0)
    assert covered[tail].all()  # the stroke beside it is masked on its own


def test_the_margin_stops_short_of_a_printed_line_close_under_it() -> None:
    img = blank()
    x0, x1 = write(img, "Ruiz", 200)
    lx0, lx1 = write(img, "Date", x0 - 10, BASE + 26, (20, 20, 20))
    label = ink(img) & ~ink(blank())
    label[: BASE + 2] = False
    value = ink(img)
    value[BASE + 2 :] = False
    lines = [line(box(x0, x1), "Ruiz"), line(box(lx0, lx1, BASE + 2, BASE + 28), "Date")]
    [f] = grow_over_attached_ink(img, [finding(x0, x1)], lines)
    assert masked(img, f)[value].all()
    assert not masked(img, f)[label].any()


def test_a_label_touching_the_value_on_its_line_stays_readable() -> None:
    img = blank()
    lx0, lx1 = write(img, "Name:", 60, colour=(20, 20, 20))
    x0, x1 = write(img, "Lopez", lx1 + 4)
    # The first stroke of the value runs back into the label's colon, and its last
    # letter dips under the box.
    cv2.line(img, (lx1 - 4, BASE - 10), (x0 + 6, BASE - 4), PEN, 3)
    cv2.line(img, (x1 - 6, BASE - 4), (x1 - 2, BASE + 16), PEN, 3)
    label = ink(img.copy())
    label[:, lx1 - 6 :] = False
    whole = line(box(lx0, x1), "Name: Lopez")
    [f] = grow_over_attached_ink(img, [finding(x0, x1)], [whole])
    assert f.quad.bbox[3] > BASE + 4
    assert f.quad.bbox[0] >= x0 - 1  # it never grows back over the label


def test_printed_values_inside_their_box_keep_their_quad() -> None:
    img = blank()
    x0, x1 = write(img, "13800138000", 200, colour=(20, 20, 20))
    f = finding(x0 - 2, x1 + 2)
    grown = grow_over_attached_ink(img, [f], [line(f.quad, "13800138000")])
    assert grown == [f]
