"""Words for people: what a finding covers, where it came from, why a page needs review.

The snippet is the recognised text under a finding, taken from the page's OCR
lines held in memory; it is shown in the window only (the user's own image,
locally) and never written anywhere. Review reasons from ``core.review`` are
typed (kind, count, where); here each kind becomes a plain sentence in the user's
language, and each place it points to something to jump to.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from redactor.core.models import Category, Finding, OcrLine, Origin, Quad
from redactor.core.review import ABOUT_LINES, Reason, ReasonKind
from redactor.gui.document import Region

translate = QCoreApplication.translate

SNIPPET_CHARS = 24


def snippet(finding: Finding, lines: Sequence[OcrLine], limit: int = SNIPPET_CHARS) -> str:
    """The recognised characters whose centre lies inside ``finding`` ("" if none)."""
    out: list[str] = []
    x0, y0, x1, y1 = finding.quad.bbox
    for line in lines:
        lx0, ly0, lx1, ly1 = line.quad.bbox
        if lx1 < x0 or lx0 > x1 or ly1 < y0 or ly0 > y1:
            continue
        inside = [
            i
            for i, (ch, q) in enumerate(zip(line.text, line.chars, strict=False))
            if not ch.isspace() and _inside(q.center, finding.quad)
        ]
        if inside:  # from the first to the last character inside, with the spaces between
            out.append(line.text[inside[0] : inside[-1] + 1])
    text = " ".join(out)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _inside(p: tuple[float, float], quad: Quad) -> bool:
    """Point in a convex quad (either winding)."""
    signs = []
    pts = quad.points
    for i in range(4):
        (ax, ay), (bx, by) = pts[i], pts[(i + 1) % 4]
        signs.append((bx - ax) * (p[1] - ay) - (by - ay) * (p[0] - ax))
    return all(s >= 0 for s in signs) or all(s <= 0 for s in signs)


def source_words(finding: Finding) -> str:
    """Where a finding came from, in plain words."""
    if finding.source.unread:
        return translate("Explain", "covers writing Redactor could not read")
    if finding.category is Category.CUSTOM:
        return translate("Explain", "one of your words")
    return {
        Origin.OCR: translate("Explain", "read in the text"),
        Origin.VERIFY: translate("Explain", "still readable after masking"),
        Origin.CODE: translate("Explain", "barcode or QR code in the picture"),
        Origin.FACE: translate("Explain", "face in the picture"),
        Origin.MANUAL: translate("Explain", "drawn by you"),
    }[finding.source.origin]


def reason_words() -> dict[ReasonKind, str]:
    """What each kind of doubt asks of a person; "%1" is the reason's count."""
    return {
        ReasonKind.NO_TEXT: translate(
            "Explain",
            "No text could be read here. If the page shows personal data, draw boxes over it.",
        ),
        ReasonKind.HARD_TO_READ: translate(
            "Explain",
            "Lines next to a name, phone or address label were hard to read and are not "
            "masked (%1). Check they hold nothing personal.",
        ),
        ReasonKind.SMALL_TEXT: translate(
            "Explain",
            "Some text is very small, so personal data in it may be missed (%1 lines). "
            "Zoom in and check them.",
        ),
        ReasonKind.BLURRED: translate(
            "Explain",
            "Some text is blurred, so personal data in it may be missed (%1 lines). Check them.",
        ),
        ReasonKind.UNREAD_INK: translate(
            "Explain",
            "Some boxes cover writing Redactor could not read, and it may go on past them "
            "(%1). Check it is all covered.",
        ),
        ReasonKind.UNREAD_TEXT: translate(
            "Explain",
            "Some text is too blurred or too small to read, so it was masked unread (%1 "
            "areas). Check the masks hide no more, and no less, than they should.",
        ),
        ReasonKind.LEFT_AFTER_MASKING: translate(
            "Explain",
            "After masking, something still looked like personal data (%1). "
            "It is masked now; check it.",
        ),
        ReasonKind.NOT_VERIFIED: translate(
            "Explain", "Not checked again after masking (turned off in Settings)."
        ),
    }


def one_reason_words() -> dict[ReasonKind, str]:
    """The words of the kinds that name their count, for a count of one (English
    counts one line, two lines; Chinese says both alike)."""
    return {
        ReasonKind.SMALL_TEXT: translate(
            "Explain",
            "Some text is very small, so personal data in it may be missed (1 line). "
            "Zoom in and check it.",
        ),
        ReasonKind.BLURRED: translate(
            "Explain",
            "Some text is blurred, so personal data in it may be missed (1 line). Check it.",
        ),
        ReasonKind.UNREAD_TEXT: translate(
            "Explain",
            "Some text is too blurred or too small to read, so it was masked unread (1 "
            "area). Check the mask hides no more, and no less, than it should.",
        ),
    }


def plain_reason(reason: Reason) -> str:
    one = one_reason_words().get(reason.kind) if reason.count == 1 else None
    return one or reason_words()[reason.kind].replace("%1", str(reason.count))


def reason_places(
    reason: Reason, regions: Sequence[Region], lines: Sequence[OcrLine]
) -> list[Region | OcrLine | Quad]:
    """What stands at each place a reason points to: the text line read there (for a
    reason about lines) or the region masked there, else the bare area; all can be
    jumped to."""
    out: list[Region | OcrLine | Quad] = []
    for quad in reason.where:
        place: Region | OcrLine | Quad | None
        if reason.kind in ABOUT_LINES:
            place = next((ln for ln in lines if ln.quad == quad), None)
        else:
            place = next((r for r in regions if r.finding.quad == quad), None)
            place = place or next((r for r in regions if _covers(r.finding.quad, quad)), None)
        place = place or quad
        if place not in out:
            out.append(place)
    return out


def _covers(outer: Quad, inner: Quad) -> bool:
    """Whether ``outer`` holds the centre of ``inner`` and half its box."""
    ox0, oy0, ox1, oy1 = outer.bbox
    ix0, iy0, ix1, iy1 = inner.bbox
    w, h = max(0.0, min(ox1, ix1) - max(ox0, ix0)), max(0.0, min(oy1, iy1) - max(oy0, iy0))
    area = max(1.0, (ix1 - ix0) * (iy1 - iy0))
    return _inside(inner.center, outer) and w * h >= 0.5 * area


def line_label(line: OcrLine, limit: int = SNIPPET_CHARS) -> str:
    text = line.text.strip()
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return translate("Explain", "“%1” · hard to read").replace("%1", text)


def area_label(n: int) -> str:
    return translate("Explain", "Area %1").replace("%1", str(n))


def stage_text(fraction: float, pages: int = 1, page: int = 0) -> str:
    """ "Reading the text… 20%": the stage a page is in, with the document's progress."""
    from redactor.core.pipeline import stage

    # the document's progress runs over its pages: the stage is that of the page at work
    within = fraction * pages - page if pages > 1 else fraction
    words = {
        "ocr": translate("Explain", "Reading the text… %1%"),
        "detect": translate("Explain", "Finding personal data… %1%"),
        "verify": translate("Explain", "Checking the masked image… %1%"),
    }.get(stage(min(max(within, 0.0), 1.0)), translate("Explain", "Finishing… %1%"))
    text = words.replace("%1", str(round(fraction * 100)))
    if pages > 1:
        text += " " + translate("Explain", "(page %1 of %2)").replace("%1", str(page + 1)).replace(
            "%2", str(pages)
        )
    return text
