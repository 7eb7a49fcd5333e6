"""Folding a line's text for the label lookup: full-width forms made half-width,
letters made small, accents dropped, one character for one (so offsets into the
folded text index the original too); and the marks and spaces the lookup passes over."""

from __future__ import annotations

import unicodedata

#: Marks OCR and writers add or leave out inside labels ("Tel.No", "E-mail", "Father's").
IGNORED = frozenset(".·・-‐_'’‘`")

#: The number marks of European forms read as "no" ("N°", "Nº", "No."): one form each.
_NUMBER_MARKS = {"°": "o"}


class _FoldTable(dict[int, str]):
    """``str.translate`` table: each character width- and case-folded and stripped of its
    accents, still one character (so offsets into the folded text index the original
    too); filled as characters come. OCR drops accents as often as it keeps them
    ("Telefono", "Téléphone"): a form is listed once, with or without them."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        out = unicodedata.normalize("NFKC", ch)
        if len(out) != 1:
            out = ch
        low = out.lower()
        folded = low if len(low) == 1 else out
        base = unicodedata.normalize("NFD", folded)
        if len(base) > 1 and base[0].isascii() and all(unicodedata.combining(c) for c in base[1:]):
            folded = base[0]
        self[code] = folded = _NUMBER_MARKS.get(folded, folded)
        return folded


_FOLD = _FoldTable()
#: Dropped before matching, so "Tel.No", "TEL NO" and "E-mail" meet their forms.
_SPACES = " \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u202f\u205f\u3000\u2028\u2029"
_DROP = frozenset(_SPACES + "".join(map(chr, range(0x2000, 0x200B)))) | IGNORED


def fold(text: str) -> str:
    """``text`` with full-width forms made half-width, letters made small and accents
    dropped, same length."""
    return text.translate(_FOLD)


def _dropped(ch: str) -> bool:
    return ch in _DROP


def compact_text(folded: str) -> tuple[str, list[int]]:
    """The folded text without spaces and ignored marks, and each kept character's index."""
    where = [i for i, c in enumerate(folded) if c not in _DROP]
    return "".join([folded[i] for i in where]), where


def is_latin(ch: str) -> bool:
    """A letter of a Latin word, after folding ("ß", "ø" and "œ" keep no plain form)."""
    return "a" <= ch <= "z" or ("\u00c0" <= ch <= "\u024f" and ch.isalpha())


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def space_breaks(folded_form: str) -> frozenset[int]:
    """Where a form has a space, as counts of the key's characters before it: a line
    may drop those spaces (OCR glues words) but not add spaces inside a Latin word."""
    breaks: set[int] = set()
    n = 0
    for c in folded_form:
        if not _dropped(c):
            n += 1
        elif c.isspace() and n:
            breaks.add(n)
    return frozenset(breaks)
