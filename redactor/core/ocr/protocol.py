"""What an OCR engine offers: read an upright page into lines with per-character quads."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import numpy as np

from redactor.core.models import OcrLine


class OcrEngine(Protocol):
    name: str

    def recognize(self, image: np.ndarray) -> list[OcrLine]:
        """OCR an upright RGB page; one OcrLine per text line, a quad per character
        (``len(chars) == len(text)``), in the image's own pixel grid.

        Engines never turn pages: the caller finds the page's orientation once
        (``redactor.core.ocr.page_rotation``) and hands the turned page over
        (``redactor.core.ocr.read_upright``)."""
        ...


@runtime_checkable
class OrientationProbe(Protocol):
    """An engine that can also tell which way up a page is."""

    def page_rotation(self, image: np.ndarray) -> int:
        """Clockwise turn (0/90/180/270) that makes the page upright."""
        ...


@runtime_checkable
class SheetReader(Protocol):
    """An engine that can read a sheet of windows cut from a page at the page's scale
    (its text is the page's size; a small sheet must not be enlarged as a small page is)."""

    def recognize_sheet(self, image: np.ndarray, page_shape: tuple[int, int]) -> list[OcrLine]:
        """Like ``recognize``, with the detector scale of an upright page of ``page_shape``
        (height, width)."""
        ...


@runtime_checkable
class PieceReader(Protocol):
    """An engine that can read given stretches of an upright page, with no detection."""

    def read_pieces(self, image: np.ndarray, quads: Sequence[np.ndarray]) -> list[OcrLine]:
        """The text of each quad (4 x 2, in reading order) of the upright RGB ``image``
        that reads as text, as lines in the image's pixel grid."""
        ...
