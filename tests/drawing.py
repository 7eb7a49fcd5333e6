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


def draw_portrait(width: int = 200, height: int = 250) -> np.ndarray:
    """A drawn head-and-shoulders ID photo (RGB): hair, a shaded face with brows, eyes,
    nose and mouth, neck and shoulders on a pale backdrop. Face detectors take it for
    a face; no real person's photo is needed."""
    import cv2

    img = np.full((height, width, 3), (215, 225, 235), np.uint8)
    cx, cy = width // 2, int(height * 0.42)
    fw, fh = int(width * 0.30), int(height * 0.30)
    hair, skin = (20, 25, 30), (220, 170, 140)
    cv2.ellipse(img, (cx, height + 20), (int(width * 0.48), int(height * 0.30)), 0, 180, 360,
                (40, 60, 90), -1)  # fmt: skip
    cv2.rectangle(img, (cx - fw // 3, cy + fh - 10), (cx + fw // 3, cy + fh + 40),
                  (200, 150, 120), -1)  # fmt: skip
    cv2.ellipse(img, (cx, cy - 10), (fw + 12, fh + 10), 0, 180, 360, hair, -1)
    cv2.ellipse(img, (cx, cy), (fw, fh), 0, 0, 360, skin, -1)
    cv2.ellipse(img, (cx, cy - fh + 12), (fw + 4, 22), 0, 180, 360, hair, -1)  # fringe
    ex, ey = int(fw * 0.42), cy - int(fh * 0.12)
    for side in (-1, 1):
        x = cx + side * ex
        cv2.line(img, (x - 16, ey - 18), (x + 16, ey - 20), (30, 35, 40), 5)  # brow
        cv2.ellipse(img, (x, ey), (15, 8), 0, 0, 360, (245, 245, 245), -1)
        cv2.circle(img, (x, ey), 7, (30, 40, 50), -1)
        cv2.circle(img, (x, ey), 3, (10, 10, 10), -1)
    cv2.line(img, (cx, ey + 5), (cx - 6, cy + int(fh * 0.35)), (185, 135, 110), 3)  # nose
    cv2.ellipse(img, (cx, cy + int(fh * 0.38)), (10, 5), 0, 0, 360, (170, 120, 100), -1)
    cv2.ellipse(img, (cx, cy + int(fh * 0.62)), (24, 8), 0, 0, 180, (170, 80, 80), -1)  # mouth
    return cv2.GaussianBlur(img, (0, 0), 2.0)
