"""Write masked pages so that only a complete, readable file ever takes the final name.

The pages go to a temporary ``.redactor-*.part`` file in the destination folder
through a writer that checks every byte count (Pillow's own writer can ignore a
short write on a full disk). A one-image output is encoded in memory first, so
its size is known before the disk is touched. The file is then ``fsync``ed, its
size compared with what was written, opened again and decoded page by page
(sizes compared), and only then renamed onto the final name. On any failure the
temporary file is removed and nothing appears under the final name.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO, cast

import numpy as np
from PIL import Image, TiffImagePlugin

from redactor.core import pdfio
from redactor.core.errors import OutputError

Size = tuple[int, int]  # (width, height) in pixels
#: Formats written page by page as the pages come (the rest are one image, encoded in memory).
STREAMED = frozenset({"TIFF", "PDF"})
_NO_SPACE = frozenset({errno.ENOSPC, errno.EDQUOT})


class _CheckedFile(io.RawIOBase):
    """A file descriptor whose writes either complete or raise, and that knows its end.

    It has no ``fileno`` for encoders: Pillow would then write from C and could
    ignore a short write. ``attempted`` is the end the file would have had if the
    last write had gone through (what a full disk would have needed).
    """

    def __init__(self, fd: int) -> None:
        super().__init__()
        self._fd = fd
        self.end = 0
        self.attempted = 0

    def readable(self) -> bool:
        return True

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def fileno(self) -> int:
        raise io.UnsupportedOperation("fileno")

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        return os.lseek(self._fd, offset, whence)

    def tell(self) -> int:
        return os.lseek(self._fd, 0, os.SEEK_CUR)

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = os.read(self._fd, len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(data).cast("B")
        total = len(view)
        self.attempted = max(self.attempted, self.tell() + total)
        while view:
            n = os.write(self._fd, view)
            if n <= 0:  # a write that moves nothing will not move anything later either
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            view = view[n:]
        self.end = max(self.end, self.tell())
        return total


class _TiffAppender(TiffImagePlugin.AppendingTiffWriter):
    """Pillow's page-by-page TIFF writer, minus its quadratic walk.

    Before each new page Pillow walks the directories of every page written so far
    to find the last one; here the walk resumes at the link found the time before,
    so a 1,000-page TIFF costs 1,000 steps, not half a million.
    """

    _resume: int | None = None

    def skipIFDs(self) -> None:
        if self._resume is not None:
            self.f.seek(self._resume)  # the last page's "next directory" link
        super().skipIFDs()
        self._resume = self.whereToWriteNewIFDOffset


def save_pages(
    pages: Iterable[np.ndarray],
    dest: Path,
    save_format: str,
    *,
    forbidden: tuple[Path, ...] = (),
    page_sizes: Sequence[tuple[float, float]] | None = None,
    before_publish: Callable[[], None] | None = None,
) -> Path:
    """Write pages (RGB uint8 arrays) to ``dest`` atomically, checked and without metadata.

    ``pages`` may be a generator: TIFF and PDF are written page by page as it yields,
    so a long document never sits in memory at once. If the generator raises, the
    partial file is removed and the exception goes on. ``page_sizes`` (points) sets
    PDF page sizes; without it a page is taken to be 300 dpi. ``forbidden`` lists
    paths that must never be written (the inputs): writing over an original is
    refused even through a symlink or a different spelling. ``before_publish`` runs
    after the file is complete and checked, before the rename: raising there (the
    input changed meanwhile) leaves nothing behind.
    """
    dest = Path(dest)
    for f in forbidden:
        if _same_file(dest, f):
            raise OutputError(f"{dest.name}: refusing to overwrite the original image")
    folder = dest.parent
    make_folder(folder)
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
    fh = _CheckedFile(fd)
    try:
        try:
            sizes = _encode(images, fh, save_format, page_sizes=page_sizes)
            os.fsync(fd)
            written = os.fstat(fd).st_size
        finally:
            os.close(fd)
        if written != fh.end:
            raise OutputError(
                f"{dest.name}: could not be written completely ({written} of {fh.end} bytes)"
            )
        _check_readback(tmp, dest.name, save_format, sizes)
        if before_publish is not None:
            before_publish()
        follow_umask(tmp)
        os.replace(tmp, dest)
    except OSError as exc:
        _remove(tmp)
        raise OutputError(_write_failure(dest, exc, fh, save_format)) from None
    except BaseException:
        _remove(tmp)
        raise
    return dest


def make_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents), or say clearly why it cannot be."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        link = dangling_link(folder)
        if link is not None:
            raise OutputError(
                f"output folder {link} is a symbolic link to {os.readlink(link)}, "
                "which does not exist"
            ) from None
        raise OutputError(f"cannot create output folder {folder}: {exc.strerror}") from None


def dangling_link(folder: Path) -> Path | None:
    """``folder`` or the first of its parents that is a symlink to nothing, if any."""
    for p in (folder, *folder.parents):
        if p.is_symlink() and not p.exists():
            return p
    return None


def _write_failure(dest: Path, exc: OSError, fh: _CheckedFile, save_format: str) -> str:
    if exc.errno in _NO_SPACE:
        mb = f"{max(fh.attempted / 1e6, 0.1):.1f}"
        # A one-image output was encoded whole before writing: its size is known exactly.
        need = f"{mb} MB needed" if save_format not in STREAMED else f"more than {mb} MB needed"
        return f"{dest.name}: no space left on device ({need})"
    return f"{dest.name}: could not be written ({exc.strerror or exc})"


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


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
    fh: _CheckedFile,
    save_format: str,
    page_sizes: Sequence[tuple[float, float]] | None = None,
) -> list[Size]:
    """Write the images to ``fh``; returns each page's pixel size, in order."""
    sizes: list[Size] = []
    if save_format == "TIFF":
        # Page by page: Pillow's save_all would hold every page until the end.
        with _TiffAppender(cast(BinaryIO, fh)) as tf:
            for im in images:
                sizes.append(im.size)
                im.save(tf, "TIFF", compression="tiff_deflate")
                tf.newFrame()
                del im
        return sizes
    if save_format == "PDF":
        writer = pdfio.ImagePdfWriter(cast(BinaryIO, fh))
        for i, im in enumerate(images):
            sizes.append(im.size)
            size = (
                page_sizes[i]
                if page_sizes is not None and i < len(page_sizes)
                else (im.width * 72.0 / pdfio.DEFAULT_DPI, im.height * 72.0 / pdfio.DEFAULT_DPI)
            )
            writer.add_page(im, size)
            del im
        writer.close()
        return sizes
    first = next(images)
    buf = io.BytesIO()
    if save_format == "JPEG":
        first.save(buf, "JPEG", quality=95, subsampling=0, optimize=True)
    elif save_format == "PNG":
        first.save(buf, "PNG", optimize=False)
    elif save_format == "WEBP":
        first.save(buf, "WEBP", quality=95, method=4)
    elif save_format == "HEIF":
        first.save(buf, "HEIF", quality=95)
    elif save_format == "BMP":
        first.save(buf, "BMP")
    else:
        raise OutputError(f"cannot write format {save_format}")
    sizes.append(first.size)
    del first
    fh.write(buf.getbuffer())
    return sizes


def _check_readback(path: Path, name: str, save_format: str, sizes: list[Size]) -> None:
    """Open the written file again and decode it: every page there, each of its size."""
    try:
        found = _pdf_pages(path) if save_format == "PDF" else _decoded_sizes(path)
    except Exception as exc:  # whatever the decoder raises, the file is not what we wrote
        raise OutputError(
            f"{name}: the written file could not be read back ({type(exc).__name__})"
        ) from None
    if found != (len(sizes) if save_format == "PDF" else sizes):  # PDF: its pages are not decoded
        raise OutputError(f"{name}: the written file does not read back as written")


def _decoded_sizes(path: Path) -> list[Size]:
    out: list[Size] = []
    with Image.open(path) as im:
        for i in range(getattr(im, "n_frames", 1) or 1):
            im.seek(i)
            im.load()
            out.append(im.size)
    return out


def _pdf_pages(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


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
                fh.flush()
                os.fsync(fh.fileno())
            follow_umask(Path(tmp))
            os.replace(tmp, dest)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError as exc:
        raise OutputError(f"{dest}: could not be written ({exc.strerror or exc})") from None
