"""The welcoming empty state: a big drop target with Open buttons."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from redactor.core.imageio import SUPPORTED_SUFFIXES
from redactor.gui.icons import app_icon


class DropZone(QWidget):
    openFilesRequested = Signal()
    openFolderRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dropZone")
        self._hover = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 48, 48, 48)
        outer.addStretch(2)

        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(icon)

        self.title = QLabel(self)
        self.title.setObjectName("dropTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        f = self.title.font()
        f.setPointSizeF(f.pointSizeF() * 1.6)
        f.setBold(True)
        self.title.setFont(f)
        outer.addWidget(self.title)

        self.subtitle = QLabel(self)
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle.setWordWrap(True)
        self.subtitle.setMaximumWidth(620)
        # Centred by stretches, not by an alignment flag: an aligned word-wrapped label
        # gets its narrow size hint and a one-line height, which clipped the Chinese text.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.subtitle, 20)
        row.addStretch(1)
        outer.addLayout(row)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.open_files = QPushButton(self)
        self.open_files.setDefault(True)
        self.open_files.clicked.connect(self.openFilesRequested)
        self.open_folder = QPushButton(self)
        self.open_folder.clicked.connect(self.openFolderRequested)
        for b in (self.open_files, self.open_folder):
            b.setMinimumHeight(36)
            b.setMinimumWidth(150)
            buttons.addWidget(b)
        buttons.addStretch(1)
        outer.addSpacing(12)
        outer.addLayout(buttons)

        self.hint = QLabel(self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #6b7280;")
        outer.addSpacing(8)
        outer.addWidget(self.hint)
        outer.addStretch(3)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Drop photos of parcel labels or receipts here"))
        self.subtitle.setText(
            self.tr(
                "Redactor finds names, phone numbers, addresses, ID and card numbers, waybill numbers "
                "and barcodes, and covers them before you share the picture."
            )
        )
        self.open_files.setText(self.tr("Open files…"))
        self.open_files.setToolTip(self.tr("Choose one or more images (Ctrl+O)"))
        self.open_folder.setText(self.tr("Open folder…"))
        self.open_folder.setToolTip(self.tr("Open every image in a folder and its subfolders"))
        formats = ["JPEG", "PNG", "HEIC", "WebP", "TIFF"]
        if ".pdf" in SUPPORTED_SUFFIXES:  # scanned documents, when the engine reads them
            formats.append("PDF")
        self.hint.setText(
            self.tr("or paste an image with Ctrl+V · %1 · nothing leaves this computer").replace(
                "%1", self.tr(", ").join(formats)
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_hover(self, on: bool) -> None:
        self._hover = on
        self.update()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(20, 20, -20, -20)
        p.setBrush(QColor("#eef5ff") if self._hover else QColor("#f7f8fa"))
        pen = QPen(
            QColor("#2f7fd8") if self._hover else QColor("#b8c0cc"), 2.5, Qt.PenStyle.DashLine
        )
        p.setPen(pen)
        p.drawRoundedRect(r, 18, 18)
        p.end()
