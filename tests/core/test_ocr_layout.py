"""The OCR package's contract without a real engine: per-character quads from
``Quad.split``, and pages turned once by the caller so engines only see them upright."""

from __future__ import annotations

import numpy as np
import pytest

import redactor.core.ocr as ocr
from redactor.core.models import OcrLine, Quad
from redactor.core.ocr.orientation import rotate


def test_quad_split_tiles_the_quad_along_the_reading_direction() -> None:
    q = Quad(((10, 0), (10, 40), (0, 40), (0, 0)))  # text running top to bottom
    parts = q.split(4)
    assert len(parts) == 4
    assert parts[0].points[0] == (10, 0) and parts[-1].points[1] == (10, 40)
    assert sum(p.area for p in parts) == pytest.approx(q.area)
    assert all(p.angle == pytest.approx(q.angle) for p in parts)
    assert [p.center[1] for p in parts] == sorted(p.center[1] for p in parts)


class _Recorder:
    """A fake engine that reads one line at a fixed place of the upright page."""

    name = "fake"

    def __init__(self) -> None:
        self.seen: list[tuple[int, int]] = []

    def recognize(self, image: np.ndarray) -> list[OcrLine]:
        self.seen.append(image.shape[:2])
        quad = Quad.from_bbox(2, 3, 12, 8)
        return [OcrLine("ab", 0.9, quad, quad.split(2))]


@pytest.mark.parametrize("turn", [0, 90, 180, 270])
def test_read_upright_turns_the_page_once_and_maps_back(turn: int) -> None:
    upright = np.zeros((30, 40, 3), np.uint8)  # h=30, w=40 when upright
    stored = rotate(upright, (360 - turn) % 360)  # the page as it came in
    engine = _Recorder()
    lines = ocr.read_upright(engine, stored, turn)
    assert engine.seen == [(30, 40)]  # the engine saw the upright page
    h, w = stored.shape[:2]
    for ln in lines:
        assert len(ln.chars) == len(ln.text)
        for x, y in ln.quad.points:
            assert 0 <= x <= w and 0 <= y <= h


def test_page_rotation_is_zero_without_a_probe(monkeypatch) -> None:
    monkeypatch.setitem(ocr._engines, ocr.ORIENTATION_ENGINE, _Recorder())  # cannot probe
    assert ocr.page_rotation(np.zeros((30, 40, 3), np.uint8)) == 0


def test_unknown_engine_is_a_usage_error() -> None:
    from redactor.core.errors import UsageError

    with pytest.raises(UsageError, match="unknown OCR engine"):
        ocr.get_engine("nope")
