"""What the handwriting step (detect/pixels/hand_ink.py) masks, on cached pages.

    python -m benchmarks.hand_ink [--dir benchmarks/dev_families] [--layouts a,b] [--examples N]
        [--cache /tmp/hand-ink-pages]
    python -m benchmarks.hand_ink --dir tests/golden            # pages with no handwriting

Each cached page is drawn again from its seed (the generator is deterministic, so the
pixels are those the cached OCR lines were read from) while noting which ground-truth
items were written in a handwriting face; no OCR runs. Per family it reports:

- ``hand``: the hand-written personal items the step's masks cover (>= 95%), and how
  many of them the text steps alone leave readable that the step then covers;
- ``printed_hit``: printed ordinary items (labels, headings, dates, prices) more than
  half under the step's masks: its collateral;
- ``findings_dry``: the step's findings on pages with nothing written by hand (must be ~0).
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import defaultdict
from collections.abc import Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from benchmarks.golden import (
    COLLATERAL_SHARE,
    MASKED_SHARE,
    GoldenPage,
    covered_share,
    load_corpus,
    page_findings,
)
from redactor.core.detect.pixels.hand_ink import hand_ink
from redactor.core.mask import padded_quad
from redactor.core.models import CORE_CATEGORIES

_NAME = re.compile(r"golden(?P<seed>\d+)_(?P<index>\d+)_")
_CORE = frozenset(c.value for c in CORE_CATEGORIES)
_GREY_PEN = 20  # a pen whose channels differ less is black or grey: no colour tells it


class Redrawn(Exception):
    """A cached page its generator no longer draws (its pixels are unknown here)."""


@contextmanager
def _noting_hand(hand: list[int], coloured: list[int] | None = None):
    """While drawing, the indices of the canvas's items drawn in a handwriting face
    (and in ``coloured``, those of them written in a pen that is not black or grey)."""
    from synth import fonts
    from synth.render import Canvas

    paths = {f.path for f in fonts.HAND}
    original = Canvas.text

    def text(self, x, y, t, font, *args, **kw):
        before = len(self.items)
        box = original(self, x, y, t, font, *args, **kw)
        if len(self.items) > before and getattr(font, "path", None) in paths:
            hand.append(before)
            pen = kw.get("fill") or self.ink
            if coloured is not None and max(pen) - min(pen) > _GREY_PEN:
                coloured.append(before)
        return box

    Canvas.text = text
    try:
        yield
    finally:
        Canvas.text = original


def drawn_again(page: GoldenPage) -> tuple[np.ndarray, frozenset[int]]:
    """The page's pixels as the CLI loads them, and which of its items are hand-written."""
    from redactor.core.imageio import load_image
    from synth.dataset import generate_one

    m = _NAME.match(page.name)
    if not m:
        raise Redrawn(f"{page.name}: not a cached generated page")
    hand: list[int] = []
    with _noting_hand(hand):
        s = generate_one(
            int(m["seed"]), int(m["index"]), layout=page.layout, prefix=f"golden{m['seed']}"
        )
    if s.name != page.name or len(s.gt["items"]) != len(page.items):
        raise Redrawn(f"{page.name}: the generator now draws another page")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / s.name
        path.write_bytes(s.data)
        with load_image(path) as loaded:
            pixels = next(iter(loaded.pages)).pixels.copy()
    return pixels, frozenset(hand)


@dataclass
class Tally:
    pages: int = 0
    hand: int = 0  # hand-written personal items
    hand_step: int = 0  # ... the step covers
    hand_text: int = 0  # ... the text steps cover
    hand_gain: int = 0  # ... the step covers and the text steps do not
    pen: int = 0  # hand-written personal items in a coloured pen
    pen_step: int = 0  # ... the step covers
    hand_other: int = 0  # hand-written ordinary items (dates, amounts): personal by default
    hand_other_step: int = 0
    printed: int = 0  # printed ordinary items
    printed_hit: int = 0
    dry_pages: int = 0  # pages with nothing hand-written
    dry_findings: int = 0
    findings: int = 0
    examples: list[str] = field(default_factory=list)

    def line(self, name: str) -> str:
        return (
            f"{name:22s} pages {self.pages:3d} findings {self.findings:4d} "
            f"hand {self.hand_step:3d}/{self.hand:<3d} ({self.hand_step / max(1, self.hand):.2f}) "
            f"coloured {self.pen_step:3d}/{self.pen:<3d} "
            f"text {self.hand_text:3d} gain {self.hand_gain:3d} "
            f"hand_other {self.hand_other_step}/{self.hand_other} "
            f"printed_hit {self.printed_hit}/{self.printed} "
            f"({self.printed_hit / max(1, self.printed):.4f}) "
            f"dry {self.dry_findings} on {self.dry_pages} pages"
        )


def coloured_pens(page: GoldenPage) -> frozenset[int]:
    """The page's hand-written items whose pen has a colour (the canvas alone, drawn
    again: no photo, no encoding)."""
    from synth.dataset import _rng
    from synth.layouts import REGISTRY

    m = _NAME.match(page.name)
    assert m, page.name
    hand: list[int] = []
    coloured: list[int] = []
    with _noting_hand(hand, coloured):
        REGISTRY[page.layout](_rng(int(m["seed"]), int(m["index"])))
    return frozenset(coloured)


def _drawn(page: GoldenPage, cache: Path | None) -> tuple[np.ndarray, frozenset[int]]:
    """:func:`drawn_again`, kept in ``cache`` (drawing a page again takes longer than
    judging it)."""
    if cache is None:
        return drawn_again(page)
    path = cache / f"{page.name}.npz"
    if path.exists():
        with np.load(path) as z:
            return z["pixels"], frozenset(int(i) for i in z["hand"])
    pixels, hand = drawn_again(page)
    cache.mkdir(parents=True, exist_ok=True)
    np.savez(path, pixels=pixels, hand=np.array(sorted(hand), np.int64))
    return pixels, hand


def measure(page: GoldenPage, t: Tally, keep: int, cache: Path | None = None) -> None:
    pixels, hand = _drawn(page, cache)
    coloured = coloured_pens(page) if hand else frozenset()
    text = page_findings(page)
    found = hand_ink(pixels, page.lines)
    step = [np.asarray(padded_quad(f).points) for f in found]
    masks = [np.asarray(padded_quad(f).points) for f in text]
    t.pages += 1
    t.findings += len(found)
    if not hand:
        t.dry_pages += 1
        t.dry_findings += len(found)
    for i, it in enumerate(page.items):
        if it["pii"] is None or it["category"] in {"code", "face"}:
            continue
        by_step = covered_share(it["poly"], step) if step else 0.0
        if i in hand and it["pii"] and it["category"] in _CORE:
            by_text = covered_share(it["poly"], masks) >= MASKED_SHARE
            t.hand += 1
            t.hand_step += by_step >= MASKED_SHARE
            t.hand_text += by_text
            t.hand_gain += by_step >= MASKED_SHARE and not by_text
            t.pen += i in coloured
            t.pen_step += i in coloured and by_step >= MASKED_SHARE
        elif i in hand and not it["pii"]:
            t.hand_other += 1
            t.hand_other_step += by_step >= MASKED_SHARE
        elif i not in hand and not it["pii"]:
            t.printed += 1
            if by_step > COLLATERAL_SHARE:
                t.printed_hit += 1
                if len(t.examples) < keep:
                    t.examples.append(f"{page.name}: {it['category']} {it['text']!r}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--dir", type=Path, default=Path("benchmarks/dev_families"))
    ap.add_argument("--layouts", default="", help="only these layouts (comma-separated)")
    ap.add_argument("--examples", type=int, default=0, help="printed items hit to print")
    ap.add_argument("--cache", type=Path, help="keep the pages drawn again here")
    ap.add_argument("--per-layout", type=int, default=0, help="only the first N pages of each")
    a = ap.parse_args(argv)
    pages = load_corpus(a.dir)
    if a.layouts:
        wanted = set(a.layouts.split(","))
        pages = [p for p in pages if p.layout in wanted]
    if a.per_layout:
        by_layout: dict[str, list[GoldenPage]] = defaultdict(list)
        for p in pages:
            by_layout[p.layout].append(p)
        pages = [p for ps in by_layout.values() for p in ps[: a.per_layout]]
    tallies: dict[str, Tally] = defaultdict(Tally)
    skipped = 0
    for page in pages:
        try:
            measure(page, tallies[page.layout], a.examples, a.cache)
        except Redrawn:
            skipped += 1
    total = Tally()
    for name in sorted(tallies):
        t = tallies[name]
        print(t.line(name), flush=True)
        for ex in t.examples:
            print("    hit:", ex)
        for k in vars(total):
            if k != "examples":
                setattr(total, k, getattr(total, k) + getattr(t, k))
    print(total.line("ALL"))
    if skipped:
        print(f"{skipped} cached page(s) skipped: their generator now draws another page")
    return 0


if __name__ == "__main__":
    sys.exit(main())
