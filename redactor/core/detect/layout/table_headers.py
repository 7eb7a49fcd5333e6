"""Table headers: the page's printed rows, and a row of short labels heading columns.

A **header row** is a printed row of at least three short boxes with no digits or
colon and no person's title before a name, most of them labels the field lexicon knows standing alone (a unit in
brackets may follow: "金额(元)"), none a label with its value; a row of such boxes
right under it, each under one header, is the headers' further line (one language
printed over the other: "姓名" over "Name"). table_columns.py reads the body under
them.
"""

from __future__ import annotations

from dataclasses import dataclass

from redactor.core.detect.charclass import has_digit
from redactor.core.detect.layout.page import Geo, Sheet
from redactor.core.detect.tables.field_lexicon import ValueKind, default_lexicon
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.text.names import titled_names

#: A header box holds a few words at most, no sentence.
_HEADER_WORDS = 4
_HEADER_CHARS = 24
MIN_COLUMNS = 3
#: Widest gap between the headers and their further line, in text heights.
_ROW_GAP = 1.6
#: A box runs across a header's column when it covers this share of the header's width.
_ACROSS = 0.25
#: A box this much taller than a label of its row, starting under that label's top
#: inside its width, is the value written across the label's box, not a header.
_VALUE_TALLER = 1.5
_BRACKETS = "()（）[]【】"
_COLONS = ":："
#: A number after a header's word numbers columns of one kind ("Guest 1 | Guest 2").
_ORDINAL = patterns("layout", "table_columns")["header_ordinal"]
_NOUGHT = patterns("layout", "table_columns")["header_nought"]
_UNIT = patterns("layout", "table_columns")["header_unit"]


@dataclass(frozen=True, slots=True)
class Column:
    header: int  # the header box's line
    x0: float
    x1: float
    kind: ValueKind | None  # what the header announces; None: a header the lexicon lacks
    below: tuple[int, ...] = ()  # the header's further lines ("姓名" over "Name")


def printed_rows(geo: list[Geo]) -> list[list[int]]:
    """The page's printed rows, top to bottom, each left to right."""
    rows: list[list[int]] = []
    for k in sorted(range(len(geo)), key=lambda k: geo[k].y0 + geo[k].y1):
        g = geo[k]
        for row in rows[-2:]:
            nearest = min(row, key=lambda j: abs(geo[j].x0 - g.x0))
            if g.same_row(geo[nearest]):
                row.append(k)
                break
        else:
            rows.append([k])
    return [sorted(r, key=lambda k: geo[k].x0) for r in rows]


def header_kind(text: str) -> tuple[bool, ValueKind | None]:
    """Whether a box may head a column, and what it announces (``None``: a short word
    the lexicon lacks). No header: a value, a label with its value, a sentence. A
    number after the word numbers columns of one kind ("客人1 | 客人2"); a nought
    inside a Latin word is a misread O ("D0B"); a unit's power is no value ("(m²)")."""
    stripped = _ORDINAL.sub("", _NOUGHT.sub("O", text.strip()))
    if not stripped or has_digit(_UNIT.sub("", stripped)) or stripped[-1] in _COLONS:
        return False, None  # a value, or a field's label announcing the value beside it
    if any(titled_names(stripped)):
        return False, None  # a title and a name ("Dr <surname>"): a person, a value
    short = len(stripped.split()) <= _HEADER_WORDS and len(stripped) <= _HEADER_CHARS
    found = default_lexicon().find(stripped)
    if found:
        m = found[-1]
        rest = stripped[m.value_start :].strip()
        if rest and not (rest[0] in _BRACKETS and rest[-1] in _BRACKETS):
            return False, None  # a label and its value
        if found[0].start > 0 and not short:
            return False, None  # words before a label: a sentence
        # A short box ending in a label is that label qualified ("访客姓名", "Guest
        # name"): the head word comes last, and says what the column holds.
        return True, None if m.kind is ValueKind.HEADING else m.kind
    return short, None


def header_row(sheet: Sheet, row: list[int]) -> list[Column] | None:
    row = [k for k in row if not _written_under_a_label(sheet, k, row)]
    if len(row) < MIN_COLUMNS - 1:
        return None
    columns = []
    for k in row:
        heads, kind = header_kind(sheet.texts[k])
        if not heads:
            return None
        g = sheet.geo[k]
        columns.append(Column(k, g.x0, g.x1, kind))
    known = sum(c.kind is not None for c in columns)
    if len(columns) < MIN_COLUMNS:
        return columns if _a_list_of_people(columns) else None
    if known >= 2 and (_a_signed_log(columns) or _a_dated_roll(columns)):
        return columns
    # Mostly labels the lexicon knows: a row of a label, its value, a label, its value
    # ("<label> | <a name> | <label> | <a word>") is a form's row, not a header.
    return columns if known >= 2 and known >= 2 * (len(columns) - known) else None


def _written_under_a_label(sheet: Sheet, k: int, row: list[int]) -> bool:
    """Box ``k`` is the value written across a ruled box whose label is printed small
    in its top-left corner: a tall handwritten value reaches up level with its label,
    and the row-finder reads the two as one row. A header is no taller than its peers."""
    g = sheet.geo[k]
    for j in row:
        h = sheet.geo[j]
        if j == k or not default_lexicon().find(sheet.texts[j].strip()):
            continue
        if g.th >= _VALUE_TALLER * h.th and g.y0 > h.y0 and min(g.x1, h.x1) > max(g.x0, h.x0):
            return True
    return False


def _a_list_of_people(columns: list[Column]) -> bool:
    """Two bare headers, a name's and a trait's ("Name | Age", "姓名 | 关系"): a list of
    people (a party, a family, the guests of a booking) whose names the first heads."""
    kinds = [c.kind for c in columns]
    return kinds[0] is ValueKind.NAME and kinds[1] is ValueKind.TRAIT


def _a_signed_log(columns: list[Column]) -> bool:
    """A date column and a column to sign or initial each row: a log (lessons, visits,
    deliveries) whatever words its other columns use. A form's row of label | value
    pairs has no such pair of bare labels: its date's value carries digits."""
    kinds = {c.kind for c in columns}
    return ValueKind.DATE in kinds and ValueKind.SIGNATURE in kinds


def _a_dated_roll(columns: list[Column]) -> bool:
    """A date column and a column of names, every box a bare header: a log of whom
    each row concerns (a station's contacts, a register's entries) whatever words its
    other columns use ("Mode", "QTH"). A form's row of label | value pairs has no bare
    date label: its date's value carries digits, so the row heads no table."""
    kinds = {c.kind for c in columns}
    return ValueKind.DATE in kinds and ValueKind.NAME in kinds


def header_line_below(sheet: Sheet, headers: list[Column], row: list[int]) -> list[Column] | None:
    """The headers with the row right under them as their further line, when each of
    its boxes may head a column and stands under one of theirs ("Name" under "姓名"),
    and the lexicon knows one of them at least."""
    th = text_height(sheet, [c.header for c in headers])
    if min(sheet.geo[k].y0 for k in row) - headers_bottom(sheet, headers) > _ROW_GAP * th:
        return None
    under: dict[int, list[tuple[int, ValueKind | None]]] = {}
    for k in row:
        heads, kind = header_kind(sheet.texts[k])
        g = sheet.geo[k]
        cols = [n for n, c in enumerate(headers) if min(g.x1, c.x1) > max(g.x0, c.x0)]
        if not heads or len(cols) != 1:
            return None
        under.setdefault(cols[0], []).append((k, kind))
    if not any(kind for boxes in under.values() for _, kind in boxes):
        return None
    out = []
    for n, c in enumerate(headers):
        boxes = under.get(n, [])
        kind = c.kind or next((kd for _, kd in boxes if kd is not None), None)
        x0 = min([c.x0, *(sheet.geo[k].x0 for k, _ in boxes)])
        x1 = max([c.x1, *(sheet.geo[k].x1 for k, _ in boxes)])
        out.append(Column(c.header, x0, x1, kind, c.below + tuple(k for k, _ in boxes)))
    return out


def headers_bottom(sheet: Sheet, headers: list[Column]) -> float:
    return max(sheet.geo[k].y1 for c in headers for k in (c.header, *c.below))


def text_height(sheet: Sheet, lines: list[int]) -> float:
    return max(1.0, sorted(sheet.geo[k].th for k in lines)[len(lines) // 2])


def under_headers(g: Geo, headers: list[Column], share: float = _ACROSS) -> list[Column]:
    """The headers whose column box ``g`` runs across (``share`` of their width)."""
    return [c for c in headers if min(g.x1, c.x1) - max(g.x0, c.x0) > share * (c.x1 - c.x0)]
