"""What a person's name looks like, and what a shop's name looks like instead."""

from __future__ import annotations

import re

from redactor.core.detect.charclass import CJK, MASK_CHARS, STARS
from redactor.core.detect.layout.labels import Field, find_fields
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.lexicon import (
    NON_PERSONAL_LABELS,
    WAYBILL_MARK,
    WAYBILL_MARKS,
    boilerplate,
    table,
    words_pattern,
)
from redactor.core.models import Category

_NAMES = table("names")
# Common Chinese surnames (single and compound): a bare line of 2-4 characters
# starting with one, right above an address, is taken as the person's name.
CN_SURNAMES = frozenset(_NAMES["surnames"]["single"])
CN_COMPOUND: tuple[str, ...] = tuple(_NAMES["surnames"]["compound"])
_HONORIFIC = f"(?:{words_pattern(_NAMES['honorifics']['chinese'])})"

# OCR reads 一 as a dash ("张-静"), so dashes may stand inside a Chinese name.
# An honorific ends the name where it stands ("王小明先生", not "王小明先").
_CJK_GIVEN = rf"(?:[{CJK}{MASK_CHARS}]|[\-—](?=[{CJK}]))"
_CJK_NAME = re.compile(rf"[{CJK}]{_CJK_GIVEN}{{0,3}}?{_HONORIFIC}|[{CJK}]{_CJK_GIVEN}{{0,3}}")
_EN_NAME = re.compile(r"[A-Za-z][A-Za-z.'\-]*(?:\s+[A-Za-z][A-Za-z.'\-]*){0,3}")
HAS_DIGIT_RUN = re.compile(r"\d{3,}")

# A compound surname leaves room for a three-character given name: 上官浩燕桂.
_COMPOUND = "(?:" + "|".join(CN_COMPOUND) + ")"
_CJK_COMPOUND_NAME = re.compile(
    rf"{_COMPOUND}{_CJK_GIVEN}{{1,3}}?{_HONORIFIC}|{_COMPOUND}{_CJK_GIVEN}{{1,3}}"
)
_BUSINESS_WORDS = re.compile(
    r"(?i)\b(?:"
    + "|".join(_NAMES["business"]["english"])
    + r")\b|"
    + "|".join(_NAMES["business"]["chinese"])
)
# Waybills print 收 <name> <phone> / 寄<surname>*<phone>: a bare 收/寄, a surname, then the phone.
_WAYBILL_NAME = re.compile(
    rf"\s*{WAYBILL_MARK}\s*[:：]?\s*(?P<n>(?:"
    + _COMPOUND
    + rf"[{CJK}{STARS}]{{1,3}}?"  # 诸葛丹英娥: a compound surname and three more
    + rf"|[{CJK}](?:[{CJK}{STARS}]|[\-—](?=[{CJK}])){{0,3}}?"
    + r")"
    + _HONORIFIC
    + r"?[\-—]?)"  # OCR reads a final 一 as a dash ("卢*-166…")
    r"(?=\s*(?:\+?86[\s\-]?)?1\d|\s*\(?0\d{2,3}[\s\-)]?[1-9]|\s|$)"
)


# What OCR makes of a stamp over the end of a name: a few letters or digits.
_STAMP_JUNK = re.compile(r"[A-Za-z0-9*]{1,3}")


# ... or over the rest of a name alone on its 收/寄 line (the mark, a surname, and a
# letter or two where its stars were).
_WAYBILL_STAMPED = re.compile(
    rf"\s*{WAYBILL_MARK}\s*[:：]?\s*(?P<n>[{CJK}]{{1,3}}{_STAMP_JUNK.pattern})\s*"
)


# ... or the mark read right and the whole name after it read as letters or digits
# (tilted, smudged): the mark announces a name, so fail closed on what follows.
_WAYBILL_UNREAD = re.compile(rf"\s*[{WAYBILL_MARKS}]\s*[:：]?\s*(?P<n>[A-Za-z0-9*]{{1,6}})\s*")


def _surname_head(c: str) -> bool:
    return c in CN_SURNAMES or any(s[0] == c for s in CN_COMPOUND)


def starts_with_surname(text: str) -> bool:
    return bool(text) and (text[0] in CN_SURNAMES or text.startswith(CN_COMPOUND))


def is_business(text: str) -> bool:
    # OCR may drop the spaces ("GreenLeafGroceryRetailPvtLtd"): split at case changes too.
    return bool(
        _BUSINESS_WORDS.search(text)
        or _BUSINESS_WORDS.search(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text))
    )


def looks_like_person_name(text: str) -> bool:
    t = text.strip()
    if not t or re.search(r"\d", t) or is_business(t):
        return False
    if re.fullmatch(f"[{CJK}{STARS}]{{2,4}}{_HONORIFIC}?", t):
        return starts_with_surname(t)
    if _CJK_COMPOUND_NAME.fullmatch(t):
        return True
    words = t.split()
    return 2 <= len(words) <= 4 and all(re.fullmatch(r"[A-Za-z][A-Za-z.'\-]*", w) for w in words)


def name_span(text: str, start: int, end: int) -> Span | None:
    """The name at the start of a label's value ``text[start:end]``."""
    value = text[start:end]
    s = start + len(value) - len(value.lstrip())
    m = (
        _CJK_COMPOUND_NAME.match(text, s, end)
        or _CJK_NAME.match(text, s, end)
        or _EN_NAME.match(text, s, end)
    )
    if not m or m.end() <= m.start():
        return None
    # "客户联": one character after a label is a word, not a name; but a lone
    # surname ending the line is a name the OCR cut short ("会员：戴", "会员姓名：诸"
    # of 诸葛), or misread under a stamp ("会员：孙A4").
    e = m.end()
    if m.end() - m.start() == 1 and "\u4e00" <= text[m.start()] <= "\u9fff":
        rest = text[m.end() : end].strip()
        if not _surname_head(text[m.start()]) or text[end:].strip():
            return None
        if rest and not _STAMP_JUNK.fullmatch(rest):
            return None
        e = end if rest else e
    while e > s and text[e - 1] in " .-":
        e -= 1
    return Span(s, e, Category.NAME, 0.85, "name_field")


def name_value_plausible(text: str, f: Field) -> bool:
    """Without a colon, a Chinese label glued to words ("收银小票") names nobody:
    the value must start like a name (a common surname, or a masked name)."""
    if re.search(r"[:：]", text[f.key_end : f.value_start]):
        return True
    value = text[f.value_start : f.value_end].lstrip()
    key = re.sub(r"\s", "", text[f.key_start : f.key_end])
    if len(key) >= 2 and key[-1] in "名人" and not boilerplate(value):
        return True  # a whole label noun (姓名, 收件人): what follows it is the name
    if not value or not ("\u4e00" <= value[0] <= "\u9fff"):
        return True
    return starts_with_surname(value) or value[1:2] in ("*", "＊")


def waybill_name(text: str) -> Span | None:
    m = _WAYBILL_NAME.match(text) or _WAYBILL_STAMPED.fullmatch(text)
    if m and starts_with_surname(m.group("n")):
        return Span(m.start("n"), m.end("n"), Category.NAME, 0.8, "waybill_name")
    m = _WAYBILL_UNREAD.fullmatch(text)
    if m:  # ink misread that way has no reliable character boxes: the mark goes too
        return Span(0, m.end("n"), Category.NAME, 0.6, "waybill_name")
    return None


# A bank card's embossed name as a POS slip prints it: SURNAME/GIVEN NAMES, often with a
# trailing slash (ISO 7813 track data writes the name this way).
_CARD_NAME = re.compile(
    r"(?<![A-Za-z0-9/])[A-Z]{2,20}/[A-Z][A-Z ]{1,25}(?:/[A-Z. ]{0,10})?(?![a-z0-9])"
)


# "<Title> <one to three words>" opening a line; the words may hold misread digits.
_TITLED = re.compile(
    rf"(?i)^\s*(?:{words_pattern(_NAMES['honorifics']['english'])})(?:\.\s*|\s+)"
    r"(?P<n>(?=[\w.'\-]*[A-Za-z])[\w.'\-]+(?:\s+[\w.'\-]+){0,2})\s*[,;]?\s*$"
)


def titled_names(text: str):
    """A line that is a title and a name ("MR J SMITH", "Dr A. Rao"): the name is masked
    whatever OCR made of it (a letter read as a digit), unless it is a business's."""
    m = _TITLED.match(text)
    if m and not is_business(text) and not HAS_DIGIT_RUN.search(m.group("n")):
        yield Span(0, m.end("n"), Category.NAME, 0.75, "titled_name")


def card_holder_names(text: str):
    """Embossed-style names (SURNAME/GIVEN/) on one line; pairs of printed words
    ("GOODS/SERVICES", "DATE/TIME", currency codes) are not names."""
    for m in _CARD_NAME.finditer(text):
        parts = [p.strip() for p in m.group(0).split("/") if p.strip()]
        if len("".join(parts)) < 5 or any(
            boilerplate(p) or find_fields(p + ":") or NON_PERSONAL_LABELS.match(p + ":")
            for p in parts
        ):
            continue
        if is_business(" ".join(parts)):
            continue
        yield Span(m.start(), m.end(), Category.NAME, 0.8, "card_name")
