"""An OCR engine that fails or times out on one image: that image fails loudly, the batch goes on."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from redactor.cli import main
from redactor.core.errors import OcrError
from redactor.core.models import OcrLine, Quad
from tests.hostile.conftest import no_partials, write_png

SECRET = "13987654321"


def _batch(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    write_png(folder / "good.png", 64, 48)
    write_png(folder / "ocr_error.png", 65, 48)
    write_png(folder / "runtime_error.png", 66, 48)
    write_png(folder / "verify_error.png", 67, 48)
    return folder


def test_failing_engine_fails_that_image_only(tmp_path: Path, fake_ocr, capsys) -> None:
    verifying = {"next": False}
    phone = Quad.from_bbox(2, 10, 62, 30)

    def behaviour(image: np.ndarray):
        w = image.shape[1]
        if verifying["next"]:  # the read after verify_error.png's first: its verification
            verifying["next"] = False
            raise OcrError("RapidOCR failed on this image (MemoryError)")
        if w == 65:
            raise OcrError("RapidOCR failed on this image (RuntimeError)")
        if w == 66:  # an engine bug whose message even carries recognised text
            raise RuntimeError(f"onnxruntime exploded while reading {SECRET}")
        if w == 67:
            # The first pass works and finds a phone (something is masked, so the
            # masked page is read again); the verification pass fails.
            verifying["next"] = True
            return [OcrLine("13812345678", 0.99, phone, phone.split(11))]
        return []

    fake_ocr.behaviour = behaviour
    folder, out, report = _batch(tmp_path), tmp_path / "out", tmp_path / "r.json"
    rc = main(["redact", str(folder), "-o", str(out), "--report", str(report), "-q", "--jobs", "1"])
    captured = capsys.readouterr()
    assert rc == 1
    written = sorted(p.name for p in out.rglob("*") if p.is_file())
    assert written == ["good.png"]  # a failed image is never written as if it were clean
    entries = {
        Path(e["input"]).name: e for e in json.loads(report.read_text(encoding="utf-8"))["files"]
    }
    assert entries["good.png"]["status"] != "failed"
    for name in ("ocr_error.png", "runtime_error.png", "verify_error.png"):
        assert entries[name]["status"] == "failed" and entries[name]["output"] is None, name
        assert name in captured.err
    assert "RapidOCR failed" in entries["ocr_error.png"]["error"]
    assert "RuntimeError" in entries["runtime_error.png"]["error"]
    assert "MemoryError" in entries["verify_error.png"]["error"]
    everything = captured.out + captured.err + report.read_text(encoding="utf-8")
    assert SECRET not in everything and "Traceback" not in everything
    assert no_partials(tmp_path) == []


def test_tesseract_timeout_is_reported_as_failed(tmp_path: Path, monkeypatch, capsys) -> None:
    pytesseract = pytest.importorskip("pytesseract")
    try:
        from redactor.core.ocr.tesseract import probe

        probe()
    except Exception:
        pytest.skip("tesseract is not installed")

    def timeout(*a, **kw):
        raise RuntimeError("Tesseract process timeout")  # what pytesseract raises on timeout

    monkeypatch.setattr(pytesseract, "image_to_data", timeout)
    import redactor.core.pipeline as pipeline

    monkeypatch.setattr(pipeline, "page_rotation", lambda image: 0)
    src = write_png(tmp_path / "in" / "slow.png")
    report = tmp_path / "r.json"
    rc = main(
        [
            "redact",
            str(src),
            "-o",
            str(tmp_path / "out"),
            "--report",
            str(report),
            "-q",
            "--engine",
            "tesseract",
            "--jobs",
            "1",
        ]
    )
    assert rc == 4  # the only file failed in OCR: ExitCode.OCR_FAILED
    entry = json.loads(report.read_text(encoding="utf-8"))["files"][0]
    assert entry["status"] == "failed" and "timed out" in entry["error"]
    assert not (tmp_path / "out" / "slow.png").exists()
    assert "timed out" in capsys.readouterr().err
