"""Shared helpers for the label tests: made-up label/value rows laid out as OCR lines,
and what the text steps mask on each line."""

from __future__ import annotations

from redactor.core.detect import text_spans
from redactor.core.models import OcrLine
from tests.core.test_layout import make_line


def masked_by_line(lines: list[OcrLine]) -> dict[str, list[tuple[str, str]]]:
    """Each line's text with the (category, masked text) pairs the text steps found on it."""
    spans = text_spans(lines)
    return {
        ln.text: [(s.category.value, ln.text[s.start : s.end]) for s in spans.get(k, [])]
        for k, ln in enumerate(lines)
    }


def label_rows(*rows: tuple[str, str]) -> list[OcrLine]:
    """Each label with its value to its right, one row under the other."""
    lines: list[OcrLine] = []
    for n, (label, value) in enumerate(rows):
        y = 100 + n * 60
        lines.append(make_line(label, x=100, y=y))
        lines.append(make_line(value, x=100 + 20 * (len(label) + 2), y=y))
    return lines
