"""Time and peak memory of ``redactor redact`` on pages too thin to be a label.

A 1x20000 and a 20000x1 white PNG must fail cleanly (exit code 1, a per-file
message) within 5 s including interpreter start-up, with a peak under 500 MB.
Each run is a fresh process, as a user would start it.

    python -m benchmarks.thin_page --work /tmp/thin
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = ((1, 20000), (20000, 1))
_CLI = "import sys; from redactor.cli import main; sys.exit(main())"


def run_once(src: Path, out: Path, jobs: int) -> dict:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    r = subprocess.run(
        [sys.executable, "-c", _CLI, "redact", str(src), "-o", str(out), "--jobs", str(jobs)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    seconds = time.perf_counter() - t
    # ru_maxrss of children is the largest single child so far: each run is its own child,
    # and the runs are ordered so the figure is this run's unless an earlier one was larger.
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    return {
        "file": src.name,
        "jobs": jobs,
        "exit_code": r.returncode,
        "seconds": round(seconds, 2),
        "peak_mb_upper_bound": round(peak, 1),
        "message": r.stderr.strip().splitlines()[-1] if r.stderr.strip() else "",
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.thin_page", description=__doc__)
    ap.add_argument("--work", type=Path, required=True)
    a = ap.parse_args(argv)
    from PIL import Image

    a.work.mkdir(parents=True, exist_ok=True)
    rows = []
    for w, h in SIZES:
        src = a.work / f"thin_{w}x{h}.png"
        Image.new("RGB", (w, h), "white").save(src)
        for jobs in (1, 2):
            rows.append(run_once(src, a.work / "out", jobs))
    print(json.dumps(rows, indent=1, ensure_ascii=False))
    ok = all(r["exit_code"] == 1 and r["seconds"] < 5 and r["peak_mb_upper_bound"] < 500
             for r in rows)  # fmt: skip
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
