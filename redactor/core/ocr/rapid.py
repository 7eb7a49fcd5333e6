"""RapidOCR 3.x (PP-OCR models shipped inside its wheel, ONNX Runtime): the default engine.

The page arrives upright (see ``redactor.core.ocr.read_upright``). Then:
- the text detector sees a copy whose long side is at most ``DET_SIDE`` (speed), and
  whose short side is raised towards ``DET_MIN_SIDE`` for small images, never beyond
  ``DET_MAX_SIDE`` on the long side (a thin strip is never blown up); a whole page
  seen at about full size is reduced further as far as the height of its smallest
  lines allows (``text_scale``: a scan's text is larger than the detector needs);
- the page's first detection (the orientation probe, whose lines the read of an
  upright page reuses) sees only the part of the copy that holds ink (``inked_area``):
  a surround out of focus or plain holds no text. The detector's result depends a
  little on all it sees (its squeeze-and-excitation layers average over the whole
  input), so a line's box may move by a pixel or two and its read gain or lose a space;
- where the copy holds small lines of a reduced page, the page around them is
  detected again at a finer scale (``finer_detection``): tightly set small text melts
  together in the copy;
- detection keeps boxes down to a permissive box score (``BOX_THRESH``): large bold
  text and text on glossy plastic score low (see the field notes);
- each line is cut from the full-resolution page for recognition, so small text keeps
  its pixels; a line the direction classifier finds upside down is turned; the
  recogniser reads the lines one by one, each at its own width, side by side on the
  cores (``REDACTOR_OCR_THREADS`` of them when set; ``rapid_stages``);
- every character gets a quad in page coordinates from the recogniser's column of
  that character (``len(chars) == len(text)``).
"""

from __future__ import annotations

import os
import threading
import weakref
from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np

from redactor.core.errors import EngineMissingError, OcrError
from redactor.core.models import OcrLine, Quad
from redactor.core.ocr.finer_detection import detect_finer
from redactor.core.ocr.inked_area import inked_area, network_size
from redactor.core.ocr.orientation import vote_rotation
from redactor.core.ocr.rapid_stages import RapidStages, Read
from redactor.core.ocr.text_scale import fitted_scale

DET_SIDE = 1600  # long side of the copy the text detector sees
DET_MIN_SIDE = 736  # small images are enlarged towards this short side ...
DET_MAX_SIDE = 4096  # ... as long as the long side stays within this
BOX_THRESH = 0.3  # mean text probability inside a box (RapidOCR's default 0.5)
TEXT_SCORE = 0.5  # lines recognised with less confidence are dropped
FLIP_SCORE = 0.9  # a line is turned when the classifier is this sure it is upside down


def _threads() -> int:
    raw = os.environ.get("REDACTOR_OCR_THREADS", "")
    return int(raw) if raw.isdigit() and int(raw) > 0 else -1


def det_scale(h: int, w: int) -> float:
    """Scale of the copy the detector sees (see the module docstring)."""
    scale = min(1.0, DET_SIDE / max(h, w))
    if min(h, w) * scale < DET_MIN_SIDE:
        scale = max(scale, min(DET_MIN_SIDE / min(h, w), DET_MAX_SIDE / max(h, w)))
    return scale


class RapidOcrEngine:
    name = "rapidocr"

    def __init__(self) -> None:
        n = _threads()
        params = {
            "EngineConfig.onnxruntime.intra_op_num_threads": n,
            "EngineConfig.onnxruntime.inter_op_num_threads": 1 if n > 0 else -1,
            # We size the detector's input ourselves (det_scale): RapidOCR must not
            # resize it again, beyond rounding to its multiple of 32.
            "Global.max_side_len": DET_MAX_SIDE + 64,
            "Det.limit_type": "max",
            "Det.limit_side_len": DET_MAX_SIDE + 64,
            "Global.text_score": TEXT_SCORE,
        }
        try:
            self._stages = RapidStages(params, rec_workers=n if n > 0 else (os.cpu_count() or 1))
        except EngineMissingError:
            raise
        except Exception as exc:
            raise EngineMissingError(
                f"RapidOCR models could not be loaded ({type(exc).__name__})"
            ) from None
        # The ONNX sessions are not re-entrant for our purposes; one caller at a time.
        self._lock = threading.Lock()
        # The detection made by the orientation probe, for the read of the same page
        # that follows when the page is already upright (the common case): the
        # detector runs once per page, not twice. Used once, then dropped.
        self._probed: _Probe | None = None

    def recognize(self, image: np.ndarray) -> list[OcrLine]:
        """OCR an upright RGB page (the caller turns it; see ``read_upright``)."""
        return self._locked_read(image, None)

    def recognize_sheet(self, image: np.ndarray, page_shape: tuple[int, int]) -> list[OcrLine]:
        """OCR windows cut from an upright page of ``page_shape`` (see ocr/windows.py):
        the detector sees them at the page's scale."""
        return self._locked_read(image, det_scale(*page_shape[:2]))

    def _locked_read(self, image: np.ndarray, scale: float | None) -> list[OcrLine]:
        with self._lock:
            try:
                return self._recognize(image, scale)
            except (MemoryError, cv2.error, RuntimeError, ValueError) as exc:
                raise OcrError(f"RapidOCR failed on this image ({type(exc).__name__})") from None

    def read_pieces(self, image: np.ndarray, quads: Sequence[np.ndarray]) -> list[OcrLine]:
        """Read the given stretches of an upright RGB page (see ``line_pieces``): each
        is cut and recognised as a line the detector found would be."""
        if not quads:
            return []
        with self._lock:
            try:
                bgr = cv2.cvtColor(image, cv2.COLOR_RGB2BGR)
                return self._read(bgr, np.asarray(quads, np.float32).reshape(-1, 4, 2))
            except (MemoryError, cv2.error, RuntimeError, ValueError) as exc:
                raise OcrError(f"RapidOCR failed on this image ({type(exc).__name__})") from None

    def page_rotation(self, image: np.ndarray) -> int:
        """Clockwise turn that makes the page upright (used whatever engine reads the page).

        The detector's lines of the page vote with the direction classifier; the
        lines are kept for ``recognize`` of this same, unchanged page."""
        with self._lock:
            self._probed = None
            h, w = image.shape[:2]
            if min(h, w) < 8:
                return 0
            try:
                bgr = cv2.cvtColor(image, cv2.COLOR_RGB2BGR)
                small, scale = _det_copy(bgr, fitted_scale(bgr, det_scale(h, w)))
                boxes = self._detect_page(small)
                turn = vote_rotation(small, boxes, self._stages.classify)
            except (MemoryError, cv2.error, RuntimeError, ValueError) as exc:
                raise OcrError(f"RapidOCR failed on this image ({type(exc).__name__})") from None
            if turn == 0:
                self._probed = _Probe(
                    weakref.ref(image), _fingerprint(image), boxes / scale, small, scale
                )
            return turn

    def _recognize(self, image: np.ndarray, scale: float | None) -> list[OcrLine]:
        """Lines of an upright RGB page, or of a sheet of its windows seen at ``scale``
        (None: a whole page, at the scale its size and text call for)."""
        h, w = image.shape[:2]
        probed, self._probed = self._probed, None
        if min(h, w) < 8:
            return []
        bgr = cv2.cvtColor(image, cv2.COLOR_RGB2BGR)
        if (
            probed is not None
            and probed.image() is image
            and probed.fingerprint == _fingerprint(image)
        ):
            boxes, small, scale = probed.boxes, probed.copy, probed.scale
        else:
            if scale is None:
                scale = fitted_scale(bgr, det_scale(h, w))
            small, scale = _det_copy(bgr, scale)
            boxes = self._stages.detect(small, BOX_THRESH) / scale
        boxes = detect_finer(
            bgr, boxes, scale, lambda part: self._stages.detect(part, BOX_THRESH), small
        )
        if len(boxes) == 0:
            return []
        return self._read(bgr, boxes)

    def _detect_page(self, small: np.ndarray) -> np.ndarray:
        """Text-line quads of the detector's copy of a page, in its pixels: of its
        inked area alone when it has one (see ``inked_area``)."""
        h, w = small.shape[:2]
        nh, nw = network_size(h, w)
        grid = small if (nh, nw) == (h, w) else cv2.resize(small, (nw, nh))
        area = inked_area(grid)
        if area is None:
            return self._stages.detect(small, BOX_THRESH)
        part = grid[area.y0 : area.y1, area.x0 : area.x1]
        boxes = self._stages.detect(part, BOX_THRESH) + np.array([area.x0, area.y0], np.float32)
        return boxes * np.array([w / nw, h / nh], np.float32)

    def _read(self, bgr: np.ndarray, boxes: np.ndarray) -> list[OcrLine]:
        quads, crops = [], []
        for box in boxes:
            quad, crop = _cut(bgr, box)
            if crop is not None:
                quads.append(quad)
                crops.append(crop)
        flagged = [
            i
            for i, (label, score) in enumerate(self._stages.classify(crops))
            if "180" in label and score > FLIP_SCORE
        ]
        turned = [cv2.rotate(crops[i], cv2.ROTATE_180) for i in flagged]
        reads = self._stages.recognize(crops + turned)
        # The classifier errs on a line a crease or a stamp crosses: a line is turned
        # only when the turned crop reads better than the crop as cut.
        for i, read in zip(flagged, reads[len(crops) :], strict=True):
            if read.score > reads[i].score:
                reads[i] = read
                a, b, c, d = quads[i]
                quads[i] = np.array([c, d, a, b])
        lines = []
        for quad, read in zip(quads, reads[: len(crops)], strict=True):
            if not read.text.strip() or read.score < TEXT_SCORE:
                continue
            lines.append(_make_line(read, quad))
        return lines


@dataclass(frozen=True, slots=True)
class _Probe:
    """What the orientation probe of an upright page leaves for its read."""

    image: weakref.ref[np.ndarray]  # the page probed (not kept alive by the probe)
    fingerprint: tuple[int, ...]  # ... and its pixels then (see ``_fingerprint``)
    boxes: np.ndarray  # the detector's lines, in the page's pixels
    copy: np.ndarray  # the reduced copy the detector saw (BGR; see ``_det_copy``)
    scale: float  # ... and its scale


def _det_copy(bgr: np.ndarray, scale: float | None = None) -> tuple[np.ndarray, float]:
    """The copy of the page the detector sees, and its scale (see ``det_scale``)."""
    h, w = bgr.shape[:2]
    scale = det_scale(h, w) if scale is None else scale
    if scale == 1:
        return bgr, 1.0
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    interp = cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
    return cv2.resize(bgr, size, interpolation=interp), scale


def _fingerprint(image: np.ndarray) -> tuple[int, ...]:
    """Shape and a sparse sample of pixels: tells whether a page changed since it was probed
    (masking in place keeps the same array)."""
    sample = image[:: max(1, image.shape[0] // 64), :: max(1, image.shape[1] // 64)]
    return (*image.shape, hash(sample.tobytes()))


def _cut(bgr: np.ndarray, box: np.ndarray) -> tuple[np.ndarray, np.ndarray | None]:
    """The line's quad in reading order (p0 -> p1 along the text) and its upright crop.

    A box at least 1.5 times taller than wide is a vertical line: read top to bottom."""
    pts = np.asarray(box, dtype=np.float32)
    a, b, c, d = pts
    wid = float(max(np.linalg.norm(a - b), np.linalg.norm(d - c)))
    hei = float(max(np.linalg.norm(a - d), np.linalg.norm(b - c)))
    if wid < 1 or hei < 1:
        return pts, None
    if hei >= 1.5 * wid:
        pts = np.array([b, c, d, a], dtype=np.float32)  # read downwards
        wid, hei = hei, wid
    cw, ch = max(1, round(wid)), max(1, round(hei))
    dst = np.array([[0, 0], [cw, 0], [cw, ch], [0, ch]], dtype=np.float32)
    m = cv2.getPerspectiveTransform(pts, dst)
    crop = cv2.warpPerspective(
        bgr, m, (cw, ch), borderMode=cv2.BORDER_REPLICATE, flags=cv2.INTER_CUBIC
    )
    return pts, crop


def _make_line(read: Read, pts: np.ndarray) -> OcrLine:
    quad = Quad.from_points(pts.tolist())
    text = read.text
    if read.spans is None or len(read.spans) != len(text):
        return OcrLine(text, read.score, quad, quad.split(len(text)))
    a, b, c, d = (np.asarray(p, dtype=np.float64) for p in quad.points)

    def piece(t0: float, t1: float) -> Quad:
        return Quad.from_points(
            [a + (b - a) * t0, a + (b - a) * t1, d + (c - d) * t1, d + (c - d) * t0]
        )

    spans = list(read.spans)
    # A space covers the gap between its neighbours (or a sliver where they touch).
    for i, s in enumerate(spans):
        if s is None:
            left = next((p[1] for p in reversed(spans[:i]) if p), 0.0)
            right = next((p[0] for p in spans[i + 1 :] if p), 1.0)
            spans[i] = (left, max(left, right))
    chars = tuple(piece(t0, t1) for t0, t1 in spans)  # type: ignore[misc]
    return OcrLine(text, read.score, quad, chars)
