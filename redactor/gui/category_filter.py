"""Categories switched off in Settings: a masking policy, and a chip that keeps it in view.

Analysis looks for every category; those the user switched off come disabled
(``core.policy.with_categories``). Changing the choice is therefore applied to
every open image at once, with no new OCR. The choice is kept across sessions,
so the findings panel says which categories are not masked, with a way back.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from redactor.core.models import DEFAULT_CATEGORIES, Category
from redactor.core.settings import Settings
from redactor.gui.document import Document
from redactor.gui.qtcompat import emit
from redactor.gui.style import CATEGORY_ORDER, category_label


def switched_off(chosen: Iterable[Category]) -> tuple[Category, ...]:
    """The default categories not in ``chosen``, in display order."""
    kept = set(chosen)
    return tuple(c for c in CATEGORY_ORDER if c in DEFAULT_CATEGORIES and c not in kept)


def apply_categories(docs: Iterable[Document], settings: Settings) -> int:
    """Apply the chosen categories to every analysed page of ``docs``; how many documents changed."""
    return sum(1 for doc in docs if doc.apply_categories(settings))


class HiddenCategoriesChip(QFrame):
    """ "Not masked: Barcode / QR code · Mask all": shown while a category is switched off."""

    resetRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hiddenCategories")
        self.setStyleSheet(
            "QFrame#hiddenCategories { background: #eef2f7; border: 1px solid #b8c4d6;"
            " border-radius: 4px; }"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 3, 4, 3)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        row.addWidget(self.label, 1)
        self.reset_button = QPushButton(self)
        self.reset_button.setFlat(True)
        self.reset_button.clicked.connect(lambda: emit(self.resetRequested))
        row.addWidget(self.reset_button)
        self.hidden: tuple[Category, ...] = ()
        self._retranslate()
        self.hide()

    def set_hidden(self, hidden: tuple[Category, ...]) -> None:
        self.hidden = hidden
        self._retranslate()
        self.setVisible(bool(hidden))

    def _retranslate(self) -> None:
        names = ", ".join(category_label(c) for c in self.hidden)
        self.label.setText(self.tr("Not masked: %1").replace("%1", names))
        self.setToolTip(
            self.tr("Switched off in Settings (kept for next time); found, but left visible.")
        )
        self.reset_button.setText(self.tr("Mask all"))
        self.reset_button.setToolTip(self.tr("Switch every category back on"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
