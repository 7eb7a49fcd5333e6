"""Faces on ID cards and badges (category ``face``), found in the pixels.

OpenCV's YuNet detector (``cv2.FaceDetectorYN``) with the model shipped beside
this module (face_model/, MIT licence; OpenCV's wheel ships no face model, and
OpenCV 5 has no Haar cascades). It runs on a copy at most ``WORK_SIDE`` pixels
long, offline, in a fraction of a second.

A face counts only as a photo: sure enough, not where the OCR read text (a
drawn logo or a letter shape is no portrait), and not blank paper. The mask
covers the portrait around the face (hair, chin and neck), not just the eyes.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import cv2
import numpy as np

from redactor.core.models import Category, Finding, OcrLine, Origin, Quad, Source

MODEL = Path(__file__).with_name("face_model") / "face_detection_yunet_2023mar.onnx"
SOURCE = Source(Origin.FACE, "yunet")
WORK_SIDE = 640  # YuNet finds faces of about 10 to 300 px: a card's photo at this size
MIN_SCORE = 0.8
#: A face box this much covered by text lines read there is lettering, not a photo.
MAX_TEXT_SHARE = 0.3
#: Grey levels spread at least this much inside a photo's face (std): not blank paper.
MIN_SPREAD = 12.0
#: The portrait around a face box, in face widths/heights: sideways, above, below.
GROW_SIDE, GROW_UP, GROW_DOWN = 0.35, 0.45, 0.55

_lock = threading.Lock()
_detector: list[cv2.FaceDetectorYN] = []  # created once, on first use


def find_faces(image: np.ndarray, lines: Sequence[OcrLine] = ()) -> list[Finding]:
    """The portraits on an RGB page: one finding per face, over the photo around it."""
    h, w = image.shape[:2]
    scale = min(1.0, WORK_SIDE / max(h, w))
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    small = cv2.resize(image, size, interpolation=cv2.INTER_AREA) if scale < 1 else image
    bgr = (
        cv2.cvtColor(small, cv2.COLOR_RGB2BGR)
        if small.ndim == 3
        else cv2.cvtColor(small, cv2.COLOR_GRAY2BGR)
    )
    gray = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY) if image.ndim == 3 else image
    out = []
    for x, y, fw, fh, score in _detect(bgr):
        box = (x / scale, y / scale, (x + fw) / scale, (y + fh) / scale)
        if score < MIN_SCORE or not _is_photo(gray, box, lines):
            continue
        out.append(Finding(Category.FACE, _portrait(box, w, h), round(score, 3), SOURCE))
    return out


def _detect(bgr: np.ndarray) -> list[tuple[float, float, float, float, float]]:
    with _lock:
        if not _detector:
            level = cv2.utils.logging.getLogLevel()
            cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)
            try:  # the DNN engine warns that it ignores a target nobody asked for
                _detector.append(cv2.FaceDetectorYN.create(str(MODEL), "", (320, 320), 0.5))
            finally:
                cv2.utils.logging.setLogLevel(level)
        detector = _detector[0]
        detector.setInputSize((bgr.shape[1], bgr.shape[0]))
        _, faces = detector.detect(bgr)
    if faces is None:
        return []
    return [(float(f[0]), float(f[1]), float(f[2]), float(f[3]), float(f[14])) for f in faces]


def _is_photo(
    gray: np.ndarray, box: tuple[float, float, float, float], lines: Sequence[OcrLine]
) -> bool:
    x0, y0, x1, y1 = box
    area = max(1.0, (x1 - x0) * (y1 - y0))
    text = 0.0
    for ln in lines:
        lx0, ly0, lx1, ly1 = ln.quad.bbox
        text += max(0.0, min(x1, lx1) - max(x0, lx0)) * max(0.0, min(y1, ly1) - max(y0, ly0))
    if text > MAX_TEXT_SHARE * area:
        return False
    h, w = gray.shape[:2]
    crop = gray[max(0, int(y0)) : min(h, int(y1)), max(0, int(x0)) : min(w, int(x1))]
    return crop.size > 0 and float(crop.std()) >= MIN_SPREAD


def _portrait(box: tuple[float, float, float, float], w: int, h: int) -> Quad:
    x0, y0, x1, y1 = box
    fw, fh = x1 - x0, y1 - y0
    return Quad.from_bbox(
        max(0.0, x0 - GROW_SIDE * fw),
        max(0.0, y0 - GROW_UP * fh),
        min(float(w), x1 + GROW_SIDE * fw),
        min(float(h), y1 + GROW_DOWN * fh),
    )
