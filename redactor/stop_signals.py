"""SIGTERM and SIGHUP stop a command the way Ctrl-C does.

A service manager stops a program with SIGTERM, and closing a terminal sends
SIGHUP; by default either kills the process at once, leaving its worker
processes running on. Inside ``stop_signals()`` both raise KeyboardInterrupt in
the main thread instead, so the command's Ctrl-C path runs: queued work is
dropped, running files finish or are abandoned cleanly, the report is written
and every child process ends. A signal the command was started with ignored
(``nohup``) stays ignored; a second stop signal is ignored while stopping.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

STOP_SIGNALS = tuple(getattr(signal, n) for n in ("SIGTERM", "SIGHUP") if hasattr(signal, n))


def _stop(signum: int, frame: object) -> None:
    for sig in STOP_SIGNALS:  # stopping already: a second signal must not cut the cleanup
        signal.signal(sig, signal.SIG_IGN)
    raise KeyboardInterrupt


@contextmanager
def stop_signals() -> Iterator[None]:
    """Turn SIGTERM and SIGHUP into KeyboardInterrupt for the duration of the block."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set signal handlers
        return
    previous = {sig: signal.getsignal(sig) for sig in STOP_SIGNALS}
    for sig, handler in previous.items():
        if handler is not signal.SIG_IGN:
            signal.signal(sig, _stop)
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler if handler is not None else signal.SIG_DFL)


@contextmanager
def held() -> Iterator[None]:
    """Ctrl-C and the stop signals wait until the block is done (held, then
    delivered): a result being recorded is recorded whole, never half.

    The signals' handlers defer them for the block. (Blocking them with
    ``pthread_sigmask`` holds them for the calling thread only: with any other
    thread running, the kernel hands the signal to that thread and Python still
    runs the handler in the main thread at once.)"""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set signal handlers
        return
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, *STOP_SIGNALS)}
    pending: list[int] = []

    def defer(signum: int, frame: object) -> None:
        pending.append(signum)

    for sig, handler in previous.items():
        if handler not in (signal.SIG_IGN, None):
            signal.signal(sig, defer)
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler if handler is not None else signal.SIG_DFL)
        if pending:
            signal.raise_signal(pending[0])  # delivered now, to the handler it had


def ignore_in_worker() -> None:
    """For a worker process: Ctrl-C and the stop signals reach the whole process group,
    but the parent alone decides what stops (it drops queued files and lets running
    ones finish); a worker killed while waiting for work would break the pool."""
    for sig in (signal.SIGINT, *STOP_SIGNALS):
        signal.signal(sig, signal.SIG_IGN)


def start_resource_tracker() -> None:
    """Start multiprocessing's resource tracker with SIGHUP ignored (inherited through exec).

    The tracker ignores SIGINT and SIGTERM itself but not SIGHUP: a closed terminal
    would kill it mid-batch, the pool would start a second one knowing nothing of the
    first one's resources, and that one would fail with a traceback on the console.
    """
    if not hasattr(signal, "SIGHUP"):
        return  # no resource tracker outside POSIX
    from multiprocessing import resource_tracker

    previous = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        resource_tracker.ensure_running()
    finally:
        signal.signal(signal.SIGHUP, previous)
