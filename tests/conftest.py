from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from tests.drawing import draw_lines

LABEL_ROWS = [
    ["顺丰速运"],
    ["收件人：", "张晓明", "13812345678"],
    ["地址：", "广东省深圳市南山区科技园路88号"],
    ["寄件人：", "李丽", "0755-86012345"],
    ["托寄物：文件"],
]


@pytest.fixture(scope="session")
def label_image():
    """A Chinese label drawn with known boxes for each piece of text."""
    return draw_lines(LABEL_ROWS)


@pytest.fixture()
def label_file(tmp_path: Path, label_image) -> Path:
    pixels, _ = label_image
    p = tmp_path / "in" / "label.png"
    p.parent.mkdir()
    Image.fromarray(pixels).save(p)
    return p
