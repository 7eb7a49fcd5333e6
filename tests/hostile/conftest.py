"""Shared helpers for the hostile-input tests: a fake OCR engine and drawn labels."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

import redactor.core.ocr as ocr_registry
from redactor.core.models import OcrLine
from tests.drawing import draw_lines

#: Personal data drawn on the secret label; none of it may appear in logs or reports.
SECRET_ROWS = [
    ["收件人：", "王秘密", "13987654321"],
    ["地址：", "浙江省杭州市西湖区文三路77号"],
    ["Email:", "wang.secret@example.com"],
]
SECRETS = ("王秘密", "13987654321", "987654321", "文三路", "wang.secret", "example.com")


class FakeEngine:
    """Stands in for RapidOCR where a test is about files, not about reading text.

    ``behaviour`` maps an image to a list of lines, or raises; default: no text.
    """

    name = "rapidocr"

    def __init__(self, behaviour: Callable[[np.ndarray], list[OcrLine]] | None = None) -> None:
        self.behaviour = behaviour
        self.calls = 0

    def recognize(self, image: np.ndarray) -> list[OcrLine]:
        self.calls += 1
        return self.behaviour(image) if self.behaviour else []

    def page_rotation(self, image: np.ndarray) -> int:
        return 0


@pytest.fixture()
def fake_ocr(monkeypatch) -> FakeEngine:
    """Replace the per-process RapidOCR instance with a fast fake for this test."""
    engine = FakeEngine()
    monkeypatch.setitem(ocr_registry._engines, "rapidocr", engine)
    return engine


def write_png(path: Path, w: int = 64, h: int = 48, value: int = 200) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (w, h), (value, value, value)).save(path)
    return path


@pytest.fixture(scope="session")
def secret_label():
    return draw_lines(SECRET_ROWS, size=36)


def no_partials(folder: Path) -> list[Path]:
    return [p for p in folder.rglob(".redactor-*.part")]


def default_sigint() -> None:
    """``preexec_fn`` for a CLI the test will interrupt: start it with Ctrl-C's default
    disposition, as a terminal does, even when the test runner itself was started in
    the background with SIGINT ignored (which children would otherwise inherit)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)


def run_measuring_script(script: str, *args: Path, timeout: int) -> dict:
    """Run ``script`` in a fresh interpreter from the project's root and return the JSON
    object it prints last (measurements of that process: memory is only honest there)."""
    root = Path(__file__).resolve().parents[2]
    r = subprocess.run(
        [sys.executable, "-c", script, *map(str, args)],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert r.returncode == 0, r.stderr
    return {**json.loads(r.stdout.strip().splitlines()[-1]), "stderr": r.stderr}


def drawn_labels(folder: Path, count: int) -> None:
    """``count`` small drawn labels (real text for the real engine) as PNG files."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        pixels, _ = draw_lines([["收件人：", f"张{i}明", f"1381234{i:04d}"]], size=40, width=900)
        Image.fromarray(pixels).save(folder / f"label{i}.png")


def wait_for(cond: Callable[[], bool], proc, what: str, limit_s: float = 300.0) -> None:
    """Poll (no fixed sleeps) until ``cond()`` holds; fail if the process ends first."""
    import time

    end = time.monotonic() + limit_s
    while not cond():
        if proc.poll() is not None:
            _, err = proc.communicate()
            pytest.fail(f"CLI ended (rc={proc.returncode}) before {what}:\n{err}")
        if time.monotonic() > end:
            proc.kill()
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.02)


def live_group_members(pgid: int) -> list[str]:
    """Processes of process group ``pgid`` that are still alive (zombies, already dead and
    only waiting to be reaped by whoever adopted them, do not count), as "pid name"."""
    alive = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue  # ended while we looked
        name_end = text.rindex(")")
        fields = text[name_end + 2 :].split()  # state, ppid, pgrp, ...
        if int(fields[2]) == pgid and fields[0] != "Z":
            alive.append(f"{stat.parent.name} {text[text.index('(') + 1 : name_end]}")
    return alive
