"""Typed errors: each carries a message a user can act on and a CLI exit code."""

from __future__ import annotations

from enum import StrEnum


class Reason(StrEnum):
    """Why an input could not be read, for front ends that say it in their own words
    (the GUI in Chinese); ``message`` says the same in English."""

    NOT_FOUND = "not_found"
    IS_FOLDER = "is_folder"
    UNREADABLE = "unreadable"  # the system refused to read it
    PERMISSION = "permission"
    EMPTY = "empty"
    NOT_AN_IMAGE = "not_an_image"
    DAMAGED = "damaged"
    NO_IMAGE = "no_image"


class RedactorError(Exception):
    """Base class. ``str(err)`` is shown to the user; never include recognised text."""

    exit_code = 1

    def __init__(self, message: str, reason: Reason | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.reason = reason


class UsageError(RedactorError):
    exit_code = 2


class InputError(RedactorError):
    """The file could not be read as an image (missing, empty, truncated, not an image)."""


class ImageTooLargeError(InputError):
    """Refused before decoding: the image claims more pixels than we accept."""


class ImageShapeError(InputError):
    """Refused before decoding: a page so thin (extreme aspect ratio) it cannot be a label or receipt."""


class OcrError(RedactorError):
    """The OCR engine failed or timed out on an image."""


class EngineMissingError(OcrError):
    """An OCR engine (binary, language data or Python package) is not installed."""

    exit_code = 2


class OutputError(RedactorError):
    """The output could not be written (read-only folder, full disk, would overwrite input)."""


class CancelledError(RedactorError):
    exit_code = 130

    def __init__(self, message: str = "cancelled") -> None:
        super().__init__(message)
