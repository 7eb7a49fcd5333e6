"""Loading (orientation, colour modes, bad files) and saving (no metadata, never overwrite)."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from redactor.core.errors import ImageTooLargeError, InputError, OutputError, Reason
from redactor.core.imageio import load_image, save_pages


def _marked(w: int = 60, h: int = 40) -> Image.Image:
    """A landscape image with a red block in its top-left corner (to track orientation)."""
    im = Image.new("RGB", (w, h), (255, 255, 255))
    im.paste((255, 0, 0), (0, 0, 15, 10))
    return im


# Pixels as stored for each EXIF orientation, so that the upright view is _marked().
_STORE = {
    1: lambda im: im,
    2: lambda im: im.transpose(Image.Transpose.FLIP_LEFT_RIGHT),
    3: lambda im: im.transpose(Image.Transpose.ROTATE_180),
    4: lambda im: im.transpose(Image.Transpose.FLIP_TOP_BOTTOM),
    5: lambda im: im.transpose(Image.Transpose.TRANSPOSE),
    6: lambda im: im.transpose(Image.Transpose.ROTATE_90),
    7: lambda im: im.transpose(Image.Transpose.TRANSVERSE),
    8: lambda im: im.transpose(Image.Transpose.ROTATE_270),
}


@pytest.mark.parametrize("orientation", range(1, 9))
def test_all_exif_orientations_load_upright(tmp_path: Path, orientation: int) -> None:
    stored = _STORE[orientation](_marked())
    exif = Image.Exif()
    exif[0x0112] = orientation
    p = tmp_path / f"o{orientation}.png"
    stored.save(p, exif=exif)
    page = load_image(p).pages[0]
    assert (page.width, page.height) == (60, 40)
    assert tuple(page.pixels[2, 2]) == (255, 0, 0)
    assert tuple(page.pixels[35, 55]) == (255, 255, 255)


@pytest.mark.parametrize(
    "mode_maker",
    [
        lambda: _marked().convert("P"),
        lambda: _marked().convert("L"),
        lambda: _marked().convert("CMYK"),
        lambda: _marked().convert("RGBA"),
        lambda: _marked().convert("LA"),
        lambda: Image.fromarray((np.arange(40 * 60).reshape(40, 60) * 20).astype(np.uint16)),
    ],
    ids=["palette", "gray", "cmyk", "rgba", "gray-alpha", "16bit"],
)
def test_colour_modes_become_rgb(tmp_path: Path, mode_maker) -> None:
    im = mode_maker()
    p = tmp_path / ("x.tif" if im.mode in ("CMYK", "I;16") else "x.png")
    im.save(p)
    page = load_image(p).pages[0]
    assert page.pixels.dtype == np.uint8 and page.pixels.shape == (40, 60, 3)


def test_transparent_palette_png_becomes_white_paper(tmp_path: Path) -> None:
    im = Image.new("P", (10, 10), 0)
    im.putpalette([0, 0, 0, 255, 0, 0] + [0] * 762)
    im.info["transparency"] = 0
    p = tmp_path / "t.png"
    im.save(p, transparency=0)
    assert tuple(load_image(p).pages[0].pixels[5, 5]) == (255, 255, 255)


def test_multipage_tiff_reads_every_page(tmp_path: Path) -> None:
    pages = [Image.new("RGB", (30, 20), (i * 80, 0, 0)) for i in range(3)]
    p = tmp_path / "m.tif"
    pages[0].save(p, save_all=True, append_images=pages[1:])
    loaded = load_image(p)
    assert [int(pg.pixels[0, 0, 0]) for pg in loaded.pages] == [0, 80, 160]


def test_heic_loads(tmp_path: Path) -> None:
    import pillow_heif

    p = tmp_path / "photo.heic"
    heif = pillow_heif.from_pillow(_marked(64, 48))
    heif.save(p, quality=90)
    page = load_image(p).pages[0]
    assert (page.width, page.height) == (64, 48)


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("empty.jpg", b"", Reason.EMPTY),
        ("text.jpg", b"hello, this is not an image\n", Reason.NOT_AN_IMAGE),
        ("page.jpg", b"<html><body>404</body></html>", Reason.NOT_AN_IMAGE),
    ],
)
def test_bad_files_give_clear_errors(
    tmp_path: Path, name: str, content: bytes, reason: Reason
) -> None:
    p = tmp_path / name
    p.write_bytes(content)
    with pytest.raises(InputError) as err:
        load_image(p)
    assert name in err.value.message
    assert err.value.reason is reason  # for front ends that say it in another language


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
def test_truncated_images_are_errors(tmp_path: Path, fmt: str) -> None:
    buf = io.BytesIO()
    Image.fromarray(np.random.default_rng(0).integers(0, 255, (200, 200, 3), dtype=np.uint8)).save(
        buf, fmt
    )
    p = tmp_path / f"cut.{fmt.lower()}"
    p.write_bytes(buf.getvalue()[: len(buf.getvalue()) // 2])
    with pytest.raises(InputError):
        load_image(p)


def test_decompression_bomb_is_refused_before_decoding(tmp_path: Path) -> None:
    p = tmp_path / "bomb.png"
    Image.new("1", (40000, 40000)).save(p)  # tiny file, 1.6 gigapixels
    with pytest.raises(ImageTooLargeError) as err:
        load_image(p)
    assert "40000x40000" in err.value.message


def _iphone_jpeg(path: Path) -> None:
    """Sideways-stored JPEG with orientation 6, GPS, maker data and an embedded thumbnail."""
    upright = _marked(120, 80)
    stored = upright.transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x010F] = "Apple"
    exif[0x0110] = "iPhone 15"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", (22.0, 32.0, 10.0), "E", (113.0, 56.0, 4.0)
    thumb = io.BytesIO()
    stored.resize((30, 45)).save(thumb, "JPEG")
    exif_bytes = exif.tobytes()
    stored.save(path, "JPEG", exif=exif_bytes, comment=b"secret comment")
    # append the thumbnail as APP-segment-free trailing data too (bytes after EOI)
    with path.open("ab") as fh:
        fh.write(b"TRAILING" + thumb.getvalue())


def test_saved_jpeg_has_no_metadata_and_nothing_after_end(tmp_path: Path) -> None:
    src = tmp_path / "iphone.jpg"
    _iphone_jpeg(src)
    page = load_image(src).pages[0]
    assert (page.width, page.height) == (120, 80)  # upright
    out = save_pages([page.pixels], tmp_path / "out.jpg", "JPEG", forbidden=(src,))
    data = out.read_bytes()
    assert data.endswith(b"\xff\xd9") and data.count(b"\xff\xd9") == 1
    for marker in (
        b"Exif",
        b"Apple",
        b"iPhone",
        b"secret comment",
        b"TRAILING",
        b"http://ns.adobe.com/xap",
    ):
        assert marker not in data
    with Image.open(out) as im:
        assert not im.getexif()
        assert "comment" not in im.info and "exif" not in im.info and "icc_profile" not in im.info


@pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool not installed")
@pytest.mark.parametrize(
    "fmt, suffix", [("JPEG", ".jpg"), ("PNG", ".png"), ("TIFF", ".tif"), ("WEBP", ".webp")]
)
def test_exiftool_finds_no_metadata(tmp_path: Path, fmt: str, suffix: str) -> None:
    src = tmp_path / "iphone.jpg"
    _iphone_jpeg(src)
    page = load_image(src).pages[0]
    out = save_pages([page.pixels], tmp_path / f"out{suffix}", fmt)
    tags = subprocess.run(
        ["exiftool", "-a", "-G1", "-s", str(out)], capture_output=True, text=True, check=True
    ).stdout
    forbidden_groups = (
        "[GPS]",
        "[XMP",
        "[IPTC]",
        "[ExifIFD]",
        "[IFD1]",
        "[MakerNotes",
        "[ICC",
        "[Photoshop]",
    )
    forbidden_tags = (
        "Make",
        "Model",
        "Comment",
        "ThumbnailImage",
        "Software",
        "DateTimeOriginal",
        "Orientation",
        "Trailer",
    )
    for line in tags.splitlines():
        assert not line.startswith(forbidden_groups), line
        name = line[16:].split(":")[0].strip() if line.startswith("[") else ""
        assert name not in forbidden_tags, line


def test_never_overwrites_the_input(tmp_path: Path) -> None:
    src = tmp_path / "a.png"
    _marked().save(src)
    before = src.read_bytes()
    with pytest.raises(OutputError):
        save_pages([np.zeros((40, 60, 3), np.uint8)], src, "PNG", forbidden=(src,))
    link = tmp_path / "link.png"
    link.symlink_to(src)
    with pytest.raises(OutputError):
        save_pages([np.zeros((40, 60, 3), np.uint8)], link, "PNG", forbidden=(src,))
    assert src.read_bytes() == before


def test_failed_write_leaves_no_partial_file(tmp_path: Path, monkeypatch) -> None:
    import redactor.core.saving as saving

    def boom(images, fh, fmt, **kw):
        fh.write(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(saving, "_encode", boom)
    dest = tmp_path / "out.png"
    with pytest.raises(OutputError) as err:
        save_pages([np.zeros((4, 4, 3), np.uint8)], dest, "PNG")
    assert "no space left on device" in err.value.message
    assert list(tmp_path.iterdir()) == []


def test_multipage_tiff_round_trip(tmp_path: Path) -> None:
    pages = [np.full((20, 30, 3), v, np.uint8) for v in (10, 120, 240)]
    out = save_pages(pages, tmp_path / "o.tif", "TIFF")
    assert [int(p.pixels[0, 0, 0]) for p in load_image(out).pages] == [10, 120, 240]


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_saved_files_follow_the_umask_not_owner_only(tmp_path: Path, monkeypatch) -> None:
    import redactor.core.saving as io_mod
    from redactor.core.saving import write_text_atomic

    out = save_pages([np.zeros((4, 4, 3), np.uint8)], tmp_path / "out.png", "PNG")
    assert out.stat().st_mode & 0o777 == 0o666 & ~_umask()  # 0644 for the usual 022
    monkeypatch.setattr(io_mod, "NEW_FILE_MODE", 0o640)  # a user whose umask is 027
    out = save_pages([np.zeros((4, 4, 3), np.uint8)], tmp_path / "b.png", "PNG")
    assert out.stat().st_mode & 0o777 == 0o640
    log = tmp_path / "log.json"
    write_text_atomic(log, "{}")
    assert log.stat().st_mode & 0o777 == 0o640
