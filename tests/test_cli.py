"""The redactor command end to end: real OCR on drawn labels, masked pixels checked."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from redactor.cli import main
from tests.drawing import dark_fraction, find

ROOT = Path(__file__).resolve().parents[1]


def _load(p: Path) -> np.ndarray:
    return np.asarray(Image.open(p).convert("RGB"))


def test_redacts_a_label_end_to_end(tmp_path: Path, label_file: Path, label_image) -> None:
    _, placed = label_image
    out = tmp_path / "out"
    report = tmp_path / "report.json"
    rc = main(
        ["redact", str(label_file), "-o", str(out), "--report", str(report), "-q", "--jobs", "1"]
    )
    assert rc == 0
    img = _load(out / "label.png")
    for secret in (
        "张晓明",
        "13812345678",
        "广东省深圳市南山区科技园路88号",
        "李丽",
        "0755-86012345",
    ):
        assert dark_fraction(img, find(placed, secret).box) > 0.95, secret
    for ordinary in ("顺丰速运", "收件人：", "托寄物：文件"):
        assert dark_fraction(img, find(placed, ordinary).box) < 0.3, ordinary
    data = json.loads(report.read_text(encoding="utf-8"))
    entry = data["files"][0]
    assert entry["status"] in ("verified", "needs_review")
    assert (entry["width"], entry["height"]) == img.shape[1::-1]
    cats = {r["category"] for r in entry["regions"]}
    assert {"name", "phone", "address"} <= cats
    for r in entry["regions"]:
        assert set(r) >= {"category", "polygon", "bbox", "source", "score"}
    text = report.read_text(encoding="utf-8")
    for secret in ("张晓明", "13812345678", "科技园", "李丽", "86012345"):
        assert secret not in text  # reports never contain recognised text


def test_default_output_goes_next_to_input(label_file: Path) -> None:
    before = label_file.read_bytes()
    assert main(["redact", str(label_file), "-q", "--no-verify", "--categories", "phone"]) == 0
    assert (label_file.parent / "label.redacted.png").exists()
    assert label_file.read_bytes() == before


def test_iphone_photo_comes_out_upright_masked_and_without_metadata(tmp_path: Path) -> None:
    src = ROOT / "assets" / "samples" / "iphone_exif6_customs.jpg"
    with Image.open(src) as im:
        stored = im.size
        assert im.getexif().get(0x0112) == 6
    out = tmp_path / "o"
    assert main(["redact", str(src), "-o", str(out), "-q"]) == 0
    res = out / src.name
    data = res.read_bytes()
    with Image.open(res) as im:
        assert im.size == (stored[1], stored[0])  # upright: width and height swapped
        assert not im.getexif()
    assert b"Exif" not in data and b"GPS" not in data and data.count(b"\xff\xd9") == 1
    assert not np.array_equal(
        _load(res), np.asarray(Image.open(src).convert("RGB").transpose(Image.Transpose.ROTATE_270))
    )


def test_bad_file_fails_alone_and_exit_code_is_1(tmp_path: Path, label_file: Path, capsys) -> None:
    bad = label_file.parent / "broken.jpg"
    bad.write_bytes(b"<html>not a photo</html>")
    out = tmp_path / "out"
    report = tmp_path / "r.json"
    rc = main(
        [
            "redact",
            str(label_file.parent),
            "-o",
            str(out),
            "--report",
            str(report),
            "-q",
            "--no-verify",
            "--jobs",
            "1",
        ]
    )
    assert rc == 1
    assert (out / "label.png").exists()
    assert not (out / "broken.jpg").exists()
    entries = {Path(e["input"]).name: e for e in json.loads(report.read_text())["files"]}
    assert entries["broken.jpg"]["status"] == "failed"
    assert "not an image" in entries["broken.jpg"]["error"]
    assert "broken.jpg" in capsys.readouterr().err


@pytest.mark.parametrize(
    "args",
    [
        ["redact", "x.png", "--color", "black"],
        ["redact", "x.png", "--categories", "phone,shoe_size"],
        ["redact", "x.png", "--regex", "(unclosed"],
        ["redact"],
        ["redact", "x.png", "--mask", "crayon"],
    ],
)
def test_usage_errors_exit_2(args: list[str], tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    Image.new("RGB", (10, 10)).save(tmp_path / "x.png")
    with pytest.raises(SystemExit) as e:
        rc = main(args)
        raise SystemExit(rc)
    assert e.value.code == 2


def test_missing_path_is_unreadable_input_exit_3(tmp_path: Path, capsys) -> None:
    assert main(["redact", str(tmp_path / "nope.jpg"), "-q"]) == 3
    assert "no such file" in capsys.readouterr().err


def test_output_folder_inside_input_is_not_reprocessed(tmp_path: Path, label_file: Path) -> None:
    folder = label_file.parent
    out = folder / "clean"
    args = ["redact", str(folder), "-o", str(out), "-q", "--no-verify",
            "--categories", "phone", "--jobs", "1"]  # fmt: skip
    assert main(args) == 0
    assert main(args) == 0  # the second run must not pick up the first run's outputs
    assert sorted(p.name for p in out.rglob("*") if p.is_file()) == ["label.png"]


def test_version_and_help() -> None:
    r = subprocess.run(
        [sys.executable, "-m", "redactor.cli", "--version"], capture_output=True, text=True
    )
    assert r.returncode == 0 and r.stdout.startswith("redactor ")
    r = subprocess.run(
        [sys.executable, "-m", "redactor.cli", "redact", "--help"], capture_output=True, text=True
    )
    assert r.returncode == 0 and "WEAKER" in r.stdout and "exit codes" in r.stdout


def test_core_never_imports_qt() -> None:
    code = (
        "import sys, redactor.core.pipeline, redactor.core.batch, redactor.cli; "
        "sys.exit(any(m.split('.')[0] in ('PySide6', 'PyQt5', 'PyQt6') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_custom_words_are_masked(tmp_path: Path, label_file: Path, label_image) -> None:
    _, placed = label_image
    out = tmp_path / "o"
    words = tmp_path / "words.txt"
    words.write_text("顺丰速运\n", encoding="utf-8")
    assert (
        main(
            [
                "redact",
                str(label_file),
                "-o",
                str(out),
                "-q",
                "--no-verify",
                "--words-file",
                str(words),
            ]
        )
        == 0
    )
    img = _load(out / "label.png")
    assert dark_fraction(img, find(placed, "顺丰速运").box) > 0.95


def _fake_engine(monkeypatch, behaviour):
    import redactor.core.ocr as ocr_registry
    from tests.hostile.conftest import FakeEngine

    engine = FakeEngine(behaviour)
    monkeypatch.setitem(ocr_registry._engines, "rapidocr", engine)
    return engine


def _ocr_fails(image):
    from redactor.core.errors import OcrError

    raise OcrError("the OCR engine failed on this image")


def test_exit_code_is_the_one_cause_when_nothing_was_written(tmp_path: Path, monkeypatch) -> None:
    from redactor.core.errors import ExitCode

    folder = tmp_path / "in"
    folder.mkdir()
    for n in ("a", "b"):
        Image.new("RGB", (60, 40), (200, 200, 200)).save(folder / f"{n}.png")
    _fake_engine(monkeypatch, _ocr_fails)
    rc = main(["redact", str(folder), "-o", str(tmp_path / "out"), "-q", "--jobs", "1"])
    assert rc == ExitCode.OCR_FAILED == 4
    (folder / "broken.jpg").write_bytes(b"not a picture")  # a second cause: unreadable
    rc = main(["redact", str(folder), "-o", str(tmp_path / "out"), "-q", "--jobs", "1"])
    assert rc == ExitCode.SOME_FAILED == 1  # different causes, nothing written
    for n in ("a", "b"):
        (folder / f"{n}.png").unlink()
    rc = main(["redact", str(folder), "-o", str(tmp_path / "out"), "-q", "--jobs", "1"])
    assert rc == ExitCode.INPUT_UNREADABLE == 3


def test_help_lists_every_exit_code() -> None:
    from redactor.cli_args import build_parser
    from redactor.core.errors import ExitCode

    parser = build_parser()
    sub = parser._subparsers._group_actions[0].choices["redact"]  # noqa: SLF001
    text = sub.format_help()
    for code in ExitCode:
        assert f"\n  {int(code):<4} " in text, code


def test_python_dash_m_redactor_is_the_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "redactor", "--version"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("redactor ")
