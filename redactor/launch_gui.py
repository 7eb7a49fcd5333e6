"""``redactor-gui``: open the window, or say how to install it when Qt is missing."""

from __future__ import annotations

import sys
from collections.abc import Sequence

MISSING_QT = (
    "redactor: the window needs Qt (PySide6), which is not installed.\n"
    "Install it with:  pip install 'redactor[gui]'\n"
    "The command line works without it:  redactor redact PATH..."
)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        import PySide6  # noqa: F401
    except ImportError:
        print(MISSING_QT, file=sys.stderr)
        return 2
    from redactor.gui.app import main as gui_main

    return gui_main(argv)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
