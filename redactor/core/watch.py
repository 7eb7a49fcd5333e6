"""Hot folder: redact files as a scanner drops them into an inbox.

Polling (no file-system notification library): every ``poll_s`` seconds the inbox
is listed; a file is taken only once its size and modification time have stayed
the same over ``settle_polls`` consecutive polls, so a file still being written
(a scanner or a network copy) is not read half-way. Each file is processed with
the batch code (atomic output, never the original overwritten), one log line is
emitted per file (paths, status, counts; never recognised text), and a bad
file is logged as failed and not retried until it changes. Ctrl-C propagates as
KeyboardInterrupt after the current file's partial output is removed.
Without ``processed`` a restarted watcher redoes the files still in the inbox
(their outputs are replaced atomically); with it, the inbox holds only new files
and those that failed.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from redactor.core.batch import FileResult, Job, process
from redactor.core.imageio import is_supported
from redactor.core.models import PageStatus
from redactor.core.settings import Settings

Stamp = tuple[int, int]  # (size, mtime_ns)


@dataclass
class WatchState:
    """What the watcher has seen: files settling, and files done (by their stamp)."""

    settling: dict[Path, tuple[Stamp, int]] = field(default_factory=dict)
    done: dict[Path, Stamp] = field(default_factory=dict)
    polls: int = 0
    results: list[FileResult] = field(default_factory=list)


def watch(
    inbox: Path,
    outbox: Path,
    settings: Settings,
    *,
    processed: Path | None = None,
    poll_s: float = 1.0,
    settle_polls: int = 2,
    stop: threading.Event | None = None,
    max_polls: int | None = None,
    log: Callable[[str], None] = print,
    on_poll: Callable[[int], None] | None = None,
) -> WatchState:
    """Watch ``inbox`` until ``stop`` is set, ``max_polls`` polls have run, or Ctrl-C.

    ``processed``: move each successfully redacted original there (same relative
    path; a number is added if the name is taken). ``on_poll`` is called after
    every poll with the poll count (tests use it to pace a slow writer).
    """
    stop = stop or threading.Event()
    state = WatchState()
    skip = [p.resolve() for p in (outbox, processed) if p is not None]
    while not stop.is_set() and (max_polls is None or state.polls < max_polls):
        for path in ready_files(inbox, state, settle_polls, skip):
            if stop.is_set():
                break
            _handle(path, inbox, outbox, processed, settings, state, log)
        state.polls += 1
        if on_poll is not None:
            on_poll(state.polls)
        if max_polls is not None and state.polls >= max_polls:
            break
        stop.wait(poll_s)
    return state


def ready_files(inbox: Path, state: WatchState, settle_polls: int, skip: list[Path]) -> list[Path]:
    """Files whose size and mtime have not changed for ``settle_polls`` polls."""
    ready: list[Path] = []
    seen: set[Path] = set()
    for path in sorted(_candidates(inbox, skip)):
        try:
            st = path.stat()
        except OSError:
            continue  # vanished between listing and stat
        stamp = (st.st_size, st.st_mtime_ns)
        seen.add(path)
        if state.done.get(path) == stamp:
            continue
        prev = state.settling.get(path)
        count = prev[1] + 1 if prev is not None and prev[0] == stamp else 0
        state.settling[path] = (stamp, count)
        if count >= settle_polls and st.st_size > 0:
            ready.append(path)
    for gone in set(state.settling) - seen:
        del state.settling[gone]
    return ready


def _candidates(inbox: Path, skip: list[Path]) -> Iterator[Path]:
    for p in inbox.rglob("*"):
        if p.name.startswith(".") or not is_supported(p):
            continue  # hidden files include our own .redactor-*.part temporaries
        try:
            if not p.is_file():
                continue
            resolved = p.resolve()
        except OSError:
            continue
        if any(resolved.is_relative_to(s) for s in skip):
            continue
        yield p


def _handle(
    path: Path,
    inbox: Path,
    outbox: Path,
    processed: Path | None,
    settings: Settings,
    state: WatchState,
    log: Callable[[str], None],
) -> None:
    stamp = state.settling.pop(path)[0]
    state.done[path] = stamp  # a failed file is not retried until it changes
    result = process(Job(path, inbox), outbox, settings)
    state.results.append(result)
    rel = path.relative_to(inbox) if path.is_relative_to(inbox) else Path(path.name)
    if result.status is PageStatus.FAILED:
        log(f"failed        {rel}: {result.error}")
        return
    moved = ""
    if processed is not None:
        target = _free_name(processed / rel)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(path), str(target))
            state.done.pop(path, None)
            moved = f", original moved to {target}"
        except OSError as exc:
            moved = f", original NOT moved ({exc.strerror or exc})"
    n = sum(result.counts().values())
    log(
        f"{result.status:<13} {rel} -> {result.output} "
        f"({len(result.plans)} page(s), {n} region(s), {result.seconds:.1f} s{moved})"
    )


def _free_name(target: Path) -> Path:
    if not target.exists():
        return target
    for n in range(2, 10_000):
        cand = target.with_name(f"{target.stem}-{n}{target.suffix}")
        if not cand.exists():
            return cand
    return target.with_name(f"{target.stem}-{id(target)}{target.suffix}")
