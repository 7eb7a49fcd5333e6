"""Address lines (Chinese and English) and the door part inside them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.core.detect.spans import Span
from redactor.core.models import Category

# Administrative and street markers of Chinese addresses.
_CN_MARKERS = re.compile(
    r"省|自治区|市|区|县|旗|镇|乡|街道|村|路|街|道|巷|弄|胡同|大道|号|栋|幢|座|单元|室|楼|层|"
    r"小区|花园|公寓|大厦|广场|中心|苑|园|城|府|湾|庭|里|新村|家园|工业园"
)
# A line that opens with a province-level name ("江苏省苏州…", "上海市…") starts an
# address even when a stamp or a wrap leaves few other markers on it.
_CN_PROVINCE_HEAD = re.compile(
    r"\s*(?:(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南"
    r"|四川|贵州|云南|陕西|甘肃|青海|台湾)省|(?:北京|天津|上海|重庆)市"
    r"|(?:内蒙古|广西壮族|西藏|宁夏回族|新疆维吾尔)自治区)[\u4e00-\u9fff]{2}"
)
# ... unless it names an institution there ("江苏省人民医院").
_CN_INSTITUTION = re.compile(
    r"医院|银行|大学|学院|学校|公司|集团|政府|委员会|协会|超市|商场|中心|热线|服务"
)
_CN_STRONG = re.compile(r"省|自治区|[市区县]|路|街|号|栋|幢|单元|室|小区|花园|大厦|公寓")

# English street suffixes (US/UK/India), abbreviations with optional period.
_EN_SUFFIX = (
    r"street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|court|ct|place|pl|"
    r"terrace|ter|circle|cir|parkway|pkwy|highway|hwy|square|sq|trail|trl|close|crescent|cres|"
    r"grove|gardens|gdns|row|mews|hill|park|nagar|marg|colony|sector|layout|main|cross|plaza"
)
_EN_STREET = re.compile(
    r"(?i)(?<![A-Za-z0-9])\d{1,6}[A-Za-z]?\s*,?\s*(?:[A-Za-z][A-Za-z'.\-]*\s*){1,5}(?:"
    + _EN_SUFFIX
    + r")(?-i:(?![a-z]))\.?"
)
_EN_POBOX = re.compile(r"(?i)\bP\.?\s?O\.?\s?Box\s*\d+")
# City, ST 12345 — OCR may misread the state ("Wl" for "WI") or drop the spaces.
_US_CITY_ZIP = re.compile(
    r"(?<![A-Za-z])[A-Za-z][A-Za-z0-9 .'\-]{1,30},\s*[A-Za-z][A-Za-z1|]\s*\d{5}(?:-\d{4})?(?!\d)"
    r"|(?<![A-Za-z])[A-Za-z][A-Za-z .'\-]{1,30}\s[A-Z]{2}\s+\d{5}(?:-\d{4})?(?!\d)"
)
# Postcodes may be glued to the town when OCR drops the space ("YorkYO168FS").
_UK_POSTCODE = re.compile(r"(?<![A-Z0-9])[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}(?![A-Za-z0-9])")
_US_STATES = [
    "AL",
    "AK",
    "AZ",
    "AR",
    "CA",
    "CO",
    "CT",
    "DE",
    "DC",
    "FL",
    "GA",
    "HI",
    "ID",
    "IL",
    "IN",
    "IA",
    "KS",
    "KY",
    "LA",
    "ME",
    "MD",
    "MA",
    "MI",
    "MN",
    "MS",
    "MO",
    "MT",
    "NE",
    "NV",
    "NH",
    "NJ",
    "NM",
    "NY",
    "NC",
    "ND",
    "OH",
    "OK",
    "OR",
    "PA",
    "RI",
    "SC",
    "SD",
    "TN",
    "TX",
    "UT",
    "VT",
    "VA",
    "WA",
    "WV",
    "WI",
    "WY",
    "PR",
    "GU",
    "VI",
]
_US_STATE_ZIP = re.compile(
    r"(?:(?<=[a-z])|(?<=[a-z][,.])|(?<=[,.]\s)|(?<=[A-Za-z]\s))(?:"
    + "|".join(_US_STATES)
    + r")\s?\d{5}(?:-\d{4})?(?!\d)"
    r"|^\s*(?:[A-Za-z][A-Za-z .,'\-]{1,30}?)?(?:"
    + "|".join(_US_STATES)
    + r")\s?\d{5}(?:-\d{4})?\s*$"
)
_IN_PIN = re.compile(
    r"(?i)(?:pin(?:\s*code)?\s*[:\-]?\s*|[A-Za-z]\s*[,\-–]\s*|,\s*[A-Za-z][A-Za-z ]{2,30}\s)[1-9]\d{2}\s?\d{3}(?!\d)"
)
# A line that starts with the door part ("Flat 1705,", "H.No 17-7-54", "Apt 4B").
_EN_DOOR_LINE = re.compile(
    r"(?i)^\s*(?:flat|apt|apartment|unit|suite|ste|room|house\s?no|h\.?\s?no|door\s?no|plot(?:\s?no)?|block)\.?\s*#?\s*"
    r"[A-Za-z]?\d[A-Za-z0-9\-/]*"
)

# The door part: house/building/unit/room numbers.
_CN_DOOR = re.compile(
    r"(?:[A-Za-z0-9一二三四五六七八九十]+(?:号楼|栋|幢|座|单元|室|层|楼|号院|号房|户)"
    r"|[A-Z]座|\d+-\d+(?:-\d+)?(?=室|号|$)"
    # the room number after a building/unit often has no 室: "4单元1402"
    r"|(?:(?<=号楼)|(?<=单元)|(?<=[栋幢座楼层]))\d{1,5}(?=$|[\s,，;；)）]))+"
)
_EN_DOOR = re.compile(
    r"(?i)(?:\b(?:apt|apartment|unit|suite|ste|room|rm|flat|floor|fl|bldg|building|block|house|no)\.?\s*#?\s*[A-Za-z0-9\-]{1,6}\b"
    r"|#\s?[A-Za-z0-9\-]{1,6}\b)"
)


def cn_marker_count(text: str) -> int:
    return len(_CN_MARKERS.findall(text))


def looks_like_cn_address(text: str) -> bool:
    """A line of a Chinese address: several markers, some digits or a place word."""
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
        or _EN_DOOR_LINE.match(text)
    )


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
