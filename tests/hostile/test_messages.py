"""What the user reads when things go wrong around the files: one message of ours,
not a library's raw lines, and a message that names the cause."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from redactor.cli import main
from tests.hostile.conftest import write_png


def _tiff_with_damaged_second_page(path: Path) -> None:
    frames = [Image.new("RGB", (64, 64), (i * 40, 90, 90)) for i in range(3)]
    buf = io.BytesIO()
    frames[0].save(buf, "TIFF", save_all=True, append_images=frames[1:],
                   compression="tiff_adobe_deflate")  # fmt: skip
    data = bytearray(buf.getvalue())
    with Image.open(io.BytesIO(bytes(data))) as im:
        im.seek(1)
        start, length = im.tag_v2[273][0], im.tag_v2[279][0]
    for k in range(start + 2, start + length):  # keep the zlib header, spoil the stream
        data[k] ^= 0x5A
    path.write_bytes(bytes(data))


def test_libtiff_lines_go_into_the_file_message_not_raw_on_stderr(
    tmp_path: Path, fake_ocr, capfd
) -> None:
    src = tmp_path / "scan.tif"
    _tiff_with_damaged_second_page(src)
    rc = main(["redact", str(src), "-o", str(tmp_path / "out"), "-q", "--jobs", "1"])
    err = capfd.readouterr().err  # libtiff writes to file descriptor 2 itself
    assert rc == 3
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("failed:"), err
    assert "page 2 is damaged (ZIPDecode: Decoding error" in lines[0]


def test_output_folder_behind_a_dangling_symlink_is_named(tmp_path: Path, fake_ocr, capsys) -> None:
    src = write_png(tmp_path / "in" / "a.png")
    out = tmp_path / "out"
    out.symlink_to(tmp_path / "unmounted-share")
    rc = main(["redact", str(src), "-o", str(out), "-q", "--jobs", "1"])
    err = capsys.readouterr().err
    assert rc == 5  # ExitCode.OUTPUT_NOT_WRITABLE
    assert "File exists" not in err and "Traceback" not in err
    assert "is a symbolic link to" in err and "which does not exist" in err
    assert not (tmp_path / "unmounted-share").exists()


def test_hot_folder_outbox_behind_a_dangling_symlink_is_named(tmp_path: Path, capsys) -> None:
    (tmp_path / "in").mkdir()
    out = tmp_path / "out"
    out.symlink_to(tmp_path / "gone")
    assert main(["watch", str(tmp_path / "in"), "-o", str(out)]) == 5
    assert "which does not exist" in capsys.readouterr().err
