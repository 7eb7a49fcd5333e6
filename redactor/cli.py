"""The ``redactor`` command: batch redaction from a terminal or a script.

Exit codes are ``ExitCode`` (core/errors.py), listed in ``--help``; Ctrl-C, SIGTERM
and SIGHUP all stop with 130 (finished files stay, no partial files remain).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import os
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from datetime import UTC, datetime
from pathlib import Path

from redactor import __version__
from redactor.cli_args import build_parser, settings_from_args
from redactor.core.batch import FileResult, Job, Summary, collect_jobs, process
from redactor.core.errors import (
    CancelledError,
    ExitCode,
    OutputError,
    RedactorError,
    UsageError,
    batch_exit_code,
)
from redactor.core.models import PageStatus
from redactor.core.settings import Settings
from redactor.stop_signals import held, ignore_in_worker, start_resource_tracker, stop_signals

#: Files one worker process handles before it is replaced by a fresh one.
MAX_TASKS_PER_WORKER = 100


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
        return ExitCode.USAGE
    try:
        with stop_signals():
            return _redact(args) if args.command == "redact" else _watch(args)
    except RedactorError as exc:
        print(f"redactor: error: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        _say_interrupted()
        return ExitCode.INTERRUPTED


def _say_interrupted() -> None:
    print(
        "\nredactor: interrupted; finished files were kept, no partial files left",
        file=sys.stderr,
    )


def _redact(a: argparse.Namespace) -> int:
    settings = settings_from_args(a)
    if a.engine == "tesseract":
        from redactor.core.ocr.tesseract import probe

        probe()  # missing binary or language: one clear message, before any file
    outdir: Path | None = a.output
    _check_outdir(outdir)
    jobs, problems = collect_jobs(a.paths, outdir)
    for msg in problems:
        print(f"redactor: {msg}", file=sys.stderr)
    unreadable = [ExitCode.INPUT_UNREADABLE] * len(problems)  # named paths that are missing
    if not jobs:
        print(
            "redactor: no supported images found (JPEG, PNG, WebP, BMP, TIFF, HEIC, GIF, PDF)",
            file=sys.stderr,
        )
        return batch_exit_code(0, unreadable) if problems else ExitCode.USAGE
    n_jobs = a.jobs if a.jobs > 0 else (os.cpu_count() or 1)
    n_jobs = max(1, min(n_jobs, len(jobs)))
    results: list[FileResult] = []
    started = datetime.now(UTC)
    bar = _progress(len(jobs), a.quiet)

    def record(res: FileResult) -> None:
        results.append(res)
        if res.status is PageStatus.FAILED:
            _print_above(bar, f"failed: {res.source}: {res.error}")
        if bar is not None:
            bar.update(1)

    interrupted = False
    try:
        _run(jobs, outdir, settings, n_jobs, record)
    except (KeyboardInterrupt, CancelledError):
        interrupted = True
        _clean_partials(outdir, jobs)
    finally:
        if bar is not None:
            bar.close()
    summary = Summary()
    for r in results:
        summary.add(r)
    if a.report:
        _write_report(a.report, results, summary, interrupted)
    if a.review_list:
        _write_review_list(a.review_list, results)
    if a.audit:
        from redactor.core.audit import write_audit

        csv_path, _ = write_audit(a.audit, results, started)
        if not a.quiet:
            print(f"audit log: {csv_path} (and .json)", file=sys.stderr)
    print(_summary_line(summary, outdir))
    if interrupted:
        _say_interrupted()
        return ExitCode.INTERRUPTED
    return batch_exit_code(summary.files - summary.failed, [*summary.causes, *unreadable])


def _check_outdir(outdir: Path | None) -> None:
    if outdir is None:
        return
    from redactor.core.saving import dangling_link

    link = dangling_link(outdir)
    if link is not None:
        raise OutputError(
            f"-o {outdir}: {link} is a symbolic link to {os.readlink(link)}, which does not exist"
        )
    if outdir.exists() and not outdir.is_dir():
        raise UsageError(f"-o {outdir} exists and is not a folder")


def _run(
    jobs: list[Job],
    outdir: Path | None,
    settings: Settings,
    n_jobs: int,
    record: Callable[[FileResult], None],
) -> None:
    """Process the jobs, passing each result to ``record`` as it comes.

    Interrupted (KeyboardInterrupt: Ctrl-C, SIGTERM, SIGHUP), the queued files are
    dropped, the running ones finish, their results are recorded, every worker
    process ends, and the interruption goes on to the caller.
    """
    if n_jobs == 1:
        for job in jobs:
            record(process(job, outdir, settings))
        return
    threads = max(1, (os.cpu_count() or 1) // n_jobs)
    start_resource_tracker()
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
        submitted: list[Future[FileResult]] = []
        recorded: set[Future[FileResult]] = set()

        def take(done: set[Future[FileResult]]) -> None:
            for f in done:
                with held():  # a stop signal waits until this result is recorded
                    if f not in recorded:
                        record(f.result())
                        recorded.add(f)

        pending: set[Future[FileResult]] = set()
        try:
            for job in jobs:  # keep at most 2 per worker in flight: memory stays flat
                submitted.append(pool.submit(process, job, outdir, settings))
                pending.add(submitted[-1])
                if len(pending) >= 2 * n_jobs:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    take(done)
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                take(done)
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            # Every file that finished, also one whose result had come back but was
            # not recorded yet when the batch stopped, is in the report.
            take({f for f in submitted if f.done() and not f.cancelled() and not f.exception()})
            raise


def _write_review_list(path: Path, results: list[FileResult]) -> None:
    from redactor.core.saving import write_text_atomic

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
    _check_outdir(a.output)
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
    return ExitCode.OK


def _init_worker(threads: int) -> None:
    os.environ["REDACTOR_OCR_THREADS"] = str(threads)
    ignore_in_worker()


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


def _write_report(
    path: Path, results: list[FileResult], summary: Summary, interrupted: bool
) -> None:
    from redactor.core.saving import write_text_atomic

    data = {
        "tool": "redactor",
        "version": __version__,
        "files": [r.to_report() for r in results],
        "summary": {
            "files": summary.files,
            "failed": summary.failed,
            "needs_review": summary.needs_review,
            "regions": dict(sorted(summary.regions.items())),
            "interrupted": interrupted,
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
