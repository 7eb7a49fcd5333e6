"""Words for people: what a finding covers, where it came from, why a page needs review.

The snippet is the recognised text under a finding, taken from the page's OCR
lines held in memory; it is shown in the window only (the user's own image,
locally) and never written anywhere. Review reasons from ``core.review`` are
fixed English strings; here they become plain sentences in the user's language.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from redactor.core.models import Finding, OcrLine, Quad
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


def source_words(source: str) -> str:
    """Where a finding came from, in plain words."""
    kind, _, rule = source.partition(":")
    if rule == "unread_value":
        return translate("Explain", "covers writing Redactor could not read")
    if rule.startswith("custom"):
        return translate("Explain", "one of your words")
    return {
        "ocr": translate("Explain", "read in the text"),
        "verify": translate("Explain", "still readable after masking"),
        "code": translate("Explain", "barcode or QR code in the picture"),
        "manual": translate("Explain", "drawn by you"),
        "custom": translate("Explain", "one of your words"),
    }.get(kind, source)


_REASONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^no text was found"), "no_text"),
    (re.compile(r"^(\d+) line\(s\) near personal-data labels read with low confidence"), "low"),
    (re.compile(r"^text too small"), "small"),
    (re.compile(r"^text looks blurred"), "blurred"),
    (re.compile(r"^(\d+) mask\(s\) carried over text the OCR could not read"), "ink"),
    (re.compile(r"^(\d+) region\(s\) still looked like personal data after masking"), "left"),
    (re.compile(r"^not verified"), "unverified"),
)


def reason_kind(reason: str) -> tuple[str, str]:
    """("ink", "4") for "4 mask(s) carried over …"; ("", "") when unknown."""
    for pattern, kind in _REASONS:
        m = pattern.match(reason)
        if m:
            return kind, (m.group(1) if m.groups() else "")
    return "", ""


def plain_reason(reason: str) -> str:
    kind, n = reason_kind(reason)
    t = {
        "no_text": translate(
            "Explain",
            "No text could be read here. If the page shows personal data, draw boxes over it.",
        ),
        "low": translate(
            "Explain",
            "Lines next to a name, phone or address label were hard to read (%1). "
            "Check they are covered.",
        ),
        "small": translate(
            "Explain", "The text is very small, so some may be missed. Zoom in and check."
        ),
        "blurred": translate(
            "Explain", "The photo is blurred, so some text may be missed. Check the preview."
        ),
        "ink": translate(
            "Explain",
            "Some boxes cover writing Redactor could not read, like a stamp or smudge (%1). "
            "Check they cover it all.",
        ),
        "left": translate(
            "Explain",
            "After masking, something still looked like personal data (%1). "
            "It is masked now; check it.",
        ),
        "unverified": translate(
            "Explain", "Not checked again after masking (turned off in Settings)."
        ),
    }.get(kind, reason)
    return t.replace("%1", n)


def doubtful_lines(reason: str, lines: Sequence[OcrLine]) -> list[OcrLine]:
    """The hard-to-read lines a "low confidence" reason is about."""
    from redactor.core.review import doubtful_lines as find

    return find(lines) if reason_kind(reason)[0] == "low" else []


def line_label(line: OcrLine, limit: int = SNIPPET_CHARS) -> str:
    text = line.text.strip()
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return translate("Explain", "“%1” · hard to read").replace("%1", text)


def doubtful_regions(reason: str, regions: Sequence[Region]) -> list[Region]:
    """The areas a reason is about, to jump to them."""
    kind, _ = reason_kind(reason)
    if kind == "left":
        return [r for r in regions if r.finding.source.startswith("verify:")]
    if kind == "ink":
        return [r for r in regions if r.finding.source.endswith(":unread_value")]
    return []


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
