"""Process files: load, redact every page, save, and describe the result for reports.

Used by the CLI (and the GUI's batch save). One call handles one input file and
never raises for a bad file: the failure is returned in the result.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from redactor.core.errors import CancelledError, RedactorError
from redactor.core.imageio import is_supported, load_image, save_pages
from redactor.core.models import Finding, PagePlan, PageStatus
from redactor.core.naming import is_redacted_output, output_path
from redactor.core.pipeline import redact_page
from redactor.core.settings import Settings


@dataclass(frozen=True)
class Job:
    source: Path
    root: Path | None  # the folder it was found in (keeps relative paths under -o)


@dataclass(frozen=True)
class FileResult:
    source: Path
    output: Path | None
    status: str  # "verified" | "needs_review" | "failed"
    seconds: float
    width: int = 0
    height: int = 0
    plans: tuple[PagePlan, ...] = ()
    warnings: tuple[str, ...] = ()
    error: str | None = None

    def regions(self) -> list[dict]:
        out = []
        for page, plan in enumerate(self.plans):
            for f in plan.enabled_findings():
                out.append(region_dict(f, page))
        return out

    def to_report(self) -> dict:
        """The report entry: paths, size, timing, status and regions; never recognised text."""
        d = {
            "input": str(self.source),
            "output": str(self.output) if self.output else None,
            "width": self.width,
            "height": self.height,
            "pages": len(self.plans),
            "seconds": round(self.seconds, 3),
            "status": self.status,
            "warnings": list(self.warnings),
            "regions": self.regions(),
        }
        if self.error:
            d["error"] = self.error
        return d


def region_dict(f: Finding, page: int = 0) -> dict:
    x0, y0, x1, y1 = f.quad.bbox
    return {
        "page": page,
        "category": f.category.value,
        "polygon": f.quad.as_list(),
        "bbox": [round(x0), round(y0), round(x1), round(y1)],
        "source": f.source,
        "score": round(f.score, 3),
    }


def collect_jobs(paths: Iterable[Path], outdir: Path | None) -> tuple[list[Job], list[str]]:
    """Expand folders into supported files; skip our own outputs; report what was skipped."""
    jobs: list[Job] = []
    problems: list[str] = []
    seen: set[Path] = set()
    out_resolved = outdir.resolve() if outdir else None
    for p in paths:
        if p.is_dir():
            for f in sorted(_walk(p)):
                if out_resolved and _inside(f, out_resolved):
                    continue  # never re-process outputs written into the input folder
                if outdir is None and is_redacted_output(f):
                    continue
                _add(jobs, seen, Job(f, p))
        elif p.exists():
            _add(jobs, seen, Job(p, None))
        else:
            problems.append(f"{p}: no such file or folder")
    return jobs, problems


def _walk(folder: Path) -> Iterator[Path]:
    for f in folder.rglob("*"):
        if f.is_file() and is_supported(f) and not f.name.startswith("."):
            yield f


def _inside(f: Path, folder: Path) -> bool:
    try:
        return f.resolve().is_relative_to(folder)
    except OSError:
        return False


def _add(jobs: list[Job], seen: set[Path], job: Job) -> None:
    try:
        key = job.source.resolve()
    except OSError:
        key = job.source
    if key not in seen:  # the same file given twice is done once
        seen.add(key)
        jobs.append(job)


def process(
    job: Job,
    outdir: Path | None,
    settings: Settings,
    cancel: Callable[[], bool] | None = None,
) -> FileResult:
    start = time.monotonic()
    try:
        loaded = load_image(job.source)
        save_format, suffix = loaded.output_format
        dest = output_path(job.source, job.root, outdir, suffix)
        masked_pages, plans, warnings = [], [], []
        for page in loaded.pages:
            masked, plan = redact_page(page.pixels, settings, cancel=cancel)
            masked_pages.append(masked)
            plans.append(plan)
            prefix = f"page {page.index + 1}: " if len(loaded.pages) > 1 else ""
            warnings += [prefix + w for w in (*page.warnings, *plan.warnings)]
        if cancel is not None and cancel():
            raise CancelledError()
        save_pages(masked_pages, dest, save_format, forbidden=(job.source,))
        status = (
            PageStatus.VERIFIED.value
            if all(p.status is PageStatus.VERIFIED for p in plans)
            else PageStatus.NEEDS_REVIEW.value
        )
        first = loaded.pages[0]
        return FileResult(job.source, dest, status, time.monotonic() - start, first.width, first.height,
                          tuple(plans), tuple(warnings))
    except CancelledError:
        raise
    except RedactorError as exc:
        return FileResult(job.source, None, "failed", time.monotonic() - start, error=exc.message)
    except MemoryError:
        return FileResult(job.source, None, "failed", time.monotonic() - start, error="out of memory")
    except Exception as exc:  # fail loud, per file: never pass an image through as clean
        return FileResult(job.source, None, "failed", time.monotonic() - start,
                          error=f"unexpected error ({type(exc).__name__})")


@dataclass
class Summary:
    files: int = 0
    failed: int = 0
    needs_review: int = 0
    regions: dict[str, int] = field(default_factory=dict)

    def add(self, r: FileResult) -> None:
        self.files += 1
        if r.status == "failed":
            self.failed += 1
        elif r.status == "needs_review":
            self.needs_review += 1
        for reg in r.regions():
            self.regions[reg["category"]] = self.regions.get(reg["category"], 0) + 1
