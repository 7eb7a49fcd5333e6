"""RapidOCR 1.4.4 (rapidocr-onnxruntime, PP-OCRv4 mobile models in its wheel): the default engine.

We drive RapidOCR's stages ourselves rather than calling it whole, because:
- the page is turned upright first (see orientation.py),
- detection runs on a reduced copy (speed) while recognition crops come from
  the full-resolution image (small text stays readable),
- a second, more permissive detection pass recovers large bold text and text on
  glossy plastic, which score low with the default box threshold.
"""

from __future__ import annotations

import os
import threading

import cv2
import numpy as np

from redactor.core.errors import EngineMissingError, OcrError
from redactor.core.models import OcrLine, Quad
from redactor.core.ocr.orientation import detect_rotation

DET_SIDE = 1600  # long side of the copy the text detector sees
TEXT_SCORE = 0.5  # lines recognised with less confidence are dropped
BOX_THRESH = 0.5
LOW_BOX_THRESH = 0.3  # second pass
MERGE_IOU = 0.4
# RapidOCR 1.4's detector enlarges an image until its short side is 736 px; a thin
# strip (100x4000) would grow to gigabytes of network input. Strips are padded with
# white on the short side first, so the enlarged long side stays within 4096 px.
DET_MIN_SIDE, DET_MAX_SIDE = 736, 4096


def _threads() -> int:
    raw = os.environ.get("REDACTOR_OCR_THREADS", "")
    return int(raw) if raw.isdigit() and int(raw) > 0 else -1


class RapidOcrEngine:
    name = "rapidocr"

    def __init__(self) -> None:
        try:
            from rapidocr_onnxruntime import RapidOCR
        except ImportError as exc:  # pragma: no cover - declared dependency
            raise EngineMissingError(
                "RapidOCR is not installed: run scripts/setup.sh, or pip install rapidocr-onnxruntime"
            ) from exc
        n = _threads()
        try:
            self._rapid = RapidOCR(intra_op_num_threads=n, inter_op_num_threads=1 if n > 0 else -1)
        except Exception as exc:
            raise EngineMissingError(
                f"RapidOCR models could not be loaded ({type(exc).__name__})"
            ) from None
        # The ONNX sessions are not re-entrant for our purposes; one caller at a time.
        self._lock = threading.Lock()

    def recognize(self, image: np.ndarray) -> list[OcrLine]:
        """OCR an upright page (the caller turns it; see ``redactor.core.ocr.read_upright``)."""
        with self._lock:
            try:
                return self._recognize(image)
            except (MemoryError, cv2.error, RuntimeError, ValueError) as exc:
                raise OcrError(f"RapidOCR failed on this image ({type(exc).__name__})") from None

    def page_rotation(self, image: np.ndarray) -> int:
        """Clockwise turn that makes the page upright (shared with the Tesseract engine)."""
        with self._lock:
            return detect_rotation(
                lambda bgr: self._rapid.text_det(_padded(bgr))[0],
                lambda crops: self._rapid.text_cls(crops)[1],
                image,
            )

    def _recognize(self, image: np.ndarray) -> list[OcrLine]:
        h, w = image.shape[:2]
        if min(h, w) < 8:
            return []
        bgr = cv2.cvtColor(image, cv2.COLOR_RGB2BGR)
        boxes = self._detect(bgr)
        if not boxes:
            return []
        return self._read(bgr, boxes)

    def _detect(self, bgr: np.ndarray) -> list[np.ndarray]:
        h, w = bgr.shape[:2]
        scale = min(1.0, DET_SIDE / max(h, w))
        small = (
            cv2.resize(
                bgr,
                (max(1, round(w * scale)), max(1, round(h * scale))),
                interpolation=cv2.INTER_AREA,
            )
            if scale < 1
            else bgr
        )
        det = self._rapid.text_det
        post = det.postprocess_op
        # One pass of the detector network; its probability map is read twice, with a
        # strict and a permissive box threshold.
        small = _padded(small)
        det.preprocess_op = det.get_preprocess(max(small.shape[:2]))
        prepared = det.preprocess_op(small)
        if prepared is None:
            return []
        preds = det.infer(prepared)[0]
        found: list[np.ndarray] = []
        for thresh in (BOX_THRESH, LOW_BOX_THRESH):
            post.box_thresh = thresh
            boxes, _ = post(preds, small.shape[:2])
            boxes = det.filter_tag_det_res(boxes, small.shape[:2]) if boxes is not None else None
            if boxes is None or len(boxes) == 0:
                continue
            first_pass = list(found)
            for b in boxes:
                b = np.asarray(b, dtype=np.float32) / scale
                # The permissive pass only adds boxes the first one did not see.
                if not any(_overlap(b, f) > MERGE_IOU for f in first_pass):
                    found.append(b)
        post.box_thresh = BOX_THRESH
        return self._rapid.sorted_boxes(np.array(found)) if found else []

    def _read(self, bgr: np.ndarray, boxes: list[np.ndarray]) -> list[OcrLine]:
        r = self._rapid
        crops = r.get_crop_img_list(bgr, [b.copy() for b in boxes])
        crops, _, _ = r.text_cls(crops)
        rec, _ = r.text_rec(crops, True)
        rec = r.cal_rec_boxes(crops, boxes, rec)
        lines = []
        for box, (text, conf, word_boxes, words, _confs) in zip(boxes, rec, strict=False):
            if not text or not text.strip() or float(conf) < TEXT_SCORE:
                continue
            lines.append(_make_line(text, float(conf), box, word_boxes, words))
        return lines


def _padded(bgr: np.ndarray) -> np.ndarray:
    """``bgr`` with white added at the right or bottom so that enlarging its short side to
    DET_MIN_SIDE keeps the long side within DET_MAX_SIDE (content coordinates unchanged)."""
    h, w = bgr.shape[:2]
    need = int(np.ceil(max(h, w) * DET_MIN_SIDE / DET_MAX_SIDE))
    if min(h, w) >= need:
        return bgr
    bottom, right = (0, need - w) if w < h else (need - h, 0)
    return cv2.copyMakeBorder(bgr, 0, bottom, 0, right, cv2.BORDER_CONSTANT, value=(255, 255, 255))


def _make_line(text: str, conf: float, box: np.ndarray, word_boxes, words) -> OcrLine:
    quad = Quad.from_points(box.tolist())
    chars: list[Quad] = []
    if word_boxes is not None and words is not None and len(word_boxes) == len(words):
        for wbox, word in zip(word_boxes, words, strict=False):
            pts = np.asarray(wbox, dtype=np.float64)
            chars.extend(Quad.from_points(pts.tolist()).split(max(1, len(word))))
    if len(chars) != len(text):
        # Boxes and text disagree (merged words, dropped spaces): spread evenly.
        chars = list(quad.split(len(text)))
    return OcrLine(text=text, confidence=conf, quad=quad, chars=tuple(chars))


def _overlap(a: np.ndarray, b: np.ndarray) -> float:
    """Intersection over the smaller quad's area (true polygons: tilted lines overlap as boxes)."""
    pa, pb = a.reshape(-1, 2).astype(np.float32), b.reshape(-1, 2).astype(np.float32)
    area_a, area_b = abs(cv2.contourArea(pa)), abs(cv2.contourArea(pb))
    smaller = min(area_a, area_b)
    if smaller <= 0:
        return 0.0
    try:
        inter, _ = cv2.intersectConvexConvex(cv2.convexHull(pa), cv2.convexHull(pb))
    except cv2.error:
        return 0.0
    return float(inter) / smaller
