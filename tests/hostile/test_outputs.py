"""Where outputs go wrong: read-only folder, full disk, metadata through the whole CLI."""

from __future__ import annotations

import errno
import io
import json
import os
import shutil
import stat
import subprocess
import tempfile
from pathlib import Path

import pytest
from PIL import Image

import redactor.core.saving as saving
from redactor.cli import main
from tests.hostile.conftest import no_partials, write_png

ROOT = Path(__file__).resolve().parents[2]


def test_read_only_output_folder_is_a_clear_error(
    tmp_path: Path, fake_ocr, monkeypatch, capsys
) -> None:
    src = write_png(tmp_path / "in" / "a.png")
    before = src.read_bytes()
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(stat.S_IRUSR | stat.S_IXUSR)
    if (
        os.geteuid() == 0
    ):  # root ignores permissions: make the folder refuse files the way the kernel would
        real = tempfile.mkstemp

        def refuse(*a, **kw):
            if Path(kw.get("dir", "")).resolve() == out.resolve():
                raise PermissionError(errno.EACCES, "Permission denied")
            return real(*a, **kw)

        monkeypatch.setattr(saving.tempfile, "mkstemp", refuse)
    report = tmp_path / "r.json"
    try:
        rc = main(
            ["redact", str(src), "-o", str(out), "--report", str(report), "-q", "--jobs", "1"]
        )
    finally:
        out.chmod(0o755)
    err = capsys.readouterr().err
    assert rc == 5  # nothing written, for one cause: ExitCode.OUTPUT_NOT_WRITABLE
    assert "Traceback" not in err
    assert "Permission denied" in err and "a.png" in err
    entry = json.loads(report.read_text(encoding="utf-8"))["files"][0]
    assert entry["status"] == "failed" and entry["output"] is None
    assert "Permission denied" in entry["error"]
    assert list(out.iterdir()) == []
    assert src.read_bytes() == before


@pytest.mark.parametrize("where", ["fsync", "write"])
def test_full_disk_leaves_no_partial_output_and_original_untouched(
    tmp_path: Path, fake_ocr, monkeypatch, capsys, where: str
) -> None:
    folder = tmp_path / "in"
    srcs = [write_png(folder / f"{n}.png", 300, 200) for n in ("a", "b")]
    before = {p: p.read_bytes() for p in srcs}
    out = tmp_path / "out"

    def enospc(*a, **kw):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    if where == "fsync":
        monkeypatch.setattr(saving.os, "fsync", enospc)
    else:  # the encoder's writes fail part-way, after some bytes went out
        real_encode = saving._encode

        class FullDisk(io.RawIOBase):
            def __init__(self, fh):
                self.fh, self.budget = fh, 100

            def writable(self):
                return True

            def write(self, b):
                n = min(len(b), self.budget)
                self.fh.write(bytes(b[:n]))
                self.budget -= n
                if n < len(b):  # some bytes went out, then the disk was full
                    enospc()
                return n

            def seek(self, *a):
                return self.fh.seek(*a)

            def tell(self):
                return self.fh.tell()

        monkeypatch.setattr(
            saving,
            "_encode",
            lambda images, fh, fmt, **kw: real_encode(images, FullDisk(fh), fmt, **kw),
        )
    rc = main(["redact", str(folder), "-o", str(out), "-q", "--jobs", "1"])
    err = capsys.readouterr().err
    assert rc == 5  # every file failed for one cause: ExitCode.OUTPUT_NOT_WRITABLE
    assert "no space left on device" in err and "Traceback" not in err
    assert err.count("failed:") == 2  # every file reported, the batch went on
    assert not out.exists() or [p for p in out.rglob("*") if p.is_file()] == []
    assert no_partials(tmp_path) == []
    assert {p: p.read_bytes() for p in srcs} == before


@pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool not installed")
def test_cli_output_of_a_gps_jpeg_with_thumbnail_has_no_metadata(tmp_path: Path) -> None:
    """End to end through the CLI (real OCR): GPS, EXIF thumbnail, XMP, IPTC, comment, ICC all gone."""
    src = tmp_path / "photo.jpg"
    Image.new("RGB", (320, 240), (230, 230, 225)).save(src, "JPEG", quality=90)
    thumb = tmp_path / "thumb.jpg"
    Image.new("RGB", (160, 120), (255, 0, 0)).save(thumb, "JPEG")
    subprocess.run(
        [
            "exiftool",
            "-q",
            "-overwrite_original",
            "-n",
            "-GPSLatitude=22.5428",
            "-GPSLatitudeRef=N",
            "-GPSLongitude=113.9345",
            "-GPSLongitudeRef=E",
            "-Make=Apple",
            "-Model=iPhone 15",
            "-Orientation=1",
            "-DateTimeOriginal=2024:05:01 10:00:00",
            "-Artist=Secret Owner",
            "-XMP-dc:Creator=Secret Owner",
            "-IPTC:By-line=Secret Owner",
            "-Comment=secret comment",
            f"-ThumbnailImage<={thumb}",
            str(src),
        ],
        check=True,
    )
    tags_in = subprocess.run(
        ["exiftool", "-a", "-G1", "-s", str(src)], capture_output=True, text=True, check=True
    ).stdout
    assert (
        "GPSLatitude" in tags_in and "ThumbnailImage" in tags_in and "[XMP-dc]" in tags_in
    )  # the trap is set
    out = tmp_path / "out"
    assert main(["redact", str(src), "-o", str(out), "-q", "--no-verify", "--jobs", "1"]) == 0
    res = out / "photo.jpg"
    tags = subprocess.run(
        ["exiftool", "-a", "-G1", "-s", str(res)], capture_output=True, text=True, check=True
    ).stdout
    bad_groups = (
        "[GPS]",
        "[XMP",
        "[IPTC]",
        "[ExifIFD]",
        "[IFD0]",
        "[IFD1]",
        "[MakerNotes",
        "[ICC",
        "[Photoshop]",
    )
    for line in tags.splitlines():
        assert not line.startswith(bad_groups), line
    for word in (
        "GPS",
        "Thumbnail",
        "Apple",
        "iPhone",
        "Secret Owner",
        "secret comment",
        "DateTimeOriginal",
    ):
        assert word not in tags, word
    data = res.read_bytes()
    assert b"Exif" not in data and b"Secret" not in data and data.count(b"\xff\xd9") == 1


@pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool not installed")
def test_cli_pdf_output_has_no_metadata_text_layer_annotations_or_attachments(
    tmp_path: Path, fake_ocr
) -> None:
    """A scanned PDF carrying /Info, XMP, a text layer, annotations, JavaScript and an
    attachment comes out as page images only (ExifTool, PDFium and the bytes agree)."""
    from tests.core.test_pdf import _page_colour, assert_image_only_pdf, hostile_pdf, scanned_pdf

    src = tmp_path / "scan.pdf"
    src.write_bytes(
        hostile_pdf(scanned_pdf([(_page_colour(230), 200.0), (_page_colour(90), 300.0)]))
    )
    tags_in = subprocess.run(
        ["exiftool", "-a", "-G1", "-s", str(src)], capture_output=True, text=True, check=True
    ).stdout
    assert "Secret Title" in tags_in and "[XMP-dc]" in tags_in  # the trap is set
    out = tmp_path / "out"
    assert main(["redact", str(src), "-o", str(out), "-q", "--jobs", "1"]) == 0
    res = out / "scan.pdf"
    tags = subprocess.run(
        ["exiftool", "-a", "-G1", "-s", str(res)], capture_output=True, text=True, check=True
    ).stdout
    kept = [
        ln for ln in tags.splitlines() if not ln.startswith(("[ExifTool]", "[System]", "[File]"))
    ]
    names = {ln.split()[1] for ln in kept}
    assert names <= {"PDFVersion", "Linearized", "PageCount"}, kept
    for word in ("Secret", "ScanCo", "XMP", "Author", "Title", "Producer", "Creator", "CreateDate"):
        assert word not in tags, word
    assert_image_only_pdf(res, [(144.0, 108.0), (96.0, 72.0)])
