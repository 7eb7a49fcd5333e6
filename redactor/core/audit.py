"""The audit log of a batch: one CSV and one JSON file saying what was masked where.

Both list, per input file: input and output paths, page count, status, seconds,
SHA-256 of input and output, and the number of masked regions per category
(the JSON also per page, with each page's status and review reasons). They
never contain recognised text: only counts, fixed reason strings and paths.
Each batch gets its own pair of files, named after the time it started.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from redactor import __version__
from redactor.core.batch import FileResult
from redactor.core.models import Category, PageStatus
from redactor.core.saving import write_text_atomic

#: CSV columns for the categories, in the vocabulary's order.
CATEGORY_COLUMNS = tuple(c.value for c in Category)
_SUMMARY_ORDER = (PageStatus.FAILED, PageStatus.NEEDS_REVIEW, PageStatus.VERIFIED)
CSV_COLUMNS = (
    "input",
    "output",
    "pages",
    "status",
    "seconds",
    "input_sha256",
    "output_sha256",
    "findings",
    *CATEGORY_COLUMNS,
    "needs_review_pages",
    "error",
)


def audit_paths(folder: Path, started: datetime) -> tuple[Path, Path]:
    """``audit-YYYYmmdd-HHMMSS.csv/.json`` in ``folder``; a counter keeps earlier logs."""
    stem = "audit-" + started.strftime("%Y%m%d-%H%M%S")
    n = 1
    while True:
        name = stem if n == 1 else f"{stem}-{n}"
        csv_path, json_path = folder / f"{name}.csv", folder / f"{name}.json"
        if not csv_path.exists() and not json_path.exists():
            return csv_path, json_path
        n += 1


def write_audit(
    folder: Path,
    results: Sequence[FileResult],
    started: datetime,
    finished: datetime | None = None,
) -> tuple[Path, Path]:
    """Write the batch's CSV and JSON audit files into ``folder``; returns their paths."""
    finished = finished or datetime.now(UTC)
    csv_path, json_path = audit_paths(folder, started)
    write_text_atomic(csv_path, audit_csv(results))
    write_text_atomic(json_path, json.dumps(audit_json(results, started, finished), indent=2))
    return csv_path, json_path


def audit_csv(results: Sequence[FileResult]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for r in results:
        counts = r.counts()
        w.writerow(
            [
                _cell(str(r.source)),
                _cell(str(r.output) if r.output else ""),
                len(r.plans),
                r.status.value,
                f"{r.seconds:.3f}",
                r.input_sha256 or "",
                r.output_sha256 or "",
                sum(counts.values()),
                *(counts.get(c, 0) for c in CATEGORY_COLUMNS),
                " ".join(
                    str(p["page"])
                    for p in r.page_entries()
                    if p["status"] != PageStatus.VERIFIED.value
                ),
                _cell(r.error or ""),
            ]
        )
    return buf.getvalue()


def _cell(text: str) -> str:
    # A file name starting with = + - @ would run as a formula in a spreadsheet.
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def audit_json(
    results: Sequence[FileResult], started: datetime, finished: datetime
) -> dict[str, Any]:
    files = []
    for r in results:
        files.append(
            {
                "input": str(r.source),
                "output": str(r.output) if r.output else None,
                "pages": len(r.plans),
                "status": r.status.value,
                "seconds": round(r.seconds, 3),
                "input_sha256": r.input_sha256,
                "output_sha256": r.output_sha256,
                "findings": r.counts(),
                "page_results": r.page_entries(),
                **({"error": r.error} if r.error else {}),
            }
        )
    return {
        "tool": "redactor",
        "version": __version__,
        "started": started.isoformat(timespec="seconds"),
        "finished": finished.isoformat(timespec="seconds"),
        "files": files,
        "summary": {
            "files": len(results),
            **{s.value: sum(r.status is s for r in results) for s in _SUMMARY_ORDER},
        },
    }
