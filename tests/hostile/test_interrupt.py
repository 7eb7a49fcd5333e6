"""Ctrl-C in the middle of a batch: exit 130, finished files kept, no partial files left."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from tests.hostile.conftest import default_sigint, drawn_labels, no_partials, wait_for

ROOT = Path(__file__).resolve().parents[2]
N_IMAGES = 8


@pytest.mark.slow
@pytest.mark.parametrize(
    "jobs, whole_group", [("1", False), ("2", True)], ids=["serial", "pool-ctrl-c"]
)
def test_sigint_keeps_finished_files_and_leaves_no_partials(
    tmp_path: Path, jobs: str, whole_group: bool
) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    drawn_labels(src, N_IMAGES)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "redactor.cli",
            "redact",
            str(src),
            "-o",
            str(out),
            "-q",
            "--no-verify",
            "--jobs",
            jobs,
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, like a terminal job
        preexec_fn=default_sigint,
    )
    finished = lambda: out.is_dir() and any(p.suffix == ".png" for p in out.iterdir())  # noqa: E731
    wait_for(finished, proc, "the first output")
    if whole_group:  # a terminal's Ctrl-C reaches the CLI and its worker processes
        os.killpg(proc.pid, signal.SIGINT)
    else:
        proc.send_signal(signal.SIGINT)
    try:
        _, err = proc.communicate(timeout=300)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        pytest.fail("the CLI did not stop after SIGINT")
    assert proc.returncode == 130, err
    assert "Traceback" not in err, err
    assert "interrupted" in err
    written = sorted(p for p in out.rglob("*") if p.is_file())
    assert written, "the file finished before Ctrl-C must be kept"
    assert len(written) < N_IMAGES, "the batch should have stopped early"
    assert no_partials(out) == [] and no_partials(src) == []
    for p in written:  # every kept file is a complete image
        with Image.open(p) as im:
            im.load()


def test_pool_worker_leaves_ctrl_c_to_the_batch() -> None:
    """A worker set up by the batch outlives a Ctrl-C: the parent decides what stops.

    A worker that took the signal while waiting for its next file died printing
    a traceback under the batch's one-line message.
    """
    code = (
        "import os, signal\n"
        "from redactor.cli import _init_worker\n"
        "_init_worker(1)\n"
        "os.kill(os.getpid(), signal.SIGINT)\n"
        "print('still working')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=default_sigint,
    )
    assert done.returncode == 0, done.stderr
    assert "still working" in done.stdout
    assert "Traceback" not in done.stderr
