"""A file's page count from its header, before any page is decoded."""

from __future__ import annotations

import numpy as np
from PIL import Image

from redactor.core.page_count import count_pages


def _pages(n: int) -> list[Image.Image]:
    return [Image.fromarray(np.full((40, 60, 3), 20 * i, np.uint8)) for i in range(n)]


def test_a_multi_page_tiff_and_pdf_say_how_many_pages(tmp_path):
    tif, pdf = tmp_path / "scan.tif", tmp_path / "scan.pdf"
    first, *rest = _pages(4)
    first.save(tif, save_all=True, append_images=rest)
    first.save(pdf, save_all=True, append_images=rest[:2])
    assert count_pages(tif) == 4
    assert count_pages(pdf) == 3


def test_a_single_image_has_one_page_and_garbage_none(tmp_path):
    jpg, junk = tmp_path / "a.jpg", tmp_path / "b.jpg"
    _pages(1)[0].save(jpg)
    junk.write_bytes(b"not an image at all")
    assert count_pages(jpg) == 1
    assert count_pages(junk) is None  # the load says what is wrong
    assert count_pages(tmp_path / "missing.tif") is None
