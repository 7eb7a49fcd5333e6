"""SIGTERM (a service manager) and SIGHUP (a closed terminal) stop like Ctrl-C.

The CLI runs in its own process group with worker processes; after the signal
it must exit 130 having written the report, kept only complete outputs, left no
partial file, and left no process of its group running (workers, the
multiprocessing resource tracker).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from tests.hostile.conftest import (
    default_sigint,
    drawn_labels,
    live_group_members,
    no_partials,
    wait_for,
)

ROOT = Path(__file__).resolve().parents[2]
N_IMAGES = 8
LIMIT_S = 300.0  # generous: only reached if something is broken


def _start(args: list[str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "redactor.cli", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, like a service or a terminal job
        preexec_fn=default_sigint,
    )


def _stop_and_wait(proc: subprocess.Popen, sig: int, whole_group: bool) -> str:
    """Send ``sig``; wait for the CLI and then for every process of its group to end."""
    if whole_group:
        os.killpg(proc.pid, sig)
    else:
        proc.send_signal(sig)
    try:
        _, err = proc.communicate(timeout=LIMIT_S)
    except subprocess.TimeoutExpired:
        pytest.fail("the CLI did not stop after the signal")
    end = time.monotonic() + LIMIT_S
    while live_group_members(proc.pid):
        if time.monotonic() > end:
            pytest.fail(f"processes left behind: {live_group_members(proc.pid)}\n{err}")
        time.sleep(0.05)
    return err


def _kill_group(pgid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)


@pytest.mark.slow
@pytest.mark.parametrize(
    "sig, whole_group",
    [(signal.SIGTERM, False), (signal.SIGHUP, True)],
    ids=["kill-TERM-main-process", "HUP-whole-group"],
)
def test_stop_signal_finishes_cleanly_writes_the_report_and_leaves_no_process(
    tmp_path: Path, sig: int, whole_group: bool
) -> None:
    src, out, report = tmp_path / "in", tmp_path / "out", tmp_path / "report.json"
    drawn_labels(src, N_IMAGES)
    proc = _start(
        ["redact", str(src), "-o", str(out), "--report", str(report), "-q", "--no-verify",
         "--jobs", "2"]
    )  # fmt: skip
    try:
        finished = lambda: out.is_dir() and any(p.suffix == ".png" for p in out.iterdir())  # noqa: E731
        wait_for(finished, proc, "the first output")
        err = _stop_and_wait(proc, sig, whole_group)
    finally:
        _kill_group(proc.pid)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "interrupted" in err, err
    written = sorted(p.name for p in out.rglob("*") if p.is_file())
    assert 0 < len(written) < N_IMAGES, written
    assert no_partials(out) == [] and no_partials(src) == []
    for name in written:  # every kept file is a complete image
        with Image.open(out / name) as im:
            im.load()
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["summary"]["interrupted"] is True
    reported = sorted(Path(f["output"]).name for f in data["files"] if f["output"])
    assert reported == written  # files that finished while stopping are reported too


@pytest.mark.slow
def test_sigterm_stops_the_hot_folder_cleanly(tmp_path: Path) -> None:
    inbox, outbox = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    proc = _start(["watch", str(inbox), "-o", str(outbox), "--interval", "0.1", "--no-verify"])
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()  # printed once the models are loaded
        assert first.startswith("watching"), first
        drawn_labels(inbox, 1)
        logged = proc.stdout.readline()  # the watcher logs a file after writing it
        err = _stop_and_wait(proc, signal.SIGTERM, whole_group=True)
    finally:
        _kill_group(proc.pid)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "interrupted" in err, err
    assert "label0.png" in logged and (outbox / "label0.png").is_file()
    assert no_partials(tmp_path) == []


def test_a_stop_signal_waits_while_a_result_is_recorded() -> None:
    """A stop signal that arrives while a finished file's result is being recorded is
    delivered when the recording is done: the result is recorded whole, and the stop
    still happens (the batch then records every other finished file, see cli._run)."""
    import os
    import signal

    from redactor.stop_signals import held, stop_signals

    recorded: list[str] = []
    with stop_signals():
        try:
            with held():
                os.kill(os.getpid(), signal.SIGTERM)
                recorded.append("label0.png")  # not cut short by the signal
            raise AssertionError("the stop signal was lost")
        except KeyboardInterrupt:
            pass
    assert recorded == ["label0.png"]


def test_a_stop_signal_waits_while_held_when_another_thread_takes_it() -> None:
    """A process-directed signal may be handed to any thread that does not block it (a
    pool's, the OCR's): taken by another thread during the recording, it still waits
    for the recording to end, then stops the batch."""
    import signal
    import threading

    from redactor.stop_signals import held, stop_signals

    def signal_this_thread() -> None:
        signal.pthread_kill(threading.get_ident(), signal.SIGTERM)

    recorded: list[str] = []
    with stop_signals():
        try:
            with held():
                other = threading.Thread(target=signal_this_thread)
                other.start()
                other.join()
                recorded.append("label0.png")  # not cut short by the signal
            raise AssertionError("the stop signal was lost")
        except KeyboardInterrupt:
            pass
    assert recorded == ["label0.png"]
