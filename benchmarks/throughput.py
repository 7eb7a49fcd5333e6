"""Throughput: images per minute and peak memory of ``redactor redact`` on this machine.

    python -m benchmarks.throughput --work /tmp/tp [--public DIR] [--n-large 8] [--pdf-pages 50]
                                    [--workers 1,2,4] [--ratio-n 12] [--skip ...]

Measures, each in a fresh CLI process (so model loading is included, as a user sees it):
- the public image folder, for 1, 2 and 4 worker processes (``--jobs``);
- 12-MP phone photos made by ``python -m synth`` (condition ``large``);
- a 50-page receipt PDF assembled from synthetic receipt scans (300 dpi pages);
and, in this process, the ratio of the full pipeline (OCR, detection, masking,
verification) to a bare RapidOCR pass over the same images.

Peak memory is the largest sum of resident memory over the CLI and all its
worker processes, sampled every 0.1 s with psutil.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import psutil

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PUBLIC = ROOT.parent / "shared" / "bench" / "public" / "images"


@dataclass(frozen=True)
class Run:
    name: str
    jobs: int
    threads_per_worker: int
    items: int  # images, or pages for the PDF
    seconds: float
    per_min: float
    peak_rss_mb: float
    rc: int


class TreeRss:
    """Samples the summed RSS of a process and its children until stopped."""

    def __init__(self, pid: int, every_s: float = 0.1) -> None:
        self.proc = psutil.Process(pid)
        self.every_s = every_s
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            total = 0
            try:
                procs = [self.proc, *self.proc.children(recursive=True)]
            except psutil.Error:
                break
            for p in procs:
                with contextlib.suppress(psutil.Error):  # a worker may just have exited
                    total += p.memory_info().rss
            self.peak = max(self.peak, total)
            self._stop.wait(self.every_s)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak / 2**20


def run_cli(name: str, inputs: list[Path], out: Path, jobs: int, items: int) -> Run:
    cmd = [sys.executable, "-m", "redactor.cli", "redact", *map(str, inputs), "-o", str(out),
           "-q", "--jobs", str(jobs)]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    t0 = time.monotonic()
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    rss = TreeRss(proc.pid)
    _, err = proc.communicate()
    seconds = time.monotonic() - t0
    peak = rss.stop()
    if proc.returncode not in (0, 1):
        print(err.decode(errors="replace"), file=sys.stderr)
    threads = max(1, (os.cpu_count() or 1) // jobs)
    return Run(name, jobs, threads, items, seconds, items / seconds * 60, peak, proc.returncode)


def make_large(work: Path, n: int) -> Path:
    folder = work / "large"
    if not (folder / "images").is_dir() or len(list((folder / "images").iterdir())) < n:
        subprocess.run([sys.executable, "-m", "synth", str(folder), "--n", str(n), "--seed", "11",
                        "--conditions", "large"], cwd=ROOT, check=True)  # fmt: skip
    return folder / "images"


def make_pdf(work: Path, pages: int) -> Path:
    from PIL import Image

    from redactor.core.imageio import save_pages

    dest = work / "receipts.pdf"
    if dest.exists():
        return dest
    folder = work / "receipts"
    subprocess.run([sys.executable, "-m", "synth", str(folder), "--n", str(pages), "--seed", "5",
                    "--layouts", "cn_receipt_member,en_card_slip", "--conditions", "scan"],
                   cwd=ROOT, check=True)  # fmt: skip
    files = sorted(p for p in (folder / "images").iterdir() if p.is_file())[:pages]

    def pixels():
        for f in files:
            with Image.open(f) as im:
                yield np.asarray(im.convert("RGB"))

    sizes = []
    for f in files:
        with Image.open(f) as im:
            sizes.append((im.width * 72 / 300, im.height * 72 / 300))  # 300-dpi pages
    save_pages(pixels(), dest, "PDF", page_sizes=sizes)
    return dest


def pipeline_ratio(images: list[Path], threads: int) -> dict:
    """Seconds per image: bare RapidOCR call vs our full pipeline, same process and threads."""
    os.environ["REDACTOR_OCR_THREADS"] = str(threads)
    from rapidocr import RapidOCR

    from redactor.core.imageio import load_image
    from redactor.core.ocr import get_engine
    from redactor.core.ocr.rapid_stages import model_paths
    from redactor.core.pipeline import redact_page
    from redactor.core.settings import Settings

    bare = RapidOCR(
        params={
            "Global.log_level": "error",
            "EngineConfig.onnxruntime.intra_op_num_threads": threads,
            "EngineConfig.onnxruntime.inter_op_num_threads": 1,
            **model_paths(),
        }
    )
    engine = get_engine("rapidocr")
    pages = [load_image(p).pages[0].pixels for p in images]
    bare(np.ascontiguousarray(pages[0][:, :, ::-1]))  # warm both up
    engine.recognize(pages[0])
    t_bare, t_ocr, t_full, t_noverify = [], [], [], []
    for px in pages:
        bgr = np.ascontiguousarray(px[:, :, ::-1])
        t = time.perf_counter()
        bare(bgr)
        t_bare.append(time.perf_counter() - t)
        t = time.perf_counter()
        engine.recognize(px)
        t_ocr.append(time.perf_counter() - t)
        t = time.perf_counter()
        redact_page(px, Settings(verify=False))
        t_noverify.append(time.perf_counter() - t)
        t = time.perf_counter()
        redact_page(px, Settings())
        t_full.append(time.perf_counter() - t)
    total = {k: sum(v) for k, v in
             {"bare": t_bare, "ocr": t_ocr, "noverify": t_noverify, "full": t_full}.items()}  # fmt: skip
    return {
        "images": len(pages),
        "threads": threads,
        "bare_rapidocr_s_per_image": round(total["bare"] / len(pages), 3),
        "our_ocr_s_per_image": round(total["ocr"] / len(pages), 3),
        "pipeline_no_verify_s_per_image": round(total["noverify"] / len(pages), 3),
        "pipeline_full_s_per_image": round(total["full"] / len(pages), 3),
        "ratio_full_to_bare": round(total["full"] / total["bare"], 2),
        "ratio_full_to_bare_median": round(
            statistics.median(f / b for f, b in zip(t_full, t_bare, strict=True)), 2
        ),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.throughput", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    ap.add_argument(
        "--work", type=Path, required=True, help="scratch folder for inputs and outputs"
    )
    ap.add_argument("--public", type=Path, default=DEFAULT_PUBLIC, help="folder of images (a)")
    ap.add_argument("--n-public", type=int, default=0, help="use only the first N public images")
    ap.add_argument("--n-large", type=int, default=8, help="12-MP photos to generate (b)")
    ap.add_argument("--pdf-pages", type=int, default=50, help="pages of the receipt PDF (c)")
    ap.add_argument("--workers", default="1,2,4", help="worker counts for the public set")
    ap.add_argument("--jobs", type=int, default=2, help="workers for the 12-MP and PDF runs")
    ap.add_argument("--ratio-n", type=int, default=12, help="images for the pipeline/OCR ratio")
    ap.add_argument("--skip", default="", help="comma list of: public,large,pdf,ratio")
    a = ap.parse_args(argv)
    a.work.mkdir(parents=True, exist_ok=True)
    skip = set(filter(None, a.skip.split(",")))
    runs: list[Run] = []
    results: dict = {"cpu_count": os.cpu_count()}

    public = sorted(p for p in a.public.iterdir() if p.is_file())
    if a.n_public:
        public = public[: a.n_public]
    if "public" not in skip:
        for jobs in (int(x) for x in a.workers.split(",")):
            out = a.work / f"out_public_{jobs}"
            runs.append(run_cli("public", public, out, jobs, len(public)))
            print(runs[-1], flush=True)
    if "large" not in skip:
        large = sorted(make_large(a.work, a.n_large).iterdir())[: a.n_large]
        runs.append(run_cli("12mp", large, a.work / "out_large", a.jobs, len(large)))
        print(runs[-1], flush=True)
    if "pdf" not in skip:
        pdf = make_pdf(a.work, a.pdf_pages)
        # One file: one worker does all pages (pages of a file are sequential).
        runs.append(run_cli("pdf", [pdf], a.work / "out_pdf", 1, a.pdf_pages))
        print(runs[-1], flush=True)
    if "ratio" not in skip:
        results["ratio"] = pipeline_ratio(public[: a.ratio_n], threads=os.cpu_count() or 1)
        print(results["ratio"], flush=True)
    results["runs"] = [asdict(r) for r in runs]
    (a.work / "throughput.json").write_text(json.dumps(results, indent=2))
    print("\n| set | items | workers | threads/worker | seconds | items/min | peak RSS (MB) |")
    print("|---|---|---|---|---|---|---|")
    for r in runs:
        print(f"| {r.name} | {r.items} | {r.jobs} | {r.threads_per_worker} | {r.seconds:.0f} | "
              f"{r.per_min:.1f} | {r.peak_rss_mb:.0f} |")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
