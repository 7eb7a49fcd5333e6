"""Where the Tesseract inside a frozen (PyInstaller) bundle lives.

A standalone install carries its own Tesseract with ``chi_sim`` and ``eng``
data under ``<bundle>/tesseract`` and must never fall back to a system copy:
when frozen, the bundled program is used or the engine reports it missing.

- Linux: ``tesseract/bin/tesseract`` is a small ``/bin/sh`` wrapper that runs
  ``tesseract/bin/tesseract.bin`` with ``LD_LIBRARY_PATH`` = ``tesseract/lib``
  and ``TESSDATA_PREFIX`` = ``tesseract/tessdata``, for that child process only.
- Windows/macOS: ``tesseract/tesseract[.exe]`` next to its libraries; the
  language data folder is given through ``TESSDATA_PREFIX``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import ModuleType

from redactor.core.errors import EngineMissingError


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def bundle_dir() -> Path:
    """The folder holding the bundled data (``sys._MEIPASS``, else the executable's folder)."""
    base = getattr(sys, "_MEIPASS", None)
    return Path(base) if base else Path(sys.executable).resolve().parent


def bundled_tesseract() -> Path:
    """The bundled Tesseract program (it may be absent if the bundle is damaged)."""
    root = bundle_dir() / "tesseract"
    if os.name == "nt":
        return root / "tesseract.exe"
    if sys.platform == "darwin":
        return root / "tesseract"
    return root / "bin" / "tesseract"


def use_bundled_tesseract(pytesseract_module: ModuleType) -> None:
    """In a frozen app, point pytesseract at the bundled Tesseract; from source, do nothing.
    Raises EngineMissingError when the bundle has lost its Tesseract."""
    if not is_frozen():
        return
    program = bundled_tesseract()
    pytesseract_module.pytesseract.tesseract_cmd = str(program)
    if not program.is_file():
        raise EngineMissingError(
            f"the Tesseract that comes with Redactor is missing ({program}); "
            "reinstall Redactor, or use the default engine (rapidocr)"
        )
    if os.name == "nt" or sys.platform == "darwin":  # the Linux wrapper sets it itself
        os.environ["TESSDATA_PREFIX"] = str(bundle_dir() / "tesseract" / "tessdata")
