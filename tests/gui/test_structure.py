"""The window is assembled from small modules; it has no copy of the CLI's file handling."""

from __future__ import annotations

from pathlib import Path

GUI = Path(__file__).resolve().parents[2] / "redactor" / "gui"


def test_no_gui_module_is_large():
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in GUI.glob("*.py")}
    assert max(sizes.values()) <= 420, sizes


def test_no_copy_of_path_expansion_or_output_naming():
    for p in GUI.glob("*.py"):
        text = p.read_text(encoding="utf-8")
        for copied in ("os.walk", "rglob(", '".redacted', "def expand_paths", "def output_name"):
            assert copied not in text, f"{p.name} has its own {copied}"
