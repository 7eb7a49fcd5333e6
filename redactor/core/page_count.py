"""How many pages a file has, read from its header before any page is decoded.

A front end can say it as soon as a file is opened, and ask before a long document
is analysed. ``load_image`` still decides: it reads the file, and refuses one over
the page limit with its own message.
"""

from __future__ import annotations

import warnings
from pathlib import Path

from PIL import Image

from redactor.core import libtiff_messages, pdfio


def count_pages(path: Path) -> int | None:
    """The pages ``load_image`` would give ``path`` (one for any single image), or None
    when the header cannot tell: the load then says what is wrong with the file."""
    try:
        if pdfio.is_pdf(path):
            return pdfio.page_count(path)
        with (
            warnings.catch_warnings(),
            libtiff_messages.captured(),
            Image.open(path) as im,
        ):
            warnings.simplefilter("ignore")
            if (im.format or "").upper() != "TIFF":
                return 1  # other formats give their first frame only
            return int(getattr(im, "n_frames", 1) or 1)  # walks the page directories only
    except Exception:  # damaged, unreadable, not an image: the load reports it
        return None
