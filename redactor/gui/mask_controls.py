"""The masking choices: style and colour on the toolbar, the privacy-waybill preset, Settings.

A change of mask style or colour only repaints, and so does a change of the
categories masked (a policy, see ``category_filter``); a change of what analysis
reads (engine, words, the check) asks before analysing again.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from redactor.core.models import DEFAULT_CATEGORIES
from redactor.core.settings import MaskStyle, Preset
from redactor.gui import dialogs
from redactor.gui.category_filter import apply_categories, switched_off
from redactor.gui.settings_dialog import SettingsDialog

if TYPE_CHECKING:
    from redactor.gui.main_window import MainWindow

translate = QCoreApplication.translate


class MaskControls:
    def __init__(self, window: MainWindow) -> None:
        self.w = window

    def on_mask_style(self) -> None:
        w = self.w
        w.prefs.mask = MaskStyle(w.mask_combo.currentData())
        self.update_weak_label()
        w.canvas.invalidate_preview()

    def on_color_chosen(self, rgb: tuple[int, int, int]) -> None:
        self.w.prefs.color = rgb
        self.w.canvas.invalidate_preview()

    def update_weak_label(self) -> None:
        w = self.w
        weak = w.prefs.mask != MaskStyle.FILL
        w.weak_label_action.setVisible(weak)
        w.color_button_action.setVisible(not weak)  # pixelate and blur have no colour

    def on_preset(self, on: bool) -> None:
        """The privacy-waybill preset is a masking policy: applied at once, no new OCR."""
        self.w.prefs.preset = Preset.PRIVACY_WAYBILL if on else Preset.FULL
        self.apply_preset()

    def apply_preset(self) -> None:
        w = self.w
        w.canvas.set_preset(w.prefs.preset)
        w.findings.preset = w.prefs.preset
        w.refresh_panel_soon()
        if w.prefs.preset == Preset.PRIVACY_WAYBILL:
            text = translate(
                "MainWindow",
                "Privacy waybill: part of each name, phone number and address stays readable.",
            )
        else:
            text = translate("MainWindow", "Names, phone numbers and addresses are masked whole.")
        w.show_status(text)

    def apply_categories(self) -> None:
        """The chosen categories, applied to every open image at once: no new OCR."""
        w = self.w
        apply_categories(w.docs.values(), w.analysis_settings())
        self.update_filter_chip()
        w.canvas.invalidate_preview()
        w.refresh_panel_soon()

    def update_filter_chip(self) -> None:
        self.w.findings.filter_chip.set_hidden(switched_off(self.w.prefs.categories))

    def mask_all_categories(self) -> None:
        """The chip's "Mask all": every category back on, kept for next time."""
        w = self.w
        w.prefs.categories = w.prefs.categories | DEFAULT_CATEGORIES
        w.prefs.sync()
        self.apply_categories()
        w.show_status(translate("MainWindow", "Every category is masked again."))

    def open_settings(self) -> None:
        w = self.w
        before = w.analysis_settings()
        dlg = SettingsDialog(w.prefs, w)
        if dlg.exec() != SettingsDialog.DialogCode.Accepted:
            return
        language_changed = dlg.apply()
        w.mask_combo.blockSignals(True)
        w.mask_combo.setCurrentIndex(w.mask_combo.findData(str(w.prefs.mask)))
        w.mask_combo.blockSignals(False)
        w.color_button.set_rgb(w.prefs.color)
        w.preset_check.blockSignals(True)
        w.preset_check.setChecked(w.prefs.preset == Preset.PRIVACY_WAYBILL)
        w.preset_check.blockSignals(False)
        self.update_weak_label()
        w.canvas.set_preset(w.prefs.preset)
        w.findings.preset = w.prefs.preset
        w.refresh_panel_soon()
        w.canvas.invalidate_preview()
        after = w.analysis_settings()
        # style, colour, the preset and the categories apply to the findings already there
        same_reading = replace(
            before,
            mask=after.mask,
            color=after.color,
            preset=after.preset,
            categories=after.categories,
        )
        analysis_changed = same_reading != after
        if after.categories != before.categories:
            self.apply_categories()
        if (
            analysis_changed
            and any(d.is_ready for d in w.docs.values())
            and dialogs.confirm(
                w,
                translate("MainWindow", "Settings changed"),
                translate("MainWindow", "Analyse the open images again with the new settings?"),
                translate("MainWindow", "Analyse again"),
                translate("MainWindow", "Not now"),
            )
        ):
            w.analysis.reanalyse_all()
        if language_changed:
            w.set_language(w.prefs.language)
