"""User choices that drive analysis and masking (shared by the CLI and the GUI)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from redactor.core.models import DEFAULT_CATEGORIES, Category

#: A document with more pages than this is refused before any page is decoded (a shop's
#: scan runs about 150 pages a minute: a thousand pages is a long batch already).
MAX_PAGES = 1000


class MaskStyle(StrEnum):
    FILL = "fill"  # opaque colour: the only irreversible style
    PIXELATE = "pixelate"  # weaker: can be partly reversed
    BLUR = "blur"  # weaker: can be partly reversed


class Preset(StrEnum):
    FULL = "full"  # mask whole fields (default)
    PRIVACY_WAYBILL = "privacy-waybill"  # GB/T 41833-2022: keep the label usable


@dataclass(frozen=True, slots=True)
class Settings:
    categories: frozenset[Category] = DEFAULT_CATEGORIES
    mask: MaskStyle = MaskStyle.FILL
    color: tuple[int, int, int] = (0, 0, 0)  # RGB
    engine: str = "rapidocr"
    preset: Preset = Preset.FULL
    verify: bool = True
    custom_terms: tuple[str, ...] = field(default_factory=tuple)  # literal words
    custom_patterns: tuple[str, ...] = field(default_factory=tuple)  # regular expressions
    max_pages: int = MAX_PAGES  # refuse documents with more pages


def parse_color(text: str) -> tuple[int, int, int]:
    """'#rrggbb' or 'rrggbb' -> (r, g, b)."""
    s = text.strip().lstrip("#")
    if len(s) == 3:
        s = "".join(ch * 2 for ch in s)
    if len(s) != 6:
        raise ValueError(f"colour '{text}' is not of the form #rrggbb")
    try:
        return (int(s[0:2], 16), int(s[2:4], 16), int(s[4:6], 16))
    except ValueError:
        raise ValueError(f"colour '{text}' is not of the form #rrggbb") from None
