"""The window's actions and menus, and their names in the current language.

Actions are created without text; ``retranslate_actions`` names them at start
and again on a language switch. Toolbar texts (``iconText``) are short and
fixed: the undo action keeps "Undo" on the toolbar, and what it undoes is in
its tooltip and in the Edit menu only, so the toolbar never reflows.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from redactor.gui.about import show_about, show_help

if TYPE_CHECKING:
    from redactor.gui.main_window import MainWindow

translate = QCoreApplication.translate


_MNEMONIC = re.compile(r"\s*\(&[^)]\)")


def plain(text: str) -> str:
    """A menu text without its mnemonic, for toolbar buttons.

    "&Open…" -> "Open…"; Chinese texts carry it as "打开(&O)…" -> "打开…".
    """
    out = _MNEMONIC.sub("", text)
    return out.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _action(w: MainWindow, slot, shortcut=None, checkable: bool = False) -> QAction:
    a = QAction(w)
    if shortcut is not None:
        if isinstance(shortcut, list):
            a.setShortcuts(shortcut)
        else:
            a.setShortcut(QKeySequence(shortcut))
    a.setCheckable(checkable)
    if checkable:
        a.toggled.connect(slot)
    else:
        a.triggered.connect(slot)
    w.addAction(a)
    return a


def _name(a: QAction, text: str, tip: str = "", short: str = "") -> None:
    """Menu text, toolbar text (without mnemonic) and tooltip with the shortcut."""
    a.setText(text)
    a.setIconText(short or plain(text))
    if tip:
        keys = a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        a.setToolTip(f"{tip} ({keys})" if keys else tip)
        a.setStatusTip(tip)


def create_actions(w: MainWindow) -> None:
    S = QKeySequence.StandardKey
    group = w.session.undo_group
    w.act_open = _action(w, w.intake.open_files_dialog, S.Open)
    w.act_open_folder = _action(w, w.intake.open_folder_dialog, "Ctrl+Shift+O")
    w.act_paste = _action(w, w.intake.paste, S.Paste)
    w.act_save = _action(w, lambda: w.saver.save_current(), S.Save)
    w.act_save_as = _action(w, lambda: w.saver.save_current(ask_path=True), "Ctrl+Shift+S")
    w.act_save_all = _action(w, w.saver.save_all, "Ctrl+Alt+S")
    # Ctrl+C too, as in other image tools: nothing else in the window copies
    w.act_copy = _action(
        w, w.saver.copy_masked, [QKeySequence("Ctrl+Shift+C"), QKeySequence(S.Copy)]
    )
    w.act_close = _action(w, w.close_current, S.Close)
    w.act_settings = _action(w, w.masking.open_settings, S.Preferences)
    if w.act_settings.shortcut().isEmpty():
        w.act_settings.setShortcut(QKeySequence("Ctrl+,"))
    w.act_quit = _action(w, w.close, S.Quit)

    # our own undo/redo actions (not QUndoGroup's): their prefix must follow the language
    w.act_undo = _action(w, group.undo, S.Undo)
    w.act_redo = _action(w, group.redo, [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    group.canUndoChanged.connect(w.act_undo.setEnabled)
    group.canRedoChanged.connect(w.act_redo.setEnabled)
    group.undoTextChanged.connect(lambda *_a: name_undo_actions(w))
    group.redoTextChanged.connect(lambda *_a: name_undo_actions(w))
    w.act_undo.setEnabled(False)
    w.act_redo.setEnabled(False)
    w.act_draw = _action(w, w.editor.set_draw_mode, "B", checkable=True)
    w.act_delete = _action(
        w, w.editor.delete_selected, [QKeySequence(S.Delete), QKeySequence("Backspace")]
    )
    w.act_reanalyse = _action(w, w.analysis.reanalyse_current, "F5")
    w.act_cancel = _action(w, w.analysis.cancel, "Ctrl+.")

    w.act_preview = _action(w, w.canvas.set_preview, "P", checkable=True)
    w.act_fit = _action(w, lambda: w.canvas.fit(), "Ctrl+0")
    w.act_100 = _action(w, lambda: w.canvas.zoom_100(), "Ctrl+1")
    w.act_zoom_in = _action(w, lambda: w.canvas.zoom_by(1.25), S.ZoomIn)
    w.act_zoom_out = _action(w, lambda: w.canvas.zoom_by(0.8), S.ZoomOut)
    nav = w.navigator
    w.act_next = _action(w, lambda: nav.step_file(1), "Ctrl+PgDown")
    w.act_prev = _action(w, lambda: nav.step_file(-1), "Ctrl+PgUp")
    w.act_next_page = _action(w, lambda: nav.step_page(1), "PgDown")
    w.act_prev_page = _action(w, lambda: nav.step_page(-1), "PgUp")
    w.act_review_filter = _action(w, nav.set_review_filter, "Ctrl+R", checkable=True)
    w.act_next_flagged = _action(w, lambda: nav.step_flagged(1), "F8")
    w.act_prev_flagged = _action(w, lambda: nav.step_flagged(-1), "Shift+F8")
    w.act_help = _action(w, lambda: show_help(w), S.HelpContents)
    if w.act_help.shortcut().isEmpty():
        w.act_help.setShortcut(QKeySequence("F1"))
    w.act_about = _action(w, lambda: show_about(w))


def retranslate_actions(w: MainWindow) -> None:
    n = _name
    n(w.act_open, translate("MainWindow", "&Open…"), translate("MainWindow", "Open images"))
    n(
        w.act_open_folder,
        translate("MainWindow", "Open &folder…"),
        translate("MainWindow", "Open every image in a folder"),
    )
    n(
        w.act_paste,
        translate("MainWindow", "&Paste image"),
        translate("MainWindow", "Add the image on the clipboard"),
    )
    n(
        w.act_save,
        translate("MainWindow", "&Save"),
        translate("MainWindow", "Save the masked image"),
    )
    n(
        w.act_save_as,
        translate("MainWindow", "Save &as…"),
        translate("MainWindow", "Save the masked image as…"),
    )
    n(
        w.act_save_all,
        translate("MainWindow", "Save a&ll"),
        translate("MainWindow", "Save every analysed image"),
    )
    n(
        w.act_copy,
        translate("MainWindow", "&Copy masked image"),
        translate("MainWindow", "Copy the masked image to the clipboard"),
    )
    n(
        w.act_close,
        translate("MainWindow", "&Close image"),
        translate("MainWindow", "Remove the image from the list"),
    )
    n(w.act_settings, translate("MainWindow", "S&ettings…"), translate("MainWindow", "Settings"))
    n(w.act_quit, translate("MainWindow", "&Quit"))
    name_undo_actions(w)
    n(
        w.act_draw,
        translate("MainWindow", "&Draw box"),
        translate("MainWindow", "Draw a box over anything else to hide"),
    )
    n(
        w.act_delete,
        translate("MainWindow", "De&lete box"),
        translate("MainWindow", "Delete the selected boxes"),
    )
    n(
        w.act_reanalyse,
        translate("MainWindow", "Analyse &again"),
        translate("MainWindow", "Run the detection again on this image"),
    )
    n(
        w.act_cancel,
        translate("MainWindow", "Cancel analysis"),
        translate("MainWindow", "Stop analysing the images still waiting"),
    )
    n(
        w.act_preview,
        translate("MainWindow", "&Preview masked"),
        translate("MainWindow", "Show the image as it will be saved (or hold Space)"),
    )
    n(
        w.act_fit,
        translate("MainWindow", "&Fit to window"),
        translate("MainWindow", "Fit to window"),
    )
    n(
        w.act_100,
        translate("MainWindow", "&Actual size"),
        translate("MainWindow", "Actual size (100%)"),
    )
    n(w.act_zoom_in, translate("MainWindow", "Zoom &in"), translate("MainWindow", "Zoom in"))
    n(w.act_zoom_out, translate("MainWindow", "Zoom &out"), translate("MainWindow", "Zoom out"))
    n(w.act_next, translate("MainWindow", "&Next image"), translate("MainWindow", "Next image"))
    n(
        w.act_prev,
        translate("MainWindow", "Pre&vious image"),
        translate("MainWindow", "Previous image"),
    )
    n(
        w.act_next_page,
        translate("MainWindow", "Next pa&ge"),
        translate("MainWindow", "Next page"),
        "›",
    )
    n(
        w.act_prev_page,
        translate("MainWindow", "Previous pag&e"),
        translate("MainWindow", "Previous page"),
        "‹",
    )
    n(
        w.act_review_filter,
        translate("MainWindow", "Show only images that need &review"),
        translate("MainWindow", "List only the images Redactor was not sure about"),
    )
    n(
        w.act_next_flagged,
        translate("MainWindow", "Next page to re&view"),
        translate("MainWindow", "Go to the next page that needs review"),
        translate("MainWindow", "Next ›"),
    )
    n(
        w.act_prev_flagged,
        translate("MainWindow", "Previous page to revie&w"),
        translate("MainWindow", "Go to the previous page that needs review"),
        translate("MainWindow", "‹ Previous"),
    )
    n(
        w.act_help,
        translate("MainWindow", "&How to use Redactor"),
        translate("MainWindow", "Steps and keyboard shortcuts"),
    )
    n(w.act_about, translate("MainWindow", "&About Redactor"))


def name_undo_actions(w: MainWindow) -> None:
    """Menu: "Undo Draw box"; toolbar: always "Undo"; tooltip: what it undoes."""
    group = w.session.undo_group
    for action, prefix, what in (
        (w.act_undo, translate("MainWindow", "&Undo"), group.undoText()),
        (w.act_redo, translate("MainWindow", "&Redo"), group.redoText()),
    ):
        action.setText(f"{prefix} {what}" if what else prefix)
        action.setIconText(plain(prefix))
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{action.text().replace('&', '')} ({keys})")


def create_menus(w: MainWindow) -> None:
    mb = w.menuBar()

    def fill(menu, actions) -> None:
        for a in actions:
            menu.addSeparator() if a is None else menu.addAction(a)

    w.menu_file = mb.addMenu("")
    fill(
        w.menu_file,
        (
            w.act_open, w.act_open_folder, w.act_paste, None,
            w.act_save, w.act_save_as, w.act_save_all, w.act_copy, None,
            w.act_close, None, w.act_settings, None, w.act_quit,
        ),
    )  # fmt: skip
    w.menu_edit = mb.addMenu("")
    fill(
        w.menu_edit,
        (
            w.act_undo, w.act_redo, None, w.act_draw, w.act_delete, None,
            w.act_reanalyse, w.act_cancel,
        ),
    )  # fmt: skip
    w.menu_view = mb.addMenu("")
    fill(
        w.menu_view,
        (
            w.act_preview, None, w.act_fit, w.act_100, w.act_zoom_in, w.act_zoom_out, None,
            w.act_next, w.act_prev, w.act_next_page, w.act_prev_page, None,
            w.act_review_filter, w.act_next_flagged, w.act_prev_flagged, None,
            w.files_dock.toggleViewAction(), w.findings_dock.toggleViewAction(),
        ),
    )  # fmt: skip
    w.menu_help = mb.addMenu("")
    w.menu_help.addAction(w.act_help)
    w.menu_help.addSeparator()
    w.menu_help.addAction(w.act_about)


def retranslate_menus(w: MainWindow) -> None:
    w.menu_file.setTitle(translate("MainWindow", "&File"))
    w.menu_edit.setTitle(translate("MainWindow", "&Edit"))
    w.menu_view.setTitle(translate("MainWindow", "&View"))
    w.menu_help.setTitle(translate("MainWindow", "&Help"))
