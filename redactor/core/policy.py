"""Masking policies: how much of each finding a preset masks, decided after detection.

Detection always finds whole values. A preset such as the GB/T 41833-2022 privacy
waybill leaves part of some values readable (a name's first character, a phone's
last four digits, the region and street of a Chinese address). Detection records,
for each text finding, the characters that stay hidden under such a preset
(``Finding.partial``, from :func:`hidden_part`); :func:`apply_policy` then picks
the whole or the partial form. Switching presets therefore needs no OCR.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace

from redactor.core.detect.charclass import CJK, MASK_CHARS
from redactor.core.models import Category, Finding
from redactor.core.settings import Preset

#: Per preset, the categories whose findings are masked in their partial form.
PARTIAL_CATEGORIES: Mapping[Preset, frozenset[Category]] = {
    Preset.FULL: frozenset(),
    Preset.PRIVACY_WAYBILL: frozenset({Category.NAME, Category.PHONE, Category.ADDRESS}),
}

_CJK = re.compile(f"[{CJK}]")
_PHONE_DIGIT = re.compile(f"[0-9{MASK_CHARS}]")
_KEPT_DIGITS = 4  # the standard leaves a phone's last four digits readable


def hidden_part(
    category: Category, text: str, start: int, end: int
) -> tuple[tuple[int, int], ...] | None:
    """The character ranges of ``text[start:end]`` a lighter preset still masks.

    ``()`` hides nothing, ``None`` means the value has no lighter form (all is masked).
    - name: all but the first character (a lone character is what the standard shows);
    - phone: all but the last four digits;
    - address: nothing of a Chinese region/street line (doors are their own findings);
      a Latin address line carries the house number, so it has no lighter form.
    """
    if end <= start:
        return None
    if category is Category.NAME:
        return ((start + 1, end),) if end - start >= 2 else ()
    if category is Category.PHONE:
        digits = [m.start() for m in _PHONE_DIGIT.finditer(text, start, end)]
        if len(digits) <= _KEPT_DIGITS:
            return ()
        return ((start, digits[-_KEPT_DIGITS]),)
    if category is Category.ADDRESS:
        return () if _CJK.search(text, start, end) else None
    return None


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
