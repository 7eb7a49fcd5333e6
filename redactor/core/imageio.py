"""Load images upright in RGB, one page at a time for multi-page files.

Loading applies the EXIF orientation first, so every coordinate the engine
produces refers to the upright picture. A multi-page TIFF or PDF is opened once
and read page by page from that one handle (never re-opened and searched from
the start for each page), and refused before any page is decoded when it has
more pages than the limit. Saving lives in ``saving.py``.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from PIL import Image, ImageFile, ImageOps, UnidentifiedImageError

from redactor.core import libtiff_messages, pdfio
from redactor.core.errors import (
    FileChangedError,
    ImageShapeError,
    ImageTooLargeError,
    InputError,
    PageLimitError,
    Reason,
)
from redactor.core.lazy_pages import LazyPages
from redactor.core.saving import save_pages, write_text_atomic  # noqa: F401  (their old home)
from redactor.core.settings import MAX_PAGES

try:  # HEIC/HEIF (iPhone photos)
    import pillow_heif

    pillow_heif.register_heif_opener()
    HEIF_AVAILABLE = True
except ImportError:  # pragma: no cover - the dependency is declared
    HEIF_AVAILABLE = False

#: Refuse images above this many pixels before decoding them (decompression bombs).
#: 200 MP admits real panoramas and 50-MP photos with room to spare.
MAX_PIXELS = 200_000_000
Image.MAX_IMAGE_PIXELS = None  # we check ourselves, with a clear message
#: Refuse pages whose long side is more than this many times the short side, before
#: decoding. Labels, receipts and photos stay far below (a long till roll scanned whole is
#: about 15:1); a 1x20000 strip is no page, and scaling its short side up for the text
#: detector would need gigabytes.
MAX_ASPECT = 40
ImageFile.LOAD_TRUNCATED_IMAGES = False  # a truncated file is an error, not a grey half

SUPPORTED_SUFFIXES = frozenset(
    {
        ".jpg",
        ".jpeg",
        ".jpe",
        ".png",
        ".webp",
        ".bmp",
        ".tif",
        ".tiff",
        ".heic",
        ".heif",
        ".gif",
        ".pdf",
    }
)

# Pillow format name -> (save format, file suffix) for outputs.
_WRITABLE = {
    "JPEG": ("JPEG", ".jpg"),
    "MPO": ("JPEG", ".jpg"),
    "PNG": ("PNG", ".png"),
    "WEBP": ("WEBP", ".webp"),
    "BMP": ("BMP", ".bmp"),
    "TIFF": ("TIFF", ".tif"),
    "HEIF": ("HEIF", ".heic"),
    "PDF": ("PDF", ".pdf"),
}


@dataclass(frozen=True)
class Page:
    """One upright RGB page of an input file."""

    index: int
    pixels: np.ndarray  # H x W x 3, uint8, RGB
    warnings: tuple[str, ...] = ()

    @property
    def width(self) -> int:
        return int(self.pixels.shape[1])

    @property
    def height(self) -> int:
        return int(self.pixels.shape[0])


@dataclass(frozen=True)
class LoadedImage:
    """An input file's pages.

    ``pages`` is a sequence of Page. For PDFs and multi-page TIFFs it is lazy: a
    page is decoded when it is indexed and only the last one is kept, so iterate
    it (or index it page by page) rather than holding all pages at once.
    ``page_sizes`` is set for PDFs: each page's (width, height) in points, to be
    passed to ``save_pages`` so the output pages keep their size.
    """

    path: Path
    format: str  # Pillow's format name, e.g. "JPEG"; "PDF" for PDFs
    pages: Sequence[Page]
    page_sizes: tuple[tuple[float, float], ...] | None = None

    @property
    def output_format(self) -> tuple[str, str]:
        """(Pillow save format, suffix): the input's format where we can write it, else PNG."""
        return _WRITABLE.get(self.format, ("PNG", ".png"))

    def close(self) -> None:
        """Close the file a multi-page document keeps open for its pages."""
        close = getattr(self.pages, "close", None)
        if close is not None:
            close()

    def __enter__(self) -> LoadedImage:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def load_image(
    path: Path | str, max_pixels: int = MAX_PIXELS, max_pages: int = MAX_PAGES
) -> LoadedImage:
    """Read every page of ``path`` as upright RGB. Raises InputError with a clear message.

    Close the result (or use it in a ``with`` block) when done: a multi-page file
    stays open until its last page has been read.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path.name}: file not found", Reason.NOT_FOUND)
    if path.is_dir():
        raise InputError(f"{path.name}: is a folder, not an image", Reason.IS_FOLDER)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(
            f"{path.name}: cannot be read ({exc.strerror})", Reason.UNREADABLE
        ) from None
    if size == 0:
        raise InputError(f"{path.name}: the file is empty (0 bytes)", Reason.EMPTY)
    if pdfio.is_pdf(path):
        return _load_pdf(path, max_pixels, max_pages)
    im: Image.Image | None = None
    lib_lines: list[str] = []
    try:
        with (
            warnings.catch_warnings(record=True) as caught,
            libtiff_messages.captured() as lib_lines,
        ):
            warnings.simplefilter("always")
            im = Image.open(path)
            fmt = (im.format or "").upper()
            n_frames = getattr(im, "n_frames", 1) or 1
            if fmt == "TIFF" and n_frames > 1:
                if n_frames > max_pages:
                    raise PageLimitError(path.name, n_frames, max_pages)
                first = _to_page(im, 0, path.name, max_pixels, ())
                pages: Sequence[Page] = _TiffPages(im, path, n_frames, max_pixels, first)
                im = None  # the pages own the open file now
            else:
                pages = tuple(_read_pages(im, path.name, max_pixels))
        if pages and any("exif" in str(w.message).lower() for w in caught):
            # Pillow warns (on stderr) about damaged EXIF; say it in the report instead.
            note = "damaged EXIF block: ignored"
            if isinstance(pages, _TiffPages):
                pages.note_on_first_page(note)
            elif note not in pages[0].warnings:
                pages = (replace(pages[0], warnings=(*pages[0].warnings, note)), *pages[1:])
    except (InputError, MemoryError) as exc:
        if isinstance(exc, MemoryError):
            raise ImageTooLargeError(f"{path.name}: too large to load into memory") from None
        raise
    except UnidentifiedImageError:
        raise InputError(
            f"{path.name}: not an image file, or a format Redactor cannot read",
            Reason.NOT_AN_IMAGE,
        ) from None
    except PermissionError:
        raise InputError(f"{path.name}: permission denied", Reason.PERMISSION) from None
    except FileNotFoundError:
        raise FileChangedError(f"{path.name}: was deleted while being read") from None
    except Exception as exc:  # Pillow raises many kinds for damaged files
        raise InputError(
            f"{path.name}: the image is damaged or truncated ({_why(exc, lib_lines)})",
            Reason.DAMAGED,
        ) from None
    finally:
        if im is not None:
            im.close()
    if not pages:
        raise InputError(f"{path.name}: the file contains no image", Reason.NO_IMAGE)
    return LoadedImage(path=path, format=fmt, pages=pages)


def _why(exc: Exception, lib_lines: list[str]) -> str:
    """What a decoder said about a damaged page: libtiff's own line, else the exception type."""
    return lib_lines[0] if lib_lines else type(exc).__name__


def check_page_shape(name: str, width: float, height: float) -> None:
    """Raise ImageShapeError for a page too thin to be a label or receipt (see MAX_ASPECT)."""
    short, long = min(width, height), max(width, height)
    if long > MAX_ASPECT * short:
        raise ImageShapeError(
            f"{name}: {width:g}x{height:g} is too thin to be a label or receipt "
            f"(one side more than {MAX_ASPECT} times the other); crop or pad it and try again"
        )


def _load_pdf(path: Path, max_pixels: int, max_pages: int) -> LoadedImage:
    info = pdfio.inspect_pdf(path, max_pages)
    for i, (w_pt, h_pt) in enumerate(info.page_sizes):
        check_page_shape(f"{path.name}: page {i + 1}", w_pt, h_pt)
    pages = pdfio.PdfPages(
        path, len(info.page_sizes), max_pixels, lambda i, px, notes: Page(i, px, notes)
    )
    return LoadedImage(path=path, format="PDF", pages=pages, page_sizes=info.page_sizes)


def _read_pages(im: Image.Image, name: str, max_pixels: int) -> Iterator[Page]:
    n_frames = getattr(im, "n_frames", 1) or 1
    if n_frames > 1:
        # Animated GIF/WebP/HEIC sequences: only the first frame is redacted, and we say so.
        yield _to_page(
            im,
            0,
            name,
            max_pixels,
            (f"animated image: only the first of {n_frames} frames is used",),
        )
        return
    yield _to_page(im, 0, name, max_pixels, ())


class _TiffPages(LazyPages[Page]):
    """Pages of a multi-page TIFF, decoded on access from one open file.

    Pillow remembers where each page's directory is once it has walked past it
    (counting the pages walks them all), so going to any page is one seek, and the
    file is never opened again and searched from its start for each page. The file
    is closed after the last page, or by ``close()``.
    """

    def __init__(
        self, im: Image.Image, path: Path, count: int, max_pixels: int, first: Page
    ) -> None:
        super().__init__(count)
        self._im: Image.Image | None = im
        self._path, self._max_pixels = path, max_pixels
        self._last = (0, first)
        self._first_notes: tuple[str, ...] = first.warnings

    def note_on_first_page(self, note: str) -> None:
        self._first_notes = (*self._first_notes, note)
        if self._last is not None and self._last[0] == 0:
            self._last = (0, replace(self._last[1], warnings=self._first_notes))

    def close(self) -> None:
        super().close()
        if self._im is not None:
            self._im.close()
            self._im = None

    def _open(self) -> Image.Image:
        """The open file; opened again (and checked) only if it was closed already."""
        if self._im is None:
            im = Image.open(self._path)
            if (getattr(im, "n_frames", 1) or 1) != len(self):
                im.close()
                raise FileChangedError(f"{self._path.name}: changed while being read; try again")
            self._im = im
        return self._im

    def _load(self, i: int) -> Page:
        name = self._path.name
        lib_lines: list[str] = []
        try:
            with warnings.catch_warnings(), libtiff_messages.captured() as lib_lines:
                warnings.simplefilter("ignore")
                im = self._open()
                im.seek(i)
                page = _to_page(im, i, name, self._max_pixels, self._first_notes if i == 0 else ())
        except (InputError, MemoryError) as exc:
            if isinstance(exc, MemoryError):
                raise ImageTooLargeError(f"{name}: page {i + 1} is too large to load") from None
            raise
        except FileNotFoundError:
            raise FileChangedError(f"{name}: was deleted while being read") from None
        except Exception as exc:
            raise InputError(
                f"{name}: page {i + 1} is damaged ({_why(exc, lib_lines)})", Reason.DAMAGED
            ) from None
        if i == len(self) - 1:
            self.close()
        return page


def _to_page(
    im: Image.Image, index: int, name: str, max_pixels: int, notes: tuple[str, ...]
) -> Page:
    w, h = im.size
    if w <= 0 or h <= 0:
        raise InputError(f"{name}: the image has no pixels", Reason.NO_IMAGE)
    check_page_shape(name, w, h)
    if w * h > max_pixels:
        raise ImageTooLargeError(
            f"{name}: {w}x{h} pixels is more than Redactor accepts ({max_pixels // 1_000_000} MP); "
            "reduce the image size and try again"
        )
    im.load()
    notes_list = list(notes)
    upright = _exif_upright(im, notes_list)
    rgb = _to_rgb(upright)
    return Page(
        index=index,
        pixels=np.ascontiguousarray(np.asarray(rgb, dtype=np.uint8)),
        warnings=tuple(notes_list),
    )


def _exif_upright(im: Image.Image, notes: list[str]) -> Image.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if im.getexif().get(0x0112, 1) in (0, 1):
                return im  # already upright: exif_transpose would still copy every pixel
            out = ImageOps.exif_transpose(im)
        return out if out is not None else im
    except Exception:
        notes.append("damaged EXIF block: orientation could not be read, image used as stored")
        return im


def _to_rgb(im: Image.Image) -> Image.Image:
    """Normalise palette, alpha, CMYK, 16-bit and float images to 8-bit RGB."""
    mode = im.mode
    if mode == "RGB":
        return im
    if mode in ("I;16", "I;16B", "I;16L", "I;16N", "I", "F"):
        arr = np.asarray(im, dtype=np.float64)
        lo, hi = float(arr.min()), float(arr.max())
        if mode.startswith("I;16") or (mode == "I" and hi > 255):
            scale = 65535.0 if hi > 255 else 255.0
            arr = arr / scale * 255.0
        elif hi > lo and (hi > 255 or lo < 0):
            arr = (arr - lo) / (hi - lo) * 255.0
        gray = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
        return gray.convert("RGB")
    if mode == "P":
        im = im.convert("RGBA") if "transparency" in im.info else im.convert("RGB")
        mode = im.mode
    if mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        rgba = im.convert("RGBA")
        # Transparent areas become white paper, as a viewer would show them.
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    return im.convert("RGB")
