"""Multi-page TIFF in and out: same page order and sizes, no metadata, one page at a time."""

from __future__ import annotations

import json
import shutil
import subprocess
import weakref
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, TiffImagePlugin

import redactor.core.ocr as ocr_registry
from redactor.cli import main
from redactor.core.imageio import load_image
from tests.hostile.conftest import FakeEngine

COLOURS = [(200, 30, 30), (30, 200, 30), (30, 30, 200), (220, 220, 40)]
SIZES = [(320, 200), (200, 320), (300, 300), (500, 120)]


def _tiff(path: Path) -> None:
    frames = [Image.new("RGB", s, c) for s, c in zip(SIZES, COLOURS, strict=True)]
    info = TiffImagePlugin.ImageFileDirectory_v2()
    info[270] = "Secret description"  # ImageDescription
    info[305] = "ScanCo Secret Software"  # Software
    info[315] = "Secret Owner"  # Artist
    info[306] = "2024:05:01 10:00:00"  # DateTime
    frames[0].save(path, "TIFF", save_all=True, append_images=frames[1:], tiffinfo=info,
                   compression="tiff_lzw")  # fmt: skip


@pytest.fixture()
def fake_ocr(monkeypatch) -> FakeEngine:
    engine = FakeEngine()
    monkeypatch.setitem(ocr_registry._engines, "rapidocr", engine)
    return engine


def test_multipage_tiff_round_trip(tmp_path: Path, fake_ocr) -> None:
    src = tmp_path / "in" / "scan.tif"
    src.parent.mkdir()
    _tiff(src)
    out, report = tmp_path / "out", tmp_path / "r.json"
    assert (
        main(["redact", str(src), "-o", str(out), "--report", str(report), "-q", "--jobs", "1"])
        == 0
    )
    res = out / "scan.tif"
    with Image.open(res) as im:
        assert im.n_frames == len(COLOURS)
        for i, (size, colour) in enumerate(zip(SIZES, COLOURS, strict=True)):
            im.seek(i)
            assert im.size == size
            assert im.convert("RGB").getpixel((5, 5)) == colour
            assert not ({270, 305, 315, 306} & set(im.tag_v2.keys()))
    assert b"Secret" not in res.read_bytes() and b"ScanCo" not in res.read_bytes()
    entry = json.loads(report.read_text())["files"][0]
    assert entry["pages"] == 4 and [p["page"] for p in entry["page_results"]] == [1, 2, 3, 4]
    # One read per page; nothing is masked on these plain pages, so there is nothing
    # to verify (the masked page would be the page already read).
    assert fake_ocr.calls == len(COLOURS)


@pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool not installed")
def test_multipage_tiff_output_has_no_metadata_per_exiftool(tmp_path: Path, fake_ocr) -> None:
    src = tmp_path / "scan.tif"
    _tiff(src)
    tags_in = subprocess.run(["exiftool", "-a", "-G1", "-s", str(src)], capture_output=True,
                             text=True, check=True).stdout  # fmt: skip
    assert "Secret Owner" in tags_in
    out = tmp_path / "out"
    assert main(["redact", str(src), "-o", str(out), "-q", "--jobs", "1"]) == 0
    tags = subprocess.run(["exiftool", "-a", "-G1", "-s", str(out / "scan.tif")],
                          capture_output=True, text=True, check=True).stdout  # fmt: skip
    for word in ("Secret", "ScanCo", "Artist", "Software", "ImageDescription", "DateTime",
                 "XResolution", "[XMP", "[ICC"):  # fmt: skip
        assert word not in tags, word


def test_tiff_pages_are_lazy_and_released(tmp_path: Path, monkeypatch) -> None:
    src = tmp_path / "scan.tif"
    _tiff(src)
    loaded = load_image(src)
    assert len(loaded.pages) == 4 and not isinstance(loaded.pages, tuple)
    assert [p.index for p in loaded.pages] == [0, 1, 2, 3]
    assert loaded.pages[2].pixels.shape == (300, 300, 3)
    seen: list[weakref.ref] = []
    alive: list[int] = []

    def behaviour(image: np.ndarray):
        if not any(r() is image for r in seen):
            alive.append(sum(r() is not None for r in seen))
            seen.append(weakref.ref(image))
        return []

    monkeypatch.setitem(ocr_registry._engines, "rapidocr", FakeEngine(behaviour))
    assert (
        main(["redact", str(src), "-o", str(tmp_path / "o"), "-q", "--jobs", "1", "--no-verify"])
        == 0
    )
    assert alive == [0, 0, 0, 0]


def test_damaged_later_page_fails_the_file_and_writes_nothing(tmp_path: Path, fake_ocr) -> None:
    src = tmp_path / "scan.tif"
    _tiff(src)
    data = bytearray(src.read_bytes())
    with Image.open(src) as im:
        im.seek(3)
        offset = im.tag_v2[273][0]  # StripOffsets of the last page
    data[offset : offset + 64] = b"\xff" * 64  # LZW garbage
    src.write_bytes(bytes(data))
    out, report = tmp_path / "out", tmp_path / "r.json"
    rc = main(["redact", str(src), "-o", str(out), "--report", str(report), "-q", "--jobs", "1"])
    entry = json.loads(report.read_text())["files"][0]
    # the only file is unreadable: exit 3 (ExitCode.INPUT_UNREADABLE)
    assert rc == 3 and entry["status"] == "failed" and "page 4" in entry["error"]
    assert not out.exists() or list(out.rglob("*")) == []
