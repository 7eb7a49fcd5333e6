"""Rosters: a grid of people, one row each, then short cells (shifts, times, ticks).

A rota, a timesheet or an attendance register prints a row per person: the person's
name, then many short cells, a shift's code ("F", "OFF", "frei", "休", "早"), a time
or a span of times, a tick, the week's hours. Its person column may be headed by any
word ("Team member", "Mitarbeiter/in", "员工") or by none, and its other headers are
days or dates the field lexicon does not know, so the table is never read by its
header row (table_headers.py). The grid tells itself by its cells:

* a **grid row** is a printed row of at least four boxes, at least three of them
  short cells (``tables/layout.toml [roster_grids] code``, or figures: digits with a
  few letters at most), short cells making half of the row or more;
* a **grid** is a run of three grid rows or more, one under the other; its boxes are
  gathered into columns by overlapping spans, row after row (a photographed grid
  drifts);
* a **person column** is one whose cells are mostly shaped like a person's name
  (text/listed_names.py, or "Surname, Given", "Given I.", the familiar "小<surname>"):
  three at least, most of the column's cells. Its cells from the first such cell to
  the last are masked whole, fail closed (a misread name is a name all the same), but
  a cell with no letter or one that is a label the lexicon knows (the header above);
* the grid's **short cells** of letters name no one (a shift, a day, a tick): they
  stay readable, whatever masked them (label_trim.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from redactor.core.detect.charclass import has_digit
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.layout.table_headers import header_kind, printed_rows
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.lexicon import boilerplate
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.text.listed_names import looks_like_listed_name
from redactor.core.detect.text.names import is_business, surname_length
from redactor.core.models import Category

RULE = "roster_grid"
_SCORE = 0.7
_SHAPES = patterns("layout", "roster_grids")
_CODE = _SHAPES["code"]
_PERSON = (_SHAPES["surname_given"], _SHAPES["given_initial"])
_FAMILIAR = _SHAPES["familiar"]
_LATIN_NAME_LIKE = _SHAPES["latin_name_like"]
_CJK_NAME_LIKE = _SHAPES["cjk_name_like"]
_OWN_NUMBER = _SHAPES["own_number"]
#: A grid row's least boxes and least short cells; a grid's least rows; of a column,
#: the least cells shaped like names and their least share.
_LEAST_BOXES = 4
_LEAST_SHORT = 3
_LEAST_ROWS = 3
_LEAST_NAMED = 3
_SHARE = 0.6
#: A cell of figures: a time, hours, a date, a count, with this many letters at most
#: ("8h", "12:00 Uhr" is no figure), and this long at most.
_FIGURE_LETTERS = 3
_FIGURE_CHARS = 20


@dataclass(frozen=True, slots=True)
class Roster:
    people: tuple[int, ...]  # the person columns' cells to mask
    numbers: tuple[int, ...]  # the cells of a column of the people's own numbers
    codes: tuple[int, ...]  # the grid's short cells of letters: shifts, days, ticks


def read_rosters(sheet: Sheet) -> tuple[Roster, ...]:
    """The page's rosters, top to bottom."""
    out: list[Roster] = []
    run: list[list[int]] = []
    for row in [*printed_rows(sheet.geo), []]:
        if _grid_row(sheet, row):
            run.append(row)
            continue
        if len(run) >= _LEAST_ROWS and (roster := _roster(sheet, run)) is not None:
            out.append(roster)
        run = []
    return tuple(out)


def mask_roster_grids(sheet: Sheet) -> None:
    """Each person cell whole, an initial's dot with it ("Paul K."); of the
    familiar "小<surname>" the surname only (the prefix names no one)."""
    for roster in read_rosters(sheet):
        for k in roster.people:
            text = sheet.texts[k]
            start = 1 if _FAMILIAR.match(text.strip()) else 0
            start += len(text) - len(text.lstrip())
            end = len(text.rstrip())
            if end > start and not is_business(text) and not boilerplate(text):
                sheet.out[k].append(Span(start, end, Category.NAME, _SCORE, RULE))
        for k in roster.numbers:
            text = sheet.texts[k]
            start = len(text) - len(text.lstrip())
            sheet.out[k].append(Span(start, len(text.rstrip()), Category.ID_NUMBER, _SCORE, RULE))


def roster_codes(sheet: Sheet) -> frozenset[int]:
    """The lines that are a roster's short cells of letters (label_trim.py)."""
    return frozenset(k for roster in read_rosters(sheet) for k in roster.codes)


def a_person(text: str) -> bool:
    """A box that holds a person's name as a grid's person column writes it."""
    t = text.strip()
    if looks_like_listed_name(t):
        return True
    if not t or has_digit(t) or is_business(t):
        return False
    if any(p.fullmatch(t) for p in _PERSON):
        return True
    return _FAMILIAR.match(t) is not None and surname_length(t, 1) == 1


def _name_like(text: str) -> bool:
    t = text.strip()
    if _CJK_NAME_LIKE.fullmatch(t):
        return surname_length(t) > 0
    return _LATIN_NAME_LIKE.fullmatch(t) is not None


def _short(text: str) -> bool:
    t = text.strip()
    if not t or a_person(t):
        return False
    if has_digit(t):
        letters = sum(c.isalpha() for c in t)
        return letters <= _FIGURE_LETTERS and len(t) <= _FIGURE_CHARS
    return _CODE.fullmatch(t) is not None


def _grid_row(sheet: Sheet, row: list[int]) -> bool:
    if len(row) < _LEAST_BOXES:
        return False
    short = sum(_short(sheet.texts[k]) for k in row)
    return short >= _LEAST_SHORT and 2 * short >= len(row)


def _columns(sheet: Sheet, run: list[list[int]]) -> list[list[int]]:
    """The grid's boxes gathered into columns: each box joins the column whose last
    box it overlaps most across (one box a row), or starts a column of its own."""
    cols: list[list[int]] = []
    for row in run:
        taken: set[int] = set()
        for k in row:
            g = sheet.geo[k]
            best, most = -1, 0.0
            for n, col in enumerate(cols):
                last = sheet.geo[col[-1]]
                across = min(g.x1, last.x1) - max(g.x0, last.x0)
                if n not in taken and across > most:
                    best, most = n, across
            if best < 0:
                cols.append([k])
                best = len(cols) - 1
            else:
                cols[best].append(k)
            taken.add(best)
    return cols


def _roster(sheet: Sheet, run: list[list[int]]) -> Roster | None:
    people: list[int] = []
    cols = _columns(sheet, run)
    for col in cols:
        named = [n for n, k in enumerate(col) if a_person(sheet.texts[k])]
        if len(named) < _LEAST_NAMED or len(named) < _SHARE * len(col):
            continue
        # Between the first name and the last, every cell with a letter (fail closed);
        # beyond them, a cell written as a name is, a header is not ("Team member").
        people += [
            k
            for n, k in enumerate(col)
            if any(c.isalpha() for c in sheet.texts[k])
            and header_kind(sheet.texts[k])[1] is None
            and (named[0] <= n <= named[-1] or _name_like(sheet.texts[k]))
        ]
    if not people:
        return None
    numbers = tuple(k for col in cols for k in _own_numbers(sheet, col))
    codes = tuple(k for col in cols for k in _codes(sheet, col) if k not in people)
    return Roster(tuple(people), numbers, codes)


def _codes(sheet: Sheet, col: list[int]) -> list[int]:
    """A column of short cells only, its cells of letters (a shift, a day, a tick);
    not one written as a Chinese name ("<surname><given>": a duty officer's column)."""
    texts = [sheet.texts[k] for k in col]
    if not all(_short(t) for t in texts):
        return []
    return [k for k, t in zip(col, texts, strict=True) if not has_digit(t) and not _name_like(t)]


def _own_numbers(sheet: Sheet, col: list[int]) -> list[int]:
    """A column of long numbers, each row's its own: the people's staff or member
    numbers. Hours, counts and sums are short; a year or a date repeats or has dots."""
    cells = [k for k in col if has_digit(sheet.texts[k])]
    texts = [sheet.texts[k].strip() for k in cells]
    if len(cells) < _LEAST_NAMED or not all(_OWN_NUMBER.fullmatch(t) for t in texts):
        return []
    return cells if len(set(texts)) == len(texts) else []
