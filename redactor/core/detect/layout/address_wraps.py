"""Address lines that carry no address marks of their own: wrapped lines, boxes
OCR cut off a line, door numbers on a line of their own, a garbled street
between a name and the city line. Each rule grows ``sheet.address_lines``.
"""

from __future__ import annotations

import re

from redactor.core.detect.layout.column_cells import beside_in_no_persons_column
from redactor.core.detect.layout.labels import ANY_LABEL, LABEL_AHEAD
from redactor.core.detect.layout.option_lists import option_lines
from redactor.core.detect.layout.ordinary_values import ordinary_values, trait_places
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.layout.printed_labels import printed_labels
from redactor.core.detect.layout.row_numbers import row_number_lines
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.label_kinds import PLACE_KINDS
from redactor.core.detect.text.addresses import (
    SHAPES,
    closes_address,
    cn_marker_count,
    looks_like_address,
    looks_like_cn_address,
    split_door,
)
from redactor.core.detect.text.message_addressees import before_addressee_mark
from redactor.core.detect.text.names import is_business
from redactor.core.detect.text.not_personal import only_an_amount
from redactor.core.detect.text.prose import is_prose
from redactor.core.models import Category

_PLACE = frozenset({Category.ADDRESS, Category.DOOR})

_DOOR_TAIL = SHAPES["door_tail"]
_OWN_NUMBER = SHAPES["own_number"]
BETWEEN = "address_between"  # a line taken into an address for where it stands


def _mark(sheet: Sheet, j: int, end: int, score: float, rule: str) -> None:
    text = sheet.texts[j]
    if _DOOR_TAIL.fullmatch(text[:end]):
        sheet.out[j].append(Span(0, end, Category.DOOR, score, "door_wrap"))
    else:
        sheet.out[j].extend(split_door(text, 0, end, score, rule))
    sheet.address_lines.add(j)


def joined_rows(sheet: Sheet) -> None:
    """A printed line OCR cut into two boxes where neither half looks like an address
    (<number> <direction> <half a street name> | <its other half> <suffix>): the halves
    are read together, and an address shape found in them marks both (not a place of
    birth beside its label)."""
    options = option_lines(sheet) | trait_places(sheet)
    for i in range(len(sheet.texts)):
        if i in sheet.address_lines or sheet.out[i] or sheet.fields[i] or i in options:
            continue  # checked before the row is searched: most lines stop here
        j = _next_on_row(sheet, i)
        if j is None or j in sheet.address_lines or sheet.out[j] or sheet.fields[j] or j in options:
            continue
        a, b = sheet.texts[i], sheet.texts[j]
        if looks_like_address(f"{a} {b}") and not is_business(f"{a} {b}"):
            _mark(sheet, i, len(a), 0.65, "address_row")
            _mark(sheet, j, len(b), 0.65, "address_row")


def _next_on_row(sheet: Sheet, i: int) -> int | None:
    """The nearest box of text size to the right of line ``i`` on its row, within 2.5
    text heights (a speck of dirt boxed between the halves is passed over)."""
    g = sheet.geo[i]
    best = None
    for k, c in enumerate(sheet.geo):
        overlap = min(g.y1, c.y1) - max(g.y0, c.y0)
        if (
            k == i
            or c.th < 0.5 * g.th
            or overlap < 0.5 * min(g.h, c.h)
            or not -0.5 * g.th <= c.x0 - g.x1 <= 2.5 * g.th
        ):
            continue
        if best is None or c.x0 < sheet.geo[best].x0:
            best = k
    return best


def split_rows(sheet: Sheet) -> None:
    """OCR may cut one printed line into two boxes ("H.No 12-9-181, Bar" | "oad, Baner"):
    a box right next to an address line, on its row, continues it (an item of a
    numbered option list beside it is the next column's, and so is a place of birth; a
    row's number in a column counting the rows is the row's)."""
    options = (
        option_lines(sheet)
        | trait_places(sheet)
        | (row_number_lines(sheet) if sheet.address_lines else frozenset())
    )
    for i in sorted(sheet.address_lines):
        for left in (False, True):
            j = sheet.value_beside(i, left)
            if j is None or j in sheet.address_lines or sheet.out[j] or j in options:
                continue
            if beside_in_no_persons_column(sheet, i, j):
                continue
            if sheet.gap(i, j) <= 2.5 * sheet.geo[i].th:
                _mark(sheet, j, sheet.before_label(j), 0.65, "address_row")


def continuations(sheet: Sheet) -> None:
    """Wrapped address lines: directly under an address line, aligned, without a keyword
    (an item of a numbered option list is the list's, a row's number the row's; the value
    of a non-personal label, a plan or a time on the next row, is its field's)."""
    options = (
        option_lines(sheet)
        | ordinary_values(sheet)
        | (row_number_lines(sheet) if sheet.address_lines else frozenset())
    )
    changed = True
    while changed:
        changed = False
        for i in sorted(sheet.address_lines):
            if closes_address(sheet.texts[i]) or _ends_inside_sentence(sheet, i):
                continue  # the postcode ends the address: a route code may follow
            for j in sheet.lines_below(i, max_lines=1):
                # Only the text before a label of its own ("21-6-806 邮编：200061").
                end = sheet.before_label(j)
                t = sheet.texts[j][:end]
                if j in options or not t.strip() or sheet.covered_before(j, end):
                    continue
                if LABEL_AHEAD.match(t):
                    continue
                if is_prose(t) or _opens_another_field(t):
                    continue  # a printed sentence or a field under the address, not its next line
                if only_an_amount(t) and not _DOOR_TAIL.fullmatch(t):
                    continue  # a date alone under the address: the note's or the form's
                if _continuation_text(t, sheet.texts[i]) or _DOOR_TAIL.fullmatch(t):
                    _mark(sheet, j, end, 0.7, "address_wrap")
                    changed = True


def _opens_another_field(text: str) -> bool:
    """The line opens with a lexicon label of something else than a place (a diagnosis,
    a date, a fee): the form's next field, whatever its value looks like."""
    labels = printed_labels(text)
    return bool(labels) and labels[0].start == 0 and labels[0].kind not in PLACE_KINDS


def _ends_inside_sentence(sheet: Sheet, i: int) -> bool:
    """Line ``i`` is a sentence's line and its address ends before the line does: the
    next line goes on with the sentence, not the address."""
    text = sheet.texts[i]
    ends = [s.end for s in sheet.out[i] if s.category in _PLACE]
    return bool(ends) and is_prose(text) and bool(text[max(ends) :].strip())


def sandwiched(sheet: Sheet) -> None:
    """A line between two lines of one address ("Civil Lines", a district) is part of it,
    unless it is an item of a numbered option list."""
    options = option_lines(sheet)
    for i in sorted(sheet.address_lines):
        below = sheet.lines_below(i, max_lines=2)
        if (
            len(below) == 2
            and below[1] in sheet.address_lines
            and below[0] not in sheet.address_lines
        ):
            j = below[0]
            t = sheet.texts[j]
            if (
                sheet.fields[j]
                or sheet.out[j]
                or j in options
                or not t.strip()
                or len(t) > 60
                or _OWN_NUMBER.search(t)
                or before_addressee_mark(t) < len(t)
            ):
                continue  # a phone or name line between two addresses has rules of its own
                # (an envelope's "<name> 收" too: its mark stays readable)
            sheet.out[j].extend(split_door(t, 0, len(t), 0.65, BETWEEN))
            sheet.address_lines.add(j)


def between_name_and_address(sheet: Sheet) -> None:
    """Under "Attn: NAME", the lines down to the address's city line belong to the address,
    even when OCR garbled the street ("29157 Jacks190n")."""
    for i in range(len(sheet.texts)):
        named = any(f.category is Category.NAME for f in sheet.fields[i])
        if not named or not any(sp.category is Category.NAME for sp in sheet.out[i]):
            continue
        below = sheet.lines_below(i, max_lines=3)
        hit = next((n for n, k in enumerate(below) if k in sheet.address_lines), None)
        for k in below[: hit or 0]:
            t = sheet.texts[k]
            if (
                sheet.out[k]
                or sheet.fields[k]
                or ANY_LABEL.match(t)
                or is_business(t)
                or not t.strip()
            ):
                break
            sheet.out[k].extend(split_door(t, 0, len(t), 0.65, BETWEEN))
            sheet.address_lines.add(k)


def door_wraps(sheet: Sheet) -> None:
    """The end of a door number wrapped onto a short line of its own ("…4单元4" / "05"),
    found by text height so that tall boxes of tilted photos do not hide it; a row's
    number in a column counting the rows is none."""
    geo = sheet.geo
    numbers = row_number_lines(sheet) if sheet.address_lines else frozenset()
    for i in sorted(sheet.address_lines):
        if closes_address(sheet.texts[i]):
            continue
        g = geo[i]
        best = None
        for k, c in enumerate(geo):
            end = sheet.before_label(k)
            if (
                k == i
                or k in numbers  # the next row's number, in a row-number column
                or sheet.covered_before(k, end)
                or not _DOOR_TAIL.fullmatch(sheet.texts[k][:end])
            ):
                continue
            below = (c.y0 + c.y1) / 2 - (g.y0 + g.y1) / 2
            if below < 0.6 * g.th or c.y0 - g.y1 > 1.2 * g.th or not (g.x0 - g.th <= c.x0 <= g.x1):
                continue
            if best is None or c.y0 < geo[best].y0:
                best = k
        if best is not None:
            sheet.out[best].append(
                Span(0, sheet.before_label(best), Category.DOOR, 0.7, "door_wrap")
            )


def _continuation_text(t: str, prev: str) -> bool:
    t = t.strip()
    if not t or len(t) > 60:
        return False
    cjk = sum("\u4e00" <= c <= "\u9fff" for c in t)
    if cjk and sum("\u4e00" <= c <= "\u9fff" for c in prev):
        # Chinese wrap: a short run that ends the address (estate, building, room).
        if is_business(t):
            return False  # "永辉超市" under the shop's address is its name
        return looks_like_cn_address(prev + t) and (
            bool(re.search(r"\d", t)) or cn_marker_count(t) > 0
        )
    return looks_like_address(t)
