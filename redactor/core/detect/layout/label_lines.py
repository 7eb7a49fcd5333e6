"""A run of a person's block that reads as a caption, not as a value.

Inside a block with a personal signal, a run no rule covered is masked unless it is
known not to be personal. Forms print captions no lexicon lists: a tick-box's option
("<verb> for review"), a heading over a value ("<noun> of <noun>"), a dose's site, a
closing phrase. A person's name in Latin script is written in capitalised words; a
run with a word in small letters (not one that names are written with: "de", "van",
``tables/blocks.toml [label_lines]``) reads as a caption or a phrase, unless it still
holds what a name is made of:

- a capitalised word inside a phrase, not at its start nor after a stop, a colon or
  a wide gap ("<caption> of <Surname>", "signed by <Name>", two capitalised words);
- a common given name (``[given_names] latin``), anywhere in the run;
- a word whose capitals are not where a word's are ("ThompSon", a glued "<a>For");
- digits, an ``@`` or any sign a caption does not carry: judged as a value;
- one or two words in small letters alone: a name written small, for all one knows.

Chinese text is left to the callers' own checks. Linear in the run's length.
"""

from __future__ import annotations

import re

from redactor.core.detect.tables.label_finder import fold
from redactor.core.detect.tables.lexicon import table

_NAMES = table("names")
_GIVEN = frozenset(fold(n) for n in _NAMES["given_names"]["latin"])
_PARTICLES = frozenset(fold(w) for w in table("blocks")["label_lines"]["particles"])
_WORD = re.compile(r"[^\W\d_]+(?:['’.\-][^\W\d_]+)*\.?")
# What a caption carries between its words; any other sign makes the run a value's.
_BETWEEN = re.compile(r"[\s()\[\],;:/·&!?'’\-–—.]*")
# Where a capital is a sentence's or a cell's, not a name's: after a stop, a colon, a
# bullet or a gap as wide as two spaces (boxes the OCR joined on one row).
_OPENS = re.compile(r"[.!?:;·]|\s\s")
_SHORT_CAPS = 3  # an abbreviation in capitals ("ID", "NHS"), no surname
_MIN_SMALL = 2  # a small word of one letter may be an initial's or a slash's ("/a")


def reads_as_caption(run: str) -> bool:
    """``run`` is Latin words in sentence case that hold no name (see the module)."""
    words: list[tuple[str, bool]] = []  # each word, and whether a sentence or cell opens it
    pos = 0
    for m in _WORD.finditer(run):
        gap = _BETWEEN.fullmatch(run, pos, m.start())
        if gap is None:
            return False
        words.append((m.group(0), not words or _OPENS.search(gap.group(0)) is not None))
        pos = m.end()
    if not words or not _BETWEEN.fullmatch(run, pos, len(run)):
        return False
    small = False
    opened = False  # a word of two letters or more starts with a capital
    for word, opens in words:
        bare = fold(word).rstrip(".")
        if bare in _GIVEN:
            return False
        letters = [c for c in word if c.isalpha()]
        if any(c.isupper() for c in letters[1:]) and not (
            word.isupper() and len(letters) <= _SHORT_CAPS
        ):
            return False  # capitals inside a word: a glued name, a surname in capitals
        if word[0].islower():
            # a name's own small word ("de", "van") is no proof against a name
            small = small or (bare not in _PARTICLES and len(bare) >= _MIN_SMALL)
            continue
        if not word[0].isupper() or not opens:
            return False  # a capital inside a phrase: a name's, for all one knows
        opened = opened or len(letters) > 1
    return small and (opened or len(words) > 2)
