"""Friendly message boxes, in one place so tests can replace them."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate


def error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    yes: str = "",
    no: str = "",
    default_yes: bool = True,
) -> bool:
    """Ask yes or no; with ``default_yes`` False, Enter answers no (a warning to read)."""
    box, yes_btn = confirm_box(parent, title, text, yes, no, default_yes)
    box.exec()
    return box.clickedButton() is yes_btn


def confirm_box(
    parent: QWidget | None,
    title: str,
    text: str,
    yes: str = "",
    no: str = "",
    default_yes: bool = True,
) -> tuple[QMessageBox, QPushButton]:
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    yes_btn = box.addButton(
        yes or translate("Dialogs", "Continue"), QMessageBox.ButtonRole.AcceptRole
    )
    no_btn = box.addButton(no or translate("Dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes_btn if default_yes else no_btn)
    box.setEscapeButton(no_btn)
    return box, yes_btn


def choose(
    parent: QWidget | None,
    title: str,
    text: str,
    options: list[str],
    default: int = -1,
    cancel: str = "",
) -> int:
    """Ask with several answers; returns the index chosen, or -1 when closed or cancelled.
    ``default`` is the answer Enter gives (-1: Cancel); ``cancel`` names the answer Esc
    gives ("Cancel" unless told)."""
    box, buttons = choose_box(parent, title, text, options, default, cancel)
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else -1


def choose_box(
    parent: QWidget | None,
    title: str,
    text: str,
    options: list[str],
    default: int = -1,
    cancel: str = "",
) -> tuple[QMessageBox, list[QPushButton]]:
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    buttons = [box.addButton(o, QMessageBox.ButtonRole.ActionRole) for o in options]
    cancel_btn = box.addButton(
        cancel or translate("Dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setEscapeButton(cancel_btn)
    box.setDefaultButton(buttons[default] if 0 <= default < len(buttons) else cancel_btn)
    return box, buttons


def pick(parent: QWidget | None, title: str, text: str, items: list[str], ok: str) -> list[int]:
    """Tick some of ``items`` (all ticked at first); the indices ticked, none when cancelled."""
    dialog, listing = pick_dialog(parent, title, text, items, ok)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return []
    return [
        i for i in range(listing.count()) if listing.item(i).checkState() == Qt.CheckState.Checked
    ]


def pick_dialog(
    parent: QWidget | None, title: str, text: str, items: list[str], ok: str
) -> tuple[QDialog, QListWidget]:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(text))
    listing = QListWidget()
    for line in items:
        item = QListWidgetItem(line, listing)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
    # every line whole (no sideways scrolling), up to a width that fits any screen
    listing.setMinimumWidth(min(700, listing.sizeHintForColumn(0) + 40))
    layout.addWidget(listing)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    accept = buttons.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
    accept.setDefault(True)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(translate("Dialogs", "Cancel"))
    cancel.setAutoDefault(False)  # Enter analyses the ticked ones wherever the focus is
    listing.setFocus()  # Space ticks and unticks the current line
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return dialog, listing


class QuitAnswer(IntEnum):
    STAY = -1
    SAVE_ALL_AND_QUIT = 0
    QUIT_WITHOUT_SAVING = 1


def ask_quit(parent: QWidget | None, unsaved: int) -> QuitAnswer:
    """Unsaved images at quit: save them all first (the default), drop them, or stay."""
    answer = choose(
        parent,
        translate("Dialogs", "Quit Redactor?"),
        translate(
            "Dialogs", "Some images have changes or results that are not saved (images: %1)."
        ).replace("%1", str(unsaved)),
        [translate("Dialogs", "Save all and quit"), translate("Dialogs", "Quit without saving")],
        default=QuitAnswer.SAVE_ALL_AND_QUIT,
    )
    return QuitAnswer(answer)


def summary(
    parent: QWidget | None, title: str, text: str, details: str = "", show: str = ""
) -> bool:
    """A report with an optional second button (``show``, e.g. "Show in folder"); True if clicked."""
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    show_btn = box.addButton(show, QMessageBox.ButtonRole.ActionRole) if show else None
    ok = box.addButton(QMessageBox.StandardButton.Ok)
    box.setDefaultButton(ok)
    if details:
        box.setDetailedText(details)
    box.exec()
    return show_btn is not None and box.clickedButton() is show_btn
