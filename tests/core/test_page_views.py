"""A page's grey copy, paper and ink are made once, whatever number of pixel steps read
them, and are what each step made for itself before."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from redactor.core.detect.pixels import page_views
from redactor.core.detect.pixels.cell_values import SOURCE as CELL_VALUE
from redactor.core.detect.pixels.page_scale import reduced
from redactor.core.detect.pixels.page_views import PageViews, page_ink
from redactor.core.detect.pixels.steps import PixelPage, run_pixel_plan
from tests.core.test_cell_values import _form


def test_views_are_the_page_ink_of_the_grey_page_at_either_size() -> None:
    img, _ = _form()
    views = PageViews(img)
    gray = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)
    assert np.array_equal(views.gray, gray)
    assert np.array_equal(views.ink, page_ink(gray))
    ink, f = views.reduced_ink
    assert f == 1.0 and ink is views.ink  # a small page is its own reduced copy


def test_a_large_page_is_looked_at_reduced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page_views, "REDUCED_PIXELS", 100_000)
    img, _ = _form()  # 420 x 960: about 0.4 MP
    ink, f = PageViews(img).reduced_ink
    small, expect = reduced(cv2.cvtColor(img, cv2.COLOR_RGB2GRAY), 100_000)
    assert f == expect < 1.0 and np.array_equal(ink, page_ink(small))


def test_the_paper_is_closed_once_for_every_step_of_a_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ruled cells, cell values, character boxes and unread print all judge ink against
    the paper: on a ruled form each of them runs, and the closing is made once."""
    made: list[tuple[int, int]] = []
    closing = page_views.paper_of

    def counted(gray: np.ndarray) -> np.ndarray:
        made.append(gray.shape)
        return closing(gray)

    monkeypatch.setattr(page_views, "paper_of", counted)
    img, lines = _form()
    found, _ = run_pixel_plan(PixelPage(img, lines, [], frozenset()))
    assert made == [img.shape[:2]]
    assert any(f.source == CELL_VALUE for f in found)  # the cells were looked at
