"""A page's progress moves through its stages: reading, finding, checking."""

from __future__ import annotations

import numpy as np

from redactor.core import pipeline
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
