"""The generator's fonts are pinned: rendering never depends on extra installed fonts."""

from __future__ import annotations

import hashlib
import os
import random
import re
from pathlib import Path

import pytest

from synth import fonts
from synth.dataset import generate_one

SETUP = Path(__file__).resolve().parents[1] / "scripts" / "setup.sh"


def _apt_packages() -> set[str]:
    text = SETUP.read_text(encoding="utf-8")
    block = re.search(r"APT_PACKAGES=\((.*?)\n\)", text, re.S)
    assert block
    return {w for ln in block.group(1).splitlines() for w in ln.split("#")[0].split()}


def test_every_font_is_required_and_installed_by_setup() -> None:
    apt = _apt_packages()
    for spec in (*fonts.CANDIDATES, *fonts.HAND):
        folder = os.path.dirname(spec.path)
        assert folder in fonts.PACKAGES, spec.path  # no font from an optional package
        assert fonts.PACKAGES[folder] in apt, spec.path
        assert os.path.exists(spec.path), spec.path
    # The fonts that used to be picked up when present are not candidates.
    paths = " ".join(f.path for f in (*fonts.CANDIDATES, *fonts.HAND)).lower()
    assert "wqy" not in paths and "liberation" not in paths
    assert fonts.available() == fonts.CANDIDATES


def _fingerprint() -> str:
    h = hashlib.sha256()
    for layout in ("cn_waybill_a", "en_card_slip", "cn_pos_slip"):
        h.update(generate_one(5, 0, layout=layout, condition="scan").data)
    return h.hexdigest()


def test_rendering_ignores_extra_installed_fonts(monkeypatch) -> None:
    before = _fingerprint()
    real_exists = os.path.exists
    # Pretend every optional font under the sun is installed as well.
    monkeypatch.setattr(
        fonts.os.path, "exists", lambda p: True if "/fonts/" in str(p) else real_exists(p)
    )
    fonts.available.cache_clear()
    try:
        assert fonts.available() == fonts.CANDIDATES
        assert _fingerprint() == before
    finally:
        fonts.available.cache_clear()


def test_missing_required_font_fails_clearly(monkeypatch) -> None:
    gone = fonts.HAND[0].path
    real_exists = os.path.exists
    monkeypatch.setattr(fonts.os.path, "exists", lambda p: p != gone and real_exists(p))
    fonts.available.cache_clear()
    try:
        with pytest.raises(RuntimeError, match="fonts-arphic-ukai"):
            fonts.available()
        with pytest.raises(RuntimeError, match="required font"):
            fonts.choose_hand(random.Random(0), cjk=True)
    finally:
        fonts.available.cache_clear()
