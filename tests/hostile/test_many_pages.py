"""Long documents: a page limit checked before any page is decoded, and one pass over
the file (no re-opening and walking from the start for every page: quadratic)."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest
from PIL import Image, TiffImagePlugin

from redactor.cli import main

SIDE = 16  # pixels: tiny pages, so the test measures page handling, not pixels


def many_page_tiff(path: Path, n: int) -> Path:
    """An uncompressed greyscale TIFF of ``n`` pages, written directly (Pillow's own
    multi-page writer needs minutes for thousands of pages)."""
    tags = 9
    ifd_size = 2 + tags * 12 + 4
    page_size = ifd_size + SIDE * SIDE
    out = bytearray(b"II*\x00" + struct.pack("<I", 8))
    for i in range(n):
        ifd_at = 8 + i * page_size
        strip_at = ifd_at + ifd_size
        nxt = ifd_at + page_size if i < n - 1 else 0
        entries = [  # tag, type (3 short, 4 long), value
            (256, 3, SIDE), (257, 3, SIDE), (258, 3, 8), (259, 3, 1), (262, 3, 1),
            (273, 4, strip_at), (277, 3, 1), (278, 3, SIDE), (279, 4, SIDE * SIDE),
        ]  # fmt: skip
        out += struct.pack("<H", tags)
        for tag, typ, value in entries:
            out += struct.pack("<HHI", tag, typ, 1) + (
                struct.pack("<HH", value, 0) if typ == 3 else struct.pack("<I", value)
            )
        out += struct.pack("<I", nxt) + bytes([i % 256]) * (SIDE * SIDE)
    path.write_bytes(bytes(out))
    return path


class DirectoryReads:
    """Counts TIFF directory parses; fails loudly past a budget so that a quadratic
    reader stops early instead of running for an hour."""

    def __init__(self, monkeypatch, budget: int) -> None:
        self.count, self.budget = 0, budget
        real = TiffImagePlugin.ImageFileDirectory_v2.load

        def load(ifd, fp):
            self.count += 1
            if self.count > self.budget:
                raise AssertionError("more TIFF directory reads than pages allow")
            return real(ifd, fp)

        monkeypatch.setattr(TiffImagePlugin.ImageFileDirectory_v2, "load", load)


def _opens_of(monkeypatch, module, name: str, src: Path, budget: int = 10) -> list[int]:
    """Count ``module.name(src, ...)`` calls (opening the input file); past ``budget``
    the open fails, so that a reader opening the file per page stops early."""
    calls: list[int] = []
    real = getattr(module, name)

    def counting(fp, *a, **kw):
        if str(fp) == str(src):
            calls.append(1)
            if len(calls) > budget:
                raise AssertionError("the input was opened once per page")
        return real(fp, *a, **kw)

    monkeypatch.setattr(module, name, counting)
    return calls


def test_5000_page_tiff_is_refused_before_any_page_is_decoded(
    tmp_path: Path, fake_ocr, monkeypatch
) -> None:
    src = many_page_tiff(tmp_path / "scan.tif", 5000)
    reads = DirectoryReads(monkeypatch, budget=3 * 5000)
    out, report = tmp_path / "out", tmp_path / "r.json"
    rc = main(["redact", str(src), "-o", str(out), "--report", str(report), "-q", "--jobs", "1"])
    entry = json.loads(report.read_text(encoding="utf-8"))["files"][0]
    assert entry["status"] == "failed"
    assert entry["error"] == "scan.tif: 5,000 pages is more than the limit of 1,000; split the file"
    assert rc == 3  # ExitCode.INPUT_UNREADABLE
    assert fake_ocr.calls == 0 and not (out / "scan.tif").exists()
    # Counting the pages is one walk over the directories (Pillow reads each twice).
    assert reads.count <= 2 * 5000 + 2, reads.count


def test_long_tiff_under_a_raised_limit_is_read_in_one_pass(
    tmp_path: Path, fake_ocr, monkeypatch
) -> None:
    n = 1200
    src = many_page_tiff(tmp_path / "scan.tif", n)
    reads = DirectoryReads(monkeypatch, budget=12 * n)
    opens = _opens_of(monkeypatch, Image, "open", src, budget=n)
    out = tmp_path / "out"
    rc = main(["redact", str(src), "-o", str(out), "-q", "--jobs", "1", "--max-pages", "1200"])
    assert rc == 0
    assert fake_ocr.calls == n
    assert len(opens) == 1, f"the input was opened {len(opens)} times"
    # Reading: one walk to count the pages, then one visit per page (Pillow reads a
    # directory twice on each); reading the output back: the same again. That is 8n.
    # A reader re-opening the file and walking from the start for each page needs n*n.
    assert reads.count <= 8 * n + 16, reads.count
    with Image.open(out / "scan.tif") as im:
        assert im.n_frames == n
        im.seek(n - 1)
        assert im.convert("RGB").getpixel((0, 0)) == ((n - 1) % 256,) * 3


def _blank_pdf(path: Path, pages: int) -> Path:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    for _ in range(pages):
        pdf.new_page(72.0, 96.0)
    pdf.save(str(path))
    pdf.close()
    return path


def test_long_pdf_is_refused_before_rendering(tmp_path: Path, fake_ocr, monkeypatch) -> None:
    import pypdfium2 as pdfium

    src = _blank_pdf(tmp_path / "long.pdf", 1001)
    opens = _opens_of(monkeypatch, pdfium, "PdfDocument", src)
    rc = main(["redact", str(src), "-o", str(tmp_path / "out"), "-q", "--jobs", "1"])
    assert rc == 3 and fake_ocr.calls == 0
    assert len(opens) == 1


@pytest.mark.parametrize("limit, refused", [(5, True), (6, False)])
def test_pdf_page_limit_option_and_one_open_document(
    tmp_path: Path, fake_ocr, monkeypatch, capsys, limit: int, refused: bool
) -> None:
    import pypdfium2 as pdfium

    src = _blank_pdf(tmp_path / "six.pdf", 6)
    opens = _opens_of(monkeypatch, pdfium, "PdfDocument", src)
    rc = main(["redact", str(src), "-o", str(tmp_path / "out"), "-q", "--jobs", "1",
               "--max-pages", str(limit)])  # fmt: skip
    err = capsys.readouterr().err
    if refused:
        assert rc == 3 and "6 pages is more than the limit of 5; split the file" in err
        assert fake_ocr.calls == 0
    else:
        assert rc == 0, err
        assert fake_ocr.calls == 6
        # once to list the page sizes, once to render every page (not once per page)
        assert len(opens) == 2, f"the input was opened {len(opens)} times"


def test_max_pages_must_be_positive(tmp_path: Path, capsys) -> None:
    Image.new("RGB", (10, 10)).save(tmp_path / "x.png")
    assert main(["redact", str(tmp_path / "x.png"), "--max-pages", "0"]) == 2
    assert "--max-pages" in capsys.readouterr().err
