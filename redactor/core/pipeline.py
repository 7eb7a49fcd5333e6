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
from redactor.core.detect.ink_runs import extend_over_unread_ink
from redactor.core.errors import CancelledError
from redactor.core.mask import apply_masks
from redactor.core.models import Category, Finding, PagePlan, PageStatus
from redactor.core.ocr import get_engine, page_rotation, read_upright
from redactor.core.review import decide, page_doubts, unread_ink_doubts
from redactor.core.settings import Preset, Settings

Progress = Callable[[float], None]
Cancel = Callable[[], bool]

VERIFY_ROUNDS = 2


def _check(cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise CancelledError()


def analyze(
    image: np.ndarray,
    settings: Settings,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> PagePlan:
    """OCR a page and decide what to mask. Findings outside the chosen categories are kept but disabled.

    The plan's warnings are the reasons to doubt this page's OCR (see review.py),
    judged on the unmasked pixels; its status stays ``needs_review`` until
    ``redact_page`` has verified the masked result.
    """
    _check(cancel)
    engine = get_engine(settings.engine)
    rotation = page_rotation(image)
    lines = read_upright(engine, image, rotation)
    if progress:
        progress(0.6)
    _check(cancel)
    findings = findings_from_text(
        lines,
        settings.custom_terms,
        settings.custom_patterns,
        privacy_waybill=settings.preset is Preset.PRIVACY_WAYBILL,
    )
    findings, unread = extend_over_unread_ink(image, findings, lines)
    if Category.CODE in settings.categories:
        findings += findings_from_pixels(image, lines)
    if progress:
        progress(0.8)
    findings = _with_enabled(findings, settings)
    h, w = image.shape[:2]
    return PagePlan(
        width=w,
        height=h,
        findings=tuple(findings),
        status=PageStatus.NEEDS_REVIEW,
        warnings=page_doubts(image, lines) + unread_ink_doubts(unread),
        rotation=rotation,
    )


def _with_enabled(findings: list[Finding], settings: Settings) -> list[Finding]:
    chosen = set(settings.categories) | {Category.MANUAL}
    if settings.custom_terms or settings.custom_patterns:
        chosen.add(Category.CUSTOM)
    return [f.with_enabled(f.category in chosen) for f in findings]


def apply(image: np.ndarray, plan: PagePlan, settings: Settings) -> np.ndarray:
    """Mask the enabled findings of ``plan`` on a copy of ``image``."""
    return apply_masks(image, plan.enabled_findings(), settings.mask, settings.color)


def verify(
    masked: np.ndarray, settings: Settings, rotation: int | None = None
) -> tuple[Finding, ...]:
    """Personal data still readable on a masked image (enabled categories only).

    ``rotation`` is the page's upright turn found by ``analyze``: masking does not turn
    the page, so the verification read skips the orientation probe."""
    turn = page_rotation(masked) if rotation is None else rotation
    lines = read_upright(get_engine(settings.engine), masked, turn)
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
    *,
    in_place: bool = False,
) -> tuple[np.ndarray, PagePlan]:
    """Analyze, mask and verify one page; returns the masked pixels and the plan.

    The plan's ``status`` says whether the page can be trusted (``verified``) or
    needs a human look (``needs_review``, with the reasons in ``warnings``; see
    review.py). With ``in_place`` the caller hands the array over and it is masked
    in place, which saves a copy of a large photo.
    """
    plan = analyze(image, settings, progress, cancel)
    masked = apply_masks(
        image, plan.enabled_findings(), settings.mask, settings.color, in_place=in_place
    )
    findings = list(plan.findings)
    residual: tuple[Finding, ...] = ()
    if settings.verify:
        for _ in range(VERIFY_ROUNDS):
            _check(cancel)
            residual = verify(masked, settings, plan.rotation)
            if not residual:
                break
            findings += residual
            masked = apply_masks(masked, residual, settings.mask, settings.color, in_place=True)
        if residual:
            residual = verify(masked, settings, plan.rotation)
    review = decide(plan.warnings, residual, verified=settings.verify)
    if progress:
        progress(1.0)
    return masked, replace(
        plan, findings=tuple(findings), status=review.status, warnings=review.reasons
    )
