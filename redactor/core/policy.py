"""Masking policies: how much of each finding a preset masks, decided after detection.

Detection always finds whole values. A preset such as the GB/T 41833-2022 privacy
waybill leaves part of some values readable (a name's first character, a phone's
last four digits, the region and street of a Chinese address). Detection records,
for each text finding, the characters that stay hidden under such a preset
(``Finding.partial``, from ``detect.text.hidden_part``); :func:`apply_policy` then picks
the whole or the partial form. Switching presets therefore needs no OCR.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from redactor.core.models import Category, Finding
from redactor.core.settings import Preset

#: Per preset, the categories whose findings are masked in their partial form.
PARTIAL_CATEGORIES: Mapping[Preset, frozenset[Category]] = {
    Preset.FULL: frozenset(),
    Preset.PRIVACY_WAYBILL: frozenset({Category.NAME, Category.PHONE, Category.ADDRESS}),
}


def apply_policy(findings: Iterable[Finding], preset: Preset) -> tuple[Finding, ...]:
    """The findings as ``preset`` masks them (manual, code and custom ones unchanged)."""
    partial = PARTIAL_CATEGORIES[preset]
    out: list[Finding] = []
    for f in findings:
        if f.category in partial and f.partial is not None:
            out.extend(replace(f, quad=q, partial=None) for q in f.partial)
        else:
            out.append(f)
    return tuple(out)
