"""``python -m redactor`` is the ``redactor`` command (``python -m redactor gui`` opens the window)."""

from __future__ import annotations

import sys

from redactor.cli import main

if __name__ == "__main__":
    sys.exit(main())
