"""OCR engines behind one protocol, and the per-process engine registry.

``get_engine(name)`` returns a per-process instance (models load once). The page's
orientation is found once per page (``page_rotation``) and engines only ever see
the page turned upright (``read_upright`` turns it and maps the lines back).

Module graph (no module imports one that imports it back; a test checks it):
``protocol``, ``orientation`` and ``bundled`` import no other OCR module; the engines
(``rapid``, ``tesseract``) import those; this registry imports the engines, lazily.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import numpy as np

from redactor.core.errors import UsageError
from redactor.core.models import OcrLine
from redactor.core.ocr.orientation import rotate, unrotate_line
from redactor.core.ocr.protocol import OcrEngine, OrientationProbe

ENGINE_NAMES = ("rapidocr", "tesseract")
#: The engine whose detector and direction classifier find a page's orientation.
ORIENTATION_ENGINE = "rapidocr"


def _rapidocr() -> OcrEngine:
    from redactor.core.ocr.rapid import RapidOcrEngine

    return RapidOcrEngine()


def _tesseract() -> OcrEngine:
    from redactor.core.ocr.tesseract import TesseractEngine

    return TesseractEngine()


_FACTORIES: dict[str, Callable[[], OcrEngine]] = {
    "rapidocr": _rapidocr,
    "tesseract": _tesseract,
}
_lock = threading.Lock()
_engines: dict[str, OcrEngine] = {}


def get_engine(name: str) -> OcrEngine:
    """Models load once per process: the first call pays, later calls reuse."""
    with _lock:
        if name not in _engines:
            factory = _FACTORIES.get(name)
            if factory is None:
                raise UsageError(
                    f"unknown OCR engine '{name}' (choose from: {', '.join(ENGINE_NAMES)})"
                )
            _engines[name] = factory()
        return _engines[name]


def page_rotation(image: np.ndarray) -> int:
    """Clockwise turn (0/90/180/270) that makes the page upright; 0 when unsure.

    Found with RapidOCR's detector and direction classifier whatever engine reads
    the page (Tesseract's own orientation detector misjudges Chinese labels). Never
    fails a page: without the probe, the page is taken as upright."""
    try:
        probe = get_engine(ORIENTATION_ENGINE)
    except Exception:
        return 0  # e.g. Tesseract chosen and RapidOCR's models unavailable
    if not isinstance(probe, OrientationProbe):
        return 0
    return probe.page_rotation(image)


def read_upright(engine: OcrEngine, image: np.ndarray, rotation: int) -> list[OcrLine]:
    """Turn ``image`` upright by ``rotation`` (clockwise degrees), OCR it with ``engine``
    and map the lines back to ``image``'s own pixel grid."""
    h, w = image.shape[:2]
    lines = engine.recognize(rotate(image, rotation))
    if rotation % 360:
        lines = [unrotate_line(line, rotation, w, h) for line in lines]
    return lines


__all__ = [
    "ENGINE_NAMES",
    "OcrEngine",
    "OrientationProbe",
    "get_engine",
    "page_rotation",
    "read_upright",
]
