"""Tests for the pixel-based scorer in benchmarks/quality.py."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from benchmarks import quality

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _font(size: int) -> ImageFont.ImageFont:
    try:
        return ImageFont.truetype(FONT, size)
    except OSError:
        return ImageFont.load_default(size)


def _make_set(root: Path) -> dict:
    """A tiny data set: one image with a name (pii), a keyword (ordinary), a shop phone (null)."""
    (root / "images").mkdir(parents=True)
    (root / "gt").mkdir()
    img = Image.new("RGB", (400, 200), (250, 250, 250))
    d = ImageDraw.Draw(img)
    items = []
    for text, cat, pii, xy in (
        ("Name:", "label", False, (20, 60)),
        ("Jane Doe", "name", True, (140, 60)),
        ("0755-1234567", "shop_phone", None, (20, 140)),
    ):
        d.text(xy, text, font=_font(30), fill=(10, 10, 10), anchor="ls")
        x0, y0, x1, y1 = d.textbbox(xy, text, font=_font(30), anchor="ls")
        items.append(
            {
                "text": text,
                "category": cat,
                "pii": pii,
                "poly": [[x0, y0], [x1, y0], [x1, y1], [x0, y1]],
            }
        )
    img.save(root / "images" / "a.png")
    gt = {
        "image": "a.png",
        "width": 400,
        "height": 200,
        "layout": "toy",
        "condition": "scan",
        "rotation": 0,
        "items": items,
    }
    (root / "gt" / "a.json").write_text(json.dumps(gt), encoding="utf-8")
    return gt


def _paint(src: Path, dst: Path, polys, pad: int = 2, fill=(0, 0, 0)) -> None:
    img = Image.open(src).convert("RGB")
    d = ImageDraw.Draw(img)
    for p in polys:
        xs, ys = [q[0] for q in p], [q[1] for q in p]
        d.rectangle([min(xs) - pad, min(ys) - pad, max(xs) + pad, max(ys) + pad], fill=fill)
    dst.parent.mkdir(parents=True, exist_ok=True)
    img.save(dst)


def _item(gt: dict, cat: str) -> dict:
    return next(it for it in gt["items"] if it["category"] == cat)


@pytest.fixture()
def dataset(tmp_path: Path) -> tuple[Path, dict]:
    return tmp_path / "data", _make_set(tmp_path / "data")


def test_painted_polygon_counts_as_masked(dataset, tmp_path) -> None:
    data, gt = dataset
    _paint(data / "images" / "a.png", tmp_path / "out" / "a.png", [_item(gt, "name")["poly"]])
    f = quality.score(data, tmp_path / "out").figures()
    assert f["core_recall"] == 1.0
    assert f["clean_image_rate"] == 1.0
    assert f["collateral_rate"] == 0.0
    assert f["sizes_match"] is True


def test_unpainted_is_not_masked(dataset, tmp_path) -> None:
    data, _ = dataset
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "a.png").write_bytes((data / "images" / "a.png").read_bytes())
    rep = quality.score(data, tmp_path / "out")
    f = rep.figures()
    assert f["core_recall"] == 0.0 and f["clean_image_rate"] == 0.0
    assert [m["text"] for m in rep.misses()] == ["Jane Doe"]


def test_half_painted_is_not_masked(dataset, tmp_path) -> None:
    data, gt = dataset
    p = _item(gt, "name")["poly"]
    half = [p[0], [(p[0][0] + p[1][0]) / 2, p[1][1]], [(p[0][0] + p[1][0]) / 2, p[2][1]], p[3]]
    _paint(data / "images" / "a.png", tmp_path / "out" / "a.png", [half])
    assert quality.score(data, tmp_path / "out").figures()["core_recall"] == 0.0


def test_only_ink_dark_is_not_masked(dataset) -> None:
    # The input itself: its ink is dark but its paper is not, so nothing is masked.
    data, gt = dataset
    img = quality.load_gray(data / "images" / "a.png")
    assert quality.dark_fraction(img, img, _item(gt, "name")["poly"]) < 0.05


def test_collateral_counted(dataset, tmp_path) -> None:
    data, gt = dataset
    polys = [_item(gt, "name")["poly"], _item(gt, "label")["poly"], _item(gt, "shop_phone")["poly"]]
    _paint(data / "images" / "a.png", tmp_path / "out" / "a.redacted.png", polys)
    rep = quality.score(data, tmp_path / "out")
    f = rep.figures()
    assert f["core_recall"] == 1.0
    assert (
        f["collateral_rate"] == 1.0
    )  # the keyword was blacked out; the null shop phone is ignored
    assert [c["text"] for c in rep.collateral_items()] == ["Name:"]


def test_size_mismatch_and_missing_output(dataset, tmp_path) -> None:
    data, gt = dataset
    out = tmp_path / "out"
    _paint(data / "images" / "a.png", out / "a.png", [_item(gt, "name")["poly"]])
    Image.open(out / "a.png").resize((200, 100)).save(out / "a.png")
    f = quality.score(data, out).figures()
    assert f["size_mismatches"] == 1 and not f["sizes_match"] and f["core_recall"] == 0.0
    (out / "a.png").unlink()
    f = quality.score(data, out).figures()
    assert f["missing_outputs"] == 1 and f["core_recall"] == 0.0


def test_exif_oriented_output_is_read_upright(dataset, tmp_path) -> None:
    # The redactor may keep the pixels sideways and carry an orientation tag.
    data, gt = dataset
    tmp = tmp_path / "upright.png"
    _paint(data / "images" / "a.png", tmp, [_item(gt, "name")["poly"]])
    sideways = Image.open(tmp).transpose(Image.Transpose.ROTATE_90)  # counter-clockwise
    exif = Image.Exif()
    exif[0x0112] = 6  # display: turn 90 deg clockwise
    (tmp_path / "out").mkdir()
    sideways.save(tmp_path / "out" / "a.jpg", quality=95, exif=exif.tobytes())
    f = quality.score(data, tmp_path / "out").figures()
    assert f["sizes_match"] and f["core_recall"] == 1.0


def test_cli_json(dataset, tmp_path, capsys) -> None:
    data, gt = dataset
    _paint(data / "images" / "a.png", tmp_path / "out" / "a.png", [_item(gt, "label")["poly"]])
    js = tmp_path / "q.json"
    assert (
        quality.main(["--data", str(data), "--out", str(tmp_path / "out"), "--json", str(js)]) == 0
    )
    printed = capsys.readouterr().out
    assert "core_recall" in printed and "toy" in printed
    payload = json.loads(js.read_text(encoding="utf-8"))
    assert payload["misses"] == [
        {
            "image": "a.png",
            "layout": "toy",
            "condition": "scan",
            "category": "name",
            "text": "Jane Doe",
            "dark": 0.0,
        }
    ]
    assert payload["per_category"]["name"]["total"] == 1
    assert payload["collateral_rate"] == 1.0
    assert (
        quality.main(
            ["--data", str(data), "--out", str(tmp_path / "out"), "--min-core-recall", "0.5"]
        )
        == 1
    )


def test_synthetic_set_oracle_scores_perfectly(tmp_path) -> None:
    # End to end: painting every pii polygon (2 px margin) of generated images masks all.
    from synth.dataset import generate

    data = tmp_path / "syn"
    generate(data, 2, seed=3, conditions=["scan", "rotated"])
    out = tmp_path / "red"
    for gf in sorted((data / "gt").glob("*.json")):
        gt = json.loads(gf.read_text(encoding="utf-8"))
        img = np.array(Image.open(data / "images" / gt["image"]).convert("RGB"))
        import cv2

        m = np.zeros(img.shape[:2], np.uint8)
        for it in gt["items"]:
            if it["pii"]:
                cv2.fillPoly(m, [np.round(np.asarray(it["poly"])).astype(np.int32)], 255)
        img[cv2.dilate(m, np.ones((5, 5), np.uint8)) > 0] = 0
        out.mkdir(exist_ok=True)
        Image.fromarray(img).save(out / gt["image"], quality=92)
    f = quality.score(data, out).figures()
    assert f["core_recall"] == 1.0 and f["extra_recall"] == 1.0
    assert f["collateral_rate"] == 0.0


def test_leak_needs_a_good_part_of_the_item_read_back() -> None:
    from benchmarks.leaks import leaks_text

    assert leaks_text("138 1234 5678", "收件人 13812345678")
    assert leaks_text("ZHANG XIAOMING", "Ship to: zhang xiaoming")
    assert leaks_text(
        "1Z0H2A400396147978", "TRK 1ZOH2A4OO396"
    )  # look-alike letters count as digits
    assert not leaks_text("13812345678", "收件人：")
    assert not leaks_text("浙江省温州市鹿城区", "收件人 易碎轻放")
