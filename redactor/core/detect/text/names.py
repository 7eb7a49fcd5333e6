"""What a person's name looks like, and what a shop's name looks like instead."""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.core.detect.charclass import CJK
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
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.tables.text_folding import fold
from redactor.core.models import Category

_NAMES = table("names")
#: Common Latin given names (names.toml [given_names] latin), folded as compared: a lone
#: word that is one of them reads as a person.
LATIN_GIVEN_NAMES = frozenset(fold(n) for n in _NAMES["given_names"]["latin"])
# Common Chinese surnames (single and compound): a bare line of 2-4 characters
# starting with one, right above an address, is taken as the person's name.
CN_SURNAMES = frozenset(_NAMES["surnames"]["single"])
CN_COMPOUND: tuple[str, ...] = tuple(_NAMES["surnames"]["compound"])
CN_HONORIFICS: tuple[str, ...] = tuple(_NAMES["honorifics"]["chinese"])
#: English and the other Latin-script languages' titles ("Mme", "Herr", "Sra"), as an
#: alternation of words for a pattern to wrap.
LATIN_TITLES = words_pattern(_NAMES["honorifics"]["english"] + _NAMES["honorifics"]["latin"])
#: The same titles written out in full ("Monsieur", "Signora"), cased as written.
FULL_TITLES = words_pattern(
    [w for t in _NAMES["honorifics"]["written_out"] for w in (t.capitalize(), t.upper())]
)
SHAPES = patterns(
    "names",
    "shapes",
    honorific=f"(?:{words_pattern(_NAMES['honorifics']['chinese'])})",
    english_honorifics=LATIN_TITLES,
    full_titles=f"(?:{FULL_TITLES})",
    compound_surname="(?:" + "|".join(CN_COMPOUND) + ")",
    business_english="|".join(_NAMES["business"]["english"] + _NAMES["business"]["latin"]),
    business_chinese="|".join(_NAMES["business"]["chinese"]),
    business_trades="|".join(_NAMES["business"]["trades"]),
    business_trades_chinese="|".join(_NAMES["business"]["trades_chinese"]),
    waybill_mark=WAYBILL_MARK,
    waybill_marks=WAYBILL_MARKS,
    role_suffixes=_NAMES["roles"]["suffixes"],
    role_duties=f"(?:{words_pattern(_NAMES['roles']['duties'])})",
    role_callers=words_pattern(_NAMES["roles"]["callers"]),
    english_cues=words_pattern(_NAMES["free_text"]["english_cues"]),
    english_person_cues=words_pattern(_NAMES["free_text"]["english_person_cues"]),
)
_LABEL_NOUN_ENDINGS = _NAMES["label_nouns"]["endings"]
_CJK_NAME = SHAPES["cjk_name"]
_CJK_COMPOUND_NAME = SHAPES["cjk_compound_name"]
_CJK_BARE_NAME = SHAPES["cjk_bare_name"]
_EN_NAME = SHAPES["en_name"]
_EN_WORD = SHAPES["en_word"]
HAS_DIGIT_RUN = SHAPES["digit_run"]
_BUSINESS_WORDS = SHAPES["business_words"]
_TRADE_WORDS = SHAPES["trade_words"]
_WAYBILL_NAME = SHAPES["waybill_name"]
_STAMP_JUNK = SHAPES["stamp_junk"]
_WAYBILL_STAMPED = SHAPES["waybill_stamped"]
_WAYBILL_UNREAD = SHAPES["waybill_unread"]
_CARD_NAME = SHAPES["card_name"]
_PASSENGER = SHAPES["passenger_name"]
_TITLE_WORD = re.compile(f"(?i:{LATIN_TITLES})")
_TITLED = SHAPES["titled"]
_HAN_RUN = re.compile(f"[{CJK}]+")


def _surname_head(c: str) -> bool:
    return c in CN_SURNAMES or any(s[0] == c for s in CN_COMPOUND)


def starts_with_surname(text: str) -> bool:
    return surname_length(text) > 0


def surname_length(text: str, start: int = 0, end: int | None = None) -> int:
    """Characters of the common surname opening ``text[start:end]`` (a compound one
    preferred), or 0."""
    end = len(text) if end is None else end
    if start >= end:
        return 0
    compound = next((s for s in CN_COMPOUND if text.startswith(s, start, end)), "")
    return len(compound) or int(text[start] in CN_SURNAMES)


def is_business(text: str) -> bool:
    # OCR may drop the spaces ("GreenLeafGroceryRetailPvtLtd"): split at case changes too.
    return bool(
        _BUSINESS_WORDS.search(text)
        or _BUSINESS_WORDS.search(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text))
    )


def names_a_trade(text: str) -> bool:
    """``text`` holds a trade's or an institution's word ("Bakehouse", "Gestoría",
    "Parrocchia"): a business's name when it heads a page, too common elsewhere."""
    return bool(_TRADE_WORDS.search(text))


def no_chinese_name(text: str) -> bool:
    """``text`` is Chinese characters alone, with no name in it: no common surname
    with a character after it, no title ("先生"). A heading, a product, a place or a
    grade, no one's name."""
    if not _HAN_RUN.fullmatch(text) or any(h in text for h in CN_HONORIFICS):
        return False
    return not any(surname_length(text, i) for i in range(len(text) - 1))


def looks_like_person_name(text: str) -> bool:
    t = text.strip()
    if not t or re.search(r"\d", t) or is_business(t):
        return False
    if _CJK_BARE_NAME.fullmatch(t):
        return starts_with_surname(t)
    if _CJK_COMPOUND_NAME.fullmatch(t):
        return True
    words = t.split()
    if not (2 <= len(words) <= 4 and all(_EN_WORD.fullmatch(w) for w in words)):
        return False
    return not _ends_lower_after_capital(words)


def _ends_lower_after_capital(words: list[str]) -> bool:
    """Capitalised words closed by a lower-case one ("Collect from", "Card left by",
    "Abholung bei"): a printed label ending in its preposition. A name's lower-case
    particles ("van", "de") stand before its surname, never last."""
    last = words[-1]
    return words[0][:1].isupper() and last.isalpha() and last.islower() and len(last) > 1


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
    if len(key) >= 2 and key[-1] in _LABEL_NOUN_ENDINGS and not boilerplate(value):
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


def titled_names(text: str) -> Iterator[Span]:
    """A line that is a title and a name ("MR J SMITH", "Dr A. Rao"): the name is masked
    whatever OCR made of it (a letter read as a digit), unless it is a business's."""
    m = _TITLED.match(text)
    if m and not is_business(text) and not HAS_DIGIT_RUN.search(m.group("n")):
        yield Span(0, m.end("n"), Category.NAME, 0.75, "titled_name")


def card_holder_names(text: str) -> Iterator[Span]:
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


def passenger_names(text: str) -> Iterator[Span]:
    """A passenger after the airlines' word for one ("PAX LI/HE", "PAX YUAN CAOYAN"),
    in capitals as a booking holds it; the word stays readable, and printed words after
    it ("PAX TOTAL", a service's name) are no one's."""
    m = _PASSENGER.match(text)
    if m is None:
        return
    # A title after the name (as a booking adds it) is neither a label nor boilerplate.
    words = [w for w in re.split(r"[\s,/]+", m.group("n")) if w and not _TITLE_WORD.fullmatch(w)]
    if any(
        boilerplate(w) or find_fields(w + ":") or NON_PERSONAL_LABELS.match(w + ":") for w in words
    ):
        return
    if not is_business(m.group("n")):
        yield Span(m.start("n"), m.end("n"), Category.NAME, 0.8, "passenger_name")


_KIN = [*_NAMES["kinship"]["words"], *_NAMES["kinship"]["familiar"]]
# A contact's relation in brackets after the name ("(<daughter>)"): no one's data.
_RELATION_AFTER = re.compile(rf"(?i)\s*[(（]\s*(?:{words_pattern(_KIN)})\s*[)）]\s*$")
# A relation word opening a Latin name ("Grandad <Name>", "Childminder <Name>").
_RELATION_BEFORE = re.compile(rf"(?i:{words_pattern(_KIN)})(?=[ \t]+[A-Z][a-z])")


def relation_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The relation words beside a name in ``text[start:end]``: in brackets after it,
    or a word opening it before a capitalised name. They say who the person is to
    another, as a label does; the name beside them is the value."""
    out = []
    lead = len(text) - len(text[start:].lstrip())
    if (m := _RELATION_BEFORE.match(text, lead, end)) is not None:
        out.append((m.start(), m.end()))
    after = before_relation(text, start, end)
    if after < end and text[start:after].strip():
        out.append((after, end))
    return out


def before_relation(text: str, start: int, end: int) -> int:
    """Where a name in ``text[start:end]`` ends before the contact's relation in
    brackets after it, or ``end`` when none follows."""
    m = _RELATION_AFTER.search(text, start, end)
    return m.start() if m and m.start() > start else end


_TRAIT_WORD = re.compile(rf"(?i)\s*(?:{words_pattern([*_KIN, *_NAMES['kinship']['sexes']])})\s*")


def is_trait_word(text: str) -> bool:
    """``text`` is a relation to someone ("配偶", "Padre") or a sex ("女", "M") and
    nothing else: a trait that names no one."""
    return _TRAIT_WORD.fullmatch(text) is not None


def is_relation(text: str) -> bool:
    """``text`` is a contact's relation in brackets alone (a name's box apart from it)."""
    m = _RELATION_AFTER.search(text)
    return m is not None and not text[: m.start()].strip()
