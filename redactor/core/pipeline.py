"""The engine: analyze(image) -> PagePlan; apply(image, plan) -> image; verify(image).

``redact_page`` runs the whole loop: find, mask, OCR the masked result again
and mask whatever personal data is still readable (a few rounds at most).
Progress and cancellation come in as a plain callback and a flag, never Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np

from redactor.core.detect import DetectionPass, findings_from_text
from redactor.core.detect.pixels.marked_boxes import cut_to_printed_lines
from redactor.core.detect.pixels.steps import PixelPage, run_pixel_plan
from redactor.core.errors import CancelledError
from redactor.core.mask import apply_masks, padded_quad
from redactor.core.models import (
    Finding,
    OcrLine,
    PagePlan,
    PageStatus,
    Quad,
    body_height,
)
from redactor.core.ocr import get_engine, page_rotation, read_upright
from redactor.core.ocr.windows import read_around
from redactor.core.policy import apply_policy, kept_on_purpose, with_categories
from redactor.core.review import (
    Reason,
    decide,
    page_doubts,
    unread_ink_doubts,
    unread_text_doubts,
)
from redactor.core.settings import MaskStyle, Settings

Progress = Callable[[float], None]
Cancel = Callable[[], bool]
#: Receives a page's first findings (those of its text) while the pixel steps still run.
First = Callable[[PagePlan], None]

VERIFY_ROUNDS = 2

#: Where the stages of a page end, as fractions of its progress: reading the text,
#: finding personal data, checking the masked result (a read about as long as the first).
OCR_DONE, DETECT_DONE = 0.45, 0.55


def stage(fraction: float) -> str:
    """The stage a page's progress ``fraction`` is in: "ocr", "detect", "verify" or "done"."""
    if fraction < OCR_DONE:
        return "ocr"
    if fraction < DETECT_DONE:
        return "detect"
    return "verify" if fraction < 1.0 else "done"


def _check(cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise CancelledError()


def ocr_page(image: np.ndarray, settings: Settings) -> tuple[int, list[OcrLine]]:
    """The page's upright turn and its OCR lines (in the image's own pixel grid; a box
    swollen by a coloured mark is cut back to its printed line)."""
    rotation = page_rotation(image)
    lines = read_upright(get_engine(settings.engine), image, rotation)
    return rotation, cut_to_printed_lines(image, lines)


def analyze(
    image: np.ndarray,
    settings: Settings,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    first: First | None = None,
) -> PagePlan:
    """OCR a page and decide what to mask. Findings outside the chosen categories are kept but disabled.

    The findings are whole values: the preset is applied when masking
    (:func:`masked_findings`), so changing it needs no new OCR.

    The plan's reasons are the doubts about this page's OCR (see review.py),
    judged on the unmasked pixels; its status stays ``needs_review`` until
    ``redact_page`` has verified the masked result.

    With ``first``, the findings of the page's text are handed to it as a plan as
    soon as they are known, before the pixel steps (codes, ink the OCR did not read,
    signatures) run: a window can show them at once. The plan returned is the same
    with or without ``first``.
    """
    _check(cancel)
    if progress:
        progress(0.0)  # reading the text has started
    rotation, lines = ocr_page(image, settings)
    if progress:
        progress(OCR_DONE)
    _check(cancel)
    text = findings_from_text(lines, settings.custom_terms, settings.custom_patterns)
    if first is not None:
        first(_page_plan(image, text, (), rotation, lines, settings))
        _check(cancel)
    page = PixelPage(image, lines, text, frozenset(settings.categories))
    findings, runs_on = run_pixel_plan(page)
    if progress:
        progress(DETECT_DONE)
    doubts = unread_ink_doubts(runs_on) + unread_text_doubts(findings)
    return _page_plan(image, findings, doubts, rotation, lines, settings)


def _page_plan(
    image: np.ndarray,
    findings: Sequence[Finding],
    more_reasons: tuple[Reason, ...],
    rotation: int,
    lines: Sequence[OcrLine],
    settings: Settings,
) -> PagePlan:
    """The plan of ``findings``; its reasons are the OCR's doubts about lines no mask
    covers (disabled findings mask nothing), and ``more_reasons``."""
    h, w = image.shape[:2]
    enabled = tuple(with_categories(findings, settings))
    return PagePlan(
        width=w,
        height=h,
        findings=enabled,
        status=PageStatus.NEEDS_REVIEW,
        reasons=page_doubts(image, lines, enabled) + more_reasons,
        rotation=rotation,
        lines=tuple(lines),
    )


def masked_findings(plan: PagePlan, settings: Settings) -> tuple[Finding, ...]:
    """What is masked of ``plan``: its enabled findings as the preset cuts them."""
    return apply_policy(plan.enabled_findings(), settings.preset)


def apply(image: np.ndarray, plan: PagePlan, settings: Settings) -> np.ndarray:
    """Mask ``plan`` (as the preset cuts it) on a copy of ``image``."""
    return apply_masks(image, masked_findings(plan, settings), settings.mask, settings.color)


def verify(
    masked: np.ndarray,
    settings: Settings,
    rotation: int | None = None,
    near: Sequence[Quad] | None = None,
    text_height: float = 0.0,
    known: Sequence[OcrLine] | None = None,
    painted: Sequence[Quad] | None = None,
) -> tuple[Finding, ...]:
    """Personal data still readable on a masked image (enabled categories only), whole:
    what the preset leaves readable on purpose is cut again by the policy when masking.

    ``rotation`` is the page's upright turn found by ``analyze``: masking does not turn
    the page, so the verification read skips the orientation probe. With ``near`` (the
    masks), only the windows around them are read (ocr/windows.py): elsewhere the
    pixels are those the first read already judged; with ``known`` (the first read's
    lines) too, only the lines the masks touch are read again; with ``painted`` (the
    polygons the masks cover) and opaque masks, only where the masks leave them open
    (ocr/line_pieces.py), with no new detection."""
    turn = page_rotation(masked) if rotation is None else rotation
    engine = get_engine(settings.engine)
    if near is None:
        lines = read_upright(engine, masked, turn)
    elif not near:
        return ()  # nothing masked: the page is the one already read
    else:
        height = text_height or 0.02 * min(masked.shape[:2])
        opaque = painted if settings.mask is MaskStyle.FILL else None
        lines = read_around(engine, masked, turn, near, height, known, opaque)
    found = findings_from_text(
        lines, settings.custom_terms, settings.custom_patterns, DetectionPass.VERIFY
    )
    return tuple(f for f in with_categories(found, settings) if f.enabled)


def redact_page(
    image: np.ndarray,
    settings: Settings,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    *,
    in_place: bool = False,
) -> tuple[np.ndarray, PagePlan]:
    """Analyze, mask and verify one page; returns the masked pixels and the plan.

    The plan's findings are whole values (those of the verification rounds already
    cut by the preset); :func:`masked_findings` gives what was masked.

    The plan's ``status`` says whether the page can be trusted (``verified``) or
    needs a human look (``needs_review``, with the reasons in ``reasons``; see
    review.py). With ``in_place`` the caller hands the array over and it is masked
    in place, which saves a copy of a large photo.
    """
    plan = analyze(image, settings, progress, cancel)
    return check(image, plan, settings, progress, cancel, in_place=in_place)


def check(
    image: np.ndarray,
    plan: PagePlan,
    settings: Settings,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    *,
    in_place: bool = False,
) -> tuple[np.ndarray, PagePlan]:
    """Mask ``plan`` on ``image`` and verify the result (the second half of
    :func:`redact_page`, apart so a window can show ``plan`` while this runs).

    Returns the masked pixels and the plan with what verification added and the
    page's status; progress runs from ``DETECT_DONE`` to 1.
    """
    masked = apply_masks(
        image, masked_findings(plan, settings), settings.mask, settings.color, in_place=in_place
    )
    findings = list(plan.findings)
    residual: tuple[Finding, ...] = ()
    if settings.verify:
        text_height = body_height(plan.lines)
        near = [f.quad for f in masked_findings(plan, settings)]
        painted = [padded_quad(f) for f in masked_findings(plan, settings)]
        for k in range(VERIFY_ROUNDS):
            _check(cancel)
            found = verify(masked, settings, plan.rotation, near, text_height, plan.lines, painted)
            found = kept_on_purpose(found, plan.findings, settings.preset)
            residual = apply_policy(found, settings.preset)
            if progress:
                progress(DETECT_DONE + (1.0 - DETECT_DONE) * (k + 1) / (VERIFY_ROUNDS + 1))
            if not residual:
                break
            findings += residual
            near += [f.quad for f in residual]
            painted += [padded_quad(f) for f in residual]
            masked = apply_masks(masked, residual, settings.mask, settings.color, in_place=True)
        if residual:
            found = verify(masked, settings, plan.rotation, near, text_height, plan.lines, painted)
            found = kept_on_purpose(found, plan.findings, settings.preset)
            residual = apply_policy(found, settings.preset)
    review = decide(plan.reasons, residual, verified=settings.verify)
    if progress:
        progress(1.0)
    return masked, replace(
        plan, findings=tuple(findings), status=review.status, reasons=review.reasons
    )
