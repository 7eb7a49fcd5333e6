"""The verification read of the windows around masks (ocr/windows.py): what is read,
and that every line comes back to where it stands on the page, turned pages too."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from redactor.core.models import OcrLine, Quad
from redactor.core.ocr.orientation import rotate
from redactor.core.ocr.windows import WHOLE_PAGE_SHARE, read_around, windows


class BlobReader:
    """Reads every dark blob of the image it is given as one line (its bbox)."""

    name = "blobs"

    def __init__(self) -> None:
        self.seen: list[tuple[int, int]] = []

    def recognize(self, image: np.ndarray) -> list[OcrLine]:
        self.seen.append(image.shape[:2])
        gray = image if image.ndim == 2 else image[:, :, 0]
        n, _, stats, _ = cv2.connectedComponentsWithStats((gray < 128).astype(np.uint8))
        out = []
        for x, y, w, h, _ in stats[1:n]:
            q = Quad.from_bbox(x, y, x + w, y + h)
            out.append(OcrLine("X", 0.9, q, (q,)))
        return out


def _page(blobs: list[tuple[int, int, int, int]], w: int = 1200, h: int = 1600) -> np.ndarray:
    page = np.full((h, w, 3), 255, np.uint8)
    for x0, y0, x1, y1 in blobs:
        page[y0:y1, x0:x1] = 0
    return page


NEAR = (400, 300, 600, 330)  # a masked value
BESIDE = (640, 300, 700, 330)  # ink on its row, two text heights on
FAR = (100, 1400, 200, 1430)  # the page's far corner


def _boxes(lines: list[OcrLine]) -> set[tuple[int, int, int, int]]:
    return {tuple(round(v) for v in ln.quad.bbox) for ln in lines}  # type: ignore[misc]


@pytest.mark.parametrize("turn", [0, 90, 180, 270])
def test_lines_near_the_masks_come_back_in_the_page_grid(turn: int) -> None:
    upright = _page([NEAR, BESIDE, FAR])
    # The image as photographed: turning it by ``turn`` makes it upright.
    image = rotate(upright, (360 - turn) % 360)
    reader = BlobReader()
    # The masked value's quad, in the image's own grid.
    region = reader.recognize(rotate(_page([NEAR]), (360 - turn) % 360))[0].quad
    lines = read_around(reader, image, turn, [region], text_height=30)
    expected = {tuple(round(v) for v in q.bbox) for q in _image_boxes(image)}
    far = _far_box(image, turn)
    assert _boxes(lines) == expected - {far}  # the mask and its neighbour, not the corner
    # Read as one sheet much smaller than the page.
    sheet_h, sheet_w = reader.seen[-1]
    assert sheet_h * sheet_w < 0.2 * image.shape[0] * image.shape[1]


def _image_boxes(image: np.ndarray) -> list[Quad]:
    return [ln.quad for ln in BlobReader().recognize(image)]


def _far_box(image: np.ndarray, turn: int) -> tuple[int, ...]:
    # The far blob is the one farthest from the masked value (the largest distance).
    boxes = [tuple(round(v) for v in q.bbox) for q in _image_boxes(image)]
    centre = np.array([[(b[0] + b[2]) / 2, (b[1] + b[3]) / 2] for b in boxes])
    d = np.linalg.norm(centre[:, None] - centre[None], axis=2).sum(axis=1)
    return boxes[int(np.argmax(d))]


def test_windows_merge_grow_and_stay_on_the_page() -> None:
    wins = windows([(10, 10, 50, 30), (60, 12, 90, 28), (500, 500, 520, 520)], 600, 600, 10)
    assert len(wins) == 2  # the first two overlap once grown
    first = min(wins, key=lambda w: w.x)
    assert (first.x, first.y) == (0, 0)  # clipped at the page's edge
    assert first.x + first.w == 90 + 40  # four text heights past the end of the row


def test_a_page_mostly_masked_is_read_whole() -> None:
    reader = BlobReader()
    page = _page([(100, 100, 1100, 1500)])
    region = Quad.from_bbox(100, 100, 1100, 1500)
    assert WHOLE_PAGE_SHARE < 1
    lines = read_around(reader, page, 0, [region], text_height=30)
    assert reader.seen == [page.shape[:2]]
    assert _boxes(lines) == {(100, 100, 1100, 1500)}


def test_the_real_engine_reads_a_sheet_at_the_page_scale() -> None:
    from redactor.core.ocr.protocol import SheetReader
    from redactor.core.ocr.rapid import RapidOcrEngine, det_scale

    assert issubclass(RapidOcrEngine, SheetReader)
    # A small sheet cut from a large page is not enlarged as a small page would be.
    assert det_scale(300, 400) > 1 and det_scale(3000, 4000) < 1


def test_lines_the_masks_do_not_touch_keep_their_first_read() -> None:
    above = (400, 250, 600, 280)  # the line above the masked value, 20 px apart
    touching = (610, 300, 630, 330)  # ink just past the mask's end, on its row
    page = _page([NEAR, BESIDE, FAR, above, touching])
    first_read = [
        OcrLine("first", 0.9, q, (q,))
        for q in (Quad.from_bbox(*b) for b in (NEAR, BESIDE, FAR, above, touching))
    ]
    region = Quad.from_bbox(*NEAR)
    plain, reuse = BlobReader(), BlobReader()
    before = read_around(plain, page, 0, [region], text_height=30)
    after = read_around(reuse, page, 0, [region], text_height=30, known=first_read)
    # The lines within reach of the mask, whole, and not the far corner ...
    assert _boxes(after) == {NEAR, touching, BESIDE, above}
    assert FAR not in _boxes(before)
    # ... the mask and what touches it read again (the ink beside it too, which the
    # window of the touching ink reaches: no line is cut), the line above as first read ...
    by_box = {tuple(round(v) for v in ln.quad.bbox): ln.text for ln in after}
    assert by_box[NEAR] == by_box[touching] == by_box[BESIDE] == "X"
    assert by_box[above] == "first"
    # ... from a smaller sheet.
    assert np.prod(reuse.seen[-1]) < np.prod(plain.seen[-1])
