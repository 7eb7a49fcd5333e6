"""Tests for the synthetic label generator (no OCR needed)."""

from __future__ import annotations

import io
import json
import random
import re

import cv2
import numpy as np
import pytest
from PIL import Image, ImageOps

from synth import barcodes, fakedata, photo
from synth.__main__ import main as synth_main
from synth.dataset import generate_one
from synth.layouts import LAYOUTS
from synth.render import ORDINARY, PII_CATEGORIES, Canvas

NULL_CATEGORIES = {"shop_phone", "shop_address", "tax_id", "order_number", "block_text"}


def _decode(sample) -> np.ndarray:
    with Image.open(io.BytesIO(sample.data)) as im:
        return np.asarray(ImageOps.exif_transpose(im).convert("L"))


def _poly_mask(shape: tuple[int, int], poly) -> np.ndarray:
    m = np.zeros(shape, np.uint8)
    pts = np.round((np.asarray(poly) - 0.5) * 16).astype(np.int32)
    cv2.fillPoly(m, [pts], 1, shift=4)
    return m.astype(bool)


# ----------------------------------------------------------------------------- fake data


def test_cn_id_check_digit_known_example() -> None:
    # The example number from GB 11643 ends in X.
    assert fakedata.cn_id_check_char("11010519491231002") == "X"
    assert fakedata.cn_id_valid("11010519491231002X")
    assert not fakedata.cn_id_valid("110105194912310021")


def test_generated_ids_and_cards_are_valid() -> None:
    fk = fakedata.Faker(random.Random(3))
    for _ in range(300):
        assert fakedata.cn_id_valid(fk.cn_resident_id())
        card = fk.card_number()
        assert fakedata.luhn_valid(card), card
    assert fakedata.luhn_valid("4111111111111111")
    assert fakedata.luhn_valid("5555 5555 5555 4444")
    assert not fakedata.luhn_valid("4111111111111112")


def test_fake_forms() -> None:
    fk = fakedata.Faker(random.Random(5))
    masked = {fk.cn_name_masked() for _ in range(50)}
    assert all("*" in n for n in masked)
    assert any(re.fullmatch(r".\*.", n) for n in masked)  # 张*明
    assert re.fullmatch(r"1\d{2}\*{4}\d{4}", fk.cn_mobile("masked"))
    assert re.fullmatch(r"1\d{2} \d{4} \d{4}", fk.cn_mobile("space"))
    assert re.fullmatch(r"1Z[0-9A-Z]{16}", fk.ups_tracking())
    cards = {fk.card_masked() for _ in range(80)}
    assert any(c.startswith("**** **** **** ") for c in cards)
    assert any(re.fullmatch(r"\*{12}\d{4}", c) for c in cards)
    compound = {fk.cn_surname() for _ in range(400)}
    assert compound & set(fakedata.CN_COMPOUND_SURNAMES)


# ----------------------------------------------------------------------------- barcodes


def test_code128_decodes() -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    texts = [
        "".join(f"{v:02d}" for v in range(0, 50)),  # every set-C value
        "".join(f"{v:02d}" for v in range(50, 100)),
        "".join(chr(c) for c in range(32, 80)),  # set B values
        "".join(chr(c) for c in range(80, 127)),
        "SF1234567890123",
        "A1/1 of 1/5551234567/XK",
    ]
    for t in texts:
        bits = barcodes.code128_modules(t)
        img = Image.new("L", (len(bits) * 2 + 40, 90), 255)
        from PIL import ImageDraw

        barcodes.draw_modules(ImageDraw.Draw(img), 20, 10, bits, 2, 70, 0)
        found = [r.text for r in zxingcpp.read_barcodes(img)]
        assert found == [t]


def test_qr_decodes() -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    q = barcodes.qr_image("https://t.example.cn/SF123", 120)
    bg = Image.new("L", (q.width + 40, q.height + 40), 255)
    bg.paste(q, (20, 20))
    assert [r.text for r in zxingcpp.read_barcodes(bg)] == ["https://t.example.cn/SF123"]


# ----------------------------------------------------------------------------- rendering


def test_text_polygon_is_tight() -> None:
    from synth import fonts

    c = Canvas(400, 120)
    f = fonts.load(fonts.available()[0], 32)
    box = c.text(20, 70, "张三 138", f, "name")
    assert box is not None
    a = np.asarray(c.img.convert("L"))
    ink = np.argwhere(a < 160)
    (y0, x0), (y1, x1) = ink.min(0), ink.max(0)
    bx0, by0, bx1, by1 = box
    assert abs(bx0 - x0) <= 1 and abs(by0 - y0) <= 1
    assert abs(bx1 - 1 - x1) <= 1 and abs(by1 - 1 - y1) <= 1


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_layout_ground_truth(layout: str) -> None:
    s = generate_one(11, 0, layout=layout, condition="scan")
    gt = s.gt
    w, h = gt["width"], gt["height"]
    img = _decode(s)
    assert img.shape == (h, w)
    cats = {it["category"] for it in gt["items"]}
    assert cats <= PII_CATEGORIES | ORDINARY | NULL_CATEGORIES
    assert "name" in cats
    for it in gt["items"]:
        assert it["text"].strip() == it["text"] and it["text"]
        expect = (
            True
            if it["category"] in PII_CATEGORIES
            else (False if it["category"] in ORDINARY else None)
        )
        assert it["pii"] is expect, it
        pts = np.asarray(it["poly"])
        assert pts.shape == (4, 2)
        assert (pts[:, 0] >= 0).all() and (pts[:, 0] <= w).all()
        assert (pts[:, 1] >= 0).all() and (pts[:, 1] <= h).all()
        # Every item encloses some ink.
        m = _poly_mask(img.shape, it["poly"])
        assert (img[m] < 128).any(), it


def test_waybill_address_split_into_address_and_door() -> None:
    seen_door = False
    for i in range(4):
        gt = generate_one(2, i, layout="cn_waybill_a", condition="scan").gt
        cats = [it["category"] for it in gt["items"]]
        assert cats.count("tracking") >= 2  # printed twice
        assert "address" in cats and "label" in cats
        for it in gt["items"]:
            if it["category"] == "door":
                seen_door = True
                assert not re.search(r"[省市区路]", it["text"]), it["text"]
    assert seen_door


def test_english_label_hides_phone_in_code_line() -> None:
    gt = generate_one(4, 0, layout="en_shipping_label", condition="scan").gt
    phones = [it["text"] for it in gt["items"] if it["category"] == "phone"]
    assert any(re.fullmatch(r"\d{10}", p) for p in phones)
    assert sum(it["category"] == "tracking" for it in gt["items"]) >= 2


def test_deterministic() -> None:
    a = generate_one(21, 3)
    b = generate_one(21, 3)
    c = generate_one(22, 3)
    assert a.data == b.data and a.gt == b.gt and a.name == b.name
    assert a.data != c.data


def test_rotate_moves_polygons_with_ink() -> None:
    s = generate_one(5, 1, condition="scan")
    img = np.asarray(Image.open(io.BytesIO(s.data)).convert("RGB"))
    items = tuple(
        photo.Item(it["text"], it["category"], it["pii"], tuple(map(tuple, it["poly"])))
        for it in s.gt["items"]
    )
    gray = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)
    base = [int((gray[_poly_mask(gray.shape, it.poly)] < 128).sum()) for it in items]
    for deg in (90, 180, 270):
        rimg, ritems = photo.rotate(img, items, deg)
        rg = cv2.cvtColor(rimg, cv2.COLOR_RGB2GRAY)
        assert rg.shape == (gray.shape[::-1] if deg != 180 else gray.shape)
        for it, n0 in zip(ritems, base, strict=True):
            n = int((rg[_poly_mask(rg.shape, it.poly)] < 128).sum())
            assert abs(n - n0) <= max(3, 0.03 * n0), (deg, it.text, n, n0)


def test_rotated_and_photo_conditions() -> None:
    s = generate_one(8, 2, condition="rotated")
    assert s.gt["rotation"] in (90, 180, 270)
    img = _decode(s)
    assert img.shape == (s.gt["height"], s.gt["width"])
    for it in s.gt["items"]:
        pts = np.asarray(it["poly"])
        assert (
            pts.min() >= 0
            and (pts[:, 0] <= s.gt["width"]).all()
            and (pts[:, 1] <= s.gt["height"]).all()
        )


def test_exif_condition_is_sideways_with_gps_and_thumbnail() -> None:
    s = generate_one(9, 0, condition="exif")
    with Image.open(io.BytesIO(s.data)) as im:
        exif = im.getexif()
        orient = exif.get(0x0112)
        assert orient == s.gt["exif_orientation"] and orient in (3, 6, 8)
        assert exif.get_ifd(0x8825).get(2)  # GPS latitude
        thumb = photo.read_thumbnail(im.info["exif"])
        assert thumb and Image.open(io.BytesIO(thumb)).size[0] <= 160
        stored = im.size
    shown = _decode(s).shape[::-1]
    assert shown == (s.gt["width"], s.gt["height"])
    if orient in (6, 8):
        assert stored == shown[::-1]


def test_cli_writes_images_and_gt(tmp_path) -> None:
    assert (
        synth_main(
            [str(tmp_path), "--n", "3", "--seed", "1", "--workers", "1", "--conditions", "scan"]
        )
        == 0
    )
    imgs = sorted((tmp_path / "images").iterdir())
    gts = sorted((tmp_path / "gt").iterdir())
    assert len(imgs) == 3 and len(gts) == 3
    gt = json.loads(gts[0].read_text(encoding="utf-8"))
    assert gt["image"] == imgs[0].name
    assert set(gt) >= {"image", "width", "height", "layout", "condition", "rotation", "items"}


def test_iphone_sample_metadata() -> None:
    from synth.samples import MAX_BYTES, SAMPLES, render

    spec = next(s for s in SAMPLES if s.exif_orientation == 6)
    data, gt = render(spec)
    assert len(data) <= MAX_BYTES
    with Image.open(io.BytesIO(data)) as im:
        exif = im.getexif()
        assert exif.get(0x0112) == 6 and exif.get(0x010F) == "Apple"
        assert exif.get_ifd(0x8825).get(4)  # GPS longitude
        assert photo.read_thumbnail(im.info["exif"])
        assert im.size == (gt["height"], gt["width"])  # stored sideways (landscape)
        shown = ImageOps.exif_transpose(im)
        assert shown.size == (gt["width"], gt["height"]) and gt["height"] > gt["width"]
