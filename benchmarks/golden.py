"""The golden corpus: OCR lines of generated pages, cached with their ground truth.

Detection is judged on the cached lines in seconds, so a change to the detectors
can be checked against hundreds of pages without running OCR again
(``tests/test_golden.py`` does so in CI and fails on any drop).

    python -m benchmarks.golden build --layouts cn_waybill_a,en_card_slip --seeds 7,11 --n 12
    python -m benchmarks.golden score [--misses 20]
    python -m benchmarks.golden score --update-baseline
    python -m benchmarks.golden dump before.json   # every item's result, to diff
    python -m benchmarks.golden refresh-gt --layouts en_keywordless_label

``build`` writes one ``tests/golden/<layout>.json.gz`` per layout (pages of every
seed asked for, conditions drawn as the generator draws them); ``score`` runs
text detection and the masks' geometry on every cached page and compares the
figures with ``tests/golden/baseline.json``. Codes (found from pixels) and masks
grown over unread ink (also from pixels) are outside this gate: the full-pipeline
benchmarks (``benchmarks.run_quality``) measure them.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np

from redactor.core.detect import findings_by_step
from redactor.core.detect.registry import RECOGNIZERS, Recognizer, without
from redactor.core.mask import padded_quad
from redactor.core.models import CORE_CATEGORIES, Finding, OcrLine, Quad

GOLDEN = Path(__file__).resolve().parent.parent / "tests" / "golden"
BASELINE = GOLDEN / "baseline.json"
MASKED_SHARE = 0.95  # an item counts as masked when masks cover this share of its box
COLLATERAL_SHARE = 0.5  # ordinary text counts as hit when masks cover this share
_PIXEL_CATEGORIES = {"code", "face"}  # found from pixels: not judged on cached lines


# ---------------------------------------------------------------------- the corpus


def _quad_json(q: Quad) -> list[float]:
    return [round(v, 1) for p in q.points for v in p]


def _quad(v: Sequence[float]) -> Quad:
    return Quad(((v[0], v[1]), (v[2], v[3]), (v[4], v[5]), (v[6], v[7])))


def line_json(ln: OcrLine) -> dict:
    return {
        "t": ln.text,
        "c": round(ln.confidence, 3),
        "q": _quad_json(ln.quad),
        "ch": [_quad_json(q) for q in ln.chars],
    }


def line_of(d: dict) -> OcrLine:
    return OcrLine(d["t"], d["c"], _quad(d["q"]), tuple(_quad(c) for c in d["ch"]))


@dataclass(frozen=True)
class GoldenPage:
    name: str
    layout: str
    condition: str
    lines: tuple[OcrLine, ...]
    items: tuple[dict, ...]  # {category, pii, poly}


def load_corpus(folder: Path = GOLDEN) -> list[GoldenPage]:
    pages = []
    for path in sorted(folder.glob("*.json.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for p in json.load(fh):
                pages.append(
                    GoldenPage(
                        p["name"],
                        p["layout"],
                        p["condition"],
                        tuple(line_of(d) for d in p["lines"]),
                        tuple(p["items"]),
                    )
                )
    return pages


def _items(gt: dict) -> list[dict]:
    # The text is kept for reading a corpus's misses and collateral, never for rules.
    return [
        {"category": it["category"], "pii": it["pii"], "poly": it["poly"], "text": it["text"]}
        for it in gt["items"]
    ]


def _read_one(args: tuple[int, int, str]) -> dict:
    """Generate one page, load it as the CLI would and OCR it."""
    from redactor.core.imageio import load_image
    from redactor.core.pipeline import ocr_page
    from redactor.core.settings import Settings
    from synth.dataset import generate_one

    seed, index, layout = args
    s = generate_one(seed, index, layout=layout, prefix=f"golden{seed}")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / s.name
        path.write_bytes(s.data)
        page = next(iter(load_image(path).pages))
    _, lines = ocr_page(page.pixels, Settings())
    return {
        "name": s.name,
        "layout": layout,
        "condition": s.gt["condition"],
        "lines": [line_json(ln) for ln in lines],
        "items": _items(s.gt),
    }


_PAGE_NAME = re.compile(r"golden(?P<seed>\d+)_(?P<index>\d+)_")


def refresh_ground_truth(layouts: Sequence[str], folder: Path = GOLDEN) -> None:
    """Regenerate the ground truth of cached pages after a fix to the generator's
    labelling; the cached OCR lines stay, so the fix must leave the generator's random
    draws, and so its pixels, as they were (only the page names are checked here)."""
    from synth.dataset import generate_one

    for layout in layouts:
        path = folder / f"{layout}.json.gz"
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            pages = json.load(fh)
        for page in pages:
            m = _PAGE_NAME.match(page["name"])
            assert m, page["name"]
            s = generate_one(
                int(m["seed"]), int(m["index"]), layout=layout, prefix=f"golden{m['seed']}"
            )
            if s.name != page["name"]:
                raise SystemExit(f"{page['name']}: the generator now draws {s.name}; rebuild it")
            page["items"] = _items(s.gt)
        with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as fh:
            json.dump(pages, fh, ensure_ascii=False, separators=(",", ":"))
        print(f"{path.name}: ground truth of {len(pages)} pages refreshed", flush=True)


def build(
    layouts: Sequence[str], seeds: Sequence[int], n: int, workers: int, folder: Path = GOLDEN
) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for layout in layouts:
        jobs = [(seed, i, layout) for seed in seeds for i in range(n)]
        with ProcessPoolExecutor(max_workers=workers) as ex:
            pages = list(ex.map(_read_one, jobs))
        path = folder / f"{layout}.json.gz"
        with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as fh:
            json.dump(pages, fh, ensure_ascii=False, separators=(",", ":"))
        print(f"{path.name}: {len(pages)} pages", flush=True)


# ---------------------------------------------------------------------- scoring


def page_findings(
    page: GoldenPage, recognizers: tuple[Recognizer, ...] = RECOGNIZERS
) -> list[Finding]:
    return [f for _, f in step_findings(page, recognizers)]


def step_findings(
    page: GoldenPage, recognizers: tuple[Recognizer, ...] = RECOGNIZERS
) -> list[tuple[str, Finding]]:
    """The page's findings, each with the plan step that found it."""
    found = findings_by_step(list(page.lines), recognizers=recognizers)
    return [(step, f) for step, f in found if f.enabled]


def covered_share(poly: Sequence[Sequence[float]], masks: Iterable[np.ndarray]) -> float:
    """Share of the polygon's area that the mask polygons cover."""
    pts = np.asarray(poly, np.float64)
    x0, y0 = np.floor(pts.min(axis=0)).astype(int)
    x1, y1 = np.ceil(pts.max(axis=0)).astype(int)
    w, h = max(1, x1 - x0), max(1, y1 - y0)
    item = np.zeros((h, w), np.uint8)
    cv2.fillPoly(item, [np.round(pts - [x0, y0]).astype(np.int32)], 1)
    area = int(item.sum())
    if area == 0:
        return 0.0
    cover = np.zeros_like(item)
    for m in masks:
        bx0, by0 = m.min(axis=0)
        bx1, by1 = m.max(axis=0)
        if bx1 < x0 or by1 < y0 or bx0 > x1 or by0 > y1:
            continue
        cv2.fillPoly(cover, [np.round(m - [x0, y0]).astype(np.int32)], 1)
    return float((item & cover).sum()) / area


@dataclass
class Figures:
    """Counts per category; recall and collateral derive from them."""

    found: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    total: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    ordinary: int = 0
    hit: int = 0
    pages: int = 0
    clean_pages: int = 0
    misses: list[tuple[str, str]] = field(default_factory=list)  # (page, category)
    # Masked personal items each plan step's own masks reach (any part of), and those
    # no other step reaches.
    by_step: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    only_step: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def step_shares(self) -> list[str]:
        masked = max(1, sum(self.found.values()))
        return [
            f"{step:26s} {n:5d} items {n / masked:6.1%}  only it {self.only_step[step]:4d}"
            for step, n in sorted(self.by_step.items(), key=lambda kv: (-kv[1], kv[0]))
        ]

    def as_json(self) -> dict:
        core = [c.value for c in CORE_CATEGORIES]
        core_found = sum(self.found[c] for c in core)
        core_total = sum(self.total[c] for c in core)
        return {
            "pages": self.pages,
            "clean_pages": self.clean_pages,
            "core_recall": round(core_found / max(1, core_total), 4),
            "collateral": round(self.hit / max(1, self.ordinary), 4),
            "ordinary_hit": self.hit,
            "found": dict(sorted(self.found.items())),
            "total": dict(sorted(self.total.items())),
        }


def page_masks(
    page: GoldenPage, recognizers: tuple[Recognizer, ...] = RECOGNIZERS
) -> list[np.ndarray]:
    """The polygons the page's text findings mask, padded as the mask pads them."""
    return [np.asarray(padded_quad(f).points) for f in page_findings(page, recognizers)]


def judged_items(page: GoldenPage, masks: list[np.ndarray]) -> Iterable[tuple[dict, float]]:
    """Each item judged on cached lines (not codes or faces, not neutral text) and the
    share of it the masks cover."""
    for it in page.items:
        if it["category"] in _PIXEL_CATEGORIES or it["pii"] is None:
            continue
        yield it, covered_share(it["poly"], masks)


def chosen_layouts(spec: str) -> set[str]:
    """Layouts named by ``--layout``: names or synth groups (``dev17``), comma-separated."""
    from synth.layouts import GROUPS

    chosen: set[str] = set()
    for name in spec.split(","):
        chosen |= set(GROUPS[name]) if name in GROUPS else {name}
    return chosen


def score(
    pages: Sequence[GoldenPage], recognizers: tuple[Recognizer, ...] = RECOGNIZERS
) -> Figures:
    fig = Figures()
    for page in pages:
        by_step: dict[str, list[np.ndarray]] = defaultdict(list)
        for step, f in step_findings(page, recognizers):
            by_step[step].append(np.asarray(padded_quad(f).points))
        masks = [m for ms in by_step.values() for m in ms]
        clean = True
        for it, share in judged_items(page, masks):
            if it["pii"]:
                fig.total[it["category"]] += 1
                if share >= MASKED_SHARE:
                    fig.found[it["category"]] += 1
                    _credit(fig, it["poly"], by_step)
                else:
                    clean = False
                    fig.misses.append((page.name, it["category"]))
            else:
                fig.ordinary += 1
                fig.hit += share > COLLATERAL_SHARE
        fig.pages += 1
        fig.clean_pages += clean
    return fig


def _credit(fig: Figures, poly, by_step: dict[str, list[np.ndarray]]) -> None:
    reach = [step for step, ms in by_step.items() if covered_share(poly, ms) > 0]
    for step in reach:
        fig.by_step[step] += 1
    if len(reach) == 1:
        fig.only_step[reach[0]] += 1


def item_results(
    pages: Sequence[GoldenPage], recognizers: tuple[Recognizer, ...] = RECOGNIZERS
) -> list[dict]:
    """Every judged item of every page: masked or not (personal data), hit or not
    (ordinary text), with the covered share; to compare two versions item by item."""
    rows = []
    for page in pages:
        masks = [np.asarray(padded_quad(f).points) for f in page_findings(page, recognizers)]
        for k, it in enumerate(page.items):
            if it["category"] in _PIXEL_CATEGORIES or it["pii"] is None:
                continue
            share = covered_share(it["poly"], masks)
            masked = share >= MASKED_SHARE if it["pii"] else share > COLLATERAL_SHARE
            rows.append(
                {
                    "page": page.name,
                    "item": k,
                    "category": it["category"],
                    "pii": it["pii"],
                    "masked": masked,
                    "share": round(share, 4),
                }
            )
    return rows


def finding_rows(page: GoldenPage, recognizers: tuple[Recognizer, ...] = RECOGNIZERS) -> list[list]:
    """The page's findings (source, category, score, quad), sorted: equal whatever
    order the recognizers ran in. A source is written in its report form, with its
    unread flag (a typed ``Source`` has no order of its own)."""
    return sorted(
        [str(f.source), f.source.unread, f.category.value, f.score, _quad_json(f.quad)]
        for f in page_findings(page, recognizers)
    )


def regressions(now: dict, before: dict) -> list[str]:
    """What got worse than the baseline: fewer items masked in a category, fewer
    clean pages, more ordinary text hit."""
    bad = [
        f"{cat}: {now['found'].get(cat, 0)} masked, baseline {n}"
        for cat, n in before["found"].items()
        if now["found"].get(cat, 0) < n
    ]
    if now["clean_pages"] < before["clean_pages"]:
        bad.append(f"clean pages: {now['clean_pages']}, baseline {before['clean_pages']}")
    if now["ordinary_hit"] > before["ordinary_hit"]:
        bad.append(f"ordinary text hit: {now['ordinary_hit']}, baseline {before['ordinary_hit']}")
    return bad


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build")
    b.add_argument("--layouts", required=True)
    b.add_argument("--seeds", default="7,11")
    b.add_argument("--n", type=int, default=12, help="pages per layout and seed")
    b.add_argument("--workers", type=int, default=2)
    b.add_argument("--dir", type=Path, default=GOLDEN, help="where the cached pages go")
    r = sub.add_parser("refresh-gt", help="new ground truth for cached pages, same OCR lines")
    r.add_argument("--layouts", required=True)
    r.add_argument("--dir", type=Path, default=GOLDEN, help="where the cached pages are")
    s = sub.add_parser("score")
    s.add_argument("--misses", type=int, default=0)
    s.add_argument("--layout", default="", help="a layout, a comma list, or a group such as dev17")
    s.add_argument("--update-baseline", action="store_true")
    s.add_argument("--without", default="", help="comma list of recognizers to leave out")
    s.add_argument(
        "--dir", type=Path, default=GOLDEN, help="a corpus of cached pages and its baseline"
    )
    d = sub.add_parser("dump", help="every item's result as JSON, to diff two versions")
    d.add_argument("out", type=Path)
    d.add_argument("--dir", type=Path, default=GOLDEN, help="a corpus of cached pages")
    a = ap.parse_args(argv)
    if a.cmd == "build":
        seeds = [int(x) for x in a.seeds.split(",")]
        build(a.layouts.split(","), seeds, a.n, a.workers, a.dir)
        return 0
    if a.cmd == "refresh-gt":
        refresh_ground_truth(a.layouts.split(","), a.dir)
        return 0
    pages = load_corpus(a.dir)
    if a.cmd == "dump":
        rows = item_results(pages)
        found = {p.name: finding_rows(p) for p in pages}
        dump = {"items": rows, "findings": found}
        a.out.write_text(json.dumps(dump, indent=0) + "\n", encoding="utf-8")
        masked = sum(r["masked"] for r in rows)
        print(f"{len(rows)} items, {masked} masked or hit: {a.out}")
        return 0
    if a.layout:
        chosen = chosen_layouts(a.layout)
        pages = [p for p in pages if p.layout in chosen]
    recognizers = without(*a.without.split(",")) if a.without else RECOGNIZERS
    fig = score(pages, recognizers)
    now = fig.as_json()
    print(json.dumps(now, indent=1))
    by_layout: dict[str, list[GoldenPage]] = defaultdict(list)
    for p in pages:
        by_layout[p.layout].append(p)
    for layout, group in sorted(by_layout.items()):
        f = score(group, recognizers).as_json()
        print(
            f"{layout:24s} pages {f['pages']:3d}  clean {f['clean_pages']:3d}  "
            f"core {f['core_recall']:.3f}  collateral {f['collateral']:.3f}"
        )
    print("plan steps: masked personal items their masks reach (share of all masked)")
    for line in fig.step_shares():
        print("  " + line)
    for name, cat in fig.misses[: a.misses]:
        print(f"miss: {cat:12s} {name}")
    baseline = a.dir / BASELINE.name  # each corpus keeps its own baseline
    if a.update_baseline:
        baseline.write_text(json.dumps(now, indent=1) + "\n", encoding="utf-8")
        print(f"baseline written: {baseline}")
        return 0
    if baseline.exists():
        bad = regressions(now, json.loads(baseline.read_text(encoding="utf-8")))
        for line in bad:
            print("worse than baseline:", line)
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
