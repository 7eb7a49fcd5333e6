"""Cells of a personal column that hold no one's data, by what they say.

A column's header says what its cells hold (table_columns.py), but a few kinds of cell
say otherwise by their words: an employer under a workplace's address, a room of a house
under a room column, a trait under a relationship, goods under an order's number, a
phrase in small words under a name's ("Parents only"), a month or "present" under
a From | To pair the lexicon reads as parties, and the rooms of a stay beside
their room type. Each stays readable.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from redactor.core.detect.charclass import CJK, digit_count
from redactor.core.detect.layout.label_lines import reads_as_caption
from redactor.core.detect.layout.table_headers import Column
from redactor.core.detect.tables.field_lexicon import ValueKind, default_lexicon
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.text.addresses import looks_like_address
from redactor.core.detect.text.names import is_business
from redactor.core.detect.text.not_personal import only_a_period_bound

_ROOM_NAME = patterns("layout", "table_columns")["room_name"]
_ROOM_TYPE = patterns("layout", "table_columns")["room_type"]
_SMALL_NUMBERS = patterns("layout", "table_columns")["small_numbers"]
#: More digits than a list of measurements in one cell holds: a phone's or a number's.
_MEASURE_DIGITS = 6
#: Fewer digits than an order's or a parcel's number holds.
_CODE_DIGITS = 4
#: Columns whose cells name a person or a place: never a month of a year.
_NAMING_KINDS = frozenset({ValueKind.NAME, ValueKind.PARTY, ValueKind.ADDRESS})
_WORDS = re.compile(rf"[a-z]{{3}}|[{CJK}]")
#: Of a column's cells, the share and the least number naming a kind of room.
_TYPED_SHARE = 0.6
_TYPED_LEAST = 2


def an_employer(kind: ValueKind | None, text: str) -> bool:
    """A cell of an address column that names a business and reads as no address: a
    workplace column's employer (a work history's "工作单位"), the business's own name."""
    return kind is ValueKind.ADDRESS and is_business(text) and not looks_like_address(text)


def a_room(kind: ValueKind | None, text: str) -> bool:
    """A cell of a door column that names a room of a house in words ("Kitchen",
    "Bedroom 2"): where a removal's or an inventory's items stand, no door number. A
    first word that is a door's own label ("Flat 3", "Room 12") is a door."""
    if kind is not ValueKind.DOOR or not _ROOM_NAME.fullmatch(text):
        return False
    found = default_lexicon().find(text.strip())
    return not (found and found[0].start == 0 and found[0].kind is ValueKind.DOOR)


def a_trait(kind: ValueKind | None, text: str) -> bool:
    """A cell of a trait's column (a relationship, a sex, an occupation) names no one,
    as after a trait's label on a line (label_trim.py); a place of birth is an address."""
    return kind is ValueKind.TRAIT and not looks_like_address(text)


def goods_not_a_code(kind: ValueKind | None, text: str) -> bool:
    """A cell of a number's column ("Order", "订单号") that holds words and hardly a
    digit ("Large box", "Milk 2L + Bread"): what was ordered, not the order's number. A
    code has digits or is written in capitals ("XK7RQZ"), never in lower-case words."""
    if kind is not ValueKind.TRACKING:
        return False
    digits = digit_count(text)
    return digits < _CODE_DIGITS and _WORDS.search(text) is not None


def hotel_rooms(
    texts: list[str], cells: Iterable[tuple[int, tuple[Column, ...]]]
) -> frozenset[int]:
    """The cells of a door column in a table whose other column names a kind of room
    in most of its cells ("TWN", "Double", "标间", "大床房"): a hotel's, a ship's or a
    hostel's rooms, let for a night, no one's home. A list of residents prints no
    room type beside its doors."""
    by_column: dict[int, list[int]] = {}
    doors: list[int] = []
    for line, columns in cells:
        if len(columns) != 1:
            continue
        by_column.setdefault(columns[0].header, []).append(line)
        if columns[0].kind is ValueKind.DOOR:
            doors.append(line)
    typed = any(
        (n := sum(bool(_ROOM_TYPE.fullmatch(texts[k])) for k in lines)) >= _TYPED_LEAST
        and n >= _TYPED_SHARE * len(lines)
        for lines in by_column.values()
    )
    return frozenset(doors) if typed else frozenset()


def a_phrase(kind: ValueKind | None, text: str) -> bool:
    """A cell of a name's column written as a phrase in small words ("Parents only",
    "Collected by school bus"): what is arranged, no one named (label_lines.py)."""
    return kind is ValueKind.NAME and reads_as_caption(text)


def a_measure(kind: ValueKind | None, text: str) -> bool:
    """A cell of a name's column that holds only small numbers, a decimal or a list of
    them ("15,15", "30.2,33"): what a test measured of the person the column is headed
    by ("Mother", "Child"), no name. A whole number alone may be a door or a name's
    lost part, so a list or a decimal only; a phone or a date has longer groups."""
    if kind is not ValueKind.NAME or not _SMALL_NUMBERS.fullmatch(text):
        return False
    return any(c in text for c in ",.;") and digit_count(text) <= _MEASURE_DIGITS


def a_period_bound(kind: ValueKind | None, text: str) -> bool:
    """A cell of a name's, a party's or an address's column that is a month of a year alone or a
    word for an end not yet come ("04/2019", "present"): a history of addresses or
    posts heads its bounds "From | To", which the lexicon reads as a sender and an
    addressee. No name is a month; with no day it is no birth date either."""
    return kind in _NAMING_KINDS and only_a_period_bound(text)
