"""Load images upright in RGB and save masked copies safely, without metadata.

Loading applies the EXIF orientation first, so every coordinate the engine
produces refers to the upright picture. Saving builds a fresh image from the
pixels alone (no EXIF, XMP, IPTC, ICC, comments or text chunks), writes it to a
temporary file in the destination folder and renames it into place, so a
half-written file never appears under the final name.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import warnings
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

import numpy as np
from PIL import Image, ImageFile, ImageOps, TiffImagePlugin, UnidentifiedImageError

from redactor.core import pdfio
from redactor.core.errors import (
    ImageShapeError,
    ImageTooLargeError,
    InputError,
    OutputError,
    Reason,
)
from redactor.core.lazy_pages import LazyPages

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


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def load_image(path: Path | str, max_pixels: int = MAX_PIXELS) -> LoadedImage:
    """Read every page of ``path`` as upright RGB. Raises InputError with a clear message."""
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
        return _load_pdf(path, max_pixels)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            with Image.open(path) as im:
                fmt = (im.format or "").upper()
                n_frames = getattr(im, "n_frames", 1) or 1
                if fmt == "TIFF" and n_frames > 1:
                    first = _to_page(im, 0, path.name, max_pixels, ())
                    pages: Sequence[Page] = _TiffPages(path, n_frames, max_pixels, first)
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
    except Exception as exc:  # Pillow raises many kinds for damaged files
        raise InputError(
            f"{path.name}: the image is damaged or truncated ({type(exc).__name__})",
            Reason.DAMAGED,
        ) from None
    if not pages:
        raise InputError(f"{path.name}: the file contains no image", Reason.NO_IMAGE)
    return LoadedImage(path=path, format=fmt, pages=pages)


def check_page_shape(name: str, width: float, height: float) -> None:
    """Raise ImageShapeError for a page too thin to be a label or receipt (see MAX_ASPECT)."""
    short, long = min(width, height), max(width, height)
    if long > MAX_ASPECT * short:
        raise ImageShapeError(
            f"{name}: {width:g}x{height:g} is too thin to be a label or receipt "
            f"(one side more than {MAX_ASPECT} times the other); crop or pad it and try again"
        )


def _load_pdf(path: Path, max_pixels: int) -> LoadedImage:
    info = pdfio.inspect_pdf(path)
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
    """Pages of a multi-page TIFF, decoded on access."""

    def __init__(self, path: Path, count: int, max_pixels: int, first: Page) -> None:
        super().__init__(count)
        self._path, self._max_pixels = path, max_pixels
        self._last = (0, first)
        self._first_notes: tuple[str, ...] = first.warnings

    def note_on_first_page(self, note: str) -> None:
        self._first_notes = (*self._first_notes, note)
        if self._last is not None and self._last[0] == 0:
            self._last = (0, replace(self._last[1], warnings=self._first_notes))

    def _load(self, i: int) -> Page:
        name = self._path.name
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                with Image.open(self._path) as im:
                    im.seek(i)
                    return _to_page(
                        im, i, name, self._max_pixels, self._first_notes if i == 0 else ()
                    )
        except (InputError, MemoryError) as exc:
            if isinstance(exc, MemoryError):
                raise ImageTooLargeError(f"{name}: page {i + 1} is too large to load") from None
            raise
        except Exception as exc:
            raise InputError(
                f"{name}: page {i + 1} is damaged ({type(exc).__name__})", Reason.DAMAGED
            ) from None


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


# --------------------------------------------------------------------- saving


def save_pages(
    pages: Iterable[np.ndarray],
    dest: Path,
    save_format: str,
    *,
    forbidden: tuple[Path, ...] = (),
    page_sizes: Sequence[tuple[float, float]] | None = None,
) -> Path:
    """Write pages (RGB uint8 arrays) to ``dest`` atomically and without metadata.

    ``pages`` may be a generator: multi-page formats (TIFF, PDF) are written page
    by page as it yields, so a long document never sits in memory at once. If the
    generator raises, the partial file is removed and the exception goes on.
    ``page_sizes`` (points) sets PDF page sizes; without it a page is taken to be
    300 dpi. ``forbidden`` lists paths that must never be written (the inputs):
    writing over an original is refused even through a symlink or a different spelling.
    """
    dest = Path(dest)
    for f in forbidden:
        if _same_file(dest, f):
            raise OutputError(f"{dest.name}: refusing to overwrite the original image")
    folder = dest.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create output folder {folder}: {exc.strerror}") from None
    it = iter(pages)
    first = next(it, None)
    if first is None:
        raise OutputError(f"{dest.name}: nothing to write")
    images = _as_images(first, it)
    del first
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".redactor-", suffix=".part", dir=folder)
    except OSError as exc:  # read-only folder, full disk, no permission
        raise OutputError(
            f"{dest.name}: cannot write into {folder} ({exc.strerror or exc})"
        ) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w+b") as fh:  # TIFF writing needs to read back
            _encode(images, fh, save_format, page_sizes=page_sizes)
            fh.flush()
            os.fsync(fh.fileno())
        follow_umask(tmp)
        os.replace(tmp, dest)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        reason = exc.strerror or str(exc)
        raise OutputError(f"{dest.name}: could not be written ({reason})") from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return dest


def _as_images(first: np.ndarray, rest: Iterator[np.ndarray]) -> Iterator[Image.Image]:
    # Each array is dropped as soon as it is converted: while the next page is being
    # redacted (inside ``next(rest)``), no reference to the previous one remains here.
    im = Image.fromarray(np.ascontiguousarray(first), "RGB")
    del first
    yield im
    for p in rest:
        im = Image.fromarray(np.ascontiguousarray(p), "RGB")
        del p
        yield im
        del im


def _encode(
    images: Iterator[Image.Image],
    fh: BinaryIO,
    save_format: str,
    page_sizes: Sequence[tuple[float, float]] | None = None,
) -> None:
    if save_format == "TIFF":
        # Page by page: Pillow's save_all would hold every page until the end.
        with TiffImagePlugin.AppendingTiffWriter(fh) as tf:
            for im in images:
                im.save(tf, "TIFF", compression="tiff_deflate")
                tf.newFrame()
                del im
        return
    if save_format == "PDF":
        writer = pdfio.ImagePdfWriter(fh)
        for i, im in enumerate(images):
            size = (
                page_sizes[i]
                if page_sizes is not None and i < len(page_sizes)
                else (im.width * 72.0 / pdfio.DEFAULT_DPI, im.height * 72.0 / pdfio.DEFAULT_DPI)
            )
            writer.add_page(im, size)
            del im
        writer.close()
        return
    first = next(images)
    if save_format == "JPEG":
        first.save(fh, "JPEG", quality=95, subsampling=0, optimize=True)
    elif save_format == "PNG":
        first.save(fh, "PNG", optimize=False)
    elif save_format == "WEBP":
        first.save(fh, "WEBP", quality=95, method=4)
    elif save_format == "HEIF":
        first.save(fh, "HEIF", quality=95)
    elif save_format == "BMP":
        first.save(fh, "BMP")
    else:
        raise OutputError(f"cannot write format {save_format}")


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _new_file_mode() -> int:
    """The mode ``open()`` gives a new file: 0666 less the umask (0644 for the usual 022)."""
    umask = os.umask(0o022)  # reading the umask means setting it: once, at import
    os.umask(umask)
    return 0o666 & ~umask


NEW_FILE_MODE = _new_file_mode()


def follow_umask(tmp: Path) -> None:
    """Give a temporary file (``mkstemp`` makes it 0600, owner only) the mode any program
    gives a new file, before it is renamed into place."""
    os.chmod(tmp, NEW_FILE_MODE)


def write_text_atomic(dest: Path, text: str) -> None:
    """Write a text file (reports, logs) via a temporary file and a rename."""
    dest = Path(dest)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".redactor-", suffix=".part", dir=dest.parent)
        try:
            # backslashreplace: a file name that is not valid UTF-8 (possible on Linux)
            # is written as a JSON-style \udcXX escape instead of failing the report.
            with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace") as fh:
                fh.write(text)
            follow_umask(Path(tmp))
            os.replace(tmp, dest)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError as exc:
        raise OutputError(f"{dest}: could not be written ({exc.strerror or exc})") from None
