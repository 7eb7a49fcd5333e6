""" "Open with → Redactor": declared file types, and files landing in the running window."""

from __future__ import annotations

import configparser
import re
from pathlib import Path

from redactor.core.imageio import SUPPORTED_SUFFIXES
from redactor.gui.single_instance import InstanceInbox, send_to_running

ROOT = Path(__file__).resolve().parents[2]
MIME = {
    ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".jpe": "image/jpeg", ".png": "image/png",
    ".webp": "image/webp", ".bmp": "image/bmp", ".gif": "image/gif", ".tif": "image/tiff",
    ".tiff": "image/tiff", ".heic": "image/heic", ".heif": "image/heif", ".pdf": "application/pdf",
}  # fmt: skip


def test_desktop_entry_declares_every_type_it_opens():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "packaging" / "linux" / "redactor.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    declared = set(filter(None, desktop["MimeType"].split(";")))
    assert {MIME[s] for s in SUPPORTED_SUFFIXES} <= declared
    assert re.search(r"%[FU]", desktop["Exec"])


def test_windows_installer_offers_open_with_for_every_type():
    iss = (ROOT / "packaging" / "windows" / "redactor.iss").read_text(encoding="utf-8")
    for suffix in SUPPORTED_SUFFIXES:
        assert (
            f'Classes\\{suffix}\\OpenWithProgids"; ValueType: string; ValueName: "Redactor.File"'
            in iss
        )
    assert "ChangesAssociations=yes" in iss


def test_a_file_opened_again_lands_in_the_running_window(qtbot, window, tmp_path, label, engine):
    folder = tmp_path / "instance"
    assert not send_to_running([label.path], folder)  # no window yet
    inbox = InstanceInbox(folder)
    assert inbox.claim()
    inbox.filesReceived.connect(window.open_from_elsewhere)
    assert not InstanceInbox(folder).claim()  # one window receives
    assert send_to_running([label.path], folder)
    qtbot.waitUntil(lambda: len(window.docs) == 1, timeout=5000)
    [doc] = window.docs.values()
    assert doc.path == label.path.resolve()
    inbox.release()
    assert not send_to_running([label.path], folder)
