"""Detectors: from OCR lines (and pixels, for codes) to findings."""

from __future__ import annotations

import re

import numpy as np

from redactor.core.detect.layout import UNREAD_VALUE, field_spans, numbers_across_boxes
from redactor.core.detect.numbers import find_number_spans
from redactor.core.detect.sheet import Sheet
from redactor.core.detect.spans import Span, digit_view, normalize
from redactor.core.models import Category, Finding, OcrLine, Quad


def text_spans(
    lines: list[OcrLine], custom_terms=(), custom_patterns=(), blocks: bool = True
) -> dict[int, list[Span]]:
    """Every personal-data span on every line (overlaps allowed; masking unions them)."""
    texts = [normalize(ln.text) for ln in lines]
    sheet = Sheet.of(lines, texts)
    spans = field_spans(sheet, blocks)
    for i, text in enumerate(texts):
        # Patterns run on the text as read and with look-alike letters read as digits
        # (O/0, l/1, S/5, B/8); both views index the same characters.
        spans[i].extend(find_number_spans(text))
        fixed = digit_view(text)
        if fixed != text:
            spans[i].extend(find_number_spans(fixed))
        spans[i].extend(_custom(text, custom_terms, custom_patterns))
    numbers_across_boxes(sheet)
    return spans


def _custom(text: str, terms, patterns):
    for term in terms:
        if term:
            for m in re.finditer(re.escape(term), text, re.IGNORECASE):
                yield Span(m.start(), m.end(), Category.CUSTOM, 1.0, "custom_word")
    for pat in patterns:
        for m in re.finditer(pat, text):
            if m.end() > m.start():
                yield Span(m.start(), m.end(), Category.CUSTOM, 1.0, "custom_regex")


def findings_from_text(
    lines: list[OcrLine],
    custom_terms=(),
    custom_patterns=(),
    source_prefix: str = "ocr",
    privacy_waybill: bool = False,
) -> list[Finding]:
    out = []
    blocks = source_prefix != "verify"
    for i, spans in text_spans(lines, custom_terms, custom_patterns, blocks).items():
        line = lines[i]
        for s in _dedupe(spans):
            if privacy_waybill:
                s = _privacy_cut(line.text, s)
                if s is None:
                    continue
            quad = _after_line(line) if s.start == s.end else line.span(s.start, s.end)
            if s.joins is not None:
                quad = _bridged(lines[s.joins].quad, quad)
            score = round(s.score * max(0.3, line.confidence), 3)
            out.append(
                Finding(s.category, quad, score, f"{source_prefix}:{s.rule}", True, line.height)
            )
    return out


def _after_line(line: OcrLine) -> Quad:
    """A sliver just past a line's trailing edge: the seed of an unread value's mask."""
    _, b, c, _ = line.quad.points
    _, pb, pc, _ = line.quad.padded(0.2 * line.height, 0.0).points
    return Quad((b, pb, pc, c))


def _bridged(first_box: Quad, second: Quad) -> Quad:
    """From the trailing edge of the first box to the end of the second span."""
    _, b, c, _ = first_box.points
    _, sb, sc, _ = second.points
    return Quad((b, sb, sc, c))


def _privacy_cut(text: str, s: Span) -> Span | None:
    """GB/T 41833-2022 privacy waybill: keep the label usable, hide the identifying part.

    Name: hide all but the first character (at least one is hidden). Phone: hide
    everything but the last four digits. Address: keep the region and street,
    hide the door (building/unit/room) part.
    """
    if s.category is Category.NAME:
        # One visible character is what the standard leaves; the verification pass
        # sees just that character on a masked label and must leave it alone.
        return (
            Span(s.start + 1, s.end, s.category, s.score, s.rule + "+privacy")
            if s.end - s.start >= 2
            else None
        )
    if s.category is Category.PHONE:
        digit_pos = [k for k in range(s.start, s.end) if text[k].isdigit() or text[k] in "*＊xX"]
        if len(digit_pos) <= 4:
            return s
        return Span(s.start, digit_pos[-4], s.category, s.score, s.rule + "+privacy")
    if s.category is Category.ADDRESS:
        return None
    return s


def _dedupe(spans: list[Span]) -> list[Span]:
    """Drop spans wholly inside a stronger span of the same line."""
    spans = [s for s in spans if s.end > s.start or s.rule == UNREAD_VALUE]
    keep = []
    for s in sorted(spans, key=lambda s: (-(s.end - s.start), -s.score)):
        if any(
            k.start <= s.start
            and s.end <= k.end
            and (k.category == s.category or k.score >= s.score)
            for k in keep
        ):
            continue
        keep.append(s)
    return sorted(keep, key=lambda s: s.start)


def findings_from_pixels(image: np.ndarray, lines: list[OcrLine] | None = None) -> list[Finding]:
    """Barcodes and QR codes. With the page's OCR lines, undecodable "bars" that are
    really bold lettering (a shop's name in a heavy font) are dropped."""
    from redactor.core.detect.codes import find_codes, share_inside

    found = find_codes(image)
    if not lines:
        return found
    words = [
        ln.quad.bbox
        for ln in lines
        if ln.confidence >= 0.85 and len(_LETTERS.findall(ln.text)) >= 4
    ]
    return [
        f
        for f in found
        if f.source != "code:bars" or not any(share_inside(f.quad.bbox, b) > 0.5 for b in words)
    ]


_LETTERS = re.compile(r"[A-Za-z\u4e00-\u9fff]")
