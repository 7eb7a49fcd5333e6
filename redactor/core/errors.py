"""Typed errors: each carries a message a user can act on and the exit code of its cause."""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum, StrEnum


class ExitCode(IntEnum):
    """The ``redactor`` command's exit codes: one per cause.

    A batch exits ``OK`` when every file was written, ``SOME_FAILED`` when some
    failed and others were written, and, when no file was written, the code of the
    files' one cause (``INPUT_UNREADABLE``, ``OCR_FAILED``, ``OUTPUT_NOT_WRITABLE``)
    or ``SOME_FAILED`` again when they failed for different causes (see ``batch_exit_code``).
    """

    OK = 0
    SOME_FAILED = 1
    USAGE = 2
    INPUT_UNREADABLE = 3
    OCR_FAILED = 4
    OUTPUT_NOT_WRITABLE = 5
    INTERRUPTED = 130


def batch_exit_code(written: int, causes: Iterable[ExitCode]) -> ExitCode:
    """The exit code of a batch that wrote ``written`` files and failed with ``causes``."""
    distinct = set(causes)
    if not distinct:
        return ExitCode.OK
    if written or len(distinct) > 1:
        return ExitCode.SOME_FAILED
    return distinct.pop()


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

    exit_code = ExitCode.SOME_FAILED

    def __init__(self, message: str, reason: Reason | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.reason = reason


class UsageError(RedactorError):
    exit_code = ExitCode.USAGE


class InputError(RedactorError):
    """The file could not be read as an image (missing, empty, truncated, not an image)."""

    exit_code = ExitCode.INPUT_UNREADABLE


class ImageTooLargeError(InputError):
    """Refused before decoding: the image claims more pixels than we accept."""


class ImageShapeError(InputError):
    """Refused before decoding: a page so thin (extreme aspect ratio) it cannot be a label or receipt."""


class PageLimitError(InputError):
    """Refused before decoding: the document has more pages than the limit."""

    def __init__(self, name: str, pages: int, limit: int) -> None:
        super().__init__(
            f"{name}: {pages:,} pages is more than the limit of {limit:,}; split the file"
        )
        self.pages, self.limit = pages, limit


class FileChangedError(InputError):
    """The input was replaced, changed or deleted while it was being read."""


class OcrError(RedactorError):
    """The OCR engine failed or timed out on an image."""

    exit_code = ExitCode.OCR_FAILED


class EngineMissingError(OcrError):
    """An OCR engine (binary, language data or Python package) is not installed."""


class OutputError(RedactorError):
    """The output could not be written (read-only folder, full disk, would overwrite input)."""

    exit_code = ExitCode.OUTPUT_NOT_WRITABLE


class CancelledError(RedactorError):
    exit_code = ExitCode.INTERRUPTED

    def __init__(self, message: str = "cancelled") -> None:
        super().__init__(message)
