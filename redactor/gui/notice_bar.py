"""A bar over the image that says what just happened and stays until closed ("Saved …").

Unlike the status bar, which the next update overwrites, a notice stays; a
saved file's notice offers "Show in folder" (the desktop's file manager).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from redactor.gui.qtcompat import emit


def open_folder(path: Path) -> bool:
    """Open the folder holding ``path`` (or ``path`` itself if a folder) in the file manager."""
    folder = path if path.is_dir() else path.parent
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class NoticeBar(QFrame):
    showInFolderRequested = Signal(object)  # Path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setStyleSheet(
            "QFrame#noticeBar { background: #e7f4ea; border-bottom: 1px solid #9fd0ab; }"
            " QFrame#noticeBar QLabel { color: #14532d; }"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 5, 6, 5)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        # A file name is one long word: it may be cut at the bar's edge (the whole text
        # is in the tooltip and the status bar) but never widens the image area, which
        # would squeeze the side panels on a small or 150 % screen.
        self.label.setMinimumWidth(1)
        row.addWidget(self.label, 1)
        self.show_button = QPushButton(self)
        self.show_button.clicked.connect(self._on_show)
        row.addWidget(self.show_button)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        row.addWidget(self.close_button)
        self.path: Path | None = None
        self._words: Callable[[], str] | None = None
        self._retranslate()
        self.hide()

    def _retranslate(self) -> None:
        self.show_button.setText(self.tr("Show in folder"))
        self.show_button.setToolTip(self.tr("Open the folder in the file manager"))
        self.close_button.setToolTip(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self._words is not None:
                self.label.setText(self._words())
                self.label.setToolTip(self.label.text())
        super().changeEvent(event)

    def show_notice(self, text: str | Callable[[], str], path: Path | None = None) -> None:
        """Show ``text`` (a function of the language, to follow a switch); with ``path``
        the bar offers to show it in its folder."""
        self.path = path
        self._words = text if callable(text) else None
        self.label.setText(text() if callable(text) else text)
        self.label.setToolTip(self.label.text())
        self.show_button.setVisible(path is not None)
        self.show()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def _on_show(self) -> None:
        if self.path is not None:
            emit(self.showInFolderRequested, self.path)
