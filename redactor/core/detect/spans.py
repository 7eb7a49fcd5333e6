"""Text spans: what a detector reports before it becomes a masked region."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from redactor.core.detect.charclass import (
    DIGIT_LOOKALIKES,
    DIGITISH,
    LETTER_LOOKALIKES,
    MASK_CHARS,
    digit_count,
)
from redactor.core.detect.simplified import to_simplified
from redactor.core.models import Category


@dataclass(frozen=True, slots=True)
class Span:
    """Characters ``[start, end)`` of one OCR line's text belong to ``category``."""

    start: int
    end: int
    category: Category
    score: float
    rule: str
    # A value OCR cut into two boxes of one row: the line holding its first half.
    # The mask then reaches back over the gap between the boxes.
    joins: int | None = None


# OCR confuses these letters with digits; inside a digit run we read them as digits.
_DIGIT_LOOKALIKES = str.maketrans(DIGIT_LOOKALIKES)


def normalize(text: str) -> str:
    """Full-width forms to ASCII (NFKC) and Traditional Chinese to Simplified, while
    keeping one character per character.

    Detectors match on the normalised text; indices stay valid for the original
    line because every character maps to exactly one character.
    """
    out = []
    for ch in text:
        n = unicodedata.normalize("NFKC", ch)
        out.append(n if len(n) == 1 else ch)
    return to_simplified("".join(out))


_RUN = re.compile(rf"[{DIGITISH}][{DIGITISH}\s\-{MASK_CHARS}]*[{DIGITISH}]")


def digit_view(text: str) -> str:
    """Read look-alike letters as digits where they sit among digits (same length)."""

    def fix(m: re.Match[str]) -> str:
        s = m.group(0)
        digits = digit_count(s)
        # Only runs that are mostly digits: "Street" or "SUNSET" must stay words.
        if digits >= 4 and digits >= 0.4 * sum(
            not c.isspace() and c not in "-" + MASK_CHARS for c in s
        ):
            return s.translate(_DIGIT_LOOKALIKES)
        return s

    return _RUN.sub(fix, text)


_LETTERS = str.maketrans(LETTER_LOOKALIKES)
_WORD_OPENED_BY_A_LETTER = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9.'\-]*")


def letter_view(text: str) -> str:
    """Read digits as look-alike letters inside words that open with a letter (same
    length): what a name was before OCR misread some of its letters."""
    return _WORD_OPENED_BY_A_LETTER.sub(lambda m: m.group(0).translate(_LETTERS), text)
