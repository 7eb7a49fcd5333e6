"""Generate a synthetic set, redact it with the CLI, score it and report speed.

``python -m benchmarks.run_quality --n 42 --seed 7 --work /tmp/redactor-bench [--jobs 2]
[--layouts new | --families dev|heldout|dev2|heldout2|...|dev22|heldout22|existing]
[--misses 0]``

``--families`` picks one half of the form families (synth.families): ``dev`` and
``heldout`` are the halves of the first batch, ``dev2`` and ``heldout2`` those of the
second, ``dev3`` and ``heldout3`` those of the third, ``dev4`` and ``heldout4`` those of
the fourth, ``dev5`` and ``heldout5`` those of the fifth, ``dev6`` and ``heldout6`` those of the sixth, ``dev7`` and ``heldout7`` those of the seventh, ``dev8`` and ``heldout8`` those of the eighth, ``dev9`` and ``heldout9`` those of the ninth, ``dev10`` and ``heldout10`` those of the tenth, ``dev11`` and ``heldout11`` those of the eleventh, ``dev12`` and ``heldout12`` those of the twelfth, ``dev13`` and ``heldout13`` those of the thirteenth, ``dev14`` and ``heldout14`` those of the fourteenth, ``dev15`` and ``heldout15`` those of the fifteenth, ``dev16`` and ``heldout16`` those of the sixteenth, ``dev17`` and ``heldout17`` those of the seventeenth, ``dev18`` and ``heldout18`` those of the eighteenth, ``dev19`` and ``heldout19`` those of the nineteenth, ``dev20`` and ``heldout20`` those of the twentieth, ``dev21`` and ``heldout21`` those of the twenty-first, ``dev22`` and ``heldout22`` those of the twenty-second (tune on a ``dev`` half; run a held-out half once, at the end: held-out runs
print no misses); or only the layouts that existed before them (``existing``).

Prints the scorer's figures (benchmarks.quality) followed by seconds per image
taken from the CLI's JSON report (wall time per file inside its worker).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

from synth.families import HALVES

#: Halves whose misses are never printed (a blind run must show only its figures).
HELD_OUT = tuple(h for h in HALVES if h.startswith("heldout"))


def chosen_families(families: str, misses: int) -> tuple[str, int]:
    """The synth group a ``--families`` choice names, and how many misses to print:
    none for a held-out half, whose misses must stay unseen."""
    return families, 0 if families in HELD_OUT else misses


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=42)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--work", type=Path, default=Path("/tmp/redactor-bench"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--conditions", default="", help="passed to python -m synth --conditions")
    ap.add_argument(
        "--layouts", default="", help="passed to python -m synth --layouts (e.g. new, or names)"
    )
    ap.add_argument(
        "--families",
        choices=(*HALVES, "existing"),
        help="only one half of the form families, or only the existing layouts",
    )
    ap.add_argument(
        "--misses",
        type=int,
        default=40,
        help="misses to print (default 40; 0 for held-out sets whose misses must stay unseen)",
    )
    a = ap.parse_args(argv)
    if a.families and a.layouts:
        ap.error("--families and --layouts choose the same thing: give one of them")
    if a.families:
        a.layouts, a.misses = chosen_families(a.families, a.misses)

    data, out = a.work / "data", a.work / "out"
    shutil.rmtree(a.work, ignore_errors=True)
    gen = [sys.executable, "-m", "synth", str(data), "--n", str(a.n), "--seed", str(a.seed)]
    if a.conditions:
        gen += ["--conditions", a.conditions]
    if a.layouts:
        gen += ["--layouts", a.layouts]
    subprocess.run(gen, check=True)
    report = a.work / "report.json"
    start = time.monotonic()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "redactor.cli",
            "redact",
            str(data / "images"),
            "-o",
            str(out),
            "--report",
            str(report),
            "--jobs",
            str(a.jobs),
            "-q",
        ],
        check=False,
    )
    wall = time.monotonic() - start
    subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.quality",
            "--data",
            str(data),
            "--out",
            str(out),
            "--leak",
            "--misses",
            str(a.misses),
        ],
        check=False,
    )
    files = json.loads(report.read_text())["files"]
    secs = sorted(f["seconds"] for f in files)
    print(
        f"\nspeed: {len(files)} images in {wall:.0f} s wall with --jobs {a.jobs} "
        f"({60 * len(files) / wall:.1f} images/min); per image in its worker: "
        f"median {secs[len(secs) // 2]:.1f} s, max {secs[-1]:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
