"""What went wrong, in the window's language: the engine's typed errors put into words.

The engine's ``message`` is English (for the command line and the logs); the window
says the same from the error's class and ``reason``, never by reading that sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from redactor.core.errors import (
    EngineMissingError,
    FileChangedError,
    ImageShapeError,
    ImageTooLargeError,
    InputError,
    OcrError,
    OutputError,
    PageLimitError,
    Reason,
    RedactorError,
)

translate = QCoreApplication.translate


def _reason_words(reason: Reason) -> str:
    return {
        Reason.NOT_FOUND: translate("Errors", "the file was not found"),
        Reason.IS_FOLDER: translate("Errors", "this is a folder, not an image"),
        Reason.UNREADABLE: translate("Errors", "the file cannot be read"),
        Reason.PERMISSION: translate("Errors", "you are not allowed to read this file"),
        Reason.EMPTY: translate("Errors", "the file is empty (0 bytes)"),
        Reason.NOT_AN_IMAGE: translate(
            "Errors", "not an image file, or a format Redactor cannot read"
        ),
        Reason.DAMAGED: translate("Errors", "the image is damaged or incomplete"),
        Reason.NO_IMAGE: translate("Errors", "the file contains no image"),
    }[reason]


def _class_words(err: RedactorError) -> str | None:
    """Errors without a reason, by class (most specific first)."""
    if isinstance(err, PageLimitError):
        return (
            translate("Errors", "%1 pages is more than the limit of %2; split the file")
            .replace("%1", f"{err.pages:,}")
            .replace("%2", f"{err.limit:,}")
        )
    if isinstance(err, FileChangedError):
        return translate("Errors", "the file changed or was deleted while being read; try again")
    if isinstance(err, ImageTooLargeError):
        return translate("Errors", "the image is too large; reduce its size and try again")
    if isinstance(err, ImageShapeError):
        return translate(
            "Errors", "the image is too narrow to be a label or receipt; crop or pad it"
        )
    if isinstance(err, EngineMissingError):
        return translate("Errors", "the text recognition engine is not available")
    if isinstance(err, OcrError):
        return translate("Errors", "text recognition failed on this image")
    if isinstance(err, InputError):
        return translate("Errors", "the file could not be read as an image")
    if isinstance(err, OutputError):
        return translate("Errors", "the file could not be written")
    return None


def error_text(err: object, name: str) -> str:
    """``err`` (a RedactorError, or anything a job reported) about the file ``name``, in
    the current language: "broken.jpg: …" as the engine's own message."""
    if not isinstance(err, RedactorError):
        return str(err)
    words = _reason_words(err.reason) if err.reason is not None else _class_words(err)
    return f"{name}: {words}" if words else err.message
