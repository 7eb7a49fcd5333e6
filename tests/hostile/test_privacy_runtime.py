"""Run time privacy, end to end in a real CLI process with the real OCR engine:
no network access at all, and no recognised text in stdout, stderr or the report."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from tests.drawing import dark_fraction, find
from tests.hostile.conftest import SECRETS

ROOT = Path(__file__).resolve().parents[2]

# Loaded by every Python process (CLI and pool workers) through PYTHONPATH: any
# connection, datagram, listening socket or bind beyond the loopback address, and any
# DNS lookup, raises and is logged to a file. (Creating a socket, or binding one to
# loopback as HTTP libraries do on import to learn whether IPv6 exists, is no traffic.)
SITECUSTOMIZE = r"""
import os, socket

_LOG = os.environ["REDACTOR_TEST_NET_LOG"]
_real_socket = socket.socket
_LOOPBACK = ("127.0.0.1", "::1", "localhost")


def _record(what):
    with open(_LOG, "a", encoding="utf-8") as fh:
        fh.write(f"{os.getpid()} {what}\n")


class _GuardedSocket(_real_socket):
    def _forbid(self, what):
        if self.family != socket.AF_UNIX:
            _record(f"{what}(family={self.family})")
            raise OSError(f"network access is forbidden in this test ({what})")

    def connect(self, address):
        self._forbid("connect")
        return super().connect(address)

    def connect_ex(self, address):
        self._forbid("connect_ex")
        return super().connect_ex(address)

    def sendto(self, *args):
        self._forbid("sendto")
        return super().sendto(*args)

    def listen(self, *args):
        self._forbid("listen")
        return super().listen(*args)

    def bind(self, address):
        if not (isinstance(address, tuple) and address[0] in _LOOPBACK):
            self._forbid("bind")
        return super().bind(address)


def _refuse(name):
    def f(*a, **kw):
        _record(name)
        raise OSError(f"network access is forbidden in this test ({name})")
    return f


socket.socket = _GuardedSocket
socket.create_connection = _refuse("create_connection")
socket.getaddrinfo = _refuse("getaddrinfo")
socket.gethostbyname = _refuse("gethostbyname")
"""


@pytest.mark.slow
def test_cli_runs_offline_and_prints_no_recognised_text(tmp_path: Path, secret_label) -> None:
    pixels, placed = secret_label
    folder = tmp_path / "in"
    folder.mkdir()
    Image.fromarray(pixels).save(folder / "label.png")
    Image.fromarray(pixels).save(folder / "label2.jpg", quality=95)
    (folder / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")  # a crash path too
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    net_log = tmp_path / "net.log"
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join([str(guard), str(ROOT)]),
        REDACTOR_TEST_NET_LOG=str(net_log),
    )
    env.pop("http_proxy", None)

    # the guard works: connection attempts are refused and logged
    for attempt in (
        "socket.create_connection(('127.0.0.1', 9))",
        "socket.socket(socket.AF_INET6).connect(('::1', 9))",
        "socket.socket(socket.AF_INET).sendto(b'x', ('10.0.0.1', 53))",
    ):
        probe = subprocess.run(
            [sys.executable, "-c", f"import socket; {attempt}"],
            env=env,
            capture_output=True,
            text=True,
        )
        assert probe.returncode != 0 and "forbidden" in probe.stderr, attempt
        net_log.unlink()

    out, report = tmp_path / "out", tmp_path / "report.json"
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "redactor.cli",
            "redact",
            str(folder),
            "-o",
            str(out),
            "--report",
            str(report),
            "--jobs",
            "2",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert r.returncode == 1, r.stderr  # broken.jpg fails; the labels succeed
    assert not net_log.exists(), net_log.read_text()
    data = json.loads(report.read_text(encoding="utf-8"))
    entries = {Path(e["input"]).name: e for e in data["files"]}
    assert entries["label.png"]["status"] in ("verified", "needs_review")
    assert entries["broken.jpg"]["status"] == "failed"
    masked = np.asarray(Image.open(out / "label.png").convert("RGB"))
    assert dark_fraction(masked, find(placed, "13987654321").box) > 0.9  # it really read the label
    everything = r.stdout + r.stderr + report.read_text(encoding="utf-8")
    for secret in SECRETS:
        assert secret not in everything, secret
    assert "Traceback" not in r.stderr
