"""Pixel-based redaction quality scorer.

``python -m benchmarks.quality --data DIR --out REDACTED_DIR [--json FILE]``

``DIR`` holds ``images/`` and ``gt/*.json`` (as written by ``python -m synth``;
images may also sit directly in ``DIR``, as in ``assets/samples``).
For every ground-truth image the redacted output is looked up in
``REDACTED_DIR`` (same file name, ``<stem>.redacted<ext>``, or any extension),
both are loaded upright (EXIF orientation applied) and each item is judged from
pixels only - nothing the redactor reports is trusted:

* The item's *paper* pixels are the bright ones inside its polygon in the input
  (above an Otsu threshold computed over the polygon's bounding box).  Judging
  the paper rather than the whole area means ink that was already dark does not
  count as "covered".
* A personal item (``pii: true``) is **masked** when at least 95 % of its paper
  pixels are dark (< 60 grey) in the output.
* An ordinary item (``pii: false``) is **collateral** damage when more than 50 %
  of its paper pixels turned dark.  ``pii: null`` items are ignored.

Printed figures: recall per category, ``core_recall`` (name, phone, address,
door, id_number, card_number, email), ``extra_recall`` (tracking, code), the
same per layout and per condition, ``clean_image_rate`` (images with every
personal item masked), ``collateral_rate`` and whether output sizes match.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageOps

CORE = ("name", "phone", "address", "door", "id_number", "card_number", "email")
EXTRA = ("tracking", "code")
DARK = 60  # grey level below which a pixel counts as blacked out
MASKED_FRACTION = 0.95
COLLATERAL_FRACTION = 0.5
_MIN_PAPER = 8  # fewer bright pixels than this: judge the whole polygon area instead
IMAGE_EXTS = (".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".bmp", ".heic")


# ----------------------------------------------------------------------------- pixels


def load_gray(path: str | Path) -> np.ndarray:
    """Greyscale pixels as displayed (EXIF orientation applied)."""
    with Image.open(path) as im:
        im = ImageOps.exif_transpose(im)
        return np.asarray(im.convert("L"))


def dark_fraction(inp: np.ndarray, out: np.ndarray, poly: Sequence[Sequence[float]]) -> float:
    """Share of the item's paper pixels that are dark in ``out`` (0..1).

    Returns 0.0 for a polygon that falls outside the image.
    """
    h, w = inp.shape[:2]
    pts = np.asarray(poly, dtype=np.float64)
    x0 = max(0, int(np.floor(pts[:, 0].min())))
    y0 = max(0, int(np.floor(pts[:, 1].min())))
    x1 = min(w, int(np.ceil(pts[:, 0].max())))
    y1 = min(h, int(np.ceil(pts[:, 1].max())))
    if x1 <= x0 or y1 <= y0:
        return 0.0
    mask = np.zeros((y1 - y0, x1 - x0), np.uint8)
    # Sub-pixel polygon: pixel centres sit at +0.5, fillPoly works in 1/16 px.
    local = np.round((pts - [x0 + 0.5, y0 + 0.5]) * 16).astype(np.int32)
    cv2.fillPoly(mask, [local], 1, lineType=cv2.LINE_8, shift=4)
    inside = mask.astype(bool)
    if not inside.any():
        return 0.0
    crop_in = inp[y0:y1, x0:x1]
    crop_out = out[y0:y1, x0:x1]
    thr, _ = cv2.threshold(
        np.ascontiguousarray(crop_in), 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU
    )
    paper = inside & (crop_in > thr)
    region = paper if paper.sum() >= _MIN_PAPER else inside
    return float((crop_out[region] < DARK).mean())


# ----------------------------------------------------------------------------- data


@dataclass(frozen=True)
class ItemResult:
    image: str
    layout: str
    condition: str
    category: str
    pii: bool | None
    text: str
    dark: float  # share of paper pixels dark in the output

    @property
    def masked(self) -> bool:
        return self.dark >= MASKED_FRACTION

    @property
    def collateral(self) -> bool:
        return self.dark > COLLATERAL_FRACTION


@dataclass
class Tally:
    hit: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.hit += int(ok)

    @property
    def rate(self) -> float | None:
        return self.hit / self.total if self.total else None


@dataclass
class Report:
    images: int = 0
    missing_outputs: list[str] = field(default_factory=list)
    size_mismatches: list[str] = field(default_factory=list)
    results: list[ItemResult] = field(default_factory=list)
    clean: dict[str, bool] = field(default_factory=dict)  # image -> all pii masked
    image_group: dict[str, tuple[str, str]] = field(
        default_factory=dict
    )  # image -> (layout, condition)

    # ---- figures
    def recall(self, cats: Iterable[str], where=lambda r: True) -> Tally:
        cats = set(cats)
        t = Tally()
        for r in self.results:
            if r.pii is True and r.category in cats and where(r):
                t.add(r.masked)
        return t

    def per_category(self) -> dict[str, Tally]:
        out: dict[str, Tally] = defaultdict(Tally)
        for r in self.results:
            if r.pii is True:
                out[r.category].add(r.masked)
        order = [*CORE, *EXTRA]
        return dict(
            sorted(
                out.items(), key=lambda kv: (order.index(kv[0]) if kv[0] in order else 99, kv[0])
            )
        )

    def collateral(self, where=lambda r: True) -> Tally:
        t = Tally()
        for r in self.results:
            if r.pii is False and where(r):
                t.add(r.collateral)
        return t

    def clean_rate(self, where=lambda layout, cond: True) -> Tally:
        t = Tally()
        for img, ok in self.clean.items():
            if where(*self.image_group[img]):
                t.add(ok)
        return t

    def groups(self, key: str) -> dict[str, dict]:
        idx = 0 if key == "layout" else 1
        names = sorted({g[idx] for g in self.image_group.values()})
        out = {}
        for n in names:
            sel = (
                (lambda r, n=n: r.layout == n)
                if key == "layout"
                else (lambda r, n=n: r.condition == n)
            )
            selc = (
                (lambda lay, cond, n=n: lay == n)
                if key == "layout"
                else (lambda lay, cond, n=n: cond == n)
            )
            out[n] = {
                "images": sum(1 for g in self.image_group.values() if g[idx] == n),
                "core_recall": self.recall(CORE, sel).rate,
                "extra_recall": self.recall(EXTRA, sel).rate,
                "clean_image_rate": self.clean_rate(selc).rate,
                "collateral_rate": self.collateral(sel).rate,
            }
        return out

    def figures(self) -> dict:
        return {
            "images": self.images,
            "scored_images": len(self.clean),
            "missing_outputs": len(self.missing_outputs),
            "size_mismatches": len(self.size_mismatches),
            "sizes_match": not self.missing_outputs and not self.size_mismatches,
            "core_recall": self.recall(CORE).rate,
            "extra_recall": self.recall(EXTRA).rate,
            "clean_image_rate": self.clean_rate().rate,
            "collateral_rate": self.collateral().rate,
            "per_category": {
                k: {"recall": v.rate, "masked": v.hit, "total": v.total}
                for k, v in self.per_category().items()
            },
            "per_layout": self.groups("layout"),
            "per_condition": self.groups("condition"),
        }

    def misses(self) -> list[dict]:
        return [
            {k: v for k, v in asdict(r).items() if k != "pii"} | {"dark": round(r.dark, 3)}
            for r in self.results
            if r.pii is True and not r.masked
        ]

    def collateral_items(self) -> list[dict]:
        return [
            {
                "image": r.image,
                "layout": r.layout,
                "category": r.category,
                "text": r.text,
                "dark": round(r.dark, 3),
            }
            for r in self.results
            if r.pii is False and r.collateral
        ]


# ----------------------------------------------------------------------------- scoring


def find_output(out_dir: Path, image_name: str) -> Path | None:
    """The redacted file for ``image_name``: same name, ``.redacted`` or any ext."""
    stem, ext = Path(image_name).stem, Path(image_name).suffix
    for cand in (out_dir / image_name, out_dir / f"{stem}.redacted{ext}"):
        if cand.is_file():
            return cand
    for pattern in (f"{stem}.redacted.*", f"{stem}.*"):
        for cand in sorted(out_dir.glob(pattern)):
            if cand.suffix.lower() in IMAGE_EXTS and cand.is_file():
                return cand
    return None


def score(data_dir: str | Path, out_dir: str | Path) -> Report:
    data_dir, out_dir = Path(data_dir), Path(out_dir)
    gt_files = sorted((data_dir / "gt").glob("*.json"))
    if not gt_files:
        raise FileNotFoundError(f"no ground truth in {data_dir / 'gt'}")
    # Images live in DIR/images, or next to gt/ (as in assets/samples).
    img_dir = data_dir / "images" if (data_dir / "images").is_dir() else data_dir
    rep = Report()
    for gf in gt_files:
        gt = json.loads(gf.read_text(encoding="utf-8"))
        name = gt["image"]
        layout = str(gt.get("layout") or gt.get("template") or "?")
        condition = str(gt.get("condition") or gt.get("style") or "?")
        rep.images += 1
        rep.image_group[name] = (layout, condition)
        inp = load_gray(img_dir / name)
        found = find_output(out_dir, name)
        out: np.ndarray | None = None
        if found is None:
            rep.missing_outputs.append(name)
        else:
            out = load_gray(found)
            if out.shape != inp.shape:
                rep.size_mismatches.append(name)
                out = None
        # A missing or resized output masks nothing: every item counts as visible.
        clean = True
        for it in gt["items"]:
            pii = it.get("pii")
            if pii is None:
                continue
            dark = dark_fraction(inp, out, it["poly"]) if out is not None else 0.0
            r = ItemResult(name, layout, condition, it["category"], pii, it.get("text", ""), dark)
            rep.results.append(r)
            if pii is True and not r.masked:
                clean = False
        rep.clean[name] = clean
    return rep


# ----------------------------------------------------------------------------- output


def _pct(v: float | None) -> str:
    return "   -  " if v is None else f"{100 * v:5.1f}%"


def format_report(rep: Report) -> str:
    f = rep.figures()
    lines = [
        f"images: {f['images']}   missing outputs: {f['missing_outputs']}   size mismatches: {f['size_mismatches']}"
        f"   sizes match: {'yes' if f['sizes_match'] else 'NO'}",
        "",
        f"core_recall       {_pct(f['core_recall'])}",
        f"extra_recall      {_pct(f['extra_recall'])}",
        f"clean_image_rate  {_pct(f['clean_image_rate'])}",
        f"collateral_rate   {_pct(f['collateral_rate'])}",
        "",
        "per category          recall   masked/total",
    ]
    for cat, v in f["per_category"].items():
        tag = "core " if cat in CORE else ("extra" if cat in EXTRA else "     ")
        lines.append(f"  {tag} {cat:<14} {_pct(v['recall'])}   {v['masked']}/{v['total']}")
    for key in ("per_layout", "per_condition"):
        lines += ["", f"{key.replace('_', ' '):<22} imgs    core    extra   clean   collat"]
        for n, g in f[key].items():
            lines.append(
                f"  {n:<20} {g['images']:>4}  {_pct(g['core_recall'])} {_pct(g['extra_recall'])} "
                f"{_pct(g['clean_image_rate'])} {_pct(g['collateral_rate'])}"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m benchmarks.quality", description=__doc__.split("\n")[0]
    )
    ap.add_argument("--data", required=True, help="folder with images/ and gt/")
    ap.add_argument("--out", required=True, help="folder with the redacted outputs")
    ap.add_argument("--json", help="write figures, misses and collateral items here")
    ap.add_argument(
        "--misses", type=int, default=15, help="print up to this many misses (default 15)"
    )
    ap.add_argument(
        "--min-core-recall", type=float, help="exit 1 if core_recall is below this (0..1)"
    )
    ap.add_argument(
        "--leak",
        action="store_true",
        help="also OCR each personal item in the outputs (benchmarks.leaks)",
    )
    ap.add_argument(
        "--leak-engine", default="rapidocr", help="OCR engine for --leak (default rapidocr)"
    )
    a = ap.parse_args(argv)
    rep = score(a.data, a.out)
    print(format_report(rep))
    leaks = None
    if a.leak:
        from benchmarks.leaks import find_leaks

        leaks = list(find_leaks(Path(a.data), Path(a.out), a.leak_engine))
        checked = sum(
            1 for r in rep.results if r.pii is True and r.category not in ("code", "face")
        )
        print(f"\nleaks ({a.leak_engine}): {len(leaks)}/{checked}")
        for lk in leaks:
            print(f"  {lk.category:<12} [{lk.image}]")
    misses = rep.misses()
    if misses and a.misses:
        print(f"\nmisses ({len(misses)}):")
        for m in misses[: a.misses]:
            print(
                f"  {m['layout']:<20} {m['category']:<12} dark {100 * m['dark']:5.1f}%  {m['text']!r}  [{m['image']}]"
            )
    if a.json:
        payload = rep.figures() | {
            "missing_output_images": rep.missing_outputs,
            "size_mismatch_images": rep.size_mismatches,
            "misses": misses,
            "collateral_items": rep.collateral_items(),
        }
        if leaks is not None:
            payload["leaks"] = [{"image": lk.image, "category": lk.category} for lk in leaks]
        Path(a.json).write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
    if a.min_core_recall is not None:
        core = rep.figures()["core_recall"]
        if core is None or core < a.min_core_recall:
            print(f"\ncore_recall {core} is below {a.min_core_recall}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
