"""A block of lines (person_blocks.py) cut into segments: by printed row, at rows
known not to be personal (fields of their own, a table's header, boilerplate, a
numbered section's heading) and before headings, each segment another part of the
label or form.
"""

from __future__ import annotations

from collections.abc import Iterator

from redactor.core.detect.layout.block_grouping import Block
from redactor.core.detect.layout.block_signals import signal
from redactor.core.detect.layout.labels import ANY_LABEL, is_heading
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.layout.printed_labels import only_labels
from redactor.core.detect.tables.lexicon import NON_PERSONAL_LABELS, PERSONAL_MARKS, boilerplate
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.text.names import looks_like_person_name

_SHAPES = patterns("layout", "person_blocks")
_SECTION_HEADING = _SHAPES["section_heading"]


def segments(sheet: Sheet, block: Block) -> Iterator[Block]:
    """The block cut at rows known not to be personal (fields of their own, a table
    header, boilerplate) and before headings: what follows is another part of the
    label. A row is cut only as a whole: one cell of it ("VISA") cuts nothing."""
    run: list[int] = []
    table = False  # under a table's header row, rows with no label and no signal are its body
    for row in _rows(sheet, block):
        separators = [k for k in row if _separator(sheet, k)]
        heading = any(is_heading(sheet.texts[k], sheet.fields[k]) for k in row)
        # Under a table's header: a row with no label and no signal is its body.
        body = table and not any(sheet.fields[k] or signal(sheet, k) for k in row)
        header = len(separators) == len(row) and _table_header(sheet, row)
        cut = len(separators) == len(row) or body
        table = header or body
        if run and (cut or heading):
            yield Block(tuple(run))
            run = []
        if not cut:
            run.extend(row)
    if run:
        yield Block(tuple(run))


def _table_header(sheet: Sheet, row: list[int]) -> bool:
    """The row heads a table: across the page, two or more non-personal labels stand
    on it (the columns of a table may be too far apart to join one block)."""
    geo = sheet.geo
    k = row[0]
    cells = [
        j
        for j, g in enumerate(geo)
        if min(g.y1, geo[k].y1) - max(g.y0, geo[k].y0) >= 0.5 * min(g.h, geo[k].h)
        and _separator(sheet, j)
    ]
    return len(cells) >= 2


def _rows(sheet: Sheet, block: Block) -> list[list[int]]:
    """The block's lines by printed row, top to bottom."""
    geo = sheet.geo
    rows: list[list[int]] = []
    for k in sorted(block.lines, key=lambda k: (geo[k].y0 + geo[k].y1) / 2):
        last = rows[-1] if rows else None
        if last and any(
            min(geo[k].y1, geo[j].y1) - max(geo[k].y0, geo[j].y0) >= 0.5 * min(geo[k].h, geo[j].h)
            for j in last
        ):
            last.append(k)
        else:
            rows.append([k])
    return rows


def _separator(sheet: Sheet, k: int) -> bool:
    text = sheet.texts[k]
    if signal(sheet, k) or is_heading(text, sheet.fields[k]):
        return False
    if PERSONAL_MARKS.fullmatch(text.strip()):
        return False
    return bool(
        (not sheet.fields[k] and ANY_LABEL.match(text))
        or NON_PERSONAL_LABELS.match(text)
        or boilerplate(text)
        or _readable_labels(text)
        or (not sheet.fields[k] and _section_heading(text))
    )


def _section_heading(text: str) -> bool:
    """A numbered section heading of a form: what follows is another part of it, and
    the heading itself no one's (a numbered list's name is a person's: not one; a
    numbered field's label is its field's, read by the caller)."""
    m = _SECTION_HEADING.fullmatch(text)
    if m is None:
        return False
    title = m["title"]
    words = title.split()
    labels = [label for part in (title, *words) for label in only_labels(part)]
    if any(label.kind.category is not None for label in labels):
        return False  # a numbered field's label over its value: the value's block
    return any(w[:1].islower() for w in words) or not looks_like_person_name(title)


def _readable_labels(text: str) -> bool:
    """The line is only labels of fields that stay readable (a table's column header:
    "Item code", "Description", "Qty")."""
    labels = only_labels(text)
    return bool(labels) and all(m.kind.category is None for m in labels)
