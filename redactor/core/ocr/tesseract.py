"""Tesseract through pytesseract: the second engine (``chi_sim+eng``).

The binary is probed once for its version and languages, every call has a
timeout, and a missing binary or language gives a message that says how to
install it. Tesseract's own orientation detector misjudges Chinese labels: the
page arrives upright (turned by the caller with RapidOCR's probe, see
``redactor.core.ocr.page_rotation``).
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from typing import Any

import numpy as np

from redactor.core.errors import EngineMissingError, OcrError
from redactor.core.models import OcrLine, Quad
from redactor.core.ocr.bundled import use_bundled_tesseract

LANGS = ("chi_sim", "eng")
TIMEOUT_S = 120
MIN_CONF = 30.0
INSTALL_HINT = (
    "install Tesseract with its Chinese and English data: "
    "on Debian/Ubuntu `sudo apt-get install tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng`, "
    "on Windows use the Redactor installer (it bundles Tesseract)"
)
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


@dataclass(frozen=True)
class TesseractInfo:
    version: str
    languages: tuple[str, ...]


def probe() -> TesseractInfo:
    """Version and installed languages; raises EngineMissingError with install advice."""
    try:
        import pytesseract
    except ImportError:  # pragma: no cover - declared dependency
        raise EngineMissingError("pytesseract is not installed; " + INSTALL_HINT) from None
    use_bundled_tesseract(pytesseract)
    if shutil.which(pytesseract.pytesseract.tesseract_cmd) is None:
        raise EngineMissingError("the Tesseract program was not found; " + INSTALL_HINT)
    try:
        version = str(pytesseract.get_tesseract_version())
        langs = tuple(pytesseract.get_languages(config=""))
    except Exception as exc:
        raise EngineMissingError(
            f"Tesseract did not start ({type(exc).__name__}); " + INSTALL_HINT
        ) from None
    missing = [lang for lang in LANGS if lang not in langs]
    if missing:
        raise EngineMissingError(
            f"Tesseract language data missing: {', '.join(missing)}; " + INSTALL_HINT
        )
    return TesseractInfo(version=version, languages=langs)


class TesseractEngine:
    name = "tesseract"

    def __init__(self) -> None:
        self.info = probe()
        import pytesseract

        self._pt = pytesseract

    def recognize(self, image: np.ndarray) -> list[OcrLine]:
        """OCR an upright page (see the module docstring)."""
        h, w = image.shape[:2]
        if min(h, w) < 8:
            return []
        return self._ocr(image)

    def _ocr(self, image: np.ndarray) -> list[OcrLine]:
        try:
            data = self._pt.image_to_data(
                image,
                lang="+".join(LANGS),
                config="--psm 3",
                output_type=self._pt.Output.DICT,
                timeout=TIMEOUT_S,
            )
        except RuntimeError as exc:  # pytesseract raises RuntimeError on timeout
            raise OcrError(f"Tesseract timed out after {TIMEOUT_S} s on this image") from exc
        except Exception as exc:
            raise OcrError(f"Tesseract failed on this image ({type(exc).__name__})") from None
        return _lines_from_data(data)


def _lines_from_data(data: dict[str, list[Any]]) -> list[OcrLine]:
    groups: dict[tuple[int, int, int, int], list[int]] = {}
    for i, word in enumerate(data["text"]):
        if not str(word).strip():
            continue
        try:
            conf = float(data["conf"][i])
        except (TypeError, ValueError):
            continue
        if conf < MIN_CONF:
            continue
        key = (data["page_num"][i], data["block_num"][i], data["par_num"][i], data["line_num"][i])
        groups.setdefault(key, []).append(i)
    lines = []
    for idxs in groups.values():
        idxs.sort(key=lambda i: data["left"][i])
        chars: list[Quad]
        text, chars, confs = "", [], []
        prev = None
        for i in idxs:
            word = str(data["text"][i]).strip()
            x, y, w, h = data["left"][i], data["top"][i], data["width"][i], data["height"][i]
            # chi_sim separates every Chinese character with a space: join those back.
            if prev is not None and not (_CJK.search(prev[-1]) and _CJK.search(word[0])):
                gap_x = x
                text += " "
                chars.append(Quad.from_bbox(gap_x - 1, y, gap_x, y + h))
            chars.extend(Quad.from_bbox(x, y, x + w, y + h).split(len(word)))
            text += word
            confs.append(float(data["conf"][i]))
            prev = word
        xs = [p[0] for c in chars for p in c.points]
        ys = [p[1] for c in chars for p in c.points]
        quad = Quad.from_bbox(min(xs), min(ys), max(xs), max(ys))
        lines.append(
            OcrLine(
                text=text, confidence=sum(confs) / len(confs) / 100.0, quad=quad, chars=tuple(chars)
            )
        )
    lines.sort(key=lambda ln: (ln.quad.bbox[1], ln.quad.bbox[0]))
    return lines
