"""What ordinary text a corpus of cached pages loses to masks, by kind.

    python -m benchmarks.collateral [--dir benchmarks/dev_families] [--layout NAME]

Per layout: core recall, clean pages, collateral; then which ordinary items are hit
(by their ground-truth kind: label, heading, amount, date, item...), and how many of
the printed labels the field lexicon knows are masked (``labels_masked``: the count
the issue's "no known label is masked" is judged by).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.golden import (
    COLLATERAL_SHARE,
    GOLDEN,
    MASKED_SHARE,
    GoldenPage,
    covered_share,
    judged_items,
    load_corpus,
    page_masks,
)
from redactor.core.detect.layout.printed_labels import printed_labels
from redactor.core.detect.spans import normalize
from redactor.core.models import CORE_CATEGORIES

_CORE = frozenset(c.value for c in CORE_CATEGORIES)


@dataclass
class Tally:
    """One corpus's (or layout's) figures, from one detection per page."""

    pages: int = 0
    clean: int = 0
    core_found: int = 0
    core_total: int = 0
    kinds: Counter = field(default_factory=Counter)  # ordinary items by kind
    kinds_hit: Counter = field(default_factory=Counter)
    labels: int = 0  # printed labels the lexicon knows
    labels_hit: int = 0
    examples: list[tuple[str, str]] = field(default_factory=list)  # (page, masked label)

    def add(self, page: GoldenPage, keep: int = 0) -> None:
        masks = page_masks(page)
        clean = True
        for it, share in judged_items(page, masks):
            if it["pii"]:
                core = it["category"] in _CORE
                self.core_total += core
                self.core_found += core and share >= MASKED_SHARE
                clean &= share >= MASKED_SHARE
            else:
                self.kinds[it["category"]] += 1
                self.kinds_hit[it["category"]] += share > COLLATERAL_SHARE
        self.pages += 1
        self.clean += clean
        for line in page.lines:
            for m in printed_labels(normalize(line.text)):
                self.labels += 1
                if covered_share(line.span(m.start, m.end).points, masks) > COLLATERAL_SHARE:
                    self.labels_hit += 1
                    if len(self.examples) < keep:
                        self.examples.append((page.name, line.text[m.start : m.end]))

    def merge(self, other: Tally) -> None:
        for name in ("pages", "clean", "core_found", "core_total", "labels", "labels_hit"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.kinds += other.kinds
        self.kinds_hit += other.kinds_hit
        self.examples += other.examples

    def line(self, name: str) -> str:
        ordinary = sum(self.kinds.values())
        hit = sum(self.kinds_hit.values())
        kinds = "  ".join(f"{k} {self.kinds_hit[k]}/{n}" for k, n in self.kinds.most_common())
        return (
            f"{name:22s} pages {self.pages:3d} clean {self.clean:3d} "
            f"core {self.core_found / max(1, self.core_total):.3f} "
            f"collateral {hit / max(1, ordinary):.3f} "
            f"labels_masked {self.labels_hit}/{self.labels}\n    hit: {kinds}"
        )


def tally(pages: Sequence[GoldenPage], keep: int = 0) -> Tally:
    t = Tally()
    for page in pages:
        t.add(page, keep)
    return t


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--dir", type=Path, default=GOLDEN)
    ap.add_argument("--layout", default="")
    ap.add_argument("--examples", type=int, default=0, help="masked labels to list")
    a = ap.parse_args(argv)
    pages = load_corpus(a.dir)
    if a.layout:
        pages = [p for p in pages if p.layout == a.layout]
    by_layout: dict[str, list[GoldenPage]] = defaultdict(list)
    for p in pages:
        by_layout[p.layout].append(p)
    everything = Tally()
    for layout, group in sorted(by_layout.items()):
        t = tally(group, a.examples)
        print(t.line(layout))
        everything.merge(t)
    print(everything.line("ALL"))
    for page, text in everything.examples[: a.examples]:
        print(f"masked label: {text!r:24s} {page}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
