"""Checks for scripts/smoke_test.sh on what the frozen CLI wrote (run with the dev .venv).

    python packaging/smoke_check.py INPUT OUTPUT REPORT.json

Passes when the report lists regions for the file and every listed region is
painted over in the output: the middle of each region is dark (the default fill
is black) and most pixels inside the regions differ from the upright input.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

CHANGED = 40  # per-channel difference that counts as "painted over" (JPEG noise is smaller)
MIN_CHANGED_SHARE = 0.3  # of all pixels inside the regions' boxes
DARK = 60  # mean value of the patch at a region's centre after a black fill


def check(source: Path, output: Path, report: Path) -> list[str]:
    data = json.loads(report.read_text(encoding="utf-8"))
    files = data.get("files") or []
    if len(files) != 1:
        return [f"report lists {len(files)} files, expected 1"]
    entry = files[0]
    problems = []
    if entry.get("status") == "failed":
        problems.append(f"status failed: {entry.get('error')}")
    regions = entry.get("regions") or []
    if not regions:
        return [*problems, "report lists no regions"]
    with Image.open(source) as im:
        before = np.asarray(ImageOps.exif_transpose(im).convert("RGB"), dtype=np.int16)
    with Image.open(output) as im:
        after = np.asarray(im.convert("RGB"), dtype=np.int16)
    if before.shape != after.shape:
        return [
            *problems,
            f"output is {after.shape[1]}x{after.shape[0]}, input upright is {before.shape[1]}x{before.shape[0]}",
        ]
    h, w = before.shape[:2]
    inside = np.zeros((h, w), dtype=bool)
    for r in regions:
        x0, y0, x1, y1 = (int(v) for v in r["bbox"])
        inside[max(0, y0) : min(h, y1), max(0, x0) : min(w, x1)] = True
        cx, cy = np.mean(np.asarray(r["polygon"], dtype=float), axis=0).round().astype(int)
        patch = after[max(0, cy - 2) : cy + 3, max(0, cx - 2) : cx + 3]
        if patch.size == 0 or patch.mean() > DARK:
            problems.append(f"{r['category']} region at {r['bbox']} is not filled in the output")
    changed = (np.abs(after - before).max(axis=2) > CHANGED)[inside].mean()
    if changed < MIN_CHANGED_SHARE:
        problems.append(f"only {changed:.0%} of the pixels inside the regions changed")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    problems = check(*(Path(a) for a in argv))
    for p in problems:
        print(f"smoke_check: {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
