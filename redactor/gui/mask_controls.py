"""The masking choices: style and colour on the toolbar, the privacy-waybill preset, Settings.

A change of mask style or colour only repaints; a change of what analysis
looks for (categories, engine, words) asks before analysing again.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from redactor.core.settings import MaskStyle, Preset
from redactor.gui import dialogs
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
        # style, colour and the preset are applied to the findings already there
        analysis_changed = (
            replace(before, mask=after.mask, color=after.color, preset=after.preset) != after
        )
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
