"""libtiff's error and warning lines, caught instead of printed raw on stderr.

Pillow decodes compressed TIFF pages with libtiff, whose default handlers print
lines such as "ZIPDecode: Decoding error at scanline 0" straight to stderr, beside
the tool's own one-line message. The handlers are replaced (through ctypes, on the
libtiff that Pillow loaded) by one that keeps each line: inside ``captured()`` the
lines go to that thread's list, for the file's message; elsewhere to the log.
Where the library cannot be found (a Pillow built with libtiff inside its own
module), nothing changes.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

log = logging.getLogger("redactor.libtiff")
_local = threading.local()
_lock = threading.Lock()
_installed: list[object] = []  # the handler and libraries, kept alive while in use
#: At most this many lines kept per capture (a damaged file can repeat one per row).
MAX_LINES = 5

_Handler = ctypes.CFUNCTYPE(None, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_void_p)


def _loaded_libtiff() -> str | None:
    """Path of the libtiff that Pillow's ``_imaging`` module linked, from the process map."""
    import PIL._imaging  # noqa: F401  (loads libtiff)

    maps = Path("/proc/self/maps")
    if not maps.exists():
        return None
    for line in maps.read_text(errors="replace").splitlines():
        path = line.split(maxsplit=5)[-1]
        if "libtiff" in Path(path).name:
            return path
    return None


def _format(libc: ctypes.CDLL, fmt: bytes, args: int | None) -> str:
    buf = ctypes.create_string_buffer(512)
    try:
        libc.vsnprintf(buf, len(buf), fmt, ctypes.c_void_p(args))
        return buf.value.decode("utf-8", "replace")
    except Exception:  # a platform whose va_list we cannot pass on: the format is still telling
        return fmt.decode("utf-8", "replace")


def install() -> bool:
    """Route libtiff's messages here (once per process); False where it cannot be done."""
    with _lock:
        if _installed:
            return True
        if not sys.platform.startswith("linux"):
            return False
        path = _loaded_libtiff()
        libc_name = ctypes.util.find_library("c")
        if path is None or libc_name is None:
            return False
        try:
            lib, libc = ctypes.CDLL(path), ctypes.CDLL(libc_name)
            libc.vsnprintf.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p,
                                       ctypes.c_void_p]  # fmt: skip
        except (OSError, AttributeError):
            return False

        def on_message(module: bytes | None, fmt: bytes | None, args: int | None) -> None:
            text = _format(libc, fmt or b"", args)
            if module:
                text = f"{module.decode('utf-8', 'replace')}: {text}"
            lines = getattr(_local, "lines", None)
            if lines is None:
                log.info("libtiff: %s", text)
            elif len(lines) < MAX_LINES:
                lines.append(text.strip())

        handler = _Handler(on_message)
        for name in ("TIFFSetErrorHandler", "TIFFSetWarningHandler"):
            setter = getattr(lib, name)
            setter.restype = ctypes.c_void_p
            setter.argtypes = [_Handler]
            setter(handler)
        _installed.extend((handler, lib, libc))
        return True


@contextmanager
def captured() -> Iterator[list[str]]:
    """Collect the libtiff lines this thread causes inside the block."""
    install()
    outer = getattr(_local, "lines", None)
    lines: list[str] = []
    _local.lines = lines
    try:
        yield lines
    finally:
        _local.lines = outer
