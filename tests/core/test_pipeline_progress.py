"""A page's progress moves through its stages: reading, finding, checking; the findings of
the text can be had before the pixel steps run."""

from __future__ import annotations

import numpy as np

from redactor.core import pipeline
from redactor.core.models import Category, OcrLine, PagePlan, PageStatus, Quad
from redactor.core.settings import Settings


class SilentEngine:
    def page_rotation(self, image):
        return 0

    def recognize(self, image, rotation=None):
        return []


def test_progress_reports_each_stage_in_order(monkeypatch):
    monkeypatch.setattr(pipeline, "get_engine", lambda name: SilentEngine())
    seen: list[float] = []
    pipeline.redact_page(np.full((60, 80, 3), 255, np.uint8), Settings(), progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0
    stages = [pipeline.stage(v) for v in seen]
    assert stages[0] == "ocr"
    assert {"detect", "verify"} <= set(stages)  # the check after masking moves the bar too
    assert len(set(seen)) >= 4


def _line(text: str, y: int) -> OcrLine:
    quad = Quad.from_bbox(20, y, 20 + 24 * len(text), y + 30)
    return OcrLine(text, 0.95, quad, quad.split(len(text)))


def test_first_gets_the_text_findings_before_the_pixel_steps_and_changes_nothing(monkeypatch):
    lines = [_line("收件人：张伟", 20), _line("电话：13812345678", 70)]
    monkeypatch.setattr(pipeline, "ocr_page", lambda image, settings: (0, list(lines)))
    events: list[str] = []
    real = pipeline.run_pixel_plan

    def pixel_plan(page):
        events.append("pixels")
        return real(page)

    monkeypatch.setattr(pipeline, "run_pixel_plan", pixel_plan)
    image = np.full((140, 500, 3), 255, np.uint8)
    early: list[PagePlan] = []

    def first(plan: PagePlan) -> None:
        events.append("first")
        early.append(plan)

    plan = pipeline.analyze(image, Settings(), first=first)
    assert events == ["first", "pixels"]
    assert {f.category for f in early[0].findings} == {Category.NAME, Category.PHONE}
    assert early[0].lines == plan.lines and early[0].status == PageStatus.NEEDS_REVIEW
    assert pipeline.analyze(image, Settings()) == plan  # the same plan without ``first``
