"""Field keywords: the words that announce a person's name, address or phone.

A keyword's *value* is the text after it on the same line (up to the next
keyword); a keyword with nothing after it heads a block of lines below.
Keywords belonging to the business itself (shop phone, store address) are
recognised too, so their values stay readable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from redactor.core.detect.tables.lexicon import NON_PERSONAL_LABELS, WORD_SEAM, table, words_pattern
from redactor.core.detect.tables.patterns import patterns
from redactor.core.models import Category

_SHAPES = patterns("layout", "labels")

_KEYWORDS = table("keywords")
_STRONG = _KEYWORDS["strong_english"]
# A keyword that counts without a colon is a keyword of its category too: one entry
# in the table makes both "<label>: <value>" and "<LABEL> <value>" found.
_WORDS = {
    cat: list(dict.fromkeys([*words, *_STRONG.get(cat, [])]))
    for cat, words in _KEYWORDS["keywords"].items()
}
POSTCODE_KEYWORDS: tuple[str, ...] = tuple(_WORDS["postcode"])  # part of the address
NAME_KEYWORDS: tuple[str, ...] = tuple(_WORDS["name"])
ADDRESS_KEYWORDS: tuple[str, ...] = (*_WORDS["address"], *POSTCODE_KEYWORDS)
PHONE_KEYWORDS: tuple[str, ...] = tuple(_WORDS["phone"])
ID_KEYWORDS: tuple[str, ...] = tuple(_WORDS["id_number"])
CARD_KEYWORDS: tuple[str, ...] = tuple(_WORDS["card_number"])
TRACKING_KEYWORDS: tuple[str, ...] = tuple(_WORDS["tracking"])
# Prefixes that make the keyword the business's own (not personal) data.
BUSINESS_PREFIXES: tuple[str, ...] = tuple(_KEYWORDS["business_prefixes"]["words"])
_STRONG_ENGLISH = frozenset(w for words in _STRONG.values() for w in words)


@dataclass(frozen=True, slots=True)
class Field:
    category: Category
    key_start: int
    key_end: int
    value_start: int  # first character of the value (== len(text) when empty)
    value_end: int
    # Set off by a colon, '#', or a line-opening English label: the label surely
    # announces a value (a glued "会员日" may be a word, not a label).
    announced: bool = True


#: No Latin letter follows, accented ones included ("Tel" is no keyword in "Teléfono").
_NO_LETTER_AFTER = r"(?![A-Za-z\u00c0-\u024f])"


def _pattern(words: tuple[str, ...]) -> str:
    parts = []
    dropped = _dropped_one(words)
    for w in sorted(words, key=len, reverse=True):
        esc = re.escape(w).replace(r"\ ", r"\s?")
        if not w.isascii():
            parts.append(esc)
        elif not w.isalnum():
            # OCR often drops the space after a label (<SERVED BY><NAME>, <C/O><NAME>):
            # multi-word labels need no boundary after them (checked in find_fields).
            # But "no" glued to letters starts a word (<AWB><NORTH...>), not "No.".
            parts.append(r"\b" + esc + (_NO_LETTER_AFTER if w.endswith(" no") else ""))
        else:
            # Digits may follow directly (<Ph><number>), letters may not ("to" in
            # "Toronto"), but for a glued "No"/"N0" (O read as 0) or a capital right after
            # a small letter: OCR dropped the space between two words (<Dear><Ms>).
            parts.append(
                r"\b" + esc + rf"(?:{_NO_LETTER_AFTER}|(?=(?:no|n0|nr)\.?(?![A-Za-z0-9]))"
                rf"|{WORD_SEAM})"
            )
    if dropped:
        parts.append("(?:" + "|".join(map(re.escape, dropped)) + r")(?=\s*[:：])")
    return "|".join(parts)


def _dropped_one(words: tuple[str, ...]) -> list[str]:
    """Chinese keywords of four or more characters read with one inner character
    dropped ("身份证号" as "身份号"): OCR loses a stroke-light character. Before a
    colon they still announce the value; not where the shorter form is a word of
    its own (a keyword, or a label of data that is not personal)."""
    known = {w for group in _WORDS.values() for w in group}
    out = set()
    for w in words:
        if w.isascii() or len(w) < 4:
            continue
        for i in range(1, len(w) - 1):
            short = w[:i] + w[i + 1 :]
            if short not in known and not NON_PERSONAL_LABELS.match(short + ":"):
                out.add(short)
    return sorted(out, key=len, reverse=True)


_GROUPS = (
    (Category.ID_NUMBER, ID_KEYWORDS),
    (Category.CARD_NUMBER, CARD_KEYWORDS),
    (Category.TRACKING, TRACKING_KEYWORDS),
    (Category.ADDRESS, ADDRESS_KEYWORDS),
    (Category.PHONE, PHONE_KEYWORDS),
    (Category.NAME, NAME_KEYWORDS),
)
# Label shapes (regular expressions) come first: "收餐人：" is a label, not a bare 收.
_FORMS = ((Category.NAME, "|".join(_KEYWORDS["forms"]["name"])),)
_GROUP_CATEGORIES = [c for c, _ in _FORMS] + [c for c, _ in _GROUPS]
_KEY_RE = re.compile(
    "|".join(
        f"(?P<g{i}>{pattern})"
        for i, pattern in enumerate(
            [p for _, p in _FORMS] + [_pattern(words) for _, words in _GROUPS]
        )
    ),
    re.IGNORECASE,
)
# Per group, the bare words (no boundary checks): for lines of glued keywords.
_GROUP_RES = [
    (
        c,
        re.compile(
            "|".join(
                re.escape(w).replace(r"\ ", r"\s?") for w in sorted(words, key=len, reverse=True)
            ),
            re.IGNORECASE,
        ),
    )
    for c, words in _GROUPS
]
# Any "word:" label, known or not: another field starts ("GSTIN:", "Order ID:").
ANY_LABEL = re.compile(r"\s*[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z .#]{0,15}[:：]")
LABEL_AHEAD = re.compile(r"\s*[\u4e00-\u9fffA-Za-z]{1,6}\s*[:：]")

# English labels of several words ("ship to", "c/o"), as OCR may print them without spaces.
_COMPOUND_LABELS = frozenset(
    w.replace(" ", "") for _, words in _GROUPS for w in words if w.isascii() and not w.isalnum()
)
_TRANSLATION = re.compile(r"\s*[A-Za-z][A-Za-z .#/'\-]{0,24}[:：]\s*")
# ... or set in brackets ("卡号(CARD NO)", "持卡人签名（CARDHOLDER SIGNATURE）："), colon optional.
_BRACKETED = re.compile(
    r"\s*[(（]\s*[A-Za-z][A-Za-z0 .#/'\-]{0,30}[)）]\s*[:：]?\s*"
)  # 0: "NO" read "N0"
# After a label: "No."/"N0" (OCR reads O as 0), then a colon, '#' or ' - '.
_SEPARATOR = re.compile(r"\s*(?:(?i:no|n0|nr)\.?(?![A-Za-z0-9]))?\s*(?:[:：#]+|\s-\s)?\s*")
_BUSINESS_RE = re.compile(
    "(?:" + "|".join(re.escape(p.strip()) for p in BUSINESS_PREFIXES) + r")\s*$", re.IGNORECASE
)


# A number label needs no colon when a number follows (<Account> <digits and dashes>),
# perhaps opening with a letter or few (a reference's prefix).
_NUMBER_CATEGORIES = (Category.ID_NUMBER, Category.CARD_NUMBER, Category.TRACKING, Category.PHONE)
_NUMBER_VALUE = _SHAPES["number_value"]


def find_fields(text: str) -> list[Field]:
    """Keywords on one (normalised) line and the extent of each one's value."""
    twin = _keywords_only(text) or _near_compound_label(text)
    if twin is not None:
        # Only keywords ("CARDHOLDER SIGNATURE", glued or not): a heading, no value.
        return [Field(twin, 0, len(text.rstrip()), len(text), len(text))]
    hits = []
    for m in _KEY_RE.finditer(text):
        group = next(i for i in range(len(_GROUP_CATEGORIES)) if m.group(f"g{i}") is not None)
        category = _GROUP_CATEGORIES[group]
        word = m.group(0)
        before = text[max(0, m.start() - 40) : m.start()]  # bounded: long lines stay linear
        if _BUSINESS_RE.search(before):
            continue
        if (
            word[-1:].isalnum()
            and m.end() < len(text)
            and text[m.end()].isalnum()
            and m.start() > 2
        ):
            continue  # a glued value is only trusted for a label at the start of the line
        sep = _SEPARATOR.match(text, m.end())
        after = sep.end() if sep else m.end()
        has_colon = bool(sep and re.search(r"[:：#]", sep.group(0)))
        # Bilingual labels ("收件人 Consignee：", "身份证号 ID No.："): the English part is label too.
        if not word.isascii():
            tr = _TRANSLATION.match(text, after)
            br = _BRACKETED.match(text, after)
            if tr:
                after, has_colon = tr.end(), True
            elif br:
                after, has_colon = br.end(), True
            elif _english_twin(text, after, category):
                after, has_colon = len(text), True  # "持卡人签名 CARDHOLDER SIGNATURE"
        if (
            word.isascii()
            and not has_colon
            and not _strong_english(word, m.start(), text)
            and not (category in _NUMBER_CATEGORIES and _NUMBER_VALUE.match(text, after))
        ):
            continue  # "to", "name", "from" in running text are not field labels
        if not word.isascii() and not has_colon and len(word) < 2:
            continue
        announced = has_colon or word.isascii()
        hits.append((m.start(), m.end(), after, category, announced))
    # A keyword inside the label span of the one before it belongs to that label.
    merged: list[tuple[int, int, int, Category, bool]] = []
    for h in hits:
        if merged and h[0] < merged[-1][2]:
            continue
        merged.append(h)
    hits = merged
    fields = []
    for i, (ks, ke, vs, cat, announced) in enumerate(hits):
        ve = hits[i + 1][0] if i + 1 < len(hits) else len(text)
        fields.append(Field(cat, ks, ke, min(vs, ve), ve, announced))
    return fields


def _english_twin(text: str, start: int, category: Category) -> bool:
    """The rest of the line is the English name of the same label (no colon)."""
    rest = text[start:]
    return rest.isascii() and _keywords_only(rest) is category


def _keywords_only(text: str) -> Category | None:
    """The category of a short Latin line made only of keywords ("CARDHOLDER
    SIGNATURE", "CARDHOLDERSIGNATURE"), when they agree on one; else None."""
    rest = text.strip()
    if not rest or not rest.isascii() or len(rest) > 40:
        return None
    pos, seen = 0, set()
    while pos < len(rest):
        # The longest keyword here ("cardholder", not "card"), of any group.
        found = [(m.end(), c) for c, r in _GROUP_RES if (m := r.match(rest, pos)) and m.end() > pos]
        if not found:
            return None
        pos, category = max(found, key=lambda f: f[0])
        seen.add(category)
        while pos < len(rest) and rest[pos] in " .#/:：()":
            pos += 1
    return seen.pop() if len(seen) == 1 else None


_COMPOUND_CATEGORY = {
    w.replace(" ", "").lower(): c
    for c, words in _GROUPS
    for w in words
    if w.isascii() and " " in w and len(w) >= 10
}


def _near_compound_label(text: str) -> Category | None:
    """A line that is a long English label but for one letter the OCR dropped, added
    or misread ("Customer reference" read without one of its r's): a heading."""
    word = re.sub(r"[\s:：#.]", "", text).lower()
    if not 9 <= len(word) <= 24 or not word.isalpha():
        return None
    for label, category in _COMPOUND_CATEGORY.items():
        if abs(len(label) - len(word)) <= 1 and _one_edit(word, label):
            return category
    return None


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by at most one inserted, deleted or changed letter."""
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :] or (len(a) == len(b) and a[i + 1 :] == b[i + 1 :])


def _strong_english(word: str, start: int, text: str) -> bool:
    """English keywords count without a colon only at the start of a line and if multi-word."""
    w = word.lower()
    return start <= 2 and (re.sub(r"\s", "", w) in _COMPOUND_LABELS or w in _STRONG_ENGLISH)


def is_postcode_key(word: str) -> bool:
    return re.sub(r"\s", "", word.lower()) in {re.sub(r"\s", "", k) for k in POSTCODE_KEYWORDS}


def is_heading(text: str, fields: list[Field] | None = None) -> bool:
    """A line that only announces a block ("SHIP TO:", "寄件人：", "收"); pass its fields if known."""
    f = find_fields(text) if fields is None else fields
    return bool(f) and f[0].key_start <= 2 and not text[f[0].value_start :].strip(" :：")


def names_the_business(text: str) -> bool:
    """Whether ``text`` is only a word of the business's own side ("客服", "Store")."""
    t = text.strip()
    return bool(t) and any(t.lower() == p.strip() for p in BUSINESS_PREFIXES)


def has_business_label(text: str) -> bool:
    """Whether the line carries a label of the business itself ("门店地址：", "Store phone:")."""
    # Block steps ask it of the same lines on every page: short lines' answers are kept.
    return _business_label(text) if len(text) <= 1000 else _reads_business_label(text)


@lru_cache(maxsize=4096)
def _business_label(text: str) -> bool:
    return _reads_business_label(text)


def _reads_business_label(text: str) -> bool:
    for m in _KEY_RE.finditer(text):
        if _BUSINESS_RE.search(text[max(0, m.start() - 40) : m.start()]):
            return True
    return False


_LABEL_REST = re.compile(r"\s*([\u4e00-\u9fff]{0,3})\s*[:：]")


def split_label_field(text: str, previous: str) -> Field | None:
    """A Chinese label OCR split over two lines (…<digits>邮 / 编：<postcode>): the end of the
    line above and the start of this one make the keyword; the value follows the colon."""
    m = _LABEL_REST.match(text)
    if not m:
        return None
    tail = previous.rstrip()[-3:]
    for k in range(1, len(tail) + 1):
        word = tail[-k:] + m.group(1)
        joined = find_fields(word + "：")
        if joined and joined[0].key_start == 0 and joined[0].key_end == len(word):
            return Field(joined[0].category, m.start(1), m.end(1), m.end(), len(text))
    return None


_SIGNATURE = _SHAPES["signature_label"]
_INSTRUCTION = re.compile(rf"(?i){words_pattern(_KEYWORDS['signature_instructions']['phrases'])}")


def asks_for_signature(text: str) -> bool:
    """A signature label (a space to sign in follows), not an instruction or a status."""
    return bool(_SIGNATURE.search(text)) and not _INSTRUCTION.search(text)
