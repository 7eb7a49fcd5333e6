"""One window per user: a file opened with "Open with → Redactor" lands in the running one.

The first window holds a lock file in the user's data folder and watches an
inbox folder next to it; a later launch with files finds the lock held, drops
their paths into the inbox (one small file, written then renamed) and exits.
Only files and QtCore are used: no socket, nothing that looks like a network.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, QStandardPaths, QTimer, Signal

from redactor.gui.qtcompat import emit


def default_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base or Path.home() / ".redactor") / "instance"


def send_to_running(paths: list[Path], folder: Path | None = None) -> bool:
    """Hand ``paths`` to a running window; False when none is running."""
    folder = folder or default_folder()
    folder.mkdir(parents=True, exist_ok=True)
    probe = QLockFile(str(folder / "window.lock"))
    if probe.tryLock(0):  # nobody holds it: no window is running
        probe.unlock()
        return False
    inbox = folder / "inbox"
    inbox.mkdir(exist_ok=True)
    name = f"{time.time_ns()}-{os.getpid()}"
    tmp = inbox / f".{name}.tmp"
    tmp.write_text("".join(f"{p.resolve()}\n" for p in paths), encoding="utf-8")
    tmp.replace(inbox / f"{name}.paths")
    return True


class InstanceInbox(QObject):
    """Held by the first window; ``filesReceived`` carries the paths later launches sent."""

    filesReceived = Signal(list)

    def __init__(self, folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder or default_folder()
        self.inbox = self.folder / "inbox"
        self.lock: QLockFile | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(lambda _p: self.drain())
        self._poll = QTimer(self)  # in case the file system sends no notice
        self._poll.setInterval(1500)
        self._poll.timeout.connect(self.drain)

    def claim(self) -> bool:
        """Become the window that receives files; False if another one already is."""
        self.folder.mkdir(parents=True, exist_ok=True)
        self.inbox.mkdir(exist_ok=True)
        lock = QLockFile(str(self.folder / "window.lock"))
        lock.setStaleLockTime(0)  # a lock left by a crashed window is taken over
        if not lock.tryLock(100):
            return False
        self.lock = lock
        self._watcher.addPath(str(self.inbox))
        self._poll.start()
        self.drain()
        return True

    def drain(self) -> None:
        for f in sorted(self.inbox.glob("*.paths")):
            try:
                text = f.read_text(encoding="utf-8")
                f.unlink()
            except OSError:
                continue
            # no paths: the app was started again without files; the window comes forward
            emit(self.filesReceived, [Path(line) for line in text.splitlines() if line.strip()])

    def release(self) -> None:
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None
