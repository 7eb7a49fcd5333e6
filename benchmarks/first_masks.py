"""How soon the window shows masks: time to first masks on screen and to verified, and memory.

    python -m benchmarks.first_masks --work /tmp/fm [--warm-runs 3] [IMAGE ...]

Without images, a 12-MP phone photo (synth condition ``large``) and a scan of
about 1 MP (condition ``scan``) are made with ``python -m synth`` (seed 11).
Each image is measured in a fresh process that runs the real window offscreen,
with temporary preferences, through the GUI job path (``open_paths``):

- ``cold``: the first image after launch (OCR models not loaded yet);
- ``warm``: the median of ``--warm-runs`` further opens of the same image;
- ``first masks``: from opening until the findings are on the canvas (marked
  "Checking…"); ``verified``: until the check of the masked image has ended;
- ``peak MB``: the process's peak resident memory (``ru_maxrss``) over its runs.

The load average is printed with the figures: on a shared machine they are
noisy, and worth rerunning on a quiet one. Results also go to WORK/first_masks.json.

With ``--stages``, each image is measured instead in a fresh process without the
window (``pipeline.analyze`` with ``first=`` then ``pipeline.check``, warm): the
CPU seconds of each stage, medians of ``--warm-runs``: the models (text detector,
direction classifier, recogniser) in the first read, the pixel steps one by one,
and the models in the verification read. CPU time counts every thread, so it holds
on a busy machine where wall time does not.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

#: Targets from the issue that asked for this benchmark (warm, 2 cores).
TARGET_FIRST_S = {"12mp": 3.0, "scan": 1.5}


@dataclass(frozen=True)
class Timing:
    first_s: float  # opening -> findings on the canvas
    verified_s: float  # opening -> the check has ended
    first_cpu_s: float  # CPU time of the process (all threads) over the same spans:
    verified_cpu_s: float  # steadier than wall time on a busy machine


def _cpu() -> float:
    use = resource.getrusage(resource.RUSAGE_SELF)
    return use.ru_utime + use.ru_stime


@dataclass(frozen=True)
class Result:
    name: str
    image: str
    megapixels: float
    cold: Timing
    warm: Timing  # medians
    peak_rss_mb: float
    status: str  # the page's verdict after the check


def make_images(work: Path) -> dict[str, Path]:
    """A 12-MP photo and a ~1-MP scan of the same synthetic waybill."""
    out = {}
    for name, condition in (("12mp", "large"), ("scan", "scan")):
        folder = work / name
        images = folder / "images"
        if not images.is_dir() or not any(images.iterdir()):
            subprocess.run([sys.executable, "-m", "synth", str(folder), "--n", "1", "--seed", "11",
                            "--layouts", "cn_waybill_a", "--conditions", condition],
                           cwd=ROOT, check=True, stdout=subprocess.DEVNULL)  # fmt: skip
        out[name] = sorted(images.iterdir())[0]
    return out


# ------------------------------------------------------------------ in the child
def _open_once(app, window, path: Path) -> tuple[Timing, str]:
    from PySide6.QtCore import QEventLoop, QTimer

    from redactor.gui.document import DocState

    loop = QEventLoop()
    times: dict[str, float] = {}
    start, cpu = time.perf_counter(), _cpu()
    [doc] = window.open_paths([path])

    def look() -> None:
        now = time.perf_counter() - start
        on_canvas = doc.shows_findings and all(
            window.canvas.region_item(r.id) is not None for r in doc.page_regions()
        )
        if "first" not in times and on_canvas and doc is window.current:
            times["first"], times["first_cpu"] = now, _cpu() - cpu
        if doc.is_ready or doc.state in (DocState.FAILED, DocState.CANCELLED):
            times.setdefault("first", now)
            times.setdefault("first_cpu", _cpu() - cpu)
            times["verified"], times["verified_cpu"] = now, _cpu() - cpu
            loop.quit()

    # the window's own slots run first (connected when the document was added)
    doc.changed.connect(look)
    doc.statusChanged.connect(look)
    QTimer.singleShot(600_000, loop.quit)
    loop.exec()
    if doc.state == DocState.FAILED:
        raise SystemExit(f"{path.name}: {doc.error}")
    status = str(doc.status)
    window.file_list.select_doc(doc.id)
    window.close_current()
    app.processEvents()
    timing = Timing(times["first"], times["verified"], times["first_cpu"], times["verified_cpu"])
    return timing, status


def child(path: Path, warm_runs: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from redactor.gui.main_window import MainWindow
    from redactor.gui.prefs import Prefs

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        prefs = Prefs(QSettings(str(Path(tmp) / "prefs.ini"), QSettings.Format.IniFormat))
        window = MainWindow(prefs)
        window.show()
        app.processEvents()
        cold, status = _open_once(app, window, path)
        warm = [_open_once(app, window, path)[0] for _ in range(warm_runs)]
        window.runner.wait()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"cold": asdict(cold), "warm": [asdict(t) for t in warm], "peak_rss_mb": peak_mb,
            "status": status}  # fmt: skip


def stage_cpu(path: Path, runs: int) -> dict[str, float]:
    """Median CPU seconds per stage over ``runs`` warm analyses and checks of ``path``."""
    import dataclasses
    from collections import Counter

    from redactor.core import pipeline
    from redactor.core.detect.pixels import steps
    from redactor.core.imageio import load_image
    from redactor.core.ocr.rapid_stages import RapidStages
    from redactor.core.settings import Settings

    spent: Counter[str] = Counter()
    phase = ["first"]

    def timed(label: str, fn: Any) -> Any:
        def run(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[f"{phase[0]}: {label}"] += time.process_time() - start

        return run

    for name, label in (("detect", "detector"), ("classify", "classifier"),
                        ("recognize", "recogniser")):  # fmt: skip
        setattr(RapidStages, name, timed(label, getattr(RapidStages, name)))
    plan_steps = [dataclasses.replace(st, run=timed(st.name, st.run)) for st in steps.PIXEL_STEPS]
    run_plan = pipeline.run_pixel_plan
    pipeline.run_pixel_plan = lambda page: run_plan(page, plan_steps)  # type: ignore[assignment]

    with load_image(path) as loaded:
        image = loaded.pages[0].pixels
    settings = Settings()
    samples: dict[str, list[float]] = {}
    for k in range(runs + 1):  # the first run loads the models
        spent.clear()
        phase[0] = "first"
        start = time.process_time()

        def first(_plan: object, start: float = start) -> None:
            spent["first masks (total)"] = time.process_time() - start
            phase[0] = "pixels"

        plan = pipeline.analyze(image.copy(), settings, first=first)
        phase[0] = "verify"
        pipeline.check(image.copy(), plan, settings)
        spent["verified (total)"] = time.process_time() - start
        if k:
            for key, value in spent.items():
                samples.setdefault(key, []).append(value)
    return {key: statistics.median(v + [0.0] * (runs - len(v))) for key, v in samples.items()}


def report_stages(stages: dict[str, dict[str, float]], load: tuple[float, ...]) -> str:
    names = list(stages)
    keys = sorted({k for s in stages.values() for k in s}, key=_stage_order)
    rows = [
        "CPU seconds per stage (warm medians); load average at start {:.2f} {:.2f} {:.2f}".format(
            *load
        ),
        f"{'stage':<32}" + "".join(f"{n:>9}" for n in names),
    ]
    rows += [f"{k:<32}" + "".join(f"{stages[n].get(k, 0.0):>9.3f}" for n in names) for k in keys]
    return "\n".join(rows)


def _stage_order(key: str) -> tuple[int, str]:
    order = ("first:", "first masks", "pixels:", "verify:", "verified")
    return next((i for i, p in enumerate(order) if key.startswith(p)), len(order)), key


# ----------------------------------------------------------------- in the parent
def measure(name: str, path: Path, warm_runs: int) -> Result:
    from PIL import Image

    data = _in_child(path, warm_runs)
    with Image.open(path) as im:
        mp = im.size[0] * im.size[1] / 1e6
    warm = data["warm"] or [data["cold"]]
    return Result(
        name,
        str(path),
        round(mp, 2),
        Timing(**data["cold"]),
        Timing(*(statistics.median(t[k] for t in warm) for k in Timing.__dataclass_fields__)),
        round(data["peak_rss_mb"], 1),
        data["status"],
    )


def _in_child(path: Path, warm_runs: int, extra: list[str] | None = None) -> Any:
    cmd = [sys.executable, "-m", "benchmarks.first_masks", "--child", str(path),
           "--warm-runs", str(warm_runs), *(extra or [])]  # fmt: skip
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"{path.name}: the measuring process failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def report(results: list[Result], load: tuple[tuple[float, ...], tuple[float, ...]]) -> str:
    rows = [
        f"cores: {os.cpu_count()}  REDACTOR_OCR_THREADS={os.environ.get('REDACTOR_OCR_THREADS', '')}",
        "load average (1, 5, 15 min) at start {:.2f} {:.2f} {:.2f}, at end {:.2f} {:.2f} {:.2f}".format(
            *load[0], *load[1]
        ),
        f"{'image':<6} {'MP':>5}  {'first masks warm':>16} {'target':>6}  {'verified warm':>13}"
        f"  {'first cold':>10} {'verified cold':>13}  {'peak MB':>7}  status"
        "   (CPU s warm: first, verified)",
    ]
    for r in results:
        target = TARGET_FIRST_S.get(r.name)
        rows.append(
            f"{r.name:<6} {r.megapixels:>5.1f}  {r.warm.first_s:>15.2f}s "
            f"{(f'{target:.1f}s' if target else '-'):>6}  {r.warm.verified_s:>12.2f}s"
            f"  {r.cold.first_s:>9.2f}s {r.cold.verified_s:>12.2f}s  {r.peak_rss_mb:>7.0f}  {r.status}"
            f"   ({r.warm.first_cpu_s:.1f}, {r.warm.verified_cpu_s:.1f})"
        )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("images", nargs="*", type=Path, help="images to measure (default: made)")
    ap.add_argument("--work", type=Path, default=Path("/tmp/first_masks"))
    ap.add_argument("--warm-runs", type=int, default=3)
    ap.add_argument("--stages", action="store_true", help="CPU seconds per stage instead")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.child is not None:
        result = stage_cpu(a.child, a.warm_runs) if a.stages else child(a.child, a.warm_runs)
        print(json.dumps(result))
        return 0
    a.work.mkdir(parents=True, exist_ok=True)
    images = {p.stem[:12]: p for p in a.images} if a.images else make_images(a.work)
    before = os.getloadavg()
    if a.stages:
        stages = {name: _in_child(path, a.warm_runs, ["--stages"]) for name, path in images.items()}
        print(report_stages(stages, before))
        return 0
    results = [measure(name, path, a.warm_runs) for name, path in images.items()]
    after = os.getloadavg()
    print(report(results, (before, after)))
    out = {"load_before": before, "load_after": after, "results": [asdict(r) for r in results]}
    (a.work / "first_masks.json").write_text(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
