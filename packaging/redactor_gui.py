"""Entry point of the frozen windowed program ``Redactor`` (see build.spec)."""

import multiprocessing
import sys

from redactor.gui.app import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
