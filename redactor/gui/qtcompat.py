"""Work-arounds for bugs of the Qt binding.

PySide6 6.12.0 on Python < 3.12: every ``SignalInstance.emit()`` called from
Python returns ``True`` without taking a reference to it, so each emit drops
the reference count of ``True`` by one. After a few thousand emits (a batch of
50 images sends many progress signals) ``True`` is deallocated and the
interpreter aborts ("bool_dealloc: deallocating True or False"). Python 3.12+
makes ``True`` immortal, where the bug is harmless.

``emit(signal, *args)`` emits and gives the lost reference back. Whether the
binding leaks is measured once at import, so a fixed PySide6 needs no change.

The same release also drops a reference to ``None`` on every call of a C++
method that returns nothing (``setText``, ``setEnabled``, ...): a window
makes thousands of those, and the app aborts ("none_dealloc") after a while.
Those calls are everywhere, so instead of wrapping them ``None`` gets a large
reserve of references once: in effect the immortality Python 3.12 gives it.
"""

from __future__ import annotations

import ctypes
import platform
import sys

from PySide6.QtCore import QObject, Signal

#: References given to None when void calls leak: ~10^14 calls before it could run out.
_NONE_RESERVE = 1 << 46


class _Probe(QObject):
    ping = Signal()


def _measure() -> tuple[int, int]:
    probe = _Probe()
    t, f = sys.getrefcount(True), sys.getrefcount(False)
    result = probe.ping.emit()
    del result
    return sys.getrefcount(True) - t, sys.getrefcount(False) - f


_LOST_TRUE, _LOST_FALSE = _measure()
if _LOST_TRUE < 0 or _LOST_FALSE < 0:  # pragma: no cover - depends on the binding version
    _incref = ctypes.pythonapi.Py_IncRef
    _incref.argtypes = [ctypes.py_object]
    _incref.restype = None
    _incref(True)  # the probe's own lost reference
    for _ in range(-_LOST_FALSE):
        _incref(False)

    def emit(signal, *args) -> None:
        signal.emit(*args)
        for _ in range(-_LOST_TRUE):
            _incref(True)
        for _ in range(-_LOST_FALSE):
            _incref(False)

else:

    def emit(signal, *args) -> None:
        signal.emit(*args)


LEAKS_ON_EMIT = _LOST_TRUE < 0 or _LOST_FALSE < 0


def _void_call_leak() -> int:
    """How many references to None one C++ void call loses (0 for a sound binding)."""
    probe = _Probe()
    before = sys.getrefcount(None)
    for _ in range(100):
        probe.setObjectName("probe")
    return min(0, sys.getrefcount(None) - before) // 100


def _pin_none() -> bool:
    if platform.python_implementation() != "CPython" or sys.version_info >= (3, 12):
        return False  # None is immortal there
    # ob_refcnt is the first field of every CPython object
    refcnt = ctypes.c_ssize_t.from_address(id(None))
    refcnt.value += _NONE_RESERVE
    return True


LEAKS_NONE_ON_VOID_CALL = _void_call_leak() < 0
if LEAKS_NONE_ON_VOID_CALL:  # pragma: no cover - depends on the binding version
    _pin_none()
