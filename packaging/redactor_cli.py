"""Entry point of the frozen console program ``redactor`` (see build.spec)."""

import multiprocessing
import sys

from redactor.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # --jobs worker processes in a frozen app
    sys.exit(main())
