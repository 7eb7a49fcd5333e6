"""Odd but legitimate inputs: animations, CMYK JPEG, damaged EXIF, non-ASCII names,
symlinks, the same file twice. Most use a fake OCR engine: these tests are about files."""

from __future__ import annotations

import io
import json
import os
import struct
import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from redactor.cli import main
from redactor.core.imageio import load_image
from tests.hostile.conftest import no_partials, write_png

ROOT = Path(__file__).resolve().parents[2]


def _frames(n: int = 3) -> list[Image.Image]:
    return [Image.new("RGB", (40, 30), (60 * i + 30, 0, 0)) for i in range(n)]


@pytest.mark.parametrize("fmt, suffix", [("GIF", ".gif"), ("WEBP", ".webp")])
def test_animation_uses_first_frame_and_says_so(
    tmp_path: Path, fake_ocr, fmt: str, suffix: str
) -> None:
    frames = _frames()
    src = tmp_path / f"anim{suffix}"
    frames[0].save(
        src,
        fmt,
        save_all=True,
        append_images=frames[1:],
        duration=100,
        loop=0,
        **({"lossless": True} if fmt == "WEBP" else {}),
    )
    loaded = load_image(src)
    assert len(loaded.pages) == 1
    assert abs(int(loaded.pages[0].pixels[5, 5, 0]) - 30) <= 3  # the first frame
    assert any("only the first of 3 frames" in w for w in loaded.pages[0].warnings)

    report = tmp_path / "r.json"
    assert (
        main(
            [
                "redact",
                str(src),
                "-o",
                str(tmp_path / "out"),
                "--report",
                str(report),
                "-q",
                "--jobs",
                "1",
            ]
        )
        == 0
    )
    entry = json.loads(report.read_text(encoding="utf-8"))["files"][0]
    assert any("first of 3 frames" in w for w in entry["warnings"])
    with Image.open(entry["output"]) as out:
        assert getattr(out, "n_frames", 1) == 1  # later frames are never written unmasked


def _cmyk_jpeg(path: Path) -> None:
    rgb = Image.new("RGB", (60, 40), (255, 255, 255))
    rgb.paste((255, 0, 0), (0, 0, 20, 20))
    rgb.convert("CMYK").save(path, "JPEG", quality=95)


def test_cmyk_jpeg_loads_as_rgb_and_is_written(tmp_path: Path, fake_ocr) -> None:
    src = tmp_path / "cmyk.jpg"
    _cmyk_jpeg(src)
    with Image.open(src) as im:
        assert im.mode == "CMYK"
    page = load_image(src).pages[0]
    assert page.pixels.shape == (40, 60, 3)
    r, g, b = (int(v) for v in page.pixels[5, 5])
    assert r > 200 and g < 60 and b < 60  # still red, not inverted
    assert main(["redact", str(src), "-o", str(tmp_path / "out"), "-q", "--jobs", "1"]) == 0
    with Image.open(tmp_path / "out" / "cmyk.jpg") as out:
        assert out.mode == "RGB"


def _with_app1(jpeg: bytes, payload: bytes) -> bytes:
    """Insert an APP1 segment with ``payload`` right after the SOI marker."""
    assert jpeg[:2] == b"\xff\xd8"
    return jpeg[:2] + b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload + jpeg[2:]


@pytest.mark.parametrize(
    "payload",
    [
        b"Exif\x00\x00" + bytes(range(256)) * 4,  # random junk where the TIFF header should be
        b"Exif\x00\x00II*\x00\xff\xff\xff\x7f" + b"\x00" * 40,  # IFD offset far past the end
        b"Exif\x00\x00MM\x00*\x00\x00\x00\x08\xff\xff" + b"\x01" * 30,  # 65535 entries claimed
        b"Exif\x00\x00II*\x00\x08\x00\x00\x00\x01\x00\x12\x01\x03\x00\x01\x00\x00\x00\x09\x00",  # orientation 9
    ],
    ids=["junk", "offset-past-end", "huge-count", "bad-orientation"],
)
def test_corrupt_exif_loads_with_warning_or_cleanly(tmp_path: Path, payload: bytes) -> None:
    buf = io.BytesIO()
    Image.new("RGB", (50, 30), (10, 200, 10)).save(buf, "JPEG")
    src = tmp_path / "bad_exif.jpg"
    src.write_bytes(_with_app1(buf.getvalue(), payload))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # nothing may reach stderr as a Python warning
        page = load_image(src).pages[0]  # no exception
    assert (page.width, page.height) == (50, 30)  # used as stored when orientation is unreadable
    for w in page.warnings:
        assert "EXIF" in w


def test_chinese_and_emoji_names_end_to_end(tmp_path: Path) -> None:
    """Real CLI process, real OCR: non-ASCII folders and names in, out, in the report and logs."""
    folder = tmp_path / "快递 单据 📦"
    src = write_png(folder / "子目录" / "收件人 张三 😀.png", 200, 80)
    write_png(folder / "第二张 🧾.png", 200, 80)
    (folder / "坏文件 💥.jpg").write_bytes(b"not a jpeg")
    out = tmp_path / "输出 ✅"
    report = tmp_path / "报告 📝.json"
    env = dict(os.environ, PYTHONIOENCODING="ascii")  # a console that cannot show these names
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "redactor.cli",
            "redact",
            str(folder),
            "-o",
            str(out),
            "--report",
            str(report),
            "-q",
            "--no-verify",
            "--jobs",
            "1",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=env,
        timeout=300,
    )
    assert r.returncode == 1, r.stderr  # the broken file fails, alone
    assert "Traceback" not in r.stderr, r.stderr
    assert (out / "子目录" / "收件人 张三 😀.png").is_file()
    assert (out / "第二张 🧾.png").is_file()
    entries = {
        Path(e["input"]).name: e for e in json.loads(report.read_text(encoding="utf-8"))["files"]
    }
    assert entries[src.name]["status"] in ("verified", "needs_review")
    assert entries["坏文件 💥.jpg"]["status"] == "failed"


def test_undecodable_file_name_does_not_crash(tmp_path: Path, fake_ocr, capsys) -> None:
    """A name that is not valid UTF-8 (possible on Linux) is reported, not a crash."""
    raw = os.fsencode(tmp_path) + b"/bad-\xff\xfe-name.png"
    Image.new("RGB", (20, 20)).save(raw.decode("utf-8", "surrogateescape"))
    (tmp_path / "broken.png").write_bytes(b"nope")
    report = tmp_path / "r.json"
    rc = main(
        [
            "redact",
            str(tmp_path),
            "-o",
            str(tmp_path / "o"),
            "--report",
            str(report),
            "-q",
            "--jobs",
            "1",
        ]
    )
    assert rc == 1
    data = json.loads(report.read_text(encoding="utf-8"))
    statuses = sorted(e["status"] for e in data["files"])
    assert (
        len(statuses) == 2
        and statuses[0] == "failed"
        and statuses[1] in ("needs_review", "verified")
    )
    written = [e for e in data["files"] if e["status"] != "failed"][0]
    assert Path(written["output"]).name.startswith("bad-")
    assert "Traceback" not in capsys.readouterr().err


# ------------------------------------------------------------------- symlinks


def test_symlinked_input_is_processed(tmp_path: Path, fake_ocr) -> None:
    real = write_png(tmp_path / "real" / "a.png")
    link_dir = tmp_path / "links"
    link_dir.mkdir()
    (link_dir / "b.png").symlink_to(real)
    before = real.read_bytes()
    assert main(["redact", str(link_dir / "b.png"), "-q", "--jobs", "1"]) == 0
    out = link_dir / "b.redacted.png"
    assert out.is_file() and not out.is_symlink()
    assert real.read_bytes() == before


def test_output_is_never_written_through_a_symlink_onto_an_original(
    tmp_path: Path, fake_ocr
) -> None:
    src = write_png(tmp_path / "in" / "a.png")
    before = src.read_bytes()
    # 1. the default output name already exists as a symlink to the original
    trap = src.parent / "a.redacted.png"
    trap.symlink_to(src)
    main(["redact", str(src), "-q", "--jobs", "1"])
    assert src.read_bytes() == before
    # 2. -o names a symlink to the input folder: the output would land on the original
    out_link = tmp_path / "out"
    out_link.symlink_to(src.parent, target_is_directory=True)
    report = tmp_path / "r.json"
    rc = main(
        ["redact", str(src), "-o", str(out_link), "--report", str(report), "-q", "--jobs", "1"]
    )
    assert rc == 5  # the only output could not be written: ExitCode.OUTPUT_NOT_WRITABLE
    entry = json.loads(report.read_text(encoding="utf-8"))["files"][0]
    assert entry["status"] == "failed" and "overwrite the original" in entry["error"]
    assert src.read_bytes() == before
    assert no_partials(src.parent) == []


def test_symlink_loop_in_input_folder_terminates(tmp_path: Path, fake_ocr) -> None:
    folder = tmp_path / "in"
    write_png(folder / "a.png")
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    write_png(tmp_path / "elsewhere" / "b.png")
    (folder / "linked").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    report = tmp_path / "r.json"
    assert (
        main(
            [
                "redact",
                str(folder),
                "-o",
                str(tmp_path / "o"),
                "--report",
                str(report),
                "-q",
                "--jobs",
                "1",
            ]
        )
        == 0
    )
    files = json.loads(report.read_text(encoding="utf-8"))["files"]
    assert [Path(e["input"]).name for e in files] == [
        "a.png"
    ]  # symlinked sub-folders are not followed


# ----------------------------------------------------------- the same file twice


def test_same_file_given_twice_is_processed_once(tmp_path: Path, fake_ocr) -> None:
    src = write_png(tmp_path / "in" / "a.png")
    alias = tmp_path / "alias.png"
    alias.symlink_to(src)
    report = tmp_path / "r.json"
    args = [
        str(src),
        str(src),
        str(tmp_path / "in" / ".." / "in" / "a.png"),
        str(alias),
        str(src.parent),
    ]
    assert (
        main(
            [
                "redact",
                *args,
                "-o",
                str(tmp_path / "o"),
                "--report",
                str(report),
                "-q",
                "--no-verify",
                "--jobs",
                "1",
            ]
        )
        == 0
    )
    assert len(json.loads(report.read_text(encoding="utf-8"))["files"]) == 1
    assert fake_ocr.calls == 1


def test_default_outputs_next_to_inputs_are_not_reprocessed(tmp_path: Path, fake_ocr) -> None:
    """Without -o, a second run over the folder skips the ``.redacted`` copies of the first.

    (The -o-inside-the-input-folder case is tests/test_cli.py::test_output_folder_inside_input_is_not_reprocessed.)
    """
    folder = tmp_path / "in"
    write_png(folder / "a.png")
    for _ in range(2):
        assert main(["redact", str(folder), "-q", "--jobs", "1"]) == 0
    assert sorted(p.name for p in folder.iterdir()) == ["a.png", "a.redacted.png"]


def test_nested_output_folder_with_default_jobs_is_not_reprocessed(
    tmp_path: Path, fake_ocr
) -> None:
    folder = tmp_path / "in"
    write_png(folder / "a.png")
    write_png(folder / "sub" / "b.png")
    out = folder / "sub" / "clean"
    for _ in range(2):
        assert main(["redact", str(folder), "-o", str(out), "-q", "--jobs", "1"]) == 0
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()) == [
        "a.png",
        "sub/b.png",
    ]
    assert np.asarray(Image.open(out / "a.png")).shape == (48, 64, 3)
