"""Masking policies: how much of each finding a preset masks, decided after detection.

Detection always finds whole values. A preset such as the GB/T 41833-2022 privacy
waybill leaves part of some values readable (a name's first character, a phone's
last four digits, the region and street of a Chinese address). Detection records,
for each text finding, the characters that stay hidden under such a preset
(``Finding.partial``, from ``detect.text.hidden_part``); :func:`apply_policy` then picks
the whole or the partial form. Switching presets therefore needs no OCR.

The chosen categories are a policy too (:func:`with_categories`): a finding of a
category left out is kept, disabled, so choosing it again needs no OCR either.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from redactor.core.mask import text_padding
from redactor.core.models import Category, Finding, Quad
from redactor.core.settings import Preset, Settings

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
            out.extend(replace(f, quad=_stop_at_kept(f, q), partial=None) for q in f.partial)
        else:
            out.append(f)
    return tuple(out)


def with_categories(findings: Iterable[Finding], settings: Settings) -> tuple[Finding, ...]:
    """``findings`` enabled when their category is chosen in ``settings`` (boxes drawn
    by hand always; the user's own words when there are any), disabled otherwise."""
    chosen = set(settings.categories) | {Category.MANUAL}
    if settings.custom_terms or settings.custom_patterns:
        chosen.add(Category.CUSTOM)
    return tuple(f.with_enabled(f.category in chosen) for f in findings)


def _stop_at_kept(whole: Finding, part: Quad) -> Quad:
    """``part`` with each end that meets a kept character pulled in by the mask's padding,
    so the painted mask stops at that character instead of covering a third of it (a
    phone then showed three digits, not four). Ends at the value's own ends keep it."""
    pad = text_padding(whole.text_height or whole.quad.height)
    pad = min(pad, part.width / 2 - 1)
    if pad <= 0:
        return part
    a, b, c, d = part.points
    ux, uy = b[0] - a[0], b[1] - a[1]
    length = (ux * ux + uy * uy) ** 0.5 or 1.0
    ux, uy = ux / length, uy / length
    along = [p[0] * ux + p[1] * uy for p in whole.quad.points]
    start = min(a[0] * ux + a[1] * uy, d[0] * ux + d[1] * uy)
    end = max(b[0] * ux + b[1] * uy, c[0] * ux + c[1] * uy)
    lead = pad if start > min(along) + 1 else 0.0  # kept characters before the part
    trail = pad if end < max(along) - 1 else 0.0  # kept characters after it
    return Quad(
        (
            (a[0] + ux * lead, a[1] + uy * lead),
            (b[0] - ux * trail, b[1] - uy * trail),
            (c[0] - ux * trail, c[1] - uy * trail),
            (d[0] + ux * lead, d[1] + uy * lead),
        )
    )


def kept_on_purpose(
    found: Iterable[Finding], findings: Iterable[Finding], preset: Preset
) -> tuple[Finding, ...]:
    """``found`` (a verification read) without what ``preset`` leaves readable on purpose:
    a phone's last four digits read again are not a leftover (nor a door number)."""
    partial = PARTIAL_CATEGORIES[preset]
    kept = [f for f in findings if f.category in partial and f.partial is not None]
    if not kept:
        return tuple(found)

    def on_purpose(g: Finding) -> bool:
        x, y = g.quad.center
        return any(
            _inside(f.quad, x, y) and not any(_inside(q, x, y) for q in f.partial or ())
            for f in kept
        )

    return tuple(g for g in found if not on_purpose(g))


def _inside(quad: Quad, x: float, y: float) -> bool:
    """``(x, y)`` inside the convex ``quad`` (corners in order, either way round)."""
    signs = set()
    pts = quad.points
    for i in range(4):
        (x0, y0), (x1, y1) = pts[i], pts[(i + 1) % 4]
        cross = (x1 - x0) * (y - y0) - (y1 - y0) * (x - x0)
        if cross:
            signs.add(cross > 0)
    return len(signs) <= 1
