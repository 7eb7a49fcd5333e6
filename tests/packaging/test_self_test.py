"""``Redactor --self-test [IMAGE]``: exits 0 only when the real engine finds something."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

pytest.importorskip("PySide6")

from redactor.gui import app  # noqa: E402


def test_self_test_flag_takes_an_optional_image(monkeypatch, qapp, tmp_path: Path) -> None:
    seen = []
    monkeypatch.setattr(app, "self_test", lambda image: seen.append(image) or 0)
    monkeypatch.setattr(app, "install_language", lambda *_: False)
    assert app.main(["--self-test"]) == 0
    assert app.main(["--self-test", str(tmp_path / "x.jpg")]) == 0
    assert seen == [None, tmp_path / "x.jpg"]


@pytest.mark.slow
def test_self_test_passes_on_a_label(qapp, label_file: Path, capsys) -> None:
    assert app.self_test(label_file) == 0
    assert "self-test: ok" in capsys.readouterr().out


@pytest.mark.slow
def test_self_test_fails_on_a_blank_page(qapp, tmp_path: Path, capsys) -> None:
    blank = tmp_path / "blank.png"
    Image.fromarray(np.full((400, 600, 3), 255, np.uint8)).save(blank)
    assert app.self_test(blank) == 1
    assert "nothing found" in capsys.readouterr().err


def test_self_test_fails_on_a_missing_file(qapp, tmp_path: Path, capsys) -> None:
    assert app.self_test(tmp_path / "missing.jpg") == 1
    assert "FAILED" in capsys.readouterr().err
