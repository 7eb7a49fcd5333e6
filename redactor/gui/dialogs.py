"""Friendly message boxes, in one place so tests can replace them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate


def error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str, yes: str = "", no: str = "") -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    yes_btn = box.addButton(
        yes or translate("Dialogs", "Continue"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(no or translate("Dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes_btn)
    box.exec()
    return box.clickedButton() is yes_btn


def choose(parent: QWidget | None, title: str, text: str, options: list[str]) -> int:
    """Ask with several answers; returns the index chosen, or -1 when closed."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    buttons = [box.addButton(o, QMessageBox.ButtonRole.ActionRole) for o in options]
    cancel = box.addButton(translate("Dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else -1


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
