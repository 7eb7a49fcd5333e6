"""Notice an input that is replaced, rewritten or deleted while it is being read.

Before reading, the file is hashed through one open handle and that handle's
identity and times are noted (device, inode, size, modification and change times;
the change time cannot be set back by a program). Before the output is published
the path is looked at again: anything different means the pages read may mix two
versions, or that the hash in the audit log is not of what was processed, so the
file fails and is not written.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from redactor.core.errors import FileChangedError


@dataclass(frozen=True)
class Stamp:
    device: int
    inode: int
    size: int
    mtime_ns: int
    ctime_ns: int

    @classmethod
    def of(cls, st: os.stat_result) -> Stamp:
        return cls(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


@dataclass(frozen=True)
class Fingerprint:
    """The SHA-256 of a file's bytes and the stamp of the handle they were read through."""

    sha256: str
    stamp: Stamp


def fingerprint(path: Path) -> Fingerprint | None:
    """Hash ``path``; None if it cannot be read (loading it then says why)."""
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            before = os.fstat(fh.fileno())
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
            after = os.fstat(fh.fileno())
    except OSError:
        return None
    if Stamp.of(before) != Stamp.of(after):
        raise FileChangedError(f"{path.name}: changed while being read; try again")
    return Fingerprint(h.hexdigest(), Stamp.of(after))


def check_unchanged(path: Path, seen: Fingerprint) -> None:
    """Raise FileChangedError unless ``path`` is still the file ``seen`` was taken of."""
    try:
        now = Stamp.of(os.stat(path))
    except FileNotFoundError:
        raise FileChangedError(f"{path.name}: was deleted while being read") from None
    except OSError as exc:
        raise FileChangedError(
            f"{path.name}: could not be looked at again after reading ({exc.strerror or exc})"
        ) from None
    if now != seen.stamp:
        raise FileChangedError(f"{path.name}: changed while being read; try again")
