"""A file's page count from its header, before any page is decoded."""

from __future__ import annotations

import numpy as np
from PIL import Image

from redactor.core.page_count import count_pages


def _pages(n: int) -> list[Image.Image]:
    return [Image.fromarray(np.full((40, 60, 3), 20 * i, np.uint8)) for i in range(n)]


def _pdf_of(folder, n: int):
    path = folder / "doc.pdf"
    first, *rest = _pages(n)
    first.save(path, save_all=True, append_images=rest)
    return path


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


def test_every_call_into_pdfium_holds_its_lock(tmp_path, monkeypatch) -> None:
    """PDFium is not thread-safe: the window counts one PDF's pages while a job renders
    another's. Opening, counting, inspecting and rendering all hold one lock."""
    from redactor.core import pdfio

    pdf = _pdf_of(tmp_path, 2)
    held: list[bool] = []
    real_open = pdfio._open

    def watched_open(path):
        held.append(pdfio.PDFIUM_LOCK._is_owned())  # RLock: owned by this thread
        return real_open(path)

    monkeypatch.setattr(pdfio, "_open", watched_open)
    assert pdfio.page_count(pdf) == 2
    pdfio.inspect_pdf(pdf, max_pages=10)
    doc = pdfio.open_for_rendering(pdf)
    try:
        rendered = []
        real_get = pdfio._get_page

        def watched_get(*a):
            rendered.append(pdfio.PDFIUM_LOCK._is_owned())
            return real_get(*a)

        monkeypatch.setattr(pdfio, "_get_page", watched_get)
        pdfio.render_page(doc, pdf, 0, 10_000_000)
    finally:
        doc.close()
    assert held == [True, True, True] and rendered == [True]
