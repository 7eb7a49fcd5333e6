"""CLI: ``python -m synth OUTDIR --n N --seed S``."""

from __future__ import annotations

import argparse
import os
import sys
import time

from .dataset import generate
from .layouts import REGISTRY
from .photo import CONDITIONS, DEFAULT_WEIGHTS


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m synth", description=__doc__)
    ap.add_argument("outdir")
    ap.add_argument("--n", type=int, default=70, help="number of images (default 70)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--start", type=int, default=0, help="index of the first image")
    ap.add_argument(
        "--layouts",
        default="",
        help=f"comma list from: {','.join(REGISTRY)}; or the groups default (the first "
        "seven, used when omitted), new, all (= existing: every layout but the form "
        "families), families, dev, heldout (the two halves of the first batch of families), "
        "dev2, heldout2 (the two halves of the second batch), dev3, heldout3 (the third), "
        "dev4, heldout4 (the fourth), dev5, heldout5 (the fifth), dev6, heldout6 (the sixth), dev7, heldout7 (the seventh), dev8, heldout8 (the eighth), dev9, heldout9 (the ninth), dev10, heldout10 (the tenth), dev11, heldout11 (the eleventh), dev12, heldout12 (the twelfth), dev13, heldout13 (the thirteenth), dev14, heldout14 (the fourteenth), dev15, heldout15 (the fifteenth), dev16, heldout16 (the sixteenth), dev17, heldout17 (the seventeenth), dev18, heldout18 (the eighteenth), dev19, heldout19 (the nineteenth), dev20, heldout20 (the twentieth), dev21, heldout21 (the twenty-first), dev22, heldout22 (the twenty-second)",
    )
    ap.add_argument(
        "--conditions",
        default="",
        help=f"comma list from: {','.join(CONDITIONS)} (default: {','.join(DEFAULT_WEIGHTS)})",
    )
    ap.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    a = ap.parse_args(argv)
    t = time.time()
    try:
        names = generate(
            a.outdir,
            a.n,
            a.seed,
            layouts=[s for s in a.layouts.split(",") if s] or None,
            conditions=[s for s in a.conditions.split(",") if s] or None,
            workers=a.workers,
            start=a.start,
        )
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(f"wrote {len(names)} images to {a.outdir} in {time.time() - t:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
