"""Decide whether a redacted page can be trusted or needs a human look.

A page is ``verified`` only when the verification pass found nothing left and
nothing about the OCR gives a concrete reason for doubt. Each reason is one doubt
a person can check at a glance: what it is (its kind), how many lines or areas,
and where they are. Reasons for doubt:
- no text was found at all (a blank scan, or text the OCR cannot see): the page;
- lines at or beside a personal-data label (收件人, 电话, Address, ...) were read
  with low confidence and are not masked: their value may have been misread;
- the page's text is too small, or too blurred, to read reliably: the lines
  that are, and that no mask covers;
- a mask carried over ink the OCR could not read (a stamp or smudge over
  personal data) ends where that ink still goes on: those masks. (One that runs
  to where the ink ends covers it: no doubt is left there.)
- lines of blurred or tiny print the OCR could not read at all were masked unread
  (detect/pixels/unread_text.py): those areas. They stay a doubt under their masks:
  what the OCR cannot read, the verification pass cannot check either, and a mask
  over print it never read may hide a label or miss a line too faint to find.
- the verification pass still found personal data after masking: those areas.
Any other line or area already under a mask is no doubt: whatever it says is hidden.
Reasons are typed values; front ends word them (``phrase`` here for the CLI,
report and audit log; the window translates the kind). They never quote text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

import cv2
import numpy as np

from redactor.core.detect.layout.labels import find_fields
from redactor.core.detect.pixels.unread_text import SOURCE as UNREAD_TEXT
from redactor.core.models import Finding, OcrLine, PageStatus, Quad

#: Lines read with less confidence than this are doubtful.
LOW_CONFIDENCE = 0.75
#: Median text-line height (px) below which the OCR is not trusted.
MIN_TEXT_HEIGHT = 9.0
#: Text lines are rescaled to this height before the blur measure (so it does not
#: depend on the photo's resolution).
BLUR_TEXT_HEIGHT = 24.0
#: Variance of the Laplacian inside text lines below which the page counts as blurred.
#: Sharp print and phone photos measure in the hundreds to thousands; a blur of about
#: an eighth of the text height brings it near 30, where OCR starts to lose strokes.
MIN_SHARPNESS = 40.0
#: A line within this many line heights of a keyword line counts as "near" it.
NEAR_LINES = 1.5
#: A line counts as masked when this share of its characters lies under masks.
MASKED_SHARE = 0.9


class ReasonKind(StrEnum):
    """One kind of doubt about a page; its value is the report's stable key."""

    NO_TEXT = "no_text"  # the page
    HARD_TO_READ = "hard_to_read"  # lines near personal-data labels
    SMALL_TEXT = "small_text"  # lines
    BLURRED = "blurred"  # lines
    UNREAD_INK = "unread_ink"  # masks over unread ink that goes on past them
    UNREAD_TEXT = "unread_text"  # areas of blurred or tiny print no line was read from
    LEFT_AFTER_MASKING = "left_after_masking"  # areas found on the masked page
    NOT_VERIFIED = "not_verified"  # the page


#: Kinds whose places are text lines read on the page; the others' are masks or areas.
ABOUT_LINES: frozenset[ReasonKind] = frozenset(
    {ReasonKind.HARD_TO_READ, ReasonKind.SMALL_TEXT, ReasonKind.BLURRED}
)


@dataclass(frozen=True, slots=True)
class Reason:
    """A doubt about a page: its ``kind``, how many lines or areas (``count``, 0 for
    the page as a whole) and ``where`` they are, in the upright page's pixels."""

    kind: ReasonKind
    count: int = 0
    where: tuple[Quad, ...] = ()

    @property
    def phrase(self) -> str:
        """The fixed English phrase of the CLI, the report and the audit log."""
        return PHRASES[self.kind].format(count=self.count)


#: One fixed English phrase per kind, for the CLI, the report and the audit log.
PHRASES: dict[ReasonKind, str] = {
    ReasonKind.NO_TEXT: "no text was found on this page",
    ReasonKind.HARD_TO_READ: (
        "{count} unmasked line(s) near personal-data labels read with low confidence"
    ),
    ReasonKind.SMALL_TEXT: "{count} unmasked line(s) of text too small to read reliably",
    ReasonKind.BLURRED: "{count} unmasked line(s) of text look blurred",
    ReasonKind.UNREAD_INK: (
        "{count} mask(s) over writing the OCR could not read end where the writing goes on"
    ),
    ReasonKind.UNREAD_TEXT: (
        "{count} area(s) of blurred or small text could not be read (masked unread)"
    ),
    ReasonKind.LEFT_AFTER_MASKING: (
        "{count} region(s) still looked like personal data after masking"
    ),
    ReasonKind.NOT_VERIFIED: "not verified (verification pass turned off)",
}


@dataclass(frozen=True, slots=True)
class Review:
    status: PageStatus
    reasons: tuple[Reason, ...]


def page_doubts(
    image: np.ndarray, lines: Sequence[OcrLine], findings: Sequence[Finding] = ()
) -> tuple[Reason, ...]:
    """Reasons to doubt the OCR of a page, from the unmasked ``image``, its ``lines``
    and what will be masked on it (``findings``; disabled ones are not masked)."""
    if not lines:
        return (Reason(ReasonKind.NO_TEXT),)
    masks = [f.quad for f in findings if f.enabled]
    open_lines = [ln for ln in lines if not is_masked(ln, masks)]
    reasons = [_located(ReasonKind.HARD_TO_READ, doubtful_lines(lines, open_lines))]
    if median_text_height(lines) < MIN_TEXT_HEIGHT:
        small = [ln for ln in open_lines if ln.height < MIN_TEXT_HEIGHT]
        reasons.append(_located(ReasonKind.SMALL_TEXT, small))
    elif sharpness(image, lines) < MIN_SHARPNESS:
        blurred = [ln for ln in open_lines if line_sharpness(image, ln) < MIN_SHARPNESS]
        reasons.append(_located(ReasonKind.BLURRED, blurred))
    return tuple(r for r in reasons if r.count)


def _located(kind: ReasonKind, lines: Sequence[OcrLine]) -> Reason:
    return Reason(kind, len(lines), tuple(ln.quad for ln in lines))


def unread_ink_doubts(runs_on: Sequence[Quad]) -> tuple[Reason, ...]:
    """The reason for masks over unread ink that goes on past them (detect/pixels/ink_runs.py)."""
    return (Reason(ReasonKind.UNREAD_INK, len(runs_on), tuple(runs_on)),) if runs_on else ()


def unread_text_doubts(findings: Sequence[Finding]) -> tuple[Reason, ...]:
    """The reason for the areas of print the OCR could not read (detect/pixels/unread_text.py),
    masked or not."""
    where = tuple(f.quad for f in findings if f.source == UNREAD_TEXT)
    return (Reason(ReasonKind.UNREAD_TEXT, len(where), where),) if where else ()


def decide(doubts: Sequence[Reason], residual: Sequence[Finding], verified: bool) -> Review:
    """Combine the OCR doubts with what the verification pass found (or that it did not run)."""
    reasons = list(doubts)
    if residual:
        where = tuple(f.quad for f in residual)
        reasons.append(Reason(ReasonKind.LEFT_AFTER_MASKING, len(residual), where))
    if not verified:
        reasons.append(Reason(ReasonKind.NOT_VERIFIED))
    status = PageStatus.NEEDS_REVIEW if reasons else PageStatus.VERIFIED
    return Review(status, tuple(reasons))


def median_text_height(lines: Sequence[OcrLine]) -> float:
    return float(np.median([ln.height for ln in lines])) if lines else 0.0


def is_masked(line: OcrLine, masks: Sequence[Quad]) -> bool:
    """Whether masks cover (nearly) all of the line's characters: whatever it says is hidden."""
    chars = [q for ch, q in zip(line.text, line.chars, strict=False) if not ch.isspace()]
    if not chars or not masks:
        return False
    boxes = [q.bbox for q in masks]
    under = sum(
        any(x0 <= cx <= x1 and y0 <= cy <= y1 for x0, y0, x1, y1 in boxes)
        for cx, cy in (q.center for q in chars)
    )
    return under >= MASKED_SHARE * len(chars)


def doubtful_lines(
    lines: Sequence[OcrLine], candidates: Sequence[OcrLine] | None = None
) -> list[OcrLine]:
    """The low-confidence lines (of ``candidates``, by default all) that are keyword
    lines or lie next to one: a value there may have been misread and missed."""
    keyed = [ln for ln in lines if find_fields(ln.text)]
    return [
        ln
        for ln in (lines if candidates is None else candidates)
        if ln.confidence < LOW_CONFIDENCE and (ln in keyed or any(_near(ln, k) for k in keyed))
    ]


def _near(a: OcrLine, b: OcrLine) -> bool:
    (ax, ay), (bx, by) = a.quad.center, b.quad.center
    reach = NEAR_LINES * max(a.height, b.height, 1.0)
    # Same row (a value right of its label) or the next rows (a value under it).
    return abs(ay - by) <= reach and abs(ax - bx) <= 40 * reach


def sharpness(image: np.ndarray, lines: Sequence[OcrLine], max_lines: int = 40) -> float:
    """Median variance of the Laplacian over text lines rescaled to a fixed height."""
    chosen = sorted(lines, key=lambda x: -x.confidence)[:max_lines]
    values = [v for v in (line_sharpness(image, ln) for ln in chosen) if v != float("inf")]
    return float(np.median(values)) if values else float("inf")


def line_sharpness(image: np.ndarray, line: OcrLine) -> float:
    """Variance of the Laplacian over one text line rescaled to a fixed height
    (infinite for a line too small to measure)."""
    h, w = image.shape[:2]
    x0, y0, x1, y1 = (int(round(v)) for v in line.quad.bbox)
    x0, y0, x1, y1 = max(0, x0), max(0, y0), min(w, x1), min(h, y1)
    if x1 - x0 < 4 or y1 - y0 < 4:
        return float("inf")
    crop = image[y0:y1, x0:x1]
    gray = cv2.cvtColor(crop, cv2.COLOR_RGB2GRAY) if crop.ndim == 3 else crop
    scale = BLUR_TEXT_HEIGHT / max(1.0, line.height)
    size = (max(4, round((x1 - x0) * scale)), max(4, round((y1 - y0) * scale)))
    interp = cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
    small = cv2.resize(gray, size, interpolation=interp)
    return float(cv2.Laplacian(small, cv2.CV_32F).var())
