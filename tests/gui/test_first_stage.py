"""The findings of a page's text are on screen before the pixel steps run.

The real ``pipeline.analyze`` runs with the OCR read given (the label's lines) and the
pixel steps held on an event: the window is looked at while they wait, then they
are let go and add a finding of their own (a code), then the check ends.
"""

from __future__ import annotations

import threading

import pytest

from redactor.core import pipeline
from redactor.core.models import Category, Finding, Origin, Quad, Source
from redactor.gui.document import Status

from .conftest import FakeEngine
from .test_main_window import is_black, region_of

CODE_BOX = (560, 300, 690, 390)


class HeldPixels:
    """The pixel steps of the plan, held until released; they add one code."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.release = threading.Event()
        self.real = pipeline.run_pixel_plan

    def __call__(self, page):
        self.started.set()
        assert self.release.wait(20), "the pixel steps were never released"
        findings, unread = self.real(page)
        code = Finding(Category.CODE, Quad.from_bbox(*CODE_BOX), 0.9, Source(Origin.CODE, "test"))
        return [*findings, code], unread


@pytest.fixture
def held(monkeypatch, label, window):  # after the window: let go before it closes
    read = FakeEngine()
    read.boxes = dict(label.boxes)
    monkeypatch.setattr(pipeline, "ocr_page", lambda image, settings: (0, list(read.lines())))
    monkeypatch.setattr(pipeline, "verify", lambda *a, **k: ())
    pixels = HeldPixels()
    monkeypatch.setattr(pipeline, "run_pixel_plan", pixels)
    yield pixels
    pixels.release.set()


def test_the_text_findings_are_on_screen_while_the_pixel_steps_wait(qtbot, window, label, held):
    [doc] = window.open_paths([label.path])
    qtbot.waitUntil(lambda: held.started.is_set() and doc.shows_findings, timeout=10000)
    qtbot.waitUntil(lambda: doc.has_pixels, timeout=10000)
    assert not held.release.is_set()  # the second stage has not run yet
    assert doc.status == Status.CHECKING and not doc.is_ready
    shown = {r.finding.category for r in doc.page_regions()}
    assert shown == {Category.NAME, Category.PHONE, Category.ADDRESS}
    for r in doc.page_regions():
        assert window.canvas.region_item(r.id) is not None
    x0, y0, x1, y1 = label.boxes[Category.PHONE]
    assert is_black(window.masked_current_page(), (x1 - (x1 - x0) // 4, y0, x1, y1))  # the digits
    assert not window.act_copy.isEnabled()  # nothing unverified leaves the window

    held.release.set()
    qtbot.waitUntil(lambda: doc.is_ready and not window.runner.busy, timeout=10000)
    code = region_of(doc, Category.CODE)
    assert window.canvas.region_item(code.id) is not None
    assert {r.finding.category for r in doc.page_regions()} == shown | {Category.CODE}
    assert doc.status == Status.VERIFIED
