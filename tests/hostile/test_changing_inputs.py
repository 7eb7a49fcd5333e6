"""An input replaced, rewritten or deleted while it is being read fails; nothing is
written from two versions, and the audit hash is of the bytes that were read."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from PIL import Image

from redactor.cli import main

SIZE = (120, 90)


def _tiff(path: Path, values: tuple[int, int]) -> bytes:
    frames = [Image.new("RGB", SIZE, (v, v, v)) for v in values]
    frames[0].save(path, "TIFF", save_all=True, append_images=frames[1:])
    return path.read_bytes()


def _run(src: Path, tmp_path: Path) -> tuple[int, dict, dict]:
    out, report, audit = tmp_path / "out", tmp_path / "r.json", tmp_path / "audit"
    rc = main(["redact", str(src), "-o", str(out), "--report", str(report), "--audit",
               str(audit), "-q", "--jobs", "1"])  # fmt: skip
    entry = json.loads(report.read_text(encoding="utf-8"))["files"][0]
    logged = json.loads(next(audit.glob("audit-*.json")).read_text(encoding="utf-8"))
    assert not (out / src.name).exists(), "an output was written from a changing file"
    return rc, entry, logged["files"][0]


def test_tiff_replaced_during_page_one_fails(tmp_path: Path, fake_ocr) -> None:
    src = tmp_path / "scan.tif"
    old = _tiff(src, (30, 60))
    _tiff(tmp_path / "new.tif", (200, 230))

    def swap_on_first_page(image):
        if fake_ocr.calls == 1:
            os.replace(tmp_path / "new.tif", src)  # as a scanner saving over it would
        return []

    fake_ocr.behaviour = swap_on_first_page
    rc, entry, logged = _run(src, tmp_path)
    assert entry["status"] == "failed"
    assert entry["error"] == "scan.tif: changed while being read; try again"
    assert rc == 3  # ExitCode.INPUT_UNREADABLE
    assert logged["input_sha256"] == hashlib.sha256(old).hexdigest()  # what was read


def test_file_rewritten_in_place_while_read_fails(tmp_path: Path, fake_ocr) -> None:
    src = tmp_path / "label.png"
    Image.new("RGB", SIZE, (40, 40, 40)).save(src)
    old = src.read_bytes()

    def rewrite(image):
        Image.new("RGB", SIZE, (250, 0, 0)).save(src)  # same file (inode), new bytes
        return []

    fake_ocr.behaviour = rewrite
    rc, entry, logged = _run(src, tmp_path)
    assert entry["error"] == "label.png: changed while being read; try again"
    assert logged["input_sha256"] == hashlib.sha256(old).hexdigest()
    assert rc == 3


def test_file_deleted_mid_run_is_reported_as_deleted(tmp_path: Path, fake_ocr) -> None:
    src = tmp_path / "scan.tif"
    _tiff(src, (30, 60))

    def delete_on_first_page(image):
        if src.exists():
            src.unlink()
        return []

    fake_ocr.behaviour = delete_on_first_page
    rc, entry, _ = _run(src, tmp_path)
    assert entry["error"] == "scan.tif: was deleted while being read"
    assert rc == 3


def test_unchanged_file_is_written_with_its_hash(tmp_path: Path, fake_ocr) -> None:
    src = tmp_path / "scan.tif"
    data = _tiff(src, (30, 60))
    out, audit = tmp_path / "out", tmp_path / "audit"
    assert main(["redact", str(src), "-o", str(out), "--audit", str(audit), "-q",
                 "--jobs", "1"]) == 0  # fmt: skip
    logged = json.loads(next(audit.glob("audit-*.json")).read_text(encoding="utf-8"))
    assert logged["files"][0]["input_sha256"] == hashlib.sha256(data).hexdigest()
    assert (out / "scan.tif").is_file()
