"""Address lines (Chinese and English) and the door part inside them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.core.detect.charclass import CJK
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.lexicon import WORD_SEAM, table, words_pattern
from redactor.core.models import Category

_TABLE = table("addresses")
_CN = _TABLE["cn"]
_EN = _TABLE["en"]
_FORMATS = _TABLE["formats"]

_CN_MARKERS = re.compile(words_pattern(_CN["markers"]))
# A line that opens with a province-level name ("江苏省苏州…", "上海市…") starts an
# address even when a stamp or a wrap leaves few other markers on it ...
_CN_PROVINCE_HEAD = re.compile(
    rf"\s*(?:(?:{words_pattern(_CN['provinces'])})省|(?:{words_pattern(_CN['municipalities'])})市"
    rf"|(?:{words_pattern(_CN['autonomous_regions'])})自治区)[{CJK}]{{2}}"
)
# ... unless it names an institution there ("江苏省人民医院").
_CN_INSTITUTION = re.compile(words_pattern(_CN["institutions"]))
_CN_STRONG = re.compile(words_pattern(_CN["strong"]))

# English street suffixes (US/UK/India), abbreviations with optional period.
_EN_SUFFIX = "|".join(_EN["street_suffixes"])
# The suffix is a word of its own, or glued to a word in capitals or with its own
# capital (OCR drops the spaces of <STREETNAME><SUFFIX>, <Streetname><Suffix>); never
# the end of a lower-case word, nor followed by more of a word (a small letter, or a
# capital after a capital: "CT" inside a longer word in capitals is no suffix).
_EN_STREET = re.compile(
    r"(?i)(?<![A-Za-z0-9])\d{1,6}[A-Za-z]?\s*,?\s*(?:[A-Za-z][A-Za-z'.\-]*\s*){1,5}"
    rf"(?:(?<=[\s,.])|(?-i:(?<=[A-Z]))|{WORD_SEAM})(?:" + _EN_SUFFIX + r")"
    r"(?-i:(?![a-z])(?!(?<=[A-Z])[A-Z]))\.?"
)
_EN_POBOX = re.compile(r"(?i)\bP\.?\s?O\.?\s?Box\s*\d+")
# City, ST 12345 — OCR may misread the state ("Wl" for "WI") or drop the spaces.
_ZIP = _FORMATS["us_zip"]
_US_CITY_ZIP = re.compile(
    rf"(?<![A-Za-z])[A-Za-z][A-Za-z0-9 .'\-]{{1,30}},\s*[A-Za-z][A-Za-z1|]\s*{_ZIP}(?!\d)"
    rf"|(?<![A-Za-z])[A-Za-z][A-Za-z .'\-]{{1,30}}\s[A-Z]{{2}}\s+{_ZIP}(?!\d)"
)
# Postcodes may be glued to the town when OCR drops the space (<Town><POSTCODE>).
_UK_POSTCODE = re.compile(rf"(?<![A-Z0-9]){_FORMATS['uk_postcode']}(?![A-Za-z0-9])")
_US_STATES: list[str] = _EN["us_states"]
# <City>, <Province> <A1A 1A1> / <CITY> <PR> <A1A1A1>: a Canadian city line.
_CA_CITY_POSTCODE = re.compile(
    rf"(?i:\b(?:{words_pattern(_EN['ca_provinces'])})\b)[\s,.]*{_FORMATS['ca_postcode']}(?![A-Za-z0-9])"
    rf"|(?<![A-Za-z0-9]){_FORMATS['ca_postcode']}[\s,.]+(?:[A-Za-z .'\-]{{1,30}}[\s,.]+)?"
    rf"(?i:{words_pattern(_EN['ca_provinces'])}|canada)\b"
)
_US_STATE_ZIP = re.compile(
    r"(?:(?<=[a-z])|(?<=[a-z][,.])|(?<=[,.]\s)|(?<=[A-Za-z]\s))(?:"
    + "|".join(_US_STATES)
    + rf")\s?{_ZIP}(?!\d)"
    r"|^\s*(?:[A-Za-z][A-Za-z .,'\-]{1,30}?)?(?:" + "|".join(_US_STATES) + rf")\s?{_ZIP}\s*$"
)
_IN_PIN = re.compile(
    r"(?i)(?:pin(?:\s*code)?\s*[:\-]?\s*|[A-Za-z]\s*[,\-–]\s*|,\s*[A-Za-z][A-Za-z ]{2,30}\s)"
    + _FORMATS["in_pin"]
    + r"(?!\d)"
)
# "<City>, <State>" closing an address, its postcode cut short or lost by OCR:
# "<CITY>, <IN STATE> - 5604", "<City>, <US ST> 627".
_STATE_LINE = re.compile(
    r"(?i)^\s*[A-Za-z][A-Za-z .'\-]{1,30}?,\s*(?:"
    + words_pattern(_EN["in_states"])
    + r")\b[\s,.\-–]*(?:\d[\d ]{0,6})?\s*$"
    + r"|^\s*[A-Za-z][A-Za-z .'\-]{1,30}?,\s*(?-i:"
    + "|".join(_US_STATES)
    + r")\s+\d{3,5}(?:-\d{0,4})?\s*$"
)
# A street cut from its house number (OCR boxed the number apart, or lost the start of
# the name) is still a street when its door follows: "<...CHWOOD> DR, #412", "MAIN ST APT 4".
# The street word is bounded: unbounded, a long run of letters and dots is scanned to its end
# from every start (quadratic on a 100 kB line).
_EN_STREET_DOOR = re.compile(
    r"(?i)(?<![A-Za-z])[A-Za-z][A-Za-z'.\-]{1,40}\s+(?:" + _EN_SUFFIX + r")\.?,?\s*"
    r"(?:#\s?|(?:apt|unit|suite|ste|flat|rm|room)\.?\s*#?\s*)[A-Za-z0-9\-]{1,6}(?![A-Za-z0-9])"
)
# A line that starts with the door part (Flat <n>, H.No <n-n-n>, Apt <n><letter>).
_EN_DOOR_LINE = re.compile(
    r"(?i)^\s*(?:flat|apt|apartment|unit|suite|ste|room|house\s?no|h\.?\s?no|door\s?no|plot(?:\s?no)?|block)\.?\s*#?\s*"
    r"[A-Za-z]?\d[A-Za-z0-9\-/]*"
)

# The door part: house/building/unit/room numbers.
_CN_DOOR = re.compile(
    r"(?:[A-Za-z0-9一二三四五六七八九十]+(?:号楼|栋|幢|座|单元|室|层|楼|号院|号房|户)"
    r"|[A-Z]座|\d+-\d+(?:-\d+)?(?=室|号|$)"
    # the room number after a building/unit often has no 室: <n>单元<nnnn>
    r"|(?:(?<=号楼)|(?<=单元)|(?<=[栋幢座楼层]))\d{1,5}(?=$|[\s,，;；)）]))+"
)
# A building and the unit, floor or room in it ("3号楼2单元", "30栋24层2402", "A座1205"):
# a door cut off its address line is still a door, however few characters are left.
_CN_BUILDING_ROOM = re.compile(
    r"(?<![A-Za-z0-9])[A-Za-z0-9]{1,6}(?:号楼|栋|幢|座|单元)[A-Za-z0-9]{0,6}\d(?:单元|层|楼|室|户|号)?"
)
_EN_DOOR = re.compile(
    r"(?i)(?:\b(?:apt|apartment|unit|suite|ste|room|rm|flat|floor|fl|bldg|building|block|house|no)\.?\s*#?\s*[A-Za-z0-9\-]{1,6}\b"
    r"|#\s?[A-Za-z0-9\-]{1,6}\b)"
)


def cn_marker_count(text: str) -> int:
    return len(_CN_MARKERS.findall(text))


def looks_like_cn_address(text: str) -> bool:
    """A line of a Chinese address: several markers, some digits or a place word."""
    if _CN_BUILDING_ROOM.search(text):
        return True
    cjk = sum("\u4e00" <= c <= "\u9fff" for c in text)
    if cjk < 4:
        return False
    if _CN_PROVINCE_HEAD.match(text) and not _CN_INSTITUTION.search(text):
        return True
    strong = len(_CN_STRONG.findall(text))
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
