"""What the finer detection (``redactor.core.ocr.finer_detection``) costs and finds.

    python -m benchmarks.finer_detection_cost IMAGE_OR_DIR [...] [--json OUT]

Reads each image with the default engine twice in this process: with the finer
detection, and without it (``REDUCED_BELOW`` set to 0). Prints per image the seconds and
line counts of both reads and the lines only the finer detection found, then totals.
Both reads run one after the other on the same loaded models, so compare within a
row; absolute seconds depend on what else the machine runs.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from redactor.core.imageio import load_image
from redactor.core.ocr import finer_detection, get_engine, page_rotation, read_upright

SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff", ".webp", ".bmp"}


@dataclass(frozen=True)
class Row:
    image: str
    seconds_with: float
    seconds_without: float
    lines_with: int
    lines_without: int
    only_with: list[str]


def _images(paths: list[str]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        out += (
            sorted(q for q in p.rglob("*") if q.suffix.lower() in SUFFIXES) if p.is_dir() else [p]
        )
    return out


def _read(image, reduced_below: float) -> tuple[float, list[str]]:
    saved = finer_detection.REDUCED_BELOW
    finer_detection.REDUCED_BELOW = reduced_below
    try:
        engine = get_engine("rapidocr")
        start = time.perf_counter()
        lines = read_upright(engine, image, page_rotation(image))
        return time.perf_counter() - start, [ln.text for ln in lines]
    finally:
        finer_detection.REDUCED_BELOW = saved


def measure(path: Path) -> Row:
    image = load_image(path).pages[0].pixels
    t_with, with_ = _read(image, finer_detection.REDUCED_BELOW)
    t_without, without = _read(image, 0.0)
    extra = [t for t in with_ if t not in without]
    return Row(path.name, round(t_with, 2), round(t_without, 2), len(with_), len(without), extra)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    rows = []
    get_engine("rapidocr")  # models load before the clock starts
    for path in _images(args.paths):
        row = measure(path)
        rows.append(row)
        print(
            f"{row.seconds_without:6.2f}s {row.lines_without:4d} lines | with finer detection "
            f"{row.seconds_with:6.2f}s {row.lines_with:4d} lines  {row.image[-60:]}"
        )
    if not rows:
        print("no images found", file=sys.stderr)
        return 2
    t0 = sum(r.seconds_without for r in rows)
    t1 = sum(r.seconds_with for r in rows)
    print(
        f"TOTAL without {t0:.1f}s, with {t1:.1f}s (x{t1 / t0:.2f}); "
        f"lines {sum(r.lines_without for r in rows)} -> {sum(r.lines_with for r in rows)}"
    )
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
