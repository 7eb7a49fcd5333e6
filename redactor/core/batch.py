"""Process files: load, redact every page, save, and describe the result for reports.

Used by the CLI (and the GUI's batch save). One call handles one input file and
never raises for a bad file: the failure is returned in the result.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from redactor.core.errors import CancelledError, ExitCode, InputError, RedactorError
from redactor.core.imageio import LoadedImage, Page, is_supported, load_image
from redactor.core.models import Finding, PagePlan, PageStatus
from redactor.core.naming import is_redacted_output, output_path
from redactor.core.pipeline import apply, masked_findings, redact_page
from redactor.core.review import Reason
from redactor.core.saving import save_pages
from redactor.core.settings import Settings
from redactor.core.source_guard import Fingerprint, check_unchanged, fingerprint


@dataclass(frozen=True)
class Job:
    source: Path
    root: Path | None  # the folder it was found in (keeps relative paths under -o)


@dataclass(frozen=True)
class FileResult:
    """What happened to one input file. ``plans`` holds one PagePlan per page, in order."""

    source: Path
    output: Path | None
    status: PageStatus
    seconds: float
    width: int = 0
    height: int = 0
    plans: tuple[PagePlan, ...] = ()
    warnings: tuple[str, ...] = ()
    error: str | None = None
    input_sha256: str | None = None
    output_sha256: str | None = None
    cause: ExitCode | None = None  # why it failed, as the exit code of that cause

    def regions(self) -> list[dict[str, Any]]:
        out = []
        for page, plan in enumerate(self.plans):
            for f in plan.enabled_findings():
                out.append(region_dict(f, page))
        return out

    def page_counts(self) -> list[dict[str, int]]:
        """Per page: masked regions per category."""
        return [category_counts(plan.enabled_findings()) for plan in self.plans]

    def counts(self) -> dict[str, int]:
        total: dict[str, int] = {}
        for page in self.page_counts():
            for k, v in page.items():
                total[k] = total.get(k, 0) + v
        return dict(sorted(total.items()))

    def page_entries(self) -> list[dict[str, Any]]:
        """Per page: number (from 1), status, reasons and findings per category."""
        return [
            {
                "page": i + 1,
                "status": plan.status.value,
                "warnings": [r.phrase for r in plan.reasons],
                "reasons": [reason_dict(r) for r in plan.reasons],
                "findings": counts,
            }
            for i, (plan, counts) in enumerate(zip(self.plans, self.page_counts(), strict=True))
        ]

    def to_report(self) -> dict[str, Any]:
        """The report entry: paths, size, timing, status and regions; never recognised text."""
        d = {
            "input": str(self.source),
            "output": str(self.output) if self.output else None,
            "width": self.width,
            "height": self.height,
            "pages": len(self.plans),
            "seconds": round(self.seconds, 3),
            "status": self.status.value,
            "warnings": list(self.warnings),
            "findings": self.counts(),
            "page_results": self.page_entries(),
            "regions": self.regions(),
        }
        if self.error:
            d["error"] = self.error
        if self.cause is not None:
            d["cause"] = self.cause.name.lower()
        return d


def category_counts(findings: Iterable[Finding]) -> dict[str, int]:
    out: dict[str, int] = {}
    for f in findings:
        out[f.category.value] = out.get(f.category.value, 0) + 1
    return dict(sorted(out.items()))


def region_dict(f: Finding, page: int = 0) -> dict[str, Any]:
    x0, y0, x1, y1 = f.quad.bbox
    return {
        "page": page,
        "category": f.category.value,
        "polygon": f.quad.as_list(),
        "bbox": [round(x0), round(y0), round(x1), round(y1)],
        "source": str(f.source),
        "score": round(f.score, 3),
    }


def reason_dict(r: Reason) -> dict[str, Any]:
    """A review reason for the report: its kind, how many, and where (boxes, never text)."""
    where = [[round(v) for v in q.bbox] for q in r.where]
    return {"kind": r.kind.value, "count": r.count, "where": where}


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
    """Redact every page of one file and write the output; never raises for a bad file.

    Pages are loaded, redacted and written one at a time (PDF and multi-page TIFF
    pages are decoded lazily from one open file), so memory does not grow with the
    page count. Any page failing fails the whole file: nothing is written for it.
    So does the file changing on disk before the output is published: the hash
    recorded is then of exactly the bytes that were read.
    """
    start = time.monotonic()
    seen: Fingerprint | None = None
    try:
        seen = fingerprint(job.source)
        with load_image(job.source, max_pages=settings.max_pages) as loaded:
            dest, plans, warnings, size = _redact_file(job, loaded, outdir, settings, seen, cancel)
        status = file_status(plans)
        return FileResult(
            job.source, dest, status, time.monotonic() - start, size[0], size[1],
            tuple(plans), tuple(warnings), input_sha256=seen.sha256 if seen else None,
            output_sha256=sha256_file(dest),
        )  # fmt: skip
    except CancelledError:
        raise
    except RedactorError as exc:
        error, cause = _changed_instead(job.source, seen, exc), exc.exit_code
    except MemoryError:
        error, cause = "out of memory", ExitCode.SOME_FAILED
    except Exception as exc:  # fail loud, per file: never pass an image through as clean
        error, cause = f"unexpected error ({type(exc).__name__})", ExitCode.SOME_FAILED
    return FileResult(
        job.source, None, PageStatus.FAILED, time.monotonic() - start, error=error,
        input_sha256=seen.sha256 if seen else None, cause=cause,
    )  # fmt: skip


def _changed_instead(path: Path, seen: Fingerprint | None, exc: RedactorError) -> str:
    """A read error caused by the file changing or vanishing is reported as that change."""
    if seen is not None and isinstance(exc, InputError):
        try:
            check_unchanged(path, seen)
        except InputError as changed:
            return changed.message
    return exc.message


def _redact_file(
    job: Job,
    loaded: LoadedImage,
    outdir: Path | None,
    settings: Settings,
    seen: Fingerprint | None,
    cancel: Callable[[], bool] | None,
) -> tuple[Path, list[PagePlan], list[str], list[int]]:
    save_format, suffix = loaded.output_format
    dest = output_path(job.source, job.root, outdir, suffix)
    pages: Sequence[Page | None] = (
        list(loaded.pages) if isinstance(loaded.pages, tuple) else loaded.pages
    )
    n = len(pages)
    plans: list[PagePlan] = []
    warnings: list[str] = []
    size: list[int] = []

    def masked_pages() -> Iterator[np.ndarray]:
        for i in range(n):
            page = _take(pages, i)
            if not size:
                size.extend((page.width, page.height))
            # A writeable copy replaces the loader's read-only array (freed with
            # ``page``), so masking in place below needs no further copy.
            pixels, notes = np.array(page.pixels), page.warnings
            del page
            # in_place: the page is ours alone, masking it saves a copy of a big photo
            masked, plan = redact_page(pixels, settings, cancel=cancel, in_place=True)
            del pixels
            # The report lists what was masked: the findings as the preset cut them.
            plans.append(replace(plan, findings=masked_findings(plan, settings)))
            prefix = f"page {i + 1}: " if n > 1 else ""
            warnings.extend(prefix + w for w in (*notes, *(r.phrase for r in plan.reasons)))
            yield masked
            del masked

    def before_publish() -> None:
        if cancel is not None and cancel():
            raise CancelledError()
        if seen is not None:
            check_unchanged(job.source, seen)

    save_pages(
        masked_pages(), dest, save_format, forbidden=(job.source,),
        page_sizes=loaded.page_sizes, before_publish=before_publish,
    )  # fmt: skip
    return dest, plans, warnings, size


def write_planned(
    source: Path | None,
    plans: Sequence[PagePlan],
    settings: Settings,
    dest: Path,
    save_format: str,
    pages: Sequence[np.ndarray] | None = None,
) -> FileResult:
    """Mask pages with plans already decided (reviewed and edited in the window) and write
    them; described as :func:`process` describes its files (report, audit log).

    Without ``pages`` the originals are read again from ``source``, one page at a time;
    a file that no longer matches its plans fails. Never raises for a bad file.
    """
    start = time.monotonic()
    seen: Fingerprint | None = None
    digest: str | None = None
    try:
        seen = fingerprint(source) if source is not None else None
        digest = seen.sha256 if seen is not None else None
        page_sizes = None
        if pages is not None:
            originals: Iterable[np.ndarray] = iter(pages)
        else:
            assert source is not None
            loaded = load_image(source)
            if len(loaded.pages) != len(plans):
                raise RedactorError(
                    f"{source.name}: the file changed on disk after it was analysed"
                )
            page_sizes = loaded.page_sizes
            originals = (p.pixels for p in loaded.pages)

        def masked() -> Iterator[np.ndarray]:
            for img, plan in zip(originals, plans, strict=True):
                if (int(img.shape[1]), int(img.shape[0])) != (plan.width, plan.height):
                    name = source.name if source is not None else dest.name
                    raise RedactorError(f"{name}: the file changed on disk after it was analysed")
                yield apply(img, plan, settings)

        def before_publish() -> None:
            if source is not None and seen is not None:
                check_unchanged(source, seen)

        forbidden = (source,) if source is not None else ()
        out = save_pages(
            masked(), dest, save_format, forbidden=forbidden, page_sizes=page_sizes,
            before_publish=before_publish,
        )  # fmt: skip
        done = tuple(replace(p, findings=masked_findings(p, settings)) for p in plans)
        status = file_status(done)
        first = done[0] if done else None
        return FileResult(
            source or out, out, status, time.monotonic() - start,
            first.width if first else 0, first.height if first else 0, done,
            tuple(r.phrase for p in done for r in p.reasons),
            input_sha256=digest, output_sha256=sha256_file(out),
        )  # fmt: skip
    except RedactorError as exc:
        error, cause = exc.message, exc.exit_code
    except MemoryError:
        error, cause = "out of memory", ExitCode.SOME_FAILED
    except Exception as exc:  # fail loud, per file
        error, cause = f"unexpected error ({type(exc).__name__})", ExitCode.SOME_FAILED
    return FileResult(
        source or dest, None, PageStatus.FAILED, time.monotonic() - start, error=error,
        input_sha256=digest, cause=cause,
    )  # fmt: skip


def file_status(plans: Sequence[PagePlan]) -> PageStatus:
    """A file is verified when every page is."""
    if all(p.status is PageStatus.VERIFIED for p in plans):
        return PageStatus.VERIFIED
    return PageStatus.NEEDS_REVIEW


def _take(pages: Sequence[Page | None], i: int) -> Page:
    """Page ``i``, released by its container so that only the caller holds it."""
    page = pages[i]
    if isinstance(pages, list):
        pages[i] = None
    else:
        forget = getattr(pages, "forget", None)
        if forget is not None:
            forget()
    assert page is not None
    return page


def sha256_file(path: Path) -> str | None:
    """Hex SHA-256 of a file's bytes, or None if it cannot be read (or changed meanwhile)."""
    try:
        seen = fingerprint(path)
    except InputError:
        return None
    return seen.sha256 if seen is not None else None


@dataclass
class Summary:
    files: int = 0
    failed: int = 0
    needs_review: int = 0
    regions: dict[str, int] = field(default_factory=dict)
    causes: list[ExitCode] = field(default_factory=list)  # one per failed file

    def add(self, r: FileResult) -> None:
        self.files += 1
        if r.status is PageStatus.FAILED:
            self.failed += 1
            self.causes.append(r.cause or ExitCode.SOME_FAILED)
        elif r.status is PageStatus.NEEDS_REVIEW:
            self.needs_review += 1
        for cat, n in r.counts().items():
            self.regions[cat] = self.regions.get(cat, 0) + n
