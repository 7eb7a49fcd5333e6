"""Write a synthetic set: ``OUTDIR/images/*.jpg|png`` + ``OUTDIR/gt/*.json``.

Image ``i`` depends only on ``(seed, i)`` and the chosen layouts/conditions, so
sets are reproducible and can be generated in parallel or in pieces.
"""

from __future__ import annotations

import json
import os
import random
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from . import photo
from .layouts import DEFAULT_LAYOUTS, GROUPS, REGISTRY, expand


@dataclass(frozen=True)
class Sample:
    """One generated image in memory: encoded bytes plus its ground truth."""

    name: str
    data: bytes
    gt: dict


def _rng(seed: int, index: int, salt: str = "") -> random.Random:
    # String seeds are hashed with SHA-512 by `random`, stable across runs/platforms.
    return random.Random(f"redactor-synth:{seed}:{index}:{salt}")


def generate_one(
    seed: int,
    index: int,
    *,
    layout: str | None = None,
    condition: str | None = None,
    layouts: Sequence[str] | None = None,
    weights: dict[str, float] | None = None,
    prefix: str = "synth",
) -> Sample:
    """Image ``index`` of the set ``seed``; layout cycles, condition is drawn."""
    names = expand(list(layouts)) if layouts else list(DEFAULT_LAYOUTS)
    layout = layout or names[index % len(names)]
    if condition is None:
        w = weights or photo.DEFAULT_WEIGHTS
        condition = _rng(seed, index, "condition").choices(list(w), weights=list(w.values()))[0]
    rng = _rng(seed, index)
    canvas = REGISTRY[layout](rng)
    shot = photo.apply(condition, canvas, rng)
    data, ext = photo.encode(shot, rng)
    name = f"{prefix}_{index:05d}_{layout}_{condition}{ext}"
    gt = {
        "image": name,
        "width": shot.width,
        "height": shot.height,
        "layout": layout,
        "condition": condition,
        "rotation": shot.rotation,
        "exif_orientation": shot.exif_orientation,
        "seed": seed,
        "index": index,
        "items": [it.to_json() for it in shot.items],
    }
    return Sample(name, data, gt)


def _write(args: tuple[str, int, int, dict]) -> str:
    out, seed, index, kw = args
    s = generate_one(seed, index, **kw)
    root = Path(out)
    (root / "images" / s.name).write_bytes(s.data)
    stem = os.path.splitext(s.name)[0]
    (root / "gt" / f"{stem}.json").write_text(
        json.dumps(s.gt, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return s.name


def generate(
    outdir: str | os.PathLike[str],
    n: int,
    seed: int = 0,
    *,
    layouts: Sequence[str] | None = None,
    conditions: Sequence[str] | None = None,
    workers: int = 1,
    start: int = 0,
) -> list[str]:
    """Generate images ``start .. start+n-1`` of set ``seed`` into ``outdir``."""
    root = Path(outdir)
    (root / "images").mkdir(parents=True, exist_ok=True)
    (root / "gt").mkdir(parents=True, exist_ok=True)
    layouts = expand(list(layouts)) if layouts else None
    for name in layouts or ():
        if name not in REGISTRY:
            raise ValueError(
                f"unknown layout {name!r}; choose from {sorted(REGISTRY)} "
                f"or the groups {', '.join(GROUPS)}"
            )
    weights = None
    if conditions:
        for c in conditions:
            if c not in photo.CONDITIONS:
                raise ValueError(f"unknown condition {c!r}; choose from {photo.CONDITIONS}")
        weights = {c: photo.DEFAULT_WEIGHTS.get(c, 1.0) for c in conditions}
    kw = {"layouts": list(layouts) if layouts else None, "weights": weights}
    jobs = [(str(root), seed, i, kw) for i in range(start, start + n)]
    if workers > 1 and n > 1:
        with ProcessPoolExecutor(max_workers=workers) as ex:
            return list(ex.map(_write, jobs, chunksize=4))
    return [_write(j) for j in jobs]
