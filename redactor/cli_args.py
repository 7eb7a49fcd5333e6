"""The ``redactor`` command's arguments: the parser, its help, and the Settings they give."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from redactor import __version__
from redactor.core.errors import UsageError
from redactor.core.models import Category, parse_categories
from redactor.core.ocr import ENGINE_NAMES
from redactor.core.settings import MAX_PAGES, MaskStyle, Preset, Settings, parse_color

EPILOG = """\
examples:
  redactor redact label.jpg                 writes label.redacted.jpg next to it
  redactor redact scans/ -o clean/          every image in scans/ into clean/
  redactor redact scans/ -o clean/ --report report.json
  redactor redact receipts.pdf -o clean/ --audit logs/ --review-list check.txt
  redactor watch inbox/ -o outbox/ --processed done/

categories: name, phone, address, door, id_number, card_number, email, tracking,
code, face (all on by default), custom (your own words, see --words/--regex).

exit codes (originals are never changed):
  0    all done
  1    some files failed, the others were written (also: every file failed,
       for different reasons)
  2    usage error
  3    no file written: every file unreadable (missing, damaged, too many pages,
       changed while being read)
  4    no file written: OCR failed (or the OCR engine is missing)
  5    no file written: the output could not be written (full disk, read-only folder)
  130  interrupted (Ctrl-C, SIGTERM, SIGHUP): finished files kept, report written
"""


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="redactor",
        description="Mask personal data (names, phones, addresses, ID and card numbers, "
        "waybill numbers, barcodes) on photos and scans of parcel labels and receipts.",
    )
    p.add_argument("--version", action="version", version=f"redactor {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    r = sub.add_parser(
        "redact",
        help="mask personal data in images and folders",
        description="Find personal data in each image and write a masked copy. "
        "The original is never changed.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    r.add_argument(
        "paths", nargs="+", type=Path, metavar="PATH", help="image or PDF files, or folders"
    )
    r.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="OUTDIR",
        help="write masked copies here (same file names); default: <name>.redacted.<ext> next to each input",
    )
    r.add_argument(
        "--report",
        type=Path,
        metavar="FILE.json",
        help="write a JSON report (regions and status per file; never the recognised text)",
    )
    _add_common(r)
    r.add_argument(
        "--jobs",
        type=int,
        default=0,
        metavar="N",
        help="images processed in parallel (default: number of CPU cores)",
    )
    r.add_argument(
        "--review-list",
        type=Path,
        metavar="FILE",
        help="write the input paths that need a human look (any page not verified, "
        "or failed), one per line",
    )
    r.add_argument(
        "--audit",
        type=Path,
        metavar="DIR",
        help="write an audit log of the batch into DIR (CSV and JSON: paths, pages, "
        "status, seconds, SHA-256, findings per category; never the recognised text)",
    )
    r.add_argument("-q", "--quiet", action="store_true", help="no progress bar")

    w = sub.add_parser(
        "watch",
        help="hot folder: redact files as they appear in a folder",
        description="Watch INBOX and redact every file that appears in it (once it is "
        "completely written) into OUTBOX. One line is printed per file. Ctrl-C stops.",
    )
    w.add_argument("inbox", type=Path, metavar="INBOX", help="folder the scanner writes into")
    w.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="OUTBOX",
        help="write masked copies here",
    )
    w.add_argument(
        "--processed",
        type=Path,
        metavar="DIR",
        help="move each original here once its masked copy is written",
    )
    w.add_argument(
        "--interval",
        type=float,
        default=1.0,
        metavar="SECONDS",
        help="how often the inbox is checked (default 1 s); a file is taken once "
        "its size has not changed over two checks",
    )
    _add_common(w)

    g = sub.add_parser("gui", help="open the desktop window")
    g.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="images to open")
    return p


def _add_common(r: argparse.ArgumentParser) -> None:
    """Options that decide what is masked and how (shared by redact and watch)."""
    r.add_argument(
        "--mask",
        choices=[m.value for m in MaskStyle],
        default="fill",
        help="fill (default) paints solid boxes and cannot be undone; "
        "pixelate and blur look softer but are WEAKER: they can sometimes be reversed",
    )
    r.add_argument("--color", default="#000000", help="fill colour as #rrggbb (default black)")
    r.add_argument(
        "--categories",
        default="all",
        help="comma list of what to mask (default: all), e.g. phone,name,address",
    )
    r.add_argument(
        "--preset",
        choices=[x.value for x in Preset],
        default="full",
        help="full (default): mask whole fields; privacy-waybill: keep the label usable "
        "(surname, last 4 phone digits and the street stay visible, as GB/T 41833-2022)",
    )
    r.add_argument(
        "--words",
        action="append",
        default=[],
        metavar="WORD",
        help="also mask this word (repeatable), e.g. your own name",
    )
    r.add_argument(
        "--words-file",
        type=Path,
        metavar="FILE",
        help="file with one word per line to mask; lines starting with 're:' are regular expressions",
    )
    r.add_argument(
        "--regex",
        action="append",
        default=[],
        metavar="PATTERN",
        help="also mask text matching this regular expression (repeatable)",
    )
    r.add_argument(
        "--engine", choices=ENGINE_NAMES, default="rapidocr", help="OCR engine (default rapidocr)"
    )
    r.add_argument(
        "--no-verify",
        action="store_true",
        help="skip the second OCR pass that checks the masked image (faster, less safe)",
    )
    r.add_argument(
        "--max-pages",
        type=int,
        default=MAX_PAGES,
        metavar="N",
        help=f"refuse a PDF or TIFF with more than N pages, before reading any "
        f"(default {MAX_PAGES}); raise it for a long scan",
    )


def settings_from_args(a: argparse.Namespace) -> Settings:
    try:
        cats = parse_categories(a.categories)
        color = parse_color(a.color)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    words = list(a.words)
    patterns = list(a.regex)
    if a.words_file:
        try:
            for line in a.words_file.read_text(encoding="utf-8").splitlines():
                line = line.strip()
                if not line or line.startswith("//"):
                    continue
                if line.startswith("re:"):
                    patterns.append(line[3:])
                else:
                    words.append(line)
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"cannot read --words-file {a.words_file}: {exc}") from None
    for pat in patterns:
        try:
            re.compile(pat)
        except re.error as exc:
            raise UsageError(f"invalid regular expression {pat!r}: {exc}") from None
    if words or patterns:
        cats = cats | {Category.CUSTOM}
    if a.max_pages < 1:
        raise UsageError("--max-pages must be at least 1")
    return Settings(
        categories=cats,
        mask=MaskStyle(a.mask),
        color=color,
        engine=a.engine,
        preset=Preset(a.preset),
        verify=not a.no_verify,
        custom_terms=tuple(words),
        custom_patterns=tuple(patterns),
        max_pages=a.max_pages,
    )
