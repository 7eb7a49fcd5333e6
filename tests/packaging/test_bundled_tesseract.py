"""A frozen app uses the Tesseract inside its bundle, and never a system copy."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

from redactor.core.errors import EngineMissingError
from redactor.core.ocr import bundled, tesseract

# packaging/bundle_support.py is the build's helper (not part of the package).
_spec = importlib.util.spec_from_file_location(
    "bundle_support", Path(__file__).resolve().parents[2] / "packaging" / "bundle_support.py"
)
bundle_support = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bundle_support)
pytesseract = pytest.importorskip("pytesseract")
SYSTEM_TESSERACT = shutil.which("tesseract")


@pytest.fixture()
def frozen(monkeypatch, tmp_path: Path) -> Path:
    """Pretend to run from a PyInstaller bundle whose data folder is ``tmp_path``."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    # restored after the test: probe() points pytesseract at the bundle
    monkeypatch.setattr(
        pytesseract.pytesseract, "tesseract_cmd", pytesseract.pytesseract.tesseract_cmd
    )
    return tmp_path


def test_from_source_pytesseract_is_left_alone(monkeypatch) -> None:
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "tesseract")
    bundled.use_bundled_tesseract(pytesseract)
    assert pytesseract.pytesseract.tesseract_cmd == "tesseract"


@pytest.mark.skipif(SYSTEM_TESSERACT is None, reason="needs a system Tesseract to ignore")
def test_frozen_app_without_bundled_tesseract_does_not_use_the_system_one(frozen: Path) -> None:
    with pytest.raises(EngineMissingError) as err:
        tesseract.probe()
    assert "reinstall Redactor" in err.value.message
    assert pytesseract.pytesseract.tesseract_cmd == str(frozen / "tesseract" / "bin" / "tesseract")


@pytest.mark.skipif(SYSTEM_TESSERACT is None, reason="needs Tesseract to stage a bundle from")
def test_frozen_app_runs_the_bundled_wrapper_with_the_bundled_data(frozen: Path) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("the wrapper is the Linux layout")
    staged = bundle_support.stage_tesseract_linux(frozen)
    assert staged == frozen / "tesseract"
    info = tesseract.probe()
    # Only chi_sim and eng are staged: a system-wide osd (or any other language)
    # must not be visible, so the data really comes from the bundle.
    assert set(info.languages) == {"chi_sim", "eng"}
    libs = {p.name for p in (staged / "lib").iterdir()}
    assert any(name.startswith("libtesseract.so") for name in libs)
    assert not any(bundle_support.SYSTEM_LIBS.match(name) for name in libs)
