"""Preferences: output folder, mask style and colour, categories, OCR engine, language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from redactor.core.models import Category
from redactor.core.settings import MaskStyle, Preset
from redactor.gui.prefs import Prefs
from redactor.gui.style import CATEGORY_ORDER, category_label

translate = QCoreApplication.translate


def mask_style_label(style: MaskStyle) -> str:
    return {
        MaskStyle.FILL: translate("MaskStyle", "Solid fill (safest)"),
        MaskStyle.PIXELATE: translate("MaskStyle", "Pixelate (weaker)"),
        MaskStyle.BLUR: translate("MaskStyle", "Blur (weaker)"),
    }[style]


def weak_mask_warning() -> str:
    return translate(
        "MaskStyle",
        "Pixelated or blurred text can sometimes be reconstructed. Use a solid fill for anything sensitive.",
    )


FOCUS_RING = "QComboBox:focus { border: 2px solid palette(highlight); border-radius: 3px; padding: 1px 4px; }"


class ColorButton(QPushButton):
    colorChosen = Signal(tuple)  # (r, g, b), after the user picked a colour

    def __init__(self, rgb: tuple[int, int, int], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("colorButton")
        self.set_rgb(rgb)
        self.clicked.connect(self._pick)
        self.setToolTip(self.tr("Colour of the solid fill"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setToolTip(self.tr("Colour of the solid fill"))
        super().changeEvent(event)

    def set_rgb(self, rgb: tuple[int, int, int]) -> None:
        self.rgb = rgb
        c = QColor(*rgb)
        text = "white" if c.lightness() < 128 else "black"
        self.setText(c.name())
        # scoped to the button: a bare rule would also paint its children black on black
        self.setStyleSheet(
            f"QPushButton#colorButton {{ background: {c.name()}; color: {text}; padding: 3px 10px; }}"
        )

    def _pick(self) -> None:
        # the window, not the button, is the dialog's parent: it takes the window's look
        c = QColorDialog.getColor(QColor(*self.rgb), self.window(), self.tr("Mask colour"))
        if c.isValid():
            self.set_rgb((c.red(), c.green(), c.blue()))
            self.colorChosen.emit(self.rgb)


class SettingsDialog(QDialog):
    def __init__(self, prefs: Prefs, parent: QWidget | None = None):
        super().__init__(parent)
        self.prefs = prefs
        self.setWindowTitle(self.tr("Settings"))
        # Fusion draws no focus ring on a closed combo box: Tab must show where it is
        self.setStyleSheet(FOCUS_RING)
        layout = QVBoxLayout(self)

        # --- output
        out_box = QGroupBox(self.tr("Saving"), self)
        out_form = QFormLayout(out_box)
        row = QHBoxLayout()
        self.folder_edit = QLineEdit(str(prefs.output_folder or ""), self)
        self.folder_edit.setPlaceholderText(self.tr("Next to the original"))
        self.folder_edit.setClearButtonEnabled(True)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        out_form.addRow(self.tr("Output folder:"), row)
        audit_row = QHBoxLayout()
        self.audit_edit = QLineEdit(str(prefs.audit_folder or ""), self)
        self.audit_edit.setPlaceholderText(self.tr("No audit log"))
        self.audit_edit.setClearButtonEnabled(True)
        self.audit_edit.setToolTip(
            self.tr(
                "Each save adds a CSV and JSON log here: paths, counts, checksums, never the text"
            )
        )
        audit_browse = QPushButton(self.tr("Choose…"), self)
        audit_browse.clicked.connect(
            lambda: self._browse_into(self.audit_edit, self.tr("Audit log folder"))
        )
        audit_row.addWidget(self.audit_edit, 1)
        audit_row.addWidget(audit_browse)
        out_form.addRow(self.tr("Audit log:"), audit_row)
        layout.addWidget(out_box)

        # --- masking
        mask_box = QGroupBox(self.tr("Masking"), self)
        mask_form = QFormLayout(mask_box)
        self.mask_combo = QComboBox(self)
        for style in MaskStyle:
            self.mask_combo.addItem(mask_style_label(style), str(style))
        self.mask_combo.setCurrentIndex(self.mask_combo.findData(str(prefs.mask)))
        mask_form.addRow(self.tr("Mask style:"), self.mask_combo)
        self.mask_warning = QLabel(weak_mask_warning(), self)
        self.mask_warning.setWordWrap(True)
        self.mask_warning.setStyleSheet("color: #b45309;")
        mask_form.addRow("", self.mask_warning)
        self.color_button = ColorButton(prefs.color, self)
        mask_form.addRow(self.tr("Fill colour:"), self.color_button)
        self.mask_combo.currentIndexChanged.connect(self._update_mask_warning)
        self._update_mask_warning()
        layout.addWidget(mask_box)

        # --- detection
        det_box = QGroupBox(self.tr("What to look for"), self)
        det_layout = QVBoxLayout(det_box)
        grid = QGridLayout()
        self.category_boxes: dict[Category, QCheckBox] = {}
        cats = [c for c in CATEGORY_ORDER if c not in (Category.MANUAL, Category.CUSTOM)]
        selected = prefs.categories
        for i, cat in enumerate(cats):
            cb = QCheckBox(category_label(cat), self)
            cb.setChecked(cat in selected)
            self.category_boxes[cat] = cb
            grid.addWidget(cb, i // 2, i % 2)
        det_layout.addLayout(grid)
        self.preset_box = QCheckBox(
            self.tr("Privacy waybill style (keep part of name, phone and address)"), self
        )
        self.preset_box.setToolTip(
            self.tr(
                "Masks like a privacy waybill (GB/T 41833-2022) so the label stays usable for delivery"
            )
        )
        self.preset_box.setChecked(prefs.preset == Preset.PRIVACY_WAYBILL)
        det_layout.addWidget(self.preset_box)
        self.verify_box = QCheckBox(self.tr("Check the masked image again (slower, safer)"), self)
        self.verify_box.setChecked(prefs.verify)
        det_layout.addWidget(self.verify_box)
        det_layout.addWidget(QLabel(self.tr("Extra words to hide, one per line:"), self))
        self.custom_edit = QPlainTextEdit("\n".join(prefs.custom_terms), self)
        self.custom_edit.setMaximumHeight(70)
        self.custom_edit.setTabChangesFocus(True)  # words never hold a tab; Tab walks the dialog
        det_layout.addWidget(self.custom_edit)
        layout.addWidget(det_box)

        # --- engine and language
        misc_box = QGroupBox(self.tr("Engine and language"), self)
        misc_form = QFormLayout(misc_box)
        self.engine_combo = QComboBox(self)
        self.engine_combo.addItem(self.tr("RapidOCR (built in, recommended)"), "rapidocr")
        self.engine_combo.addItem(self.tr("Tesseract (must be installed separately)"), "tesseract")
        self.engine_combo.setCurrentIndex(self.engine_combo.findData(prefs.engine))
        misc_form.addRow(self.tr("Text recognition:"), self.engine_combo)
        self.language_combo = QComboBox(self)
        self.language_combo.addItem(self.tr("Same as the system"), "")
        self.language_combo.addItem("English", "en")
        self.language_combo.addItem("简体中文", "zh_CN")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(prefs.language)))
        misc_form.addRow(self.tr("Language:"), self.language_combo)
        layout.addWidget(misc_box)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            Qt.Orientation.Horizontal,
            self,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Output folder"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def _browse_into(self, edit: QLineEdit, title: str) -> None:
        folder = QFileDialog.getExistingDirectory(self, title, edit.text())
        if folder:
            edit.setText(folder)

    def _update_mask_warning(self) -> None:
        self.mask_warning.setVisible(self.mask_combo.currentData() != str(MaskStyle.FILL))

    def apply(self) -> bool:
        """Store the choices; True when the language changed (the window then switches it)."""
        p = self.prefs
        text = self.folder_edit.text().strip()
        p.output_folder = Path(text) if text else None
        audit = self.audit_edit.text().strip()
        p.audit_folder = Path(audit) if audit else None
        p.mask = MaskStyle(self.mask_combo.currentData())
        p.color = self.color_button.rgb
        p.categories = frozenset(c for c, cb in self.category_boxes.items() if cb.isChecked())
        p.preset = Preset.PRIVACY_WAYBILL if self.preset_box.isChecked() else Preset.FULL
        p.verify = self.verify_box.isChecked()
        p.custom_terms = tuple(
            t.strip() for t in self.custom_edit.toPlainText().splitlines() if t.strip()
        )
        p.engine = self.engine_combo.currentData()
        old_lang = p.language
        p.language = self.language_combo.currentData()
        p.sync()
        return old_lang != p.language
