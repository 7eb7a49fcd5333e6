"""The one place that reaches into RapidOCR 3.x below its public ``RapidOCR(...)(image)`` call.

Everything RapidOCR offers publicly is used as such: construction with ``params``
(models from its wheel, thresholds, threads, detector input size) and the call with
``use_det``/``use_cls``/``use_rec`` and ``box_thresh``. Two things have no public
call, and are reached here only:

- classifying and recognising a *batch of line crops we cut ourselves* (from the
  full-resolution page, while the detector saw a reduced copy): the ``text_cls`` and
  ``text_rec`` stages of a ``RapidOCR`` object, loaded by public warm-up calls;
- where each character sits in its crop: the CTC column of every character
  (``WordInfo.word_cols`` and ``line_txt_len`` of the recogniser's ``return_word_box``
  output), which we turn into character quads ourselves;
- the detector's ONNX Runtime session, made again with RapidOCR's own session options
  plus one (``quiet_detector``): RapidOCR passes no session options through.

These are checked against the RapidOCR version Redactor was tested with
(``TESTED``); another version is refused with a clear message rather than read
wrongly (``tests/core/test_rapid_stages.py`` fails on an unexpected version too).
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from typing import Any

import numpy as np

from redactor.core.errors import EngineMissingError

#: RapidOCR releases whose stage objects and word-box output this adapter was checked with.
TESTED = ("3.10.",)
#: The models inside RapidOCR's wheel (PP-OCRv6 small detector and recogniser, PP-OCR
#: mobile direction classifier). Named explicitly: given no path, RapidOCR downloads
#: a model it cannot find, and Redactor never goes on the network.
MODELS = {
    "Det": "PP-OCRv6_det_small.onnx",
    "Cls": "ch_ppocr_mobile_v2.0_cls_mobile.onnx",
    "Rec": "PP-OCRv6_rec_small.onnx",
}
#: The recogniser reads lines scaled to this height. RapidOCR pads every input to at
#: least 320 px wide (its default ``rec_img_shape``), most of it blank for a short
#: field such as a name or a phone number; a crop is padded to a square at most. A
#: crop reads the same either way (on the public set, 4 of 364 short lines read
#: differently, none dropped), in about 30 % less recognition time.
REC_HEIGHT, REC_MIN_WIDTH = 48, 48


def model_paths() -> dict[str, str]:
    """``{"Det.model_path": ..., ...}`` for the models shipped in RapidOCR's wheel."""
    from importlib.resources import files

    folder = files("rapidocr") / "models"
    out = {}
    for stage, name in MODELS.items():
        path = folder / name
        if not path.is_file():
            raise EngineMissingError(
                f"RapidOCR's model {name} is missing; reinstall Redactor (pip install redactor)"
            )
        out[f"{stage}.model_path"] = str(path)
    return out


def rapidocr_version() -> str | None:
    try:
        return version("rapidocr")
    except PackageNotFoundError:
        return None


def check_version(found: str | None) -> None:
    """Raise EngineMissingError unless ``found`` is a tested RapidOCR release."""
    if found is None:
        raise EngineMissingError(
            "RapidOCR is not installed: reinstall Redactor (pip install redactor)"
        )
    if not found.startswith(TESTED):
        raise EngineMissingError(
            f"RapidOCR {found} is installed, but Redactor was tested with "
            f"{' / '.join(t + 'x' for t in TESTED)}; install that version (pip install redactor)"
        )


@dataclass(frozen=True)
class Read:
    """One recognised crop: its text, confidence, and per character of ``text`` the
    (start, end) fraction of the crop's width it covers (``None`` for spaces), when known."""

    text: str
    score: float
    spans: tuple[tuple[float, float] | None, ...] | None


class RapidStages:
    """A RapidOCR 3.x instance with detection, classification and recognition as stages.

    With ``rec_workers`` above 1, the recogniser reads that many crops side by side,
    one thread each (see ``recognize``); the detector keeps the threads of ``params``."""

    def __init__(self, params: dict[str, Any], rec_workers: int = 1) -> None:
        check_version(rapidocr_version())
        try:
            from rapidocr import RapidOCR
        except ImportError as exc:  # pragma: no cover - declared dependency
            raise EngineMissingError("RapidOCR could not be imported") from exc
        logging.getLogger("RapidOCR").setLevel(logging.WARNING)
        self._rapid = RapidOCR(
            params={
                "Global.log_level": "error",
                "Rec.rec_img_shape": [3, REC_HEIGHT, REC_MIN_WIDTH],
                **model_paths(),
                **params,
            }
        )
        # Public calls that load the three models (RapidOCR loads them lazily).
        blank = np.full((48, 192, 3), 255, np.uint8)
        self._rapid(blank, use_det=True, use_cls=False, use_rec=False)
        quiet_detector(self._rapid)
        self._pool = None
        if rec_workers > 1:
            # A small line crop keeps a second intra-op thread mostly waiting;
            # whole crops side by side use the cores. The classifier and
            # the recogniser load below, with one thread per call.
            self._rapid.cfg.EngineConfig.onnxruntime.intra_op_num_threads = 1
            self._pool = ThreadPoolExecutor(rec_workers, thread_name_prefix="ocr-rec")
        self._rapid(blank, use_det=False, use_cls=True, use_rec=True, return_word_box=True)
        self._cls = self._rapid.text_cls
        self._rec = self._rapid.text_rec
        if self._cls is None or self._rec is None:
            raise EngineMissingError("RapidOCR's classifier or recogniser did not load")

    def detect(self, bgr: np.ndarray, box_thresh: float) -> np.ndarray:
        """Text-line quads (N x 4 x 2, clockwise from top-left) of a BGR image, in its pixels."""
        out = self._rapid(bgr, use_det=True, use_cls=False, use_rec=False, box_thresh=box_thresh)
        boxes = getattr(out, "boxes", None)
        if boxes is None or len(boxes) == 0:
            return np.zeros((0, 4, 2), np.float32)
        return np.asarray(boxes, dtype=np.float32).reshape(-1, 4, 2)

    def classify(self, crops: list[np.ndarray]) -> list[tuple[str, float]]:
        """(label, score) per BGR line crop; a label with "180" means upside down."""
        if not crops:
            return []
        res = self._cls(crops)  # type: ignore[misc]  # rapidocr infers None; loaded in __init__
        return [(str(label), float(score)) for label, score in res.cls_res]

    def recognize(self, crops: list[np.ndarray]) -> list[Read]:
        """Text of each upright BGR line crop, with where each character sits.

        Each crop is read alone, at its own width (see ``REC_MIN_WIDTH``): its read
        depends on its pixels only, never on the crops read with it (a line reads
        the same in the first read and in the verification), and no time goes into
        padding a short crop to the width of a long one. The widest go first, so
        the workers finish together."""
        order = sorted(range(len(crops)), key=lambda i: -crops[i].shape[1] / crops[i].shape[0])
        mapper = self._pool.map if self._pool is not None else map
        reads: list[Read | None] = [None] * len(crops)
        for i, read in zip(
            order, mapper(self._recognize_one, [crops[i] for i in order]), strict=True
        ):
            reads[i] = read
        return [r for r in reads if r is not None]

    def _recognize_one(self, crop: np.ndarray) -> Read:
        from rapidocr.ch_ppocr_rec import TextRecInput

        res = self._rec(TextRecInput(img=[crop], return_word_box=True))  # type: ignore[misc]  # as in classify
        info = res.word_results[0] if res.word_results is not None else None
        text = str(res.txts[0])
        return Read(text, float(res.scores[0]), _char_spans(text, info))


def quiet_detector(rapid: Any) -> None:
    """Give ``rapid``'s loaded detector a session whose idle threads sleep.

    ONNX Runtime's worker threads spin between operators by default. The detector's
    operators are many and short, so a spinning thread keeps a core busy for most of
    the call: on a machine whose other core is taken (another program, or our
    recogniser's workers) that time is taken from real work. Sleeping threads read
    the same boxes (the same model, graph and threads) for about a fifth less CPU
    time. Same options as RapidOCR's otherwise; the model file is the one it loaded."""
    import onnxruntime as ort
    from rapidocr.inference_engine.onnxruntime.main import OrtInferSession

    det = rapid.text_det
    old = det.session.session
    opts = OrtInferSession._init_sess_opts(rapid.cfg.Det.engine_cfg)
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    det.session.session = ort.InferenceSession(
        str(rapid.cfg.Det.model_path), sess_options=opts, providers=old.get_providers()
    )


def _char_spans(text: str, info: object) -> tuple[tuple[float, float] | None, ...] | None:
    """Per character of ``text``, the fraction of the crop's width it covers.

    The recogniser reports each character's CTC column; ``line_txt_len`` columns
    span the crop. A character is as wide as its word's column spacing (or the
    line's average), centred on its column. ``None`` when the columns do not match
    the text (the caller then spreads the characters evenly)."""
    words = getattr(info, "words", None)
    cols = getattr(info, "word_cols", None)
    n_cols = float(getattr(info, "line_txt_len", 0.0) or 0.0)
    if not words or not cols or n_cols <= 0:
        return None
    flat_chars = [c for w in words for c in w]
    flat_cols = [c for w in cols for c in w]
    if "".join(flat_chars) != "".join(ch for ch in text if not ch.isspace()):
        return None
    if len(flat_cols) != len(flat_chars):
        return None
    steps = [(wc[-1] - wc[0]) / (len(wc) - 1) for wc in cols if len(wc) > 1]
    line_len = len(text.strip()) or 1
    char_cols = sum(steps) / len(steps) if steps else n_cols / line_len
    half = char_cols / 2.0
    out: list[tuple[float, float] | None] = []
    it = iter(flat_cols)
    for ch in text:
        if ch.isspace():
            out.append(None)
            continue
        centre = next(it) + 0.5
        out.append((max(0.0, (centre - half) / n_cols), min(1.0, (centre + half) / n_cols)))
    return tuple(out)
