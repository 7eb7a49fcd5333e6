"""The ``redactor`` command: batch redaction from a terminal or a script.

Exit codes: 0 all done, 1 some files failed (the rest are written), 2 usage,
130 interrupted (finished files stay, no partial files remain).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import os
import signal
import sys
from collections.abc import Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from datetime import UTC, datetime
from pathlib import Path

from redactor import __version__
from redactor.core.batch import FileResult, Job, Summary, collect_jobs, process
from redactor.core.errors import CancelledError, RedactorError, UsageError
from redactor.core.models import Category, PageStatus, parse_categories
from redactor.core.ocr import ENGINE_NAMES
from redactor.core.settings import MaskStyle, Preset, Settings, parse_color

#: Files one worker process handles before it is replaced by a fresh one.
MAX_TASKS_PER_WORKER = 100

EPILOG = """\
examples:
  redactor redact label.jpg                 writes label.redacted.jpg next to it
  redactor redact scans/ -o clean/          every image in scans/ into clean/
  redactor redact scans/ -o clean/ --report report.json
  redactor redact receipts.pdf -o clean/ --audit logs/ --review-list check.txt
  redactor watch inbox/ -o outbox/ --processed done/

categories: name, phone, address, door, id_number, card_number, email, tracking,
code, face (all on by default), custom (your own words, see --words/--regex).

exit codes: 0 all done, 1 some files failed (the others were written), 2 usage error,
130 interrupted. Originals are never changed.
"""


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="redactor",
        description="Mask personal data (names, phones, addresses, ID and card numbers, "
        "waybill numbers, barcodes) on photos and scans of parcel labels and receipts.",
    )
    p.add_argument("--version", action="version", version=f"redactor {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    r = sub.add_parser(
        "redact",
        help="mask personal data in images and folders",
        description="Find personal data in each image and write a masked copy. "
        "The original is never changed.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    r.add_argument(
        "paths", nargs="+", type=Path, metavar="PATH", help="image or PDF files, or folders"
    )
    r.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="OUTDIR",
        help="write masked copies here (same file names); default: <name>.redacted.<ext> next to each input",
    )
    r.add_argument(
        "--report",
        type=Path,
        metavar="FILE.json",
        help="write a JSON report (regions and status per file; never the recognised text)",
    )
    _add_common(r)
    r.add_argument(
        "--jobs",
        type=int,
        default=0,
        metavar="N",
        help="images processed in parallel (default: number of CPU cores)",
    )
    r.add_argument(
        "--review-list",
        type=Path,
        metavar="FILE",
        help="write the input paths that need a human look (any page not verified, "
        "or failed), one per line",
    )
    r.add_argument(
        "--audit",
        type=Path,
        metavar="DIR",
        help="write an audit log of the batch into DIR (CSV and JSON: paths, pages, "
        "status, seconds, SHA-256, findings per category; never the recognised text)",
    )
    r.add_argument("-q", "--quiet", action="store_true", help="no progress bar")

    w = sub.add_parser(
        "watch",
        help="hot folder: redact files as they appear in a folder",
        description="Watch INBOX and redact every file that appears in it (once it is "
        "completely written) into OUTBOX. One line is printed per file. Ctrl-C stops.",
    )
    w.add_argument("inbox", type=Path, metavar="INBOX", help="folder the scanner writes into")
    w.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="OUTBOX",
        help="write masked copies here",
    )
    w.add_argument(
        "--processed",
        type=Path,
        metavar="DIR",
        help="move each original here once its masked copy is written",
    )
    w.add_argument(
        "--interval",
        type=float,
        default=1.0,
        metavar="SECONDS",
        help="how often the inbox is checked (default 1 s); a file is taken once "
        "its size has not changed over two checks",
    )
    _add_common(w)

    g = sub.add_parser("gui", help="open the desktop window")
    g.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="images to open")
    return p


def _add_common(r: argparse.ArgumentParser) -> None:
    """Options that decide what is masked and how (shared by redact and watch)."""
    r.add_argument(
        "--mask",
        choices=[m.value for m in MaskStyle],
        default="fill",
        help="fill (default) paints solid boxes and cannot be undone; "
        "pixelate and blur look softer but are WEAKER: they can sometimes be reversed",
    )
    r.add_argument("--color", default="#000000", help="fill colour as #rrggbb (default black)")
    r.add_argument(
        "--categories",
        default="all",
        help="comma list of what to mask (default: all), e.g. phone,name,address",
    )
    r.add_argument(
        "--preset",
        choices=[x.value for x in Preset],
        default="full",
        help="full (default): mask whole fields; privacy-waybill: keep the label usable "
        "(surname, last 4 phone digits and the street stay visible, as GB/T 41833-2022)",
    )
    r.add_argument(
        "--words",
        action="append",
        default=[],
        metavar="WORD",
        help="also mask this word (repeatable), e.g. your own name",
    )
    r.add_argument(
        "--words-file",
        type=Path,
        metavar="FILE",
        help="file with one word per line to mask; lines starting with 're:' are regular expressions",
    )
    r.add_argument(
        "--regex",
        action="append",
        default=[],
        metavar="PATTERN",
        help="also mask text matching this regular expression (repeatable)",
    )
    r.add_argument(
        "--engine", choices=ENGINE_NAMES, default="rapidocr", help="OCR engine (default rapidocr)"
    )
    r.add_argument(
        "--no-verify",
        action="store_true",
        help="skip the second OCR pass that checks the masked image (faster, less safe)",
    )


def settings_from_args(a: argparse.Namespace) -> Settings:
    try:
        cats = parse_categories(a.categories)
        color = parse_color(a.color)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    words = list(a.words)
    patterns = list(a.regex)
    if a.words_file:
        try:
            for line in a.words_file.read_text(encoding="utf-8").splitlines():
                line = line.strip()
                if not line or line.startswith("//"):
                    continue
                if line.startswith("re:"):
                    patterns.append(line[3:])
                else:
                    words.append(line)
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"cannot read --words-file {a.words_file}: {exc}") from None
    import re

    for pat in patterns:
        try:
            re.compile(pat)
        except re.error as exc:
            raise UsageError(f"invalid regular expression {pat!r}: {exc}") from None
    if words or patterns:
        cats = cats | {Category.CUSTOM}
    return Settings(
        categories=cats,
        mask=MaskStyle(a.mask),
        color=color,
        engine=a.engine,
        preset=Preset(a.preset),
        verify=not a.no_verify,
        custom_terms=tuple(words),
        custom_patterns=tuple(patterns),
    )


def _tolerant_console() -> None:
    """Never crash on printing a file name the console cannot show (emoji on a cp1252
    console, a non-UTF-8 name on Linux): such characters are printed as escapes."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):  # detached or closed stream
                reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    _tolerant_console()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "gui":
        from redactor.launch_gui import main as gui_main

        return gui_main([str(p) for p in args.paths])
    if args.command not in ("redact", "watch"):
        parser.print_help()
        return 2
    try:
        return _redact(args) if args.command == "redact" else _watch(args)
    except UsageError as exc:
        print(f"redactor: error: {exc.message}", file=sys.stderr)
        return 2
    except RedactorError as exc:
        print(f"redactor: error: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(
            "\nredactor: interrupted; finished files were kept, no partial files left",
            file=sys.stderr,
        )
        return 130


def _redact(a: argparse.Namespace) -> int:
    settings = settings_from_args(a)
    if a.engine == "tesseract":
        from redactor.core.ocr.tesseract import probe

        probe()  # missing binary or language: one clear message, before any file
    outdir: Path | None = a.output
    if outdir is not None and outdir.exists() and not outdir.is_dir():
        raise UsageError(f"-o {outdir} exists and is not a folder")
    jobs, problems = collect_jobs(a.paths, outdir)
    for msg in problems:
        print(f"redactor: {msg}", file=sys.stderr)
    if not jobs:
        print(
            "redactor: no supported images found (JPEG, PNG, WebP, BMP, TIFF, HEIC, GIF, PDF)",
            file=sys.stderr,
        )
        return 1 if problems else 2
    n_jobs = a.jobs if a.jobs > 0 else (os.cpu_count() or 1)
    n_jobs = max(1, min(n_jobs, len(jobs)))
    results: list[FileResult] = []
    started = datetime.now(UTC)
    bar = _progress(len(jobs), a.quiet)
    try:
        for res in _run(jobs, outdir, settings, n_jobs):
            results.append(res)
            if res.status is PageStatus.FAILED:
                _print_above(bar, f"failed: {res.source}: {res.error}")
            if bar is not None:
                bar.update(1)
    except (KeyboardInterrupt, CancelledError):
        _clean_partials(outdir, jobs)
        raise KeyboardInterrupt from None
    finally:
        if bar is not None:
            bar.close()
    summary = Summary()
    for r in results:
        summary.add(r)
    if a.report:
        _write_report(a.report, results, summary)
    if a.review_list:
        _write_review_list(a.review_list, results)
    if a.audit:
        from redactor.core.audit import write_audit

        csv_path, _ = write_audit(a.audit, results, started)
        if not a.quiet:
            print(f"audit log: {csv_path} (and .json)", file=sys.stderr)
    print(_summary_line(summary, outdir))
    return 1 if summary.failed or problems else 0


def _run(jobs: list[Job], outdir: Path | None, settings: Settings, n_jobs: int):
    if n_jobs == 1:
        for job in jobs:
            yield process(job, outdir, settings)
        return
    threads = max(1, (os.cpu_count() or 1) // n_jobs)
    # A worker is replaced after MAX_TASKS_PER_WORKER files, so whatever the OCR
    # runtime keeps from its largest image (or leaks) is returned on a long batch.
    # Replacing workers needs the "spawn" start method (a fresh interpreter each).
    with ProcessPoolExecutor(
        max_workers=n_jobs,
        initializer=_init_worker,
        initargs=(threads,),
        mp_context=multiprocessing.get_context("spawn"),
        max_tasks_per_child=MAX_TASKS_PER_WORKER,
    ) as pool:
        pending: set[Future] = set()
        it = iter(jobs)
        try:
            for job in it:  # keep at most 2 per worker in flight: memory stays flat
                pending.add(pool.submit(process, job, outdir, settings))
                if len(pending) >= 2 * n_jobs:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for f in done:
                        yield f.result()
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for f in done:
                    yield f.result()
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise


def _write_review_list(path: Path, results: list[FileResult]) -> None:
    from redactor.core.imageio import write_text_atomic

    todo = [str(r.source) for r in results if r.status is not PageStatus.VERIFIED]
    write_text_atomic(path, "".join(f"{p}\n" for p in todo))


def _watch(a: argparse.Namespace) -> int:
    from redactor.core.watch import watch

    settings = settings_from_args(a)
    if a.engine == "tesseract":
        from redactor.core.ocr.tesseract import probe

        probe()
    if not a.inbox.is_dir():
        raise UsageError(f"{a.inbox} is not a folder")
    if a.output.exists() and not a.output.is_dir():
        raise UsageError(f"-o {a.output} exists and is not a folder")
    if a.interval <= 0:
        raise UsageError("--interval must be positive")
    from redactor.core.ocr import get_engine

    get_engine(settings.engine)  # load the models before the first file arrives
    print(f"watching {a.inbox} -> {a.output} (Ctrl-C to stop)", flush=True)
    try:
        watch(
            a.inbox,
            a.output,
            settings,
            processed=a.processed,
            poll_s=a.interval,
            log=lambda line: print(line, flush=True),
        )
    except (KeyboardInterrupt, CancelledError):
        _clean_partials(a.output, [])
        raise KeyboardInterrupt from None
    return 0


def _init_worker(threads: int) -> None:
    os.environ["REDACTOR_OCR_THREADS"] = str(threads)
    # A terminal's Ctrl-C reaches the whole process group. The parent alone
    # decides what stops (it cancels queued files and lets running ones finish);
    # a worker interrupted while waiting for work would die printing a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _progress(total: int, quiet: bool):
    if quiet or not sys.stderr.isatty() or total < 1:
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="img", file=sys.stderr, dynamic_ncols=True)


def _print_above(bar, msg: str) -> None:
    if bar is not None:
        bar.write(msg, file=sys.stderr)
    else:
        print(msg, file=sys.stderr)


def _clean_partials(outdir: Path | None, jobs: list[Job]) -> None:
    folders = {outdir} if outdir else {j.source.parent for j in jobs}
    for folder in folders:
        if folder and folder.is_dir():
            for part in folder.rglob(".redactor-*.part"):
                with contextlib.suppress(OSError):
                    part.unlink()


def _write_report(path: Path, results: list[FileResult], summary: Summary) -> None:
    from redactor.core.imageio import write_text_atomic

    data = {
        "tool": "redactor",
        "version": __version__,
        "files": [r.to_report() for r in results],
        "summary": {
            "files": summary.files,
            "failed": summary.failed,
            "needs_review": summary.needs_review,
            "regions": dict(sorted(summary.regions.items())),
        },
    }
    write_text_atomic(path, json.dumps(data, ensure_ascii=False, indent=2))


def _summary_line(s: Summary, outdir: Path | None) -> str:
    regions = ", ".join(f"{k} {v}" for k, v in sorted(s.regions.items())) or "none"
    where = f" -> {outdir}" if outdir else ""
    return (
        f"{s.files} file(s){where}: {s.files - s.failed} written, {s.failed} failed, "
        f"{s.needs_review} need review; regions masked: {regions}"
    )


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
