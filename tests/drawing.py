"""Draw small test labels with known text positions (no OCR needed to know the truth)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

FONT_CANDIDATES = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Medium.ttc",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
)


def font(size: int) -> ImageFont.FreeTypeFont:
    for f in FONT_CANDIDATES:
        if Path(f).exists():
            return ImageFont.truetype(f, size)
    raise RuntimeError("no test font: install fonts-noto-cjk")


@dataclass(frozen=True)
class Placed:
    text: str
    box: tuple[int, int, int, int]  # x0, y0, x1, y1 of the ink


def draw_lines(
    rows: list[list[str]], size: int = 34, width: int = 1000, margin: int = 60
) -> tuple[np.ndarray, list[Placed]]:
    """Each row is a list of text pieces drawn left to right; returns RGB pixels and piece boxes."""
    f = font(size)
    line_h = int(size * 1.7)
    height = margin * 2 + line_h * len(rows)
    im = Image.new("RGB", (width, height), (250, 250, 248))
    d = ImageDraw.Draw(im)
    placed = []
    y = margin
    for row in rows:
        x = margin
        for piece in row:
            box = d.textbbox((x, y), piece, font=f)
            d.text((x, y), piece, fill=(20, 20, 20), font=f)
            placed.append(Placed(piece, tuple(int(v) for v in box)))
            x = box[2] + int(size * 0.5)
        y += line_h
    return np.asarray(im).copy(), placed


def find(placed: list[Placed], text: str) -> Placed:
    return next(p for p in placed if p.text == text)


def dark_fraction(img: np.ndarray, box: tuple[int, int, int, int], thresh: int = 60) -> float:
    x0, y0, x1, y1 = box
    patch = img[y0:y1, x0:x1].mean(axis=2)
    return float((patch < thresh).mean())
