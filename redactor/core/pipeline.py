"""The engine: analyze(image) -> PagePlan; apply(image, plan) -> image; verify(image).

``redact_page`` runs the whole loop: find, mask, OCR the masked result again
and mask whatever personal data is still readable (a few rounds at most).
Progress and cancellation come in as a plain callback and a flag, never Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import numpy as np

from redactor.core.detect import findings_from_pixels, findings_from_text
from redactor.core.errors import CancelledError
from redactor.core.mask import apply_masks
from redactor.core.models import Category, Finding, OcrLine, PagePlan, PageStatus
from redactor.core.ocr import get_engine
from redactor.core.settings import Preset, Settings

Progress = Callable[[float], None]
Cancel = Callable[[], bool]

VERIFY_ROUNDS = 2
LOW_CONFIDENCE = 0.75


def _check(cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise CancelledError()


def analyze(
    image: np.ndarray,
    settings: Settings,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> PagePlan:
    """OCR a page and decide what to mask. Findings outside the chosen categories are kept but disabled."""
    _check(cancel)
    engine = get_engine(settings.engine)
    lines = engine.recognize(image)
    if progress:
        progress(0.6)
    _check(cancel)
    findings = findings_from_text(
        lines,
        settings.custom_terms,
        settings.custom_patterns,
        privacy_waybill=settings.preset is Preset.PRIVACY_WAYBILL,
    )
    if Category.CODE in settings.categories:
        findings += findings_from_pixels(image, lines)
    if progress:
        progress(0.8)
    findings = _with_enabled(findings, settings)
    h, w = image.shape[:2]
    warnings = _doubts(lines)
    return PagePlan(width=w, height=h, findings=tuple(findings), status=PageStatus.NEEDS_REVIEW, warnings=warnings)


def _with_enabled(findings: list[Finding], settings: Settings) -> list[Finding]:
    chosen = set(settings.categories) | {Category.MANUAL}
    if settings.custom_terms or settings.custom_patterns:
        chosen.add(Category.CUSTOM)
    return [f.with_enabled(f.category in chosen) for f in findings]


def _doubts(lines: list[OcrLine]) -> tuple[str, ...]:
    low = sum(1 for ln in lines if ln.confidence < LOW_CONFIDENCE)
    if not lines:
        return ("no text was found on this page",)
    if low:
        return (f"{low} text line(s) were read with low confidence",)
    return ()


def apply(image: np.ndarray, plan: PagePlan, settings: Settings) -> np.ndarray:
    """Mask the enabled findings of ``plan`` on a copy of ``image``."""
    return apply_masks(image, plan.enabled_findings(), settings.mask, settings.color)


def verify(masked: np.ndarray, settings: Settings) -> tuple[Finding, ...]:
    """Personal data still readable on a masked image (enabled categories only)."""
    lines = get_engine(settings.engine).recognize(masked)
    found = findings_from_text(
        lines,
        settings.custom_terms,
        settings.custom_patterns,
        source_prefix="verify",
        privacy_waybill=settings.preset is Preset.PRIVACY_WAYBILL,
    )
    return tuple(f for f in _with_enabled(found, settings) if f.enabled)


def redact_page(
    image: np.ndarray,
    settings: Settings,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> tuple[np.ndarray, PagePlan]:
    """Analyze, mask and verify one page. The plan's status says whether it came out clean."""
    plan = analyze(image, settings, progress, cancel)
    masked = apply(image, plan, settings)
    if not settings.verify:
        return masked, plan
    findings = list(plan.findings)
    residual: tuple[Finding, ...] = ()
    for _ in range(VERIFY_ROUNDS):
        _check(cancel)
        residual = verify(masked, settings)
        if not residual:
            break
        findings += residual
        masked = apply_masks(masked, residual, settings.mask, settings.color)
    if residual:
        residual = verify(masked, settings)
    warnings = list(plan.warnings)
    if residual:
        warnings.append(f"{len(residual)} region(s) still looked like personal data after masking")
        status = PageStatus.NEEDS_REVIEW
    else:
        status = PageStatus.VERIFIED
    if progress:
        progress(1.0)
    return masked, replace(plan, findings=tuple(findings), status=status, warnings=tuple(warnings))
