"""The newer layout families (``python -m synth --layouts new``): ground truth and determinism."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image, ImageOps

from synth.dataset import generate, generate_one
from synth.layouts import DEFAULT_LAYOUTS, GROUPS, LAYOUTS, NEW_LAYOUTS
from synth.render import ORDINARY, PII_CATEGORIES

NULL_CATEGORIES = {"shop_phone", "shop_address", "tax_id", "order_number", "block_text"}


def _decode(data: bytes) -> np.ndarray:
    with Image.open(io.BytesIO(data)) as im:
        return np.asarray(ImageOps.exif_transpose(im).convert("L"))


def test_new_families_are_registered_but_not_in_the_default_mix() -> None:
    assert len(NEW_LAYOUTS) >= 6
    assert set(NEW_LAYOUTS) <= set(LAYOUTS)
    assert not set(NEW_LAYOUTS) & set(DEFAULT_LAYOUTS)
    assert len(DEFAULT_LAYOUTS) == 7  # existing seeds keep their layouts
    assert GROUPS["new"] == tuple(NEW_LAYOUTS)
    assert generate_one(21, 3).gt["layout"] == DEFAULT_LAYOUTS[3]


@pytest.mark.parametrize("layout", sorted(NEW_LAYOUTS))
@pytest.mark.parametrize("index", [0, 1, 2])
def test_new_layout_ground_truth(layout: str, index: int) -> None:
    condition = ("scan", "rotated", "photo")[index]
    s = generate_one(31, index, layout=layout, condition=condition)
    gt = s.gt
    w, h = gt["width"], gt["height"]
    img = _decode(s.data)
    assert img.shape == (h, w)
    pii = [it for it in gt["items"] if it["pii"] is True]
    assert pii, "every family prints personal data"
    assert any(it["category"] == "name" for it in pii)
    assert any(it["pii"] is False for it in gt["items"])  # boilerplate that must stay
    for it in gt["items"]:
        assert it["text"] and it["text"].strip() == it["text"], it
        cat = it["category"]
        assert cat in PII_CATEGORIES | ORDINARY | NULL_CATEGORIES, it
        expect = True if cat in PII_CATEGORIES else (False if cat in ORDINARY else None)
        assert it["pii"] is expect, it
        pts = np.asarray(it["poly"], dtype=float)
        assert pts.shape == (4, 2)
        assert (pts >= 0).all() and (pts[:, 0] <= w).all() and (pts[:, 1] <= h).all(), it
        x0, y0 = np.floor(pts.min(0)).astype(int)
        x1, y1 = np.ceil(pts.max(0)).astype(int)
        assert x1 > x0 and y1 > y0, it
        if condition == "scan":  # upright, clean: every item holds some ink
            assert (img[y0:y1, x0:x1] < 140).any(), it


@pytest.mark.parametrize("layout", sorted(NEW_LAYOUTS))
def test_new_layout_same_seed_same_bytes(layout: str) -> None:
    a = generate_one(41, 5, layout=layout)
    b = generate_one(41, 5, layout=layout)
    c = generate_one(42, 5, layout=layout)
    assert a.data == b.data and a.gt == b.gt and a.name == b.name
    assert a.data != c.data


@pytest.mark.parametrize("layout", sorted(NEW_LAYOUTS))
def test_new_layout_varies_between_images(layout: str) -> None:
    texts = [
        tuple(it["text"] for it in generate_one(51, i, layout=layout, condition="scan").gt["items"])
        for i in range(3)
    ]
    assert len(set(texts)) == 3


def test_group_name_on_the_command_line(tmp_path) -> None:
    names = generate(tmp_path, len(NEW_LAYOUTS), 1, layouts=["new"], conditions=["scan"])
    assert [n.split("_", 2)[2].rsplit("_", 1)[0] for n in names] == list(NEW_LAYOUTS)
    with pytest.raises(ValueError, match="unknown layout"):
        generate(tmp_path, 1, 1, layouts=["no_such_layout"])


@pytest.mark.parametrize("layout", sorted(NEW_LAYOUTS))
def test_new_layout_prints_everything_on_the_paper(layout: str) -> None:
    # A line too long for the label wraps; text running off the paper would be ground
    # truth nobody can read.
    import random

    for seed in range(40):
        canvas = LAYOUTS[layout](random.Random(seed))
        for it in canvas.items:
            pts = np.asarray(it.poly, dtype=float)
            assert pts[:, 0].min() >= 0 and pts[:, 0].max() <= canvas.width, (seed, it.text)
