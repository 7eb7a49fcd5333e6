"""The window's bars: main and mask toolbars, the review bar over the file list, the status bar.

Toolbar buttons show the actions' short ``iconText`` (no mnemonics, fixed
while the window runs) so nothing is pushed into the » overflow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from redactor.core.settings import MaskStyle, Preset
from redactor.gui.settings_dialog import ColorButton, mask_style_label, weak_mask_warning

if TYPE_CHECKING:
    from redactor.gui.main_window import MainWindow

translate = QCoreApplication.translate


def create_toolbars(w: MainWindow) -> None:
    tb = QToolBar(w)
    tb.setObjectName("mainToolbar")
    tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    tb.setIconSize(QSize(20, 20))
    tb.setMovable(False)
    for a in (
        w.act_open, w.act_save, w.act_save_all, w.act_copy, None,
        w.act_undo, w.act_redo, None, w.act_draw, w.act_delete, None,
        w.act_preview, w.act_fit, w.act_100,
    ):  # fmt: skip
        tb.addSeparator() if a is None else tb.addAction(a)
    w.addToolBar(tb)
    w.main_toolbar = tb

    mt = QToolBar(w)
    mt.setObjectName("maskToolbar")
    mt.setMovable(False)
    w.mask_label = QLabel(w)
    mt.addWidget(w.mask_label)
    w.mask_combo = QComboBox(w)
    for style in MaskStyle:
        w.mask_combo.addItem(mask_style_label(style), str(style))
    w.mask_combo.setCurrentIndex(w.mask_combo.findData(str(w.prefs.mask)))
    w.mask_combo.currentIndexChanged.connect(w.masking.on_mask_style)
    mt.addWidget(w.mask_combo)
    w.color_button = ColorButton(w.prefs.color, w)
    w.color_button.colorChosen.connect(w.masking.on_color_chosen)
    w.color_button_action = mt.addWidget(w.color_button)
    w.preset_check = QCheckBox(w)
    w.preset_check.setChecked(w.prefs.preset == Preset.PRIVACY_WAYBILL)
    w.preset_check.toggled.connect(w.masking.on_preset)
    mt.addSeparator()
    mt.addWidget(w.preset_check)
    w.weak_label = QLabel(w)
    w.weak_label.setStyleSheet("color: #b45309; padding-left: 8px;")
    w.weak_label_action = mt.addWidget(w.weak_label)
    w.addToolBar(mt)
    w.mask_toolbar = mt


def create_review_bar(w: MainWindow) -> QWidget:
    """Above the file list: the "needs review" filter and Previous/Next through flagged pages."""
    bar = QWidget(w)
    col = QVBoxLayout(bar)
    col.setContentsMargins(4, 4, 4, 2)
    col.setSpacing(3)
    w.review_filter_button = QToolButton(bar)
    w.review_filter_button.setObjectName("reviewFilterButton")
    w.review_filter_button.setDefaultAction(w.act_review_filter)
    w.review_filter_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    w.review_filter_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    col.addWidget(w.review_filter_button)
    row = QHBoxLayout()
    row.setSpacing(3)
    w.prev_flagged_button = QToolButton(bar)
    w.prev_flagged_button.setDefaultAction(w.act_prev_flagged)
    w.next_flagged_button = QToolButton(bar)
    w.next_flagged_button.setDefaultAction(w.act_next_flagged)
    for b in (w.prev_flagged_button, w.next_flagged_button):
        b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        row.addWidget(b)
    col.addLayout(row)
    return bar


def create_status_bar(w: MainWindow) -> None:
    sb = w.statusBar()
    w.progress = QProgressBar(w)
    w.progress.setRange(0, 1000)
    w.progress.setMaximumWidth(220)
    w.progress.setTextVisible(False)  # the fill covered it: the count is a label beside
    w.progress.hide()
    w.progress_label = QLabel(w)
    w.progress_label.hide()
    w.cancel_button = QPushButton(w)
    w.cancel_button.clicked.connect(w.analysis.cancel)
    w.cancel_button.hide()
    # page navigation of multi-page files (TIFF, PDF) at the bottom, as in document viewers
    w.page_nav = QWidget(w)
    row = QHBoxLayout(w.page_nav)
    row.setContentsMargins(0, 0, 8, 0)
    row.setSpacing(4)
    w.page_label = QLabel(w.page_nav)
    w.page_prev_button = QToolButton(w.page_nav)
    w.page_prev_button.setDefaultAction(w.act_prev_page)
    w.page_spin = QSpinBox(w.page_nav)
    w.page_spin.setMinimum(1)
    w.page_spin.setKeyboardTracking(False)
    w.page_spin.valueChanged.connect(w.navigator.on_page_spin)
    w.page_of_label = QLabel(w.page_nav)
    w.page_next_button = QToolButton(w.page_nav)
    w.page_next_button.setDefaultAction(w.act_next_page)
    for x in (w.page_label, w.page_prev_button, w.page_spin, w.page_of_label, w.page_next_button):
        row.addWidget(x)
    w.page_nav.hide()
    sb.addPermanentWidget(w.page_nav)
    sb.addPermanentWidget(w.progress_label)
    sb.addPermanentWidget(w.progress)
    sb.addPermanentWidget(w.cancel_button)
    w.status_label = QLabel(w)  # messages: stay until the next message
    sb.addWidget(w.status_label, 1)
    w.count_label = QLabel(w)  # what the image on screen will have masked
    sb.addPermanentWidget(w.count_label)


def retranslate_bars(w: MainWindow) -> None:
    w.files_dock.setWindowTitle(translate("MainWindow", "Files"))
    w.findings_dock.setWindowTitle(translate("MainWindow", "Findings"))
    w.main_toolbar.setWindowTitle(translate("MainWindow", "Main"))
    w.mask_toolbar.setWindowTitle(translate("MainWindow", "Mask"))
    w.page_label.setText(translate("MainWindow", "Page"))
    w.page_spin.setToolTip(translate("MainWindow", "Page of a multi-page file"))
    w.mask_label.setText(translate("MainWindow", "Mask:") + " ")
    for i in range(w.mask_combo.count()):
        style = MaskStyle(w.mask_combo.itemData(i))
        w.mask_combo.setItemText(i, mask_style_label(style))
        tip = (
            translate("MainWindow", "Opaque boxes: nothing under them can be recovered.")
            if style == MaskStyle.FILL
            else weak_mask_warning()
        )
        w.mask_combo.setItemData(i, tip, Qt.ItemDataRole.ToolTipRole)
    w.mask_combo.setToolTip(translate("MainWindow", "How found areas are covered"))
    w.preset_check.setText(translate("MainWindow", "Privacy waybill"))
    w.preset_check.setToolTip(
        translate(
            "MainWindow",
            "Keep the label usable: show part of the name, phone number and address, like a privacy waybill",
        )
    )
    w.weak_label.setText("⚠ " + translate("MainWindow", "Weaker than a solid fill"))
    w.weak_label.setToolTip(weak_mask_warning())
    w.cancel_button.setText(translate("MainWindow", "Cancel"))
    w.cancel_button.setToolTip(translate("MainWindow", "Stop analysing the images still waiting"))
