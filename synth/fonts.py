"""The generator's fonts: a fixed list, every one of them required.

Generation depends only on fonts that ``scripts/setup.sh`` installs (Debian
packages ``fonts-noto-cjk``, ``fonts-dejavu-core``, ``fonts-arphic-ukai`` and
``fonts-dkg-handwriting``).  Nothing is discovered: a font that happens to be
installed on one machine (WenQuanYi, Liberation, ...) is never used, so a seed
renders the same bytes everywhere.  A missing required font is an error that
names the package to install - never a silent fallback that would change the
output.

The handwriting faces (Kaiti for Chinese, a hand-drawn Latin face) are kept out
of :func:`choose`: only :func:`choose_hand` picks them, for signatures and notes.
"""

from __future__ import annotations

import functools
import os
import random
from dataclasses import dataclass

from PIL import ImageFont

_NOTO = "/usr/share/fonts/opentype/noto"
_DEJAVU = "/usr/share/fonts/truetype/dejavu"
_UKAI = "/usr/share/fonts/truetype/arphic"
_DKG = "/usr/share/fonts/truetype/fifthhorseman"

#: Font folder -> the Debian package that provides it (all in setup.sh's APT_PACKAGES).
PACKAGES: dict[str, str] = {
    _NOTO: "fonts-noto-cjk",
    _DEJAVU: "fonts-dejavu-core",
    _UKAI: "fonts-arphic-ukai",
    _DKG: "fonts-dkg-handwriting",
}


@dataclass(frozen=True)
class FontSpec:
    """One face inside a font file (``index`` selects the face of a .ttc)."""

    path: str
    index: int = 0
    bold: bool = False
    cjk: bool = False  # has Chinese glyphs
    mono: bool = False
    hand: bool = False  # looks handwritten (signatures, notes)


# Noto CJK .ttc faces: 2 = SC (simplified Chinese), 7 = Mono SC.
# The order matters (rng.choice over pools built from it): append, never reorder.
CANDIDATES: tuple[FontSpec, ...] = (
    FontSpec(f"{_NOTO}/NotoSansCJK-Regular.ttc", 2, cjk=True),
    FontSpec(f"{_NOTO}/NotoSansCJK-Bold.ttc", 2, bold=True, cjk=True),
    FontSpec(f"{_NOTO}/NotoSerifCJK-Regular.ttc", 2, cjk=True),
    FontSpec(f"{_NOTO}/NotoSerifCJK-Bold.ttc", 2, bold=True, cjk=True),
    FontSpec(f"{_NOTO}/NotoSansCJK-Regular.ttc", 7, cjk=True, mono=True),
    FontSpec(f"{_NOTO}/NotoSansCJK-Bold.ttc", 7, bold=True, cjk=True, mono=True),
    FontSpec(f"{_DEJAVU}/DejaVuSans.ttf"),
    FontSpec(f"{_DEJAVU}/DejaVuSans-Bold.ttf", bold=True),
    FontSpec(f"{_DEJAVU}/DejaVuSansCondensed.ttf"),
    FontSpec(f"{_DEJAVU}/DejaVuSansCondensed-Bold.ttf", bold=True),
    FontSpec(f"{_DEJAVU}/DejaVuSerif.ttf"),
    FontSpec(f"{_DEJAVU}/DejaVuSerif-Bold.ttf", bold=True),
    FontSpec(f"{_DEJAVU}/DejaVuSansMono.ttf", mono=True),
    FontSpec(f"{_DEJAVU}/DejaVuSansMono-Bold.ttf", bold=True, mono=True),
)

#: Handwriting-like faces, used only through :func:`choose_hand`.
HAND: tuple[FontSpec, ...] = (
    FontSpec(f"{_UKAI}/ukai.ttc", 0, cjk=True, hand=True),  # AR PL UKai CN
    FontSpec(f"{_DKG}/dkg.ttf", hand=True),
    FontSpec(f"{_DKG}/dkgIt.ttf", hand=True),
    FontSpec(f"{_DKG}/dkgBd.ttf", bold=True, hand=True),
)


def missing() -> list[str]:
    """Required font files that are not installed."""
    return [f.path for f in (*CANDIDATES, *HAND) if not os.path.exists(f.path)]


def _check() -> None:
    gone = missing()
    if gone:
        pkgs = sorted({PACKAGES[os.path.dirname(p)] for p in gone})
        raise RuntimeError(
            "synth: required font(s) missing: "
            + ", ".join(gone)
            + f". Install them with `apt-get install {' '.join(pkgs)}` "
            "(or run scripts/setup.sh as root); the generator uses no other fonts."
        )


@functools.cache
def available() -> tuple[FontSpec, ...]:
    """The general-purpose faces (all of them; raises if any required font is missing)."""
    _check()
    return CANDIDATES


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


def choose_hand(rng: random.Random, *, cjk: bool) -> FontSpec:
    """A handwriting-like face: Kaiti for Chinese text, a hand-drawn face for Latin."""
    _check()
    pool = [f for f in HAND if f.cjk] if cjk else [f for f in HAND if not f.cjk]
    return rng.choice(pool)


@functools.lru_cache(maxsize=512)
def load(spec: FontSpec, size: int) -> ImageFont.FreeTypeFont:
    # Cached: opening the 20 MB CJK collections costs milliseconds each time.
    return ImageFont.truetype(spec.path, size, index=spec.index)
