"""Read PDF pages as pixels (pypdfium2) and write PDFs made only of page images.

Reading renders one page at a time, at the resolution of the page's scanned
image when it has one (a scanner's 200-600 dpi), otherwise at 300 dpi, so a
50-page scan never sits in memory at once. Annotations and filled-in form
fields are rendered into the pixels: what a reader sees is what gets redacted.

Writing does not go through the input document at all: each masked page becomes
one JPEG image on a fresh page of the same size in points. The file holds a
catalog, the page tree, and per page an image and a one-line content stream;
no text layer, annotations, attachments, forms, JavaScript, outlines or /Info
(neither Pillow's nor PDFium's writer can be told to leave out /Info, and
Pillow's keeps every page image in memory until the end, hence this writer).
"""

from __future__ import annotations

import contextlib
import functools
import io
import math
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TypeVar, cast

import numpy as np
from PIL import Image

from redactor.core.errors import (
    FileChangedError,
    ImageTooLargeError,
    InputError,
    PageLimitError,
    Reason,
)
from redactor.core.lazy_pages import LazyPages

if TYPE_CHECKING:
    import pypdfium2 as pdfium

P = TypeVar("P")

DEFAULT_DPI = 300.0
MIN_DPI, MAX_DPI = 150.0, 600.0
#: A page image covering at least this share of the page sets the render resolution.
SCAN_COVERAGE = 0.8
JPEG_QUALITY = 90
#: Pages rendered above this many pixels are rendered smaller instead (posters, plans).
MAX_PAGE_PIXELS = 60_000_000


#: PDFium is not thread-safe: the window reads a PDF's page count on its own thread
#: while a background job renders another PDF's pages. Every call into it that opens,
#: reads, renders or closes a document holds this lock.
PDFIUM_LOCK = threading.RLock()
F = TypeVar("F", bound=Callable[..., Any])


def _one_at_a_time(fn: F) -> F:
    @functools.wraps(fn)
    def locked(*args: Any, **kwargs: Any) -> Any:
        with PDFIUM_LOCK:
            return fn(*args, **kwargs)

    return cast(F, locked)


def is_pdf(path: Path) -> bool:
    """True when the file's content is a PDF, whatever its name.

    A ``.pdf`` may carry its header anywhere in the first 1024 bytes (as readers
    allow); under another name the file must start with it, so an image whose
    metadata happens to contain "%PDF-" is still read as an image.
    """
    try:
        with open(path, "rb") as fh:
            head = fh.read(1024)
    except OSError:
        return False
    if path.suffix.lower() == ".pdf":
        return b"%PDF-" in head
    return head.lstrip().startswith(b"%PDF-")


def _open(path: Path) -> pdfium.PdfDocument:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == raw.FPDF_ERR_PASSWORD:
            raise InputError(
                f"{path.name}: the PDF is password-protected; save a copy without the "
                "password and try again"
            ) from None
        if getattr(exc, "err_code", None) == raw.FPDF_ERR_SECURITY:
            raise InputError(f"{path.name}: the PDF uses an unsupported encryption") from None
        raise InputError(f"{path.name}: the PDF is damaged or not a PDF", Reason.DAMAGED) from None
    except OSError as exc:
        raise InputError(f"{path.name}: cannot be read ({exc.strerror or exc})") from None


@dataclass(frozen=True)
class PdfInfo:
    """What is known about a PDF without rendering it."""

    page_sizes: tuple[tuple[float, float], ...]  # (width, height) in points, as displayed


@_one_at_a_time
def page_count(path: Path) -> int:
    """The number of pages, from the document's page tree (no page is opened)."""
    pdf = _open(path)
    try:
        return len(pdf)
    finally:
        pdf.close()


@_one_at_a_time
def inspect_pdf(path: Path, max_pages: int) -> PdfInfo:
    """Open the PDF, check it can be read, and list its page sizes. Raises InputError
    (PageLimitError, before any page is looked at, for more than ``max_pages`` pages)."""
    pdf = _open(path)
    try:
        n = len(pdf)
        if n == 0:
            raise InputError(f"{path.name}: the PDF has no pages", Reason.NO_IMAGE)
        if n > max_pages:
            raise PageLimitError(path.name, n, max_pages)
        sizes = []
        for i in range(n):
            page = _get_page(pdf, i, path)
            try:
                w, h = page.get_size()
            finally:
                page.close()
            if not (w > 0 and h > 0 and math.isfinite(w) and math.isfinite(h)):
                raise InputError(f"{path.name}: page {i + 1} has no size")
            sizes.append((float(w), float(h)))
        return PdfInfo(tuple(sizes))
    finally:
        pdf.close()


def _get_page(pdf: pdfium.PdfDocument, index: int, path: Path) -> pdfium.PdfPage:
    import pypdfium2 as pdfium

    try:
        return pdf[index]
    except (pdfium.PdfiumError, IndexError):
        raise InputError(f"{path.name}: page {index + 1} is damaged") from None


@_one_at_a_time
def open_for_rendering(path: Path) -> pdfium.PdfDocument:
    """The document, ready to render pages with their filled-in form fields."""
    import pypdfium2 as pdfium

    pdf = _open(path)
    with contextlib.suppress(pdfium.PdfiumError):
        pdf.init_forms()  # so filled-in form fields are drawn (and masked)
    return pdf


@_one_at_a_time
def render_page(
    pdf: pdfium.PdfDocument, path: Path, index: int, max_pixels: int
) -> tuple[np.ndarray, tuple[str, ...]]:
    """Render page ``index`` of the open ``pdf`` as an RGB uint8 array, with any warnings."""
    import pypdfium2 as pdfium

    try:
        page = _get_page(pdf, index, path)
        try:
            w_pt, h_pt = page.get_size()
            dpi = _page_dpi(page, w_pt * h_pt)
            notes: list[str] = []
            limit = min(max_pixels, MAX_PAGE_PIXELS)
            if (w_pt * dpi / 72.0) * (h_pt * dpi / 72.0) > limit:
                dpi = math.sqrt(limit / (w_pt * h_pt)) * 72.0
                if dpi < MIN_DPI:
                    raise ImageTooLargeError(
                        f"{path.name}: page {index + 1} is too large to render "
                        f"({w_pt / 72:.0f}x{h_pt / 72:.0f} inches)"
                    )
                notes.append(f"large page rendered at {dpi:.0f} dpi")
            # PDFium rounds the bitmap size up: aim just below the whole pixel count so a
            # 200-dpi scan of 405 px renders as 405 px, not 406.
            target = max(1, round(w_pt * dpi / 72.0))
            scale = (target - 1e-3) / w_pt
            try:
                bitmap = page.render(scale=scale, rev_byteorder=True, may_draw_forms=True)
            except pdfium.PdfiumError:
                raise InputError(f"{path.name}: page {index + 1} could not be rendered") from None
            try:
                arr = bitmap.to_numpy()
                rgb = np.ascontiguousarray(arr[:, :, :3]) if arr.ndim == 3 else _gray(arr)
            finally:
                bitmap.close()
            return rgb, tuple(notes)
        finally:
            page.close()
    except MemoryError:
        raise ImageTooLargeError(f"{path.name}: page {index + 1} is too large to render") from None


def _gray(arr: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(np.repeat(arr[:, :, None], 3, axis=2))


def _page_dpi(page: pdfium.PdfPage, page_area_pt: float) -> float:
    """The resolution of the scan on this page, if one image covers it; else 300 dpi."""
    import pypdfium2.raw as raw

    best = 0.0
    try:
        for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=2):
            left, bottom, right, top = obj.get_bounds()
            area_pt = abs(right - left) * abs(top - bottom)
            if page_area_pt <= 0 or area_pt < SCAN_COVERAGE * page_area_pt:
                continue
            px_w, px_h = obj.get_px_size()
            best = max(best, math.sqrt(px_w * px_h / area_pt) * 72.0)
    except Exception:  # an odd object only costs us the native resolution
        return DEFAULT_DPI
    return min(MAX_DPI, max(MIN_DPI, best)) if best else DEFAULT_DPI


class PdfPages(LazyPages[P]):
    """The pages of a PDF, rendered on access (about a second at 300 dpi) from one open
    document: it is not opened and parsed again for each page. Closed after the last
    page, or by ``close()``."""

    def __init__(
        self,
        path: Path,
        count: int,
        max_pixels: int,
        make_page: Callable[[int, np.ndarray, tuple[str, ...]], P],
    ) -> None:
        super().__init__(count)
        self._path, self._max_pixels = path, max_pixels
        self._make_page = make_page  # (index, pixels, warnings) -> Page
        self._pdf: pdfium.PdfDocument | None = None

    def close(self) -> None:
        super().close()
        if self._pdf is not None:
            with PDFIUM_LOCK:
                self._pdf.close()
            self._pdf = None

    def _load(self, i: int) -> P:
        pdf = self._pdf
        if pdf is None:
            pdf = self._pdf = open_for_rendering(self._path)
            if len(pdf) != len(self):
                self.close()
                raise FileChangedError(f"{self._path.name}: changed while being read; try again")
        pixels, notes = render_page(pdf, self._path, i, self._max_pixels)
        if i == len(self) - 1:
            self.close()
        return self._make_page(i, pixels, notes)


# --------------------------------------------------------------------- writing


class ImagePdfWriter:
    """Write a PDF page by page: one JPEG per page, nothing else.

    Usage: ``w = ImagePdfWriter(fh); w.add_page(pil_image, (595.0, 842.0)); w.close()``
    """

    def __init__(self, fh: BinaryIO) -> None:
        self._fh = fh
        self._pos = 0
        self._offsets: dict[int, int] = {}
        self._kids: list[int] = []
        self._next_id = 3  # 1 = catalog, 2 = page tree, written at the end
        self._write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")

    def _write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:  # raw file objects may write fewer bytes than asked
            n = self._fh.write(view)
            if n is None:
                n = len(view)
            view = view[n:]
            self._pos += n

    def _obj(self, num: int, body: bytes, stream: bytes | None = None) -> None:
        self._offsets[num] = self._pos
        self._write(b"%d 0 obj\n" % num + body)
        if stream is not None:
            self._write(b"\nstream\n")
            self._write(stream)
            self._write(b"\nendstream")
        self._write(b"\nendobj\n")

    def add_page(self, image: Image.Image, size_pt: tuple[float, float]) -> None:
        """Append a page showing the RGB ``image`` over ``size_pt`` (width, height in points)."""
        w, h = image.size
        buf = io.BytesIO()
        image.convert("RGB").save(buf, "JPEG", quality=JPEG_QUALITY)
        jpeg = buf.getvalue()
        del buf
        img, content, page = self._next_id, self._next_id + 1, self._next_id + 2
        self._next_id += 3
        w_pt, h_pt = (float(v) for v in size_pt)
        self._obj(
            img,
            b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB "
            b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>" % (w, h, len(jpeg)),
            jpeg,
        )
        draw = b"q %.4f 0 0 %.4f 0 0 cm /Im0 Do Q" % (w_pt, h_pt)
        self._obj(content, b"<< /Length %d >>" % len(draw), draw)
        self._obj(
            page,
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.4f %.4f] "
            b"/Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>"
            % (w_pt, h_pt, img, content),
        )
        self._kids.append(page)

    def close(self) -> None:
        if not self._kids:
            raise ValueError("a PDF needs at least one page")
        kids = b" ".join(b"%d 0 R" % k for k in self._kids)
        self._obj(2, b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(self._kids)))
        self._obj(1, b"<< /Type /Catalog /Pages 2 0 R >>")
        xref_at = self._pos
        size = self._next_id
        rows = [b"xref\n0 %d\n" % size, b"0000000000 65535 f \n"]
        for num in range(1, size):
            rows.append(b"%010d 00000 n \n" % self._offsets[num])
        self._write(b"".join(rows))
        self._write(
            b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref_at)
        )
