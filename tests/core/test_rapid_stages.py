"""The adapter that reaches below RapidOCR's public call: version check, shipped models,
no network, and character boxes in page coordinates."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from redactor.core.errors import EngineMissingError
from redactor.core.ocr import rapid_stages
from redactor.core.ocr.rapid_stages import TESTED, check_version, rapidocr_version

ROOT = Path(__file__).resolve().parents[2]


def test_installed_rapidocr_is_the_tested_version() -> None:
    # Fails on purpose after an upgrade: check the stage objects and the word-box output
    # (rapid_stages.py) against the new release, then add it to TESTED.
    found = rapidocr_version()
    assert found is not None and found.startswith(TESTED), (found, TESTED)


def test_unexpected_version_is_refused_with_advice() -> None:
    with pytest.raises(EngineMissingError, match="tested with"):
        check_version("3.99.0")
    with pytest.raises(EngineMissingError, match="not installed"):
        check_version(None)


def test_models_come_from_the_wheel() -> None:
    paths = rapid_stages.model_paths()
    assert set(paths) == {"Det.model_path", "Cls.model_path", "Rec.model_path"}
    assert all(Path(p).is_file() and Path(p).stat().st_size > 100_000 for p in paths.values())


def test_engine_loads_and_reads_without_network(tmp_path: Path) -> None:
    # A fresh process in which any network connection raises.
    script = r"""
import socket
def refuse(*a, **k):
    raise OSError("network used")
socket.socket.connect = refuse
socket.create_connection = refuse
import numpy as np
from PIL import Image, ImageDraw
from tests.drawing import font
im = Image.new("RGB", (900, 200), "white")
ImageDraw.Draw(im).text((40, 60), "Phone 13812345678", fill="black", font=font(56))
from redactor.core.ocr import get_engine
lines = get_engine("rapidocr").recognize(np.asarray(im))
print("|".join(ln.text for ln in lines))
"""
    r = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert r.returncode == 0, r.stderr
    assert "13812345678" in r.stdout.replace(" ", "")


def test_char_spans_follow_the_columns() -> None:
    class Info:
        words = [["A", "B"], ["C"]]
        word_cols = [[2, 6], [14]]
        line_txt_len = 20.0

    spans = rapid_stages._char_spans("AB C", Info())
    assert spans is not None and len(spans) == 4 and spans[2] is None
    (a0, a1), (b0, b1), (c0, c1) = spans[0], spans[1], spans[3]
    assert a0 < a1 <= b0 + 1e-9 < b1 < c0 < c1 <= 1.0
    # Columns that do not spell the text: no spans (the engine spreads characters evenly).
    assert rapid_stages._char_spans("XY", Info()) is None


class _Stages:
    """Stands in for the models: the classifier calls every crop upside down, and a
    crop reads well only the way its marker (a dark left edge) says is upright."""

    def classify(self, crops):
        return [("180", 0.95) for _ in crops]

    def recognize(self, crops):
        from redactor.core.ocr.rapid_stages import Read

        return [
            Read("Dear Mr Lowe", 0.95, None) if c[:, 0].mean() < 128 else Read("ewoL", 0.6, None)
            for c in crops
        ]


def test_a_line_is_turned_only_when_the_turned_crop_reads_better() -> None:
    import numpy as np

    from redactor.core.ocr.rapid import RapidOcrEngine

    engine = object.__new__(RapidOcrEngine)
    engine._stages = _Stages()
    page = np.full((100, 400, 3), 255, np.uint8)
    page[20:50, 100:104] = 0  # upright as cut: the marker at the line's left
    box = np.array([[100, 20], [300, 20], [300, 50], [100, 50]], np.float32)
    [line] = engine._read(page, np.array([box]))
    assert line.text == "Dear Mr Lowe"
    assert line.chars[0].bbox[0] < line.chars[-1].bbox[0]  # read left to right
    page[20:50, 100:104] = 255
    page[20:50, 296:300] = 0  # upside down as cut: the turn is kept
    [line] = engine._read(page, np.array([box]))
    assert line.chars[0].bbox[0] > line.chars[-1].bbox[0]


def _crop(text: str, height: int) -> np.ndarray:
    from PIL import Image, ImageDraw, ImageFont

    try:
        font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", height)
    except OSError:  # pragma: no cover - font missing
        font = ImageFont.load_default()
    im = Image.new("RGB", (int(len(text) * height * 1.1) + 16, int(height * 1.5)), "white")
    ImageDraw.Draw(im).text((8, 2), text, font=font, fill="black")
    return np.ascontiguousarray(np.asarray(im)[:, :, ::-1])


def test_a_line_reads_the_same_whatever_is_read_with_it() -> None:
    # Lines of many widths: read padded to the widest of a batch, a short line's
    # read (text or score) would depend on its neighbours.
    texts = ["收件人", "电话 13812345678", "地址 北京市朝阳区建国路88号", "A1", "Order 2024-05-01",
             "寄件人 李娜", "Ship to 42 Baker Street", "门牌 3单元 502室", "7", "Tracking SF1234567890123",
             "备注", "Total 88.00", "广东省深圳市南山区科技园南路1001号"]  # fmt: skip
    crops = [_crop(t, 24 + 3 * (i % 4)) for i, t in enumerate(texts)]
    params = {"EngineConfig.onnxruntime.inter_op_num_threads": 1}
    side_by_side = rapid_stages.RapidStages(params, rec_workers=2)
    assert side_by_side._pool is not None
    one_by_one = rapid_stages.RapidStages(params)
    alone = [one_by_one.recognize([c])[0] for c in crops]
    assert sum(bool(r.text.strip()) for r in alone) >= 10
    assert one_by_one.recognize(crops) == alone
    assert side_by_side.recognize(crops) == alone
    assert side_by_side.recognize(crops[::-1]) == alone[::-1]


def test_a_short_line_is_not_padded_to_the_width_of_a_long_one() -> None:
    stages = rapid_stages.RapidStages({})
    widths: list[int] = []

    class Spy:  # the recogniser's ONNX session, noting the width of each input
        def __init__(self, session: object) -> None:
            self.session = session

        def __call__(self, batch: np.ndarray) -> np.ndarray:
            widths.extend([batch.shape[3]] * batch.shape[0])
            return self.session(batch)  # type: ignore[operator]

    stages._rec.session = Spy(stages._rec.session)  # type: ignore[attr-defined]
    short, long = _crop("备注", 30), _crop("广东省深圳市南山区科技园南路1001号", 30)
    stages.recognize([short, long])
    assert len(widths) == 2
    # The short crop is fed about as wide as it is (scaled to the recogniser's height),
    # neither at the long one's width nor at RapidOCR's 320 px default.
    assert min(widths) <= 48 * short.shape[1] / short.shape[0] + 1 < 320


def test_detector_threads_sleep_and_find_the_same_boxes(label_image) -> None:
    import cv2
    import onnxruntime as ort

    from redactor.core.ocr import get_engine

    stages = get_engine("rapidocr")._stages  # type: ignore[attr-defined]
    det = stages._rapid.text_det.session
    quiet = det.session
    assert (
        quiet.get_session_options().get_session_config_entry("session.intra_op.allow_spinning")
        == "0"
    )
    bgr = cv2.cvtColor(label_image[0], cv2.COLOR_RGB2BGR)
    boxes = stages.detect(bgr, 0.3)
    assert len(boxes) > 0
    # RapidOCR's own session (threads spinning) boxes the page the same.
    det.session = ort.InferenceSession(
        str(stages._rapid.cfg.Det.model_path), providers=quiet.get_providers()
    )
    try:
        np.testing.assert_allclose(stages.detect(bgr, 0.3), boxes, atol=1.0)
    finally:
        det.session = quiet
