"""One page as the pixel steps look at it: each view is made once, however many steps
read it.

Several steps judge ink against the paper around it, whose brightness a closing of
the grey page gives (a rectangle a twelfth of the page's short side wide: wider than
any character, so shading and low contrast do not move it). Some look at the page at
full size (values in ruled cells, unread print), some on a copy reduced to a few
megapixels (the grid of rules, rows of character boxes). On a large photo the closing
is the dearest thing any of them does; made once per page it is shared, and a view no
step asks for is never made.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import cv2
import numpy as np

from redactor.core.detect.pixels.morphology import rect_closing
from redactor.core.detect.pixels.page_scale import REDUCED_PIXELS, reduced

# The paper: a closing this share of the page's short side wide (wider than any
# character); ink takes at least this share of the paper's light.
PAPER_KERNEL, INK_SHARE = 1 / 12, 0.25


def paper_of(gray: np.ndarray) -> np.ndarray:
    """The paper's brightness around each pixel of a grey page (uint8, its size)."""
    h, w = gray.shape
    k = max(15, int(min(h, w) * PAPER_KERNEL) | 1)
    paper: np.ndarray = rect_closing(gray, k, k)
    return paper


def ink_against(gray: np.ndarray, paper: np.ndarray) -> np.ndarray:
    """H x W bool: where the page takes at least :data:`INK_SHARE` of the paper's light."""
    p = paper.astype(np.float32)
    ink: np.ndarray = (p - gray.astype(np.float32)) > INK_SHARE * np.maximum(p, 1.0)
    return ink


def page_ink(gray: np.ndarray) -> np.ndarray:
    """H x W bool: the ink of a grey page, judged against the paper around it."""
    return ink_against(gray, paper_of(gray))


class PageViews:
    """The views of one page (RGB or grey) the pixel steps share; safe to read from
    steps running side by side (each view is made by the first step that asks)."""

    def __init__(self, image: np.ndarray) -> None:
        self.image = image
        self._made: dict[str, Any] = {}
        self._lock = threading.RLock()

    def _view(self, name: str, make: Callable[[], Any]) -> Any:
        with self._lock:
            if name not in self._made:
                self._made[name] = make()
            return self._made[name]

    @property
    def gray(self) -> np.ndarray:
        image = self.image
        if image.ndim == 2:
            return image
        return self._view("gray", lambda: cv2.cvtColor(image, cv2.COLOR_RGB2GRAY))  # type: ignore[no-any-return]

    @property
    def paper(self) -> np.ndarray:
        """:func:`paper_of` the grey page, at full size."""
        return self._view("paper", lambda: paper_of(self.gray))  # type: ignore[no-any-return]

    @property
    def ink(self) -> np.ndarray:
        """:func:`page_ink` at full size."""
        return self._view("ink", lambda: ink_against(self.gray, self.paper))  # type: ignore[no-any-return]

    @property
    def reduced_gray(self) -> tuple[np.ndarray, float]:
        """The grey page at most :data:`REDUCED_PIXELS` large, and the factor applied."""
        return self._view("reduced_gray", lambda: reduced(self.gray, REDUCED_PIXELS))  # type: ignore[no-any-return]

    @property
    def reduced_ink(self) -> tuple[np.ndarray, float]:
        """:func:`page_ink` of :attr:`reduced_gray`, and its factor (the full-size ink
        itself, when the page is no larger)."""

        def make() -> tuple[np.ndarray, float]:
            small, f = self.reduced_gray
            return (self.ink, 1.0) if f >= 1.0 else (page_ink(small), f)

        return self._view("reduced_ink", make)  # type: ignore[no-any-return]
