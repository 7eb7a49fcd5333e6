"""Font discovery with graceful fallback.

Only the Noto CJK and DejaVu fonts are guaranteed (the project's CI installs them);
WenQuanYi and Liberation are optional extras that add variety when present.  Every
lookup falls back to whatever is installed, so a missing optional font never
breaks generation - it only makes the output a little less varied.
"""

from __future__ import annotations

import functools
import os
import random
from dataclasses import dataclass

from PIL import ImageFont

_NOTO = "/usr/share/fonts/opentype/noto"
_DEJAVU = "/usr/share/fonts/truetype/dejavu"
_WQY = "/usr/share/fonts/truetype/wqy"
_LIB = "/usr/share/fonts/truetype/liberation2"
_LIB_OLD = "/usr/share/fonts/truetype/liberation"


@dataclass(frozen=True)
class FontSpec:
    """One face inside a font file (``index`` selects the face of a .ttc)."""

    path: str
    index: int = 0
    bold: bool = False
    cjk: bool = False  # has Chinese glyphs
    mono: bool = False


# Noto CJK .ttc faces: 2 = SC (simplified Chinese), 7 = Mono SC.
_CANDIDATES: tuple[FontSpec, ...] = (
    FontSpec(f"{_NOTO}/NotoSansCJK-Regular.ttc", 2, cjk=True),
    FontSpec(f"{_NOTO}/NotoSansCJK-Bold.ttc", 2, bold=True, cjk=True),
    FontSpec(f"{_NOTO}/NotoSerifCJK-Regular.ttc", 2, cjk=True),
    FontSpec(f"{_NOTO}/NotoSerifCJK-Bold.ttc", 2, bold=True, cjk=True),
    FontSpec(f"{_NOTO}/NotoSansCJK-Regular.ttc", 7, cjk=True, mono=True),
    FontSpec(f"{_NOTO}/NotoSansCJK-Bold.ttc", 7, bold=True, cjk=True, mono=True),
    FontSpec(f"{_WQY}/wqy-zenhei.ttc", 0, cjk=True),
    FontSpec(f"{_WQY}/wqy-microhei.ttc", 0, cjk=True),
    FontSpec(f"{_DEJAVU}/DejaVuSans.ttf"),
    FontSpec(f"{_DEJAVU}/DejaVuSans-Bold.ttf", bold=True),
    FontSpec(f"{_DEJAVU}/DejaVuSansCondensed.ttf"),
    FontSpec(f"{_DEJAVU}/DejaVuSansCondensed-Bold.ttf", bold=True),
    FontSpec(f"{_DEJAVU}/DejaVuSerif.ttf"),
    FontSpec(f"{_DEJAVU}/DejaVuSerif-Bold.ttf", bold=True),
    FontSpec(f"{_DEJAVU}/DejaVuSansMono.ttf", mono=True),
    FontSpec(f"{_DEJAVU}/DejaVuSansMono-Bold.ttf", bold=True, mono=True),
    FontSpec(f"{_LIB}/LiberationSans-Regular.ttf"),
    FontSpec(f"{_LIB}/LiberationSans-Bold.ttf", bold=True),
    FontSpec(f"{_LIB}/LiberationSerif-Regular.ttf"),
    FontSpec(f"{_LIB}/LiberationSerif-Bold.ttf", bold=True),
    FontSpec(f"{_LIB}/LiberationMono-Regular.ttf", mono=True),
    FontSpec(f"{_LIB}/LiberationMono-Bold.ttf", bold=True, mono=True),
    FontSpec(f"{_LIB_OLD}/LiberationSans-Regular.ttf"),
    FontSpec(f"{_LIB_OLD}/LiberationSans-Bold.ttf", bold=True),
)


@functools.cache
def available() -> tuple[FontSpec, ...]:
    found = tuple(f for f in _CANDIDATES if os.path.exists(f.path))
    if not found:
        raise RuntimeError("no usable fonts found: install fonts-noto-cjk and fonts-dejavu-core")
    return found


def choose(
    rng: random.Random, *, cjk: bool, bold: bool = False, mono: bool | None = None
) -> FontSpec:
    """Pick a face; relaxes the wishes (mono, then bold) until something matches.

    A CJK face is required when ``cjk`` is true (Latin faces lack the glyphs), but
    CJK faces are also fine for Latin text, so they are the last resort there.
    """
    fonts = available()
    pools = [
        [
            f
            for f in fonts
            if (f.cjk or not cjk) and f.bold == bold and (mono is None or f.mono == mono)
        ],
        [f for f in fonts if (f.cjk or not cjk) and f.bold == bold],
        [f for f in fonts if (f.cjk or not cjk)],
        list(fonts),
    ]
    if not cjk:
        # Prefer genuinely Latin faces for English labels.
        pools.insert(0, [f for f in pools[0] if not f.cjk])
    for pool in pools:
        if pool:
            return rng.choice(pool)
    raise AssertionError("unreachable")


@functools.lru_cache(maxsize=512)
def load(spec: FontSpec, size: int) -> ImageFont.FreeTypeFont:
    # Cached: opening the 20 MB CJK collections costs milliseconds each time.
    return ImageFont.truetype(spec.path, size, index=spec.index)
