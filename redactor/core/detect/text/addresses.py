"""Address lines (Chinese and English) and the door part inside them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.core.detect.spans import Span
from redactor.core.detect.tables.lexicon import WAYBILL_MARKS, WORD_SEAM, table, words_pattern
from redactor.core.detect.tables.patterns import patterns
from redactor.core.models import Category

_TABLE = table("addresses")
_CN = _TABLE["cn"]
_EN = _TABLE["en"]

_CN_MARKERS = re.compile(words_pattern(_CN["markers"]))
# A province-level head starts an address unless the line names an institution there.
_CN_INSTITUTION = re.compile(words_pattern(_CN["institutions"]))
_CN_STRONG = re.compile(words_pattern(_CN["strong"]))
_US_STATES = "|".join(_EN["us_states"])
SHAPES = patterns(
    "addresses",
    "shapes",
    provinces=words_pattern(_CN["provinces"]),
    municipalities=words_pattern(_CN["municipalities"]),
    autonomous_regions=words_pattern(_CN["autonomous_regions"]),
    street_suffixes="|".join(_EN["street_suffixes"]),
    institutions=words_pattern(_CN["institutions"]),
    us_states=_US_STATES,
    ca_provinces=words_pattern(_EN["ca_provinces"]),
    in_states=words_pattern(_EN["in_states"]),
    word_seam=WORD_SEAM,
    waybill_marks=WAYBILL_MARKS,
    **_TABLE["formats"],
)
_CN_PROVINCE_HEAD = SHAPES["cn_province_head"]
_EN_STREET = SHAPES["en_street"]
_EN_POBOX = SHAPES["en_po_box"]
_US_CITY_ZIP = SHAPES["us_city_zip"]
_UK_POSTCODE = SHAPES["uk_postcode_line"]
_CA_CITY_POSTCODE = SHAPES["ca_city_postcode"]
_US_STATE_ZIP = SHAPES["us_state_zip"]
_IN_PIN = SHAPES["in_pin_line"]
_STATE_LINE = SHAPES["state_line"]
_EN_STREET_DOOR = SHAPES["en_street_door"]
_EN_DOOR_LINE = SHAPES["en_door_line"]
_CN_DOOR = SHAPES["cn_door"]
_CN_BUILDING_ROOM = SHAPES["cn_building_room"]
_CN_INSTITUTION_NAME = SHAPES["cn_institution_name"]
_CN_HOUSE_NUMBER = SHAPES["cn_house_number"]
_EN_DOOR = SHAPES["en_door"]
_CN_NUMBER_LABEL_MARK = SHAPES["cn_number_label_mark"]


def cn_marker_count(text: str) -> int:
    return len(_CN_MARKERS.findall(text)) - _number_label_marks(text)


def _number_label_marks(text: str) -> int:
    """The 号 of number labels in ``text`` ("身份证号<digits>"): counted as markers by
    the word lists, they say a number follows, not a house."""
    return len(_CN_NUMBER_LABEL_MARK.findall(text))


def looks_like_cn_address(text: str) -> bool:
    """A line of a Chinese address: several markers, some digits or a place word."""
    if _CN_BUILDING_ROOM.search(text):
        return True
    cjk = sum("\u4e00" <= c <= "\u9fff" for c in text)
    if cjk < 4:
        return False
    if _CN_INSTITUTION_NAME.search(text) and not _CN_HOUSE_NUMBER.search(text):
        return False  # a court's, a hospital's, a school's name: the place words are its own
    if _CN_PROVINCE_HEAD.match(text) and not _CN_INSTITUTION.search(text):
        return True
    strong = len(_CN_STRONG.findall(text)) - _number_label_marks(text)
    return strong >= 2 or (strong >= 1 and cn_marker_count(text) >= 3)


def looks_like_en_address(text: str) -> bool:
    return bool(
        _EN_STREET.search(text)
        or _EN_POBOX.search(text)
        or _US_CITY_ZIP.search(text)
        or _US_STATE_ZIP.search(text)
        or _UK_POSTCODE.search(text)
        or _IN_PIN.search(text)
        or _STATE_LINE.match(text)
        or _EN_STREET_DOOR.search(text)
        or _CA_CITY_POSTCODE.search(text)
        or _EN_DOOR_LINE.match(text)
    )


_POSTCODE_LINES = (_US_CITY_ZIP, _US_STATE_ZIP, _UK_POSTCODE, _IN_PIN, _CA_CITY_POSTCODE)


def closes_address(text: str) -> bool:
    """The line ends with a postcode: the last line of a Western or Indian address."""
    end = len(text.rstrip(" .,"))
    return any(m.end() >= end for p in _POSTCODE_LINES for m in p.finditer(text))


def looks_like_address(text: str) -> bool:
    return looks_like_cn_address(text) or looks_like_en_address(text)


def split_door(text: str, start: int, end: int, score: float, rule: str) -> Iterator[Span]:
    """Split an address span into ``door`` parts and ``address`` parts."""
    segment = text[start:end]
    doors = [m for m in _CN_DOOR.finditer(segment) if m.end() > m.start()]
    doors += [m for m in _EN_DOOR.finditer(segment)]
    doors.sort(key=lambda m: m.start())
    pos = start
    for m in doors:
        a, b = start + m.start(), start + m.end()
        if a < pos:
            continue
        if a > pos and text[pos:a].strip(" ,，-"):
            yield Span(pos, a, Category.ADDRESS, score, rule)
        yield Span(a, b, Category.DOOR, score, rule + "+door")
        pos = b
    if pos < end and text[pos:end].strip(" ,，-"):
        yield Span(pos, end, Category.ADDRESS, score, rule)
