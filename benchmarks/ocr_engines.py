"""Compare OCR engines on what masking needs: personal items read, character boxes, time.

    python -m benchmarks.ocr_engines --engines rapidocr,tesseract --data DIR [--data DIR2]
        [--real IMAGES --real-fields FIELDS.hashed.json --real-scorer DIR] [--json OUT]

``--data`` is a folder made by the generator (``python -m synth DIR ...``): ``images/``
and ``gt/<stem>.json`` with every item's text, polygon and ``pii`` flag. Per engine:

- **items read**: a personal item (``pii: true``, any category) counts as read when its
  text, with spaces and punctuation removed and upper-cased, occurs in the page's text
  read the same way (lines joined in reading order);
- **box quality**, over the items read inside one line: the union of the character
  quads of the matched characters against the item's polygon: mean IoU, and mean
  coverage (share of the polygon's area under those quads; masks are built from them);
- **seconds per image**, the orientation probe and the read, engines interleaved
  image by image in one process (the order alternates), so both see the same load.

``--real`` adds a set whose personal fields are known only as salted token hashes
(no text, no polygons); its own scorer module (``leak.py`` in ``--real-scorer``) is
imported to hash what an engine reads. A field counts as read when one of its
tokens is; box quality cannot be measured there.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import statistics
import sys
import time
import unicodedata
from pathlib import Path

import numpy as np

_KEEP = re.compile(r"[0-9A-Z\u3400-\u9fff]")


def norm_with_index(text: str) -> tuple[str, list[int]]:
    """Upper-cased text without spaces and punctuation, and each kept character's index."""
    out, idx = [], []
    for i, ch in enumerate(text):
        c = unicodedata.normalize("NFKC", ch).upper()
        for cc in c:
            if _KEEP.match(cc):
                out.append(cc)
                idx.append(i)
    return "".join(out), idx


def _poly(points):
    from shapely.geometry import Polygon

    p = Polygon(points)
    return p if p.is_valid else p.buffer(0)


def box_quality(lines, item_text: str, item_poly) -> tuple[float, float] | None:
    """(IoU, coverage) of the char quads spelling ``item_text`` inside one line, or None."""
    from shapely.ops import unary_union

    target, _ = norm_with_index(item_text)
    if not target:
        return None
    gt = _poly(item_poly)
    if gt.area <= 0:
        return None
    best = None
    for ln in lines:
        n, idx = norm_with_index(ln.text)
        start = n.find(target)
        if start < 0:
            continue
        chars = ln.chars[idx[start] : idx[start + len(target) - 1] + 1]
        union = unary_union([_poly(c.points) for c in chars])
        inter = union.intersection(gt).area
        iou = inter / max(union.union(gt).area, 1e-9)
        cov = inter / gt.area
        if best is None or iou > best[0]:
            best = (iou, cov)
    return best


def _synth_items(data: Path) -> list[tuple[Path, list[dict]]]:
    out = []
    for gt_file in sorted((data / "gt").glob("*.json")):
        gt = json.loads(gt_file.read_text(encoding="utf-8"))
        image = data / "images" / gt["image"]
        items = [it for it in gt["items"] if it.get("pii") is True and it.get("text")]
        out.append((image, items))
    return out


def _read(engine_name: str, pixels: np.ndarray):
    from redactor.core.ocr import get_engine, read_upright

    engine = get_engine(engine_name)
    t = time.perf_counter()
    rotation = engine.page_rotation(pixels)  # type: ignore[attr-defined]
    lines = read_upright(engine, pixels, rotation)
    return lines, time.perf_counter() - t


def run(engines: list[str], data_dirs: list[Path], real: tuple[Path, Path, Path] | None) -> dict:
    from redactor.core.imageio import load_image
    from redactor.core.ocr import get_engine

    for name in engines:
        get_engine(name)  # models loaded before any timing
    stats = {
        name: {"read": 0, "items": 0, "iou": [], "cov": [], "seconds": [],
               "real_read": 0, "real_fields": 0, "real_tokens_read": 0, "real_tokens": 0}
        for name in engines
    }  # fmt: skip
    per_set: dict[str, dict[str, list[int]]] = {}
    jobs: list[tuple[str, Path, object]] = []
    for d in data_dirs:
        jobs += [(d.name, img, items) for img, items in _synth_items(d)]
    if real is not None:
        images, fields_file, scorer_dir = real
        sys.path.insert(0, str(scorer_dir))
        leak = importlib.import_module("leak")
        hashed = json.loads(fields_file.read_text(encoding="utf-8"))
        jobs += [("real", images / rel, fields) for rel, fields in sorted(hashed.items()) if fields]
    for k, (set_name, image, items) in enumerate(jobs):
        pixels = load_image(image).pages[0].pixels
        order = engines if k % 2 == 0 else engines[::-1]
        for name in order:
            lines, seconds = _read(name, pixels)
            s = stats[name]
            s["seconds"].append(seconds)
            row = per_set.setdefault(set_name, {}).setdefault(name, [0, 0])
            if set_name == "real":
                text = leak.norm(" ".join(ln.text for ln in lines))
                digits = re.sub(r"\D", "", text)
                for f in items:  # type: ignore[union-attr]
                    hits = [leak.present(text, digits, t) for t in f["tokens"]]
                    s["real_fields"] += 1
                    s["real_read"] += any(hits)
                    s["real_tokens"] += len(hits)
                    s["real_tokens_read"] += sum(hits)
                    row[0] += any(hits)
                    row[1] += 1
                continue
            page, _ = norm_with_index("".join(ln.text for ln in lines))
            for it in items:  # type: ignore[union-attr]
                target, _ = norm_with_index(it["text"])
                if not target:
                    continue
                s["items"] += 1
                row[1] += 1
                if target in page:
                    s["read"] += 1
                    row[0] += 1
                    q = box_quality(lines, it["text"], it["poly"])
                    if q is not None:
                        s["iou"].append(q[0])
                        s["cov"].append(q[1])
        print(f"{k + 1}/{len(jobs)} {image.name}", file=sys.stderr, flush=True)
    out = {}
    for name, s in stats.items():
        out[name] = {
            "items_read": f"{s['read']}/{s['items']}",
            "box_iou_mean": round(statistics.fmean(s["iou"]), 3) if s["iou"] else None,
            "box_coverage_mean": round(statistics.fmean(s["cov"]), 3) if s["cov"] else None,
            "box_coverage_ge_0.9": (
                f"{sum(c >= 0.9 for c in s['cov'])}/{len(s['cov'])}" if s["cov"] else None
            ),
            "real_fields_read": f"{s['real_read']}/{s['real_fields']}",
            "real_tokens_read": f"{s['real_tokens_read']}/{s['real_tokens']}",
            "seconds_total": round(sum(s["seconds"]), 1),
            "seconds_per_image": round(statistics.fmean(s["seconds"]), 2),
        }
    first = engines[0]
    for name in engines[1:]:
        ratios = [
            a / b for a, b in zip(stats[first]["seconds"], stats[name]["seconds"], strict=True)
        ]
        out[f"time_ratio_{first}_to_{name}"] = {
            "total": round(sum(stats[first]["seconds"]) / sum(stats[name]["seconds"]), 2),
            "median_per_image": round(statistics.median(ratios), 2),
        }
    out["per_set"] = {k: {n: f"{v[0]}/{v[1]}" for n, v in d.items()} for k, d in per_set.items()}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.ocr_engines", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    ap.add_argument("--engines", default="rapidocr,tesseract")
    ap.add_argument("--data", type=Path, action="append", default=[], help="generator folder")
    ap.add_argument("--real", type=Path, help="folder of real images (hashed fields)")
    ap.add_argument("--real-fields", type=Path, help="fields.hashed.json of --real")
    ap.add_argument("--real-scorer", type=Path, help="folder holding the set's leak.py")
    ap.add_argument("--threads", type=int, default=2, help="ONNX Runtime threads per engine")
    ap.add_argument("--json", type=Path)
    a = ap.parse_args(argv)
    import os

    os.environ["REDACTOR_OCR_THREADS"] = str(a.threads)
    real = (a.real, a.real_fields, a.real_scorer) if a.real else None
    res = run([e for e in a.engines.split(",") if e], a.data, real)
    text = json.dumps(res, indent=1, ensure_ascii=False)
    print(text)
    if a.json:
        a.json.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
