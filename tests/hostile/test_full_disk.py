"""A really full disk (a tiny tmpfs): no cut-off output is ever published as done.

Pillow's JPEG encoder writes an optimized JPEG with one ``write()`` from C and
does not notice when the kernel writes only part of it; the run then fsynced and
renamed a truncated file and reported it written.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from redactor.cli import main
from tests.hostile.conftest import no_partials

FREE_BYTES = 64 * 1024


@pytest.fixture()
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 64 kB tmpfs mounted for the test (needs root); skipped where mounting is refused."""
    mnt = tmp_path / "tiny"
    mnt.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={FREE_BYTES}", "tmpfs", str(mnt)],
                       capture_output=True, text=True)  # fmt: skip
    if r.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {r.stderr.strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", str(mnt)], check=True)


def _photo(path: Path, w: int, h: int) -> Path:
    """A photo-like JPEG (gradient and grain): its masked copy needs a few hundred kB."""
    rng = np.random.default_rng(7)
    y, x = np.mgrid[0:h, 0:w]
    base = np.stack([x * 255 // w, y * 255 // h, (x + y) * 255 // (w + h)], -1)
    pixels = np.clip(base + rng.integers(-20, 20, (h, w, 3)), 0, 255).astype(np.uint8)
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(pixels).save(path, quality=95)
    return path


def test_full_disk_fails_the_file_and_publishes_nothing(
    tmp_path: Path, tiny_disk: Path, fake_ocr, capsys
) -> None:
    src = _photo(tmp_path / "in" / "photo.jpg", 800, 600)
    before = src.read_bytes()
    report = tmp_path / "report.json"
    rc = main(["redact", str(src), "-o", str(tiny_disk), "--report", str(report), "-q",
               "--jobs", "1"])  # fmt: skip
    err = capsys.readouterr().err
    assert not (tiny_disk / "photo.jpg").exists(), "a cut-off output was published"
    assert no_partials(tiny_disk) == []
    assert rc == 5, err  # ExitCode.OUTPUT_NOT_WRITABLE
    assert "Traceback" not in err
    entry = json.loads(report.read_text(encoding="utf-8"))["files"][0]
    assert entry["status"] == "failed" and entry["output"] is None
    assert entry["cause"] == "output_not_writable"
    assert "no space left on device (" in entry["error"] and "MB needed)" in entry["error"]
    assert src.read_bytes() == before


def test_output_that_fits_is_written_whole(tmp_path: Path, tiny_disk: Path, fake_ocr) -> None:
    src = _photo(tmp_path / "in" / "small.jpg", 120, 90)
    assert main(["redact", str(src), "-o", str(tiny_disk), "-q", "--jobs", "1"]) == 0
    with Image.open(tiny_disk / "small.jpg") as im:
        im.load()
        assert im.size == (120, 90)
