"""Word tables the detectors share, loaded from the TOML files in ``tables/``.

The tables are data: a newcomer adds a keyword, a mark or a boilerplate word by
editing a TOML file, without touching code.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from redactor.core.detect.tables.schema import SCHEMAS, TableError

TABLES = Path(__file__).resolve().parent


@cache
def table(name: str) -> dict[str, Any]:
    """One TOML table file of ``tables/``, parsed once and checked against its schema."""
    path = TABLES / f"{name}.toml"
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as e:
        raise TableError(f"{path.name}: {e}") from None
    return SCHEMAS[name].check(data)


#: Inside a case-insensitive pattern: a capital right after a small letter, where OCR
#: dropped the space between two words ("Dear" + "Ms", <Streetname> + "Pl").
WORD_SEAM = r"(?-i:(?<=[a-z])(?=[A-Z]))"


def words_pattern(words: list[str]) -> str:
    """An alternation of ``words``, longest first; a space may be missing or doubled."""
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s*") for w in sorted(set(words), key=len, reverse=True)
    )


_waybill = table("names")["waybill"]
#: Inside ``[...]``: the marks a waybill prints before a person's name (收, 寄).
WAYBILL_MARKS = re.escape(_waybill["marks"])
#: A waybill's mark, alone or in its longer label.
WAYBILL_MARK = rf"[{WAYBILL_MARKS}](?:{_waybill['mark_suffix']})"

_blocks = table("blocks")
SALUTATION = re.compile(
    rf"(?i)\s*(?:{words_pattern(table('keywords')['salutations']['words'])})"
    rf"(?:(?![A-Za-z])|{WORD_SEAM})"
)
_jobs = table("messages")["mail"]["job_words"]
#: A job title's word (a letter's signature, a card's title line): Latin words whole,
#: bounded by any letter (an accented one too); Chinese ones anywhere.
JOB_WORD = re.compile(
    rf"(?i)(?:(?<![^\W\d_])(?:{words_pattern([w for w in _jobs if w.isascii()])})"
    rf"(?![^\W\d_])|{words_pattern([w for w in _jobs if not w.isascii()])})"
)
PERSONAL_MARKS = re.compile(
    rf"(?i)(?:{words_pattern(_blocks['personal_marks']['marks'])})\s*[:：]?"
)
NON_PERSONAL_LABELS = re.compile(
    rf"(?i)\s*(?:{words_pattern(_blocks['non_personal_labels']['labels'])})"
    # A colon ends the label, or its English name follows, in brackets (then anything
    # may come after: "<label>(<ENGLISH>) <value>") or after a space ("<label> ISSUER"),
    # or a label is followed by its number ("<label>95516", "Order 123-4567").
    r"(?:(?<=[A-Za-z.])(?![A-Za-z])|(?<![A-Za-z.]))"
    r"\s*(?:[(（][^)）]{0,30}[)）]"  # OCR may mix ASCII and full-width brackets
    r"|(?:[:：#]|$|(?<=[\u4e00-\u9fff])\s*(?=[A-Z]{2}|\d)|(?<=[A-Za-z.]\s)(?=\d)))"
)
RECEIPT_TOTALS = re.compile(rf"(?i)\b(?:{words_pattern(_blocks['receipt']['totals'])})")
_BOILERPLATE_WORDS = frozenset(w.lower() for w in _blocks["boilerplate"]["words"])
_LONGEST = max(len(w) for w in _BOILERPLATE_WORDS)
_BOILERPLATE_PHRASES = re.compile(words_pattern(_blocks["boilerplate"]["phrases"]))
_TICK_BOXES = frozenset("".join(_blocks["boilerplate"]["tick_boxes"]))
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*|[\u4e00-\u9fff]+|\d+")


def boilerplate(text: str) -> bool:
    """Whether ``text`` is made only of printed boilerplate words and phrases."""
    rest = _BOILERPLATE_PHRASES.sub(" ", text)
    words = _WORD.findall(rest)
    if not any(not w.isdigit() for w in words) and rest == text:
        return False
    if not words:
        return bool(text.strip()) and rest != text
    # Small counts ("共3件", "1 of 2") go with the words around them.
    return all(
        w.lower() in _BOILERPLATE_WORDS
        or (w.isdigit() and len(w) <= 3)
        or _glued_words(w.lower())
        or set(w) <= _TICK_BOXES
        for w in words
    )


def _glued_words(token: str) -> bool:
    """Whether a Latin token is boilerplate words glued together ("IAGREETOPAY"):
    OCR often drops the spaces of small print."""
    if not token.isascii() or not token.isalpha() or len(token) < 6:
        return False
    ok = [True] + [False] * len(token)  # ok[k]: token[:k] splits into known words
    for end in range(1, len(token) + 1):
        ok[end] = any(
            ok[start] and token[start:end] in _BOILERPLATE_WORDS
            for start in range(max(0, end - _LONGEST), end)
        )
    return ok[-1]
