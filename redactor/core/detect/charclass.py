"""Character classes every detector shares, written once (for use inside ``[...]``).

OCR and printers agree on few characters: a masked digit may be printed as a star,
a dot, an x or a full-width star, and OCR reads digits as look-alike letters.
"""

from __future__ import annotations

#: Chinese characters (CJK Unified Ideographs).
CJK = "\u4e00-\u9fff"
#: Stars and dots a printer uses to mask digits (<3 digits>****<4 digits>, •••• <4 digits>).
STARS = "*＊•●"
#: Every character that stands for a masked digit: stars, dots and crosses.
MASK_CHARS = STARS + "xX×"
#: Characters that mask digits only in a run (a card slip's "############1234"); one
#: alone is a number sign ("order #12"), so only the masked-card run uses them.
RUN_MASKS = "#"
#: Letters OCR reads in place of digits; inside a digit run they are read as digits.
DIGIT_LOOKALIKES: dict[str, str] = {
    "O": "0",
    "o": "0",
    "D": "0",
    "Q": "0",
    "l": "1",
    "I": "1",
    "|": "1",
    "i": "1",
    "S": "5",
    "s": "5",
    "B": "8",
    "Z": "2",
    "z": "2",
    "g": "9",
}
#: The look-alike letters and the digits, as one class.
DIGITISH = "0-9" + "".join(DIGIT_LOOKALIKES).replace("|", r"\|")
#: Digits OCR reads in place of capital letters; inside a word that starts with a letter
#: they are read as letters ("R0SS" for "ROSS" is no number).
LETTER_LOOKALIKES: dict[str, str] = {
    "0": "O",
    "1": "I",
    "2": "Z",
    "4": "A",
    "5": "S",
    "6": "G",
    "8": "B",
}


def has_digit(text: str) -> bool:
    """``text`` holds a digit. ``str.isdigit`` on purpose: full-width digits ("１２")
    and superscripts count as well, as they always have in the detectors."""
    return any(c.isdigit() for c in text)


def digit_count(text: str) -> int:
    """How many of ``text``'s characters are digits (``str.isdigit``, as in
    ``has_digit``)."""
    return sum(c.isdigit() for c in text)
