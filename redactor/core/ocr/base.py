"""The OCR engine protocol and the per-process engine registry."""

from __future__ import annotations

import threading
from typing import Protocol

import numpy as np

from redactor.core.errors import UsageError
from redactor.core.models import OcrLine

ENGINE_NAMES = ("rapidocr", "tesseract")


class OcrEngine(Protocol):
    name: str

    def recognize(self, image: np.ndarray, rotation: int | None = None) -> list[OcrLine]:
        """OCR an RGB image; one OcrLine per text line, a quad per character, in the
        image's own pixel grid. ``rotation`` is the clockwise turn that makes the page
        upright when the caller knows it already (the verification pass re-reads the
        same page); ``None`` lets the engine find out."""
        ...

    def page_rotation(self, image: np.ndarray) -> int:
        """Clockwise turn (0/90/180/270) that makes the page upright."""
        ...


_lock = threading.Lock()
_engines: dict[str, OcrEngine] = {}


def get_engine(name: str) -> OcrEngine:
    """Models load once per process: the first call pays, later calls reuse."""
    with _lock:
        if name not in _engines:
            if name == "rapidocr":
                from redactor.core.ocr.rapid import RapidOcrEngine

                _engines[name] = RapidOcrEngine()
            elif name == "tesseract":
                from redactor.core.ocr.tesseract import TesseractEngine

                _engines[name] = TesseractEngine()
            else:
                raise UsageError(
                    f"unknown OCR engine '{name}' (choose from: {', '.join(ENGINE_NAMES)})"
                )
        return _engines[name]


def even_char_quads(quad_pts: np.ndarray, n: int) -> list[np.ndarray]:
    """Split a line quad into ``n`` equal character quads along its reading direction."""
    a, b, c, d = (np.asarray(p, dtype=np.float64) for p in quad_pts)
    out = []
    for i in range(n):
        t0, t1 = i / n, (i + 1) / n
        out.append(
            np.array([a + (b - a) * t0, a + (b - a) * t1, d + (c - d) * t1, d + (c - d) * t0])
        )
    return out
