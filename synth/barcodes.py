"""Code 128 symbols drawn bar by bar, and QR codes via OpenCV's encoder.

The barcodes are real, decodable Code 128 (sets B and C), because a redactor
may well locate them with a barcode reader; a look-alike pattern would test
nothing.  DataMatrix/PDF417 are not generated.
"""

from __future__ import annotations

import functools

import cv2
import numpy as np
from PIL import Image, ImageDraw

# Bar/space widths of the 107 Code 128 symbols (value 0..105, then STOP).
_TABLE = (
    "212222 222122 222221 121223 121322 131222 122213 122312 132212 221213 221312 231212 "
    "112232 122132 122231 113222 123122 123221 223211 221132 221231 213212 223112 312131 "
    "311222 321122 321221 312212 322112 322211 212123 212321 232121 111323 131123 131321 "
    "112313 132113 132311 211313 231113 231311 112133 112331 132131 113123 113321 133121 "
    "313121 211331 231131 213113 213311 213131 311123 311321 331121 312113 312311 332111 "
    "314111 221411 431111 111224 111422 121124 121421 141122 141221 112214 112412 122114 "
    "122411 142112 142211 241211 221114 413111 241112 134111 111242 121142 121241 114212 "
    "124112 124211 411212 421112 421211 212141 214121 412121 111143 111341 131141 114113 "
    "114311 411113 411311 113141 114131 311141 411131 211412 211214 211232 2331112"
)
_PATTERNS = tuple(_TABLE.split())
_START_B, _START_C, _CODE_B, _CODE_C, _STOP = 104, 105, 100, 99, 106


def code128_values(text: str) -> list[int]:
    """Symbol values incl. start and check symbol (not STOP).

    Runs of four or more digits use set C (two digits per symbol), which is how
    label printers keep long tracking numbers short.
    """
    if not text or any(not (32 <= ord(c) < 127) for c in text):
        raise ValueError(f"Code 128 B/C cannot encode {text!r}")
    vals: list[int] = []
    mode = ""
    i, n = 0, len(text)
    while i < n:
        run = 0
        while i + run < n and text[i + run].isdigit():
            run += 1
        if run >= 4:
            if run % 2:  # odd digit first in set B, keeps the C part even
                if mode != "B":
                    vals.append(_START_B if not mode else _CODE_B)
                    mode = "B"
                vals.append(ord(text[i]) - 32)
                i += 1
                run -= 1
            if mode != "C":
                vals.append(_START_C if not mode else _CODE_C)
                mode = "C"
            for j in range(i, i + run, 2):
                vals.append(int(text[j : j + 2]))
            i += run
        else:
            if mode != "B":
                vals.append(_START_B if not mode else _CODE_B)
                mode = "B"
            vals.append(ord(text[i]) - 32)
            i += 1
    check = (vals[0] + sum(k * v for k, v in enumerate(vals[1:], 1))) % 103
    return vals + [check]


def code128_modules(text: str) -> list[int]:
    """1/0 per module (1 = bar), without quiet zones."""
    bits: list[int] = []
    for v in [*code128_values(text), _STOP]:
        for k, w in enumerate(_PATTERNS[v]):
            bits.extend([1 - k % 2] * int(w))
    return bits


def draw_modules(
    draw: ImageDraw.ImageDraw,
    x: int,
    y: int,
    bits: list[int],
    module: int,
    height: int,
    ink: tuple[int, int, int],
) -> int:
    """Draw bars; returns the x just after the last bar."""
    i = 0
    while i < len(bits):
        if bits[i]:
            j = i
            while j < len(bits) and bits[j]:
                j += 1
            draw.rectangle([x + i * module, y, x + j * module - 1, y + height - 1], fill=ink)
            i = j
        else:
            i += 1
    return x + len(bits) * module


@functools.lru_cache(maxsize=64)
def _qr_modules(text: str) -> np.ndarray:
    enc = cv2.QRCodeEncoder.create()
    img = enc.encode(text)  # one pixel per module, includes a small quiet border
    return img


def qr_image(text: str, size: int) -> Image.Image:
    """QR code as an 'L' image about ``size`` px square (whole modules, no border)."""
    mods = _qr_modules(text)
    dark = np.argwhere(mods < 128)
    (r0, c0), (r1, c1) = dark.min(0), dark.max(0)
    core = mods[r0 : r1 + 1, c0 : c1 + 1]
    scale = max(2, size // core.shape[0])
    big = np.kron(core, np.ones((scale, scale), dtype=np.uint8))
    return Image.fromarray(big, "L")
