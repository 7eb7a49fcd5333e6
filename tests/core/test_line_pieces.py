"""The verification read of opaque masks without a detector (ocr/line_pieces.py and
``read_around(painted=...)``): the known lines a mask touches are read again where
the masks leave them open, the others keep their first read."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np
import pytest

from redactor.core import ocr as ocr_registry
from redactor.core import pipeline
from redactor.core.models import OcrLine, Quad
from redactor.core.ocr.line_pieces import REACH, open_pieces
from redactor.core.ocr.orientation import rotate, rotate_point
from redactor.core.ocr.windows import read_around
from redactor.core.settings import MaskStyle, Settings


def _box(x0: float, y0: float, x1: float, y1: float) -> np.ndarray:
    return np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], np.float32)


def _span(q: np.ndarray) -> tuple[float, float]:
    return float(q[:, 0].min()), float(q[:, 0].max())


def _spans_near(got: list[tuple[float, float]], want: list[tuple[float, float]]) -> bool:
    """Spans equal to within the 1-px sampling of the line."""
    return len(got) == len(want) and all(
        abs(g0 - w0) <= 1.5 and abs(g1 - w1) <= 1.5
        for (g0, g1), (w0, w1) in zip(sorted(got), sorted(want), strict=True)
    )


def test_a_mask_across_a_line_leaves_its_two_ends_reaching_a_little_into_it() -> None:
    line = _box(100, 50, 500, 70)  # 20 px high
    mask = _box(240, 40, 360, 80)
    pieces = open_pieces(line, [mask])
    into = REACH * 20
    assert _spans_near([_span(p) for p in pieces], [(100, 240 + into), (360 - into, 500)])
    # each piece as high as the line, in the line's reading order
    assert all(float(np.ptp(p[:, 1])) == pytest.approx(20) for p in pieces)


def test_an_untouched_line_is_itself_and_a_covered_one_is_gone() -> None:
    line = _box(100, 50, 500, 70)
    assert [_span(p) for p in open_pieces(line, [_box(0, 200, 50, 260)])] == [(100, 500)]
    assert open_pieces(line, [_box(90, 40, 510, 80)]) == []
    # what a mask leaves at a line's end is too short to hold a character
    assert open_pieces(line, [_box(108, 40, 510, 80)]) == []


def test_a_mask_over_the_line_above_that_only_grazes_this_one_leaves_it_whole() -> None:
    line = _box(100, 50, 500, 70)
    above = _box(100, 20, 500, 55)  # its padding reaches 5 px into this line's top
    assert [_span(p) for p in open_pieces(line, [above])] == [(100, 500)]


class PieceEngine:
    """Reads each piece it is given as one line "P<n>" (n: the piece's width);
    refuses to detect."""

    name = "pieces"

    def __init__(self) -> None:
        self.pieces: list[np.ndarray] = []

    def recognize(self, image: np.ndarray) -> list[OcrLine]:
        raise AssertionError("no detection expected")

    def read_pieces(self, image: np.ndarray, quads: Sequence[np.ndarray]) -> list[OcrLine]:
        self.pieces += [np.asarray(q) for q in quads]
        out = []
        for q in quads:
            quad = Quad.from_points(np.asarray(q).tolist())
            out.append(OcrLine(f"P{round(quad.width)}", 0.9, quad, (quad,)))
        return out


def _line(text: str, box: tuple[int, int, int, int]) -> OcrLine:
    q = Quad.from_bbox(*box)
    return OcrLine(text, 0.9, q, (q,))


NAME = (100, 100, 500, 130)  # a line whose middle is masked
ABOVE = (100, 50, 500, 80)  # the line above it, 20 px apart: within reach, untouched
FAR = (100, 1000, 500, 1030)


@pytest.mark.parametrize("turn", [0, 90, 180, 270])
def test_touched_lines_are_read_in_pieces_and_the_rest_kept(turn: int) -> None:
    upright = np.full((1200, 800, 3), 255, np.uint8)
    image = rotate(upright, (360 - turn) % 360)  # turning it by ``turn`` makes it upright
    h, w = upright.shape[:2]

    def to_image(box: tuple[int, int, int, int]) -> Quad:
        # the upright box's corners in the image's own grid (reading order kept)
        q = Quad.from_bbox(*box)
        return q.map(lambda p: rotate_point(p, (360 - turn) % 360, w, h))

    known = [
        OcrLine(t, 0.9, to_image(b), (to_image(b),))
        for t, b in (("name", NAME), ("above", ABOVE), ("far", FAR))
    ]
    mask = to_image((250, 98, 350, 132))
    engine = PieceEngine()
    lines = read_around(engine, image, turn, [mask], 30, known, painted=[mask])
    # the two ends of the masked line, read again, and the line above as first read
    assert sorted(ln.text[0] for ln in lines) == ["P", "P", "a"]
    # the pieces were cut on the upright page, and come back in the image's grid
    into = REACH * 30
    assert _spans_near([_span(p) for p in engine.pieces], [(100, 250 + into), (350 - into, 500)])
    inside = [ln for ln in lines if ln.text.startswith("P")]
    for ln in inside:
        x0, y0, x1, y1 = ln.quad.bbox
        assert 0 <= x0 < x1 <= image.shape[1] and 0 <= y0 < y1 <= image.shape[0]
    assert next(ln for ln in lines if ln.text == "above").quad == known[1].quad


def test_verification_reads_open_pieces_of_opaque_masks_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    engine = PieceEngine()
    monkeypatch.setitem(ocr_registry._engines, "rapidocr", engine)
    page = np.full((400, 600, 3), 255, np.uint8)
    known = [_line("name", NAME)]
    mask = Quad.from_bbox(250, 100, 350, 130)
    painted = [mask.padded(4, 4)]
    settings = Settings()
    pipeline.verify(page, settings, 0, [mask], 30.0, known, painted)
    assert len(engine.pieces) == 2
    # a blurred or pixelated mask may still be read: the windows are read whole
    blurred = replace(settings, mask=MaskStyle.BLUR)
    with pytest.raises(AssertionError, match="no detection expected"):
        pipeline.verify(page, blurred, 0, [mask], 30.0, known, painted)
