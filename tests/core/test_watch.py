"""Hot folder: files appearing while it runs, a slow writer, a bad file, a clean stop."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PIL import Image

import redactor.core.ocr as ocr_registry
from redactor.core.settings import Settings
from redactor.core.watch import watch
from tests.hostile.conftest import FakeEngine, default_sigint, no_partials

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_S = 120.0  # generous: only reached if something is broken


def _png_bytes(value: int, w: int = 240, h: int = 160) -> bytes:
    buf = io.BytesIO()
    Image.effect_noise((w, h), 40).convert("RGB").point(lambda v: (v + value) % 256).save(
        buf, "PNG"
    )
    return buf.getvalue()


def _until(cond, what: str) -> None:
    end = time.monotonic() + TIMEOUT_S
    while not cond():
        if time.monotonic() > end:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.01)


class SlowWriter(threading.Thread):
    """Writes a file in chunks, one chunk between two polls of the watcher.

    The watcher's ``on_poll`` hands the turn to this thread and waits until the
    chunk is on disk, so the file grows between every pair of polls no matter
    how busy the machine is: it must never look complete before it is.
    """

    def __init__(self, path: Path, data: bytes, chunk: int = 400) -> None:
        super().__init__(daemon=True)
        self.path, self.chunks = path, [data[i : i + chunk] for i in range(0, len(data), chunk)]
        self.turn, self.written = threading.Semaphore(0), threading.Semaphore(0)
        self.started_writing = threading.Event()
        self.remaining = len(self.chunks)

    def run(self) -> None:
        with open(self.path, "wb") as fh:
            for chunk in self.chunks:
                self.turn.acquire()
                fh.write(chunk)
                fh.flush()
                os.fsync(fh.fileno())
                self.remaining -= 1
                self.started_writing.set()
                self.written.release()

    def on_poll(self, n: int) -> None:
        if self.is_alive() and self.remaining:
            self.turn.release()
            if not self.written.acquire(timeout=TIMEOUT_S):
                raise RuntimeError("the writer stalled")


def test_watch_picks_up_files_written_slowly_and_survives_a_bad_one(
    tmp_path: Path, monkeypatch
) -> None:
    engine = FakeEngine()
    monkeypatch.setitem(ocr_registry._engines, "rapidocr", engine)
    inbox, outbox, done = tmp_path / "inbox", tmp_path / "outbox", tmp_path / "done"
    inbox.mkdir()
    slow = _png_bytes(60)
    writer = SlowWriter(inbox / "slow.png", slow)
    assert len(writer.chunks) >= 4
    writer.start()
    stop, lines, state_box = threading.Event(), [], {}

    def run() -> None:
        state_box["state"] = watch(inbox, outbox, Settings(), processed=done, poll_s=0.01,
                                   settle_polls=2, stop=stop, log=lines.append,
                                   on_poll=writer.on_poll)  # fmt: skip

    watcher = threading.Thread(target=run, daemon=True)
    watcher.start()
    _until(lambda: (done / "slow.png").exists(), "the slow file to be done")
    (inbox / "bad.jpg").write_bytes(b"<html>not a scan</html>")
    _until(lambda: any("bad.jpg" in ln for ln in lines), "the bad file's log line")
    (inbox / "sub").mkdir()
    (inbox / "sub" / "late.png").write_bytes(_png_bytes(120))
    _until(lambda: len(lines) >= 3, "three log lines")
    stop.set()
    watcher.join(TIMEOUT_S)
    assert not watcher.is_alive()


def test_bad_file_is_not_retried_until_it_changes(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setitem(ocr_registry._engines, "rapidocr", FakeEngine())
    inbox = tmp_path / "in"
    inbox.mkdir()
    bad = inbox / "bad.png"
    bad.write_bytes(b"garbage")
    lines: list[str] = []
    fixed = _png_bytes(10)

    def user_fixes_it(n: int) -> None:
        if n == 6:  # long after it failed: replaced by a real image
            bad.write_bytes(fixed)

    watch(inbox, tmp_path / "out", Settings(), poll_s=0, max_polls=14, log=lines.append,
          on_poll=user_fixes_it)  # fmt: skip
    assert len(lines) == 2, lines  # failed once (not on every poll), then done once
    assert lines[0].startswith("failed") and not lines[1].startswith("failed")
    assert (tmp_path / "out" / "bad.png").is_file()


def test_outbox_inside_inbox_is_not_watched(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setitem(ocr_registry._engines, "rapidocr", FakeEngine())
    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "a.png").write_bytes(_png_bytes(30))
    lines: list[str] = []
    watch(inbox, inbox / "out", Settings(), poll_s=0, max_polls=10, log=lines.append)
    assert len(lines) == 1 and (inbox / "out" / "a.png").is_file()


@pytest.mark.slow
def test_ctrl_c_stops_the_watcher_cleanly(tmp_path: Path) -> None:
    inbox, outbox = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "redactor.cli",
            "watch",
            str(inbox),
            "-o",
            str(outbox),
            "--interval",
            "0.1",
            "--no-verify",
        ],  # fmt: skip
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        preexec_fn=default_sigint,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()  # printed once the models are loaded
    assert first.startswith("watching"), first
    (inbox / "a.png").write_bytes(_png_bytes(90, 600, 400))
    _until(lambda: (outbox / "a.png").exists(), "the first output")
    # The watcher logs a file after writing it: wait for that line, then press Ctrl-C.
    logged = proc.stdout.readline()
    proc.send_signal(signal.SIGINT)
    try:
        out, err = proc.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail("the watcher did not stop on Ctrl-C")
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "interrupted" in err
    assert "a.png" in logged
    assert no_partials(tmp_path) == []


def test_watch_usage_errors_exit_2(tmp_path: Path, capsys) -> None:
    from redactor.cli import main

    assert main(["watch", str(tmp_path / "missing"), "-o", str(tmp_path / "out")]) == 2
    assert "is not a folder" in capsys.readouterr().err
    (tmp_path / "in").mkdir()
    assert main(["watch", str(tmp_path / "in"), "-o", str(tmp_path / "o"), "--interval", "0"]) == 2
    assert "--interval" in capsys.readouterr().err
