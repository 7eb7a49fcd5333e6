"""Traditional Chinese read as Simplified, one character for one.

Labels in Hong Kong, Macau and Taiwan are printed in Traditional characters (電話,
地址, 簽名); the vocabulary tables are written once, in Simplified. Folding each
character to its Simplified form before detection lets every table match both
scripts, and keeps a line's character indices valid for its boxes.

The character table is OpenCC's (TSCharacters, Apache-2.0), read from the
opencc-python-reimplemented package; where OpenCC lists several Simplified
characters for one, the first (its usual reading) is taken, and characters whose
Simplified form is not a single character are left as they are.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

_TABLE = "dictionary/TSCharacters.txt"


@cache
def _folding() -> dict[int, str]:
    text = resources.files("opencc").joinpath(_TABLE).read_text(encoding="utf-8")
    table: dict[int, str] = {}
    for row in text.splitlines():
        traditional, _, simplified = row.partition("\t")
        first = simplified.split()[0] if simplified.split() else ""
        if len(traditional) == 1 and len(first) == 1 and first != traditional:
            table[ord(traditional)] = first
    return table


def to_simplified(text: str) -> str:
    """``text`` with each Traditional character replaced by its Simplified form."""
    return text.translate(_folding())
