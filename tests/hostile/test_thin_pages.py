"""A page too thin to be a label (1x20000, 20000x1) fails cleanly, before any large allocation.

Before the guard, a plain white 1x20000 PNG (20 KB) grew to 23.6 GB inside the text
detector, which scales the short side up, until the kernel killed it. The timing
(< 5 s with start-up) is in ``benchmarks/thin_page.py``; tests check no wall clock.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from redactor.core.errors import ImageShapeError, InputError
from redactor.core.imageio import MAX_ASPECT, check_page_shape, load_image
from tests.hostile.conftest import run_measuring_script

PEAK_MB = 500

# A fresh process runs the real CLI on the file. The address-space limit turns a
# regression into a quick MemoryError instead of a machine-wide swap storm; the
# peak resident size of the process (start-up included) is what is asserted. It is
# read from VmHWM, the peak of this process's own memory: on Linux, getrusage's
# ru_maxrss of a child started from a large process (pytest with OCR models loaded)
# reports the parent's size, which exec carries over.
_SCRIPT = r"""
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (6 * 2**30, 6 * 2**30))
from redactor.cli import main
rc = main(["redact", sys.argv[1], "-o", sys.argv[2], "-q", "--jobs", "1",
           "--report", sys.argv[3]])
try:
    with open("/proc/self/status") as fh:
        hwm = next(ln for ln in fh if ln.startswith("VmHWM:"))
    peak_mb = int(hwm.split()[1]) / 1024
except OSError:  # not Linux: ru_maxrss (kilobytes on Linux, bytes on macOS)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024
print(json.dumps({"rc": rc, "peak_mb": peak_mb}))
"""


@pytest.mark.parametrize("size", [(1, 20000), (20000, 1), (3, 20000)])
def test_thin_png_fails_cleanly_with_small_peak(tmp_path: Path, size: tuple[int, int]) -> None:
    src = tmp_path / "thin.png"
    Image.new("RGB", size, "white").save(src)
    out, report = tmp_path / "out", tmp_path / "report.json"
    res = run_measuring_script(_SCRIPT, src, out, report, timeout=300)
    assert res["rc"] == 3  # the only file is unreadable: ExitCode.INPUT_UNREADABLE
    assert res["peak_mb"] < PEAK_MB, res
    assert "too thin" in res["stderr"] and "thin.png" in res["stderr"]
    files = json.loads(report.read_text())["files"]
    assert [f["status"] for f in files] == ["failed"]
    assert not out.exists() or not any(out.iterdir())


def test_shape_guard_bounds() -> None:
    check_page_shape("ok.png", 100, 100 * MAX_ASPECT)  # a long receipt at the limit passes
    check_page_shape("ok.png", 4032, 3024)
    with pytest.raises(ImageShapeError, match="too thin"):
        check_page_shape("x.png", 100, 100 * MAX_ASPECT + 1)
    assert issubclass(ImageShapeError, InputError)  # reported per file, exit code 1


def test_thin_image_is_refused_before_decoding(tmp_path: Path, monkeypatch) -> None:
    src = tmp_path / "thin.png"
    Image.new("L", (20000, 2), 255).save(src)
    monkeypatch.setattr(
        Image.Image, "load", lambda self: pytest.fail("decoded a page the guard should refuse")
    )
    with pytest.raises(ImageShapeError):
        load_image(src)


def test_thin_pdf_page_is_refused_before_rendering(tmp_path: Path) -> None:
    pdfium = pytest.importorskip("pypdfium2")
    src = tmp_path / "strip.pdf"
    pdf = pdfium.PdfDocument.new()
    pdf.new_page(2, 2000)  # points
    pdf.save(str(src))
    pdf.close()
    with pytest.raises(ImageShapeError, match="page 1"):
        load_image(src)


@pytest.mark.slow
def test_strip_at_the_aspect_limit_is_read_with_bounded_memory(tmp_path: Path) -> None:
    # 100x4000 is accepted (1:40). Enlarging the short side to the detector's 736 px
    # alone would make a 736x29440 input (more than 3 GB); the engine's detector copy
    # keeps its long side within 4096 px (rapid.det_scale).
    src = tmp_path / "strip.png"
    Image.new("RGB", (100, 100 * MAX_ASPECT), "white").save(src)
    out, report = tmp_path / "out", tmp_path / "report.json"
    res = run_measuring_script(_SCRIPT, src, out, report, timeout=600)
    assert res["rc"] == 0, res["stderr"]
    assert res["peak_mb"] < 2000, res
