"""Leak check: can an OCR still read a personal item in a redacted output?

For every personal item of the ground truth, the output is cropped around the
item's polygon (with a margin) and read with an OCR engine (RapidOCR by default,
``--leak-engine tesseract`` for the other one). The item *leaks* when a good part of
its text comes back: a contiguous run of at least half its characters (and at
least three), compared without spaces and punctuation, with look-alike letters
read as digits. Pixels decide whether an item is masked; this decides whether
what is left is still readable.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

_KEEP = re.compile(r"[0-9A-Za-z\u4e00-\u9fff]")
_LOOKALIKE = str.maketrans({"O": "0", "I": "1", "L": "1", "S": "5", "B": "8"})  # after upper()


@dataclass(frozen=True)
class Leak:
    image: str
    category: str


def canonical(text: str) -> str:
    return "".join(_KEEP.findall(text)).upper().translate(_LOOKALIKE)


def leaks_text(item_text: str, read: str) -> bool:
    """Whether ``read`` (OCR of the output) gives back a good part of ``item_text``."""
    item, got = canonical(item_text), canonical(read)
    if len(item) < 2 or not got:
        return False
    need = min(len(item), max(3, math.ceil(len(item) / 2)))
    return any(item[i : i + need] in got for i in range(len(item) - need + 1))


def _crop(rgb: np.ndarray, poly: list[list[float]], margin: float = 0.35) -> np.ndarray | None:
    pts = np.asarray(poly, dtype=np.float64)
    x0, y0 = pts.min(axis=0)
    x1, y1 = pts.max(axis=0)
    m = margin * max(8.0, min(x1 - x0, y1 - y0))
    h, w = rgb.shape[:2]
    a, b = max(0, int(x0 - m)), max(0, int(y0 - m))
    c, d = min(w, int(x1 + m)), min(h, int(y1 + m))
    if c - a < 4 or d - b < 4:
        return None
    return np.ascontiguousarray(rgb[b:d, a:c])


def _bare_rapidocr():
    """RapidOCR as shipped, outside the redactor's own engine (no page-orientation probe,
    its own detector settings): a reader independent of the one that chose the masks."""
    from rapidocr import RapidOCR

    from redactor.core.ocr.rapid_stages import model_paths

    ocr = RapidOCR(params={"Global.log_level": "error", **model_paths()})

    def read(crop: np.ndarray) -> str:
        result = ocr(np.ascontiguousarray(crop[:, :, ::-1]))  # RapidOCR takes BGR
        return " ".join(getattr(result, "txts", None) or ())

    return read


def _engine_reader(engine):
    def read(crop: np.ndarray) -> str:
        return " ".join(ln.text for ln in engine.recognize(crop))

    return read


def find_leaks(data_dir: Path, out_dir: Path, engine: str = "rapidocr") -> Iterator[Leak]:
    from benchmarks.quality import find_output
    from redactor.core.ocr import get_engine

    read_crop = _bare_rapidocr() if engine == "rapidocr" else _engine_reader(get_engine(engine))
    img_dir = data_dir / "images" if (data_dir / "images").is_dir() else data_dir
    for gf in sorted((data_dir / "gt").glob("*.json")):
        gt = json.loads(gf.read_text(encoding="utf-8"))
        found = find_output(out_dir, gt["image"])
        if found is None or not (img_dir / gt["image"]).is_file():
            continue
        with Image.open(found) as im:
            rgb = np.asarray(ImageOps.exif_transpose(im).convert("RGB"))
        for it in gt["items"]:
            if (
                it.get("pii") is not True
                or not it.get("text")
                or it["category"] in ("code", "face")
            ):
                continue  # a code's "text" is its payload, a face's a description: not printed words
            crop = _crop(rgb, it["poly"])
            if crop is None:
                continue
            read = read_crop(crop)
            if leaks_text(it["text"], read):
                yield Leak(gt["image"], it["category"])
