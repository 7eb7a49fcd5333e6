"""Named patterns from a table's section, expanded and compiled once, when loaded.

A pattern section maps a name that says what a pattern finds ("cn_mobile",
"uk_postcode") to a regular expression. ``${name}`` inside one stands for another
entry of the same section, an entry of the file's ``[shared]`` section, or a piece
the code supplies: the character classes of ``charclass.py`` (``${stars}``,
``${mask_chars}``, ``${card_masks}``, ``${digitish}``, ``${cjk}``) and alternations
a detector builds from a word list. A shape is written once and reused; a reference
to nothing, or a pattern that does not compile once expanded, is a ``TableError``
naming the file and the key.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from redactor.core.detect.charclass import CJK, DIGITISH, MASK_CHARS, RUN_MASKS, STARS
from redactor.core.detect.tables.lexicon import table
from redactor.core.detect.tables.schema import REFERENCE, SCHEMAS, TableError

SHARED = "shared"

#: The pieces every pattern may use.
CHARACTER_CLASSES: Mapping[str, str] = MappingProxyType(
    {
        "cjk": CJK,
        "stars": STARS,
        "mask_chars": MASK_CHARS,
        "card_masks": MASK_CHARS + RUN_MASKS,
        "digitish": DIGITISH,
    }
)


@dataclass(frozen=True)
class Patterns:
    """One section's patterns, expanded (``text``) and compiled (``[name]``)."""

    where: str
    texts: Mapping[str, str]
    compiled: Mapping[str, re.Pattern[str]]

    def __getitem__(self, name: str) -> re.Pattern[str]:
        try:
            return self.compiled[name]
        except KeyError:
            raise TableError(f"{self.where}: no pattern {name}") from None

    def text(self, name: str) -> str:
        """The expanded pattern, to be part of a longer one."""
        self[name]
        return self.texts[name]


def expand(where: str, entries: Mapping[str, str], pieces: Mapping[str, str]) -> dict[str, str]:
    """Every entry with its references replaced, recursively; TableError on a
    reference to nothing or a cycle."""
    done: dict[str, str] = {}

    def resolve(name: str, seen: tuple[str, ...]) -> str:
        # ``seen``: the entries being expanded that led to ``name``, outermost first.
        if name in done:
            return done[name]
        if name in seen:
            raise TableError(f"{where} {seen[0]}: ${{{name}}} refers to itself")
        if name not in entries:
            if name in pieces:
                return pieces[name]
            raise TableError(f"{where} {seen[-1]}: ${{{name}}} names no pattern or piece")
        text = REFERENCE.sub(lambda m: resolve(m.group(1), (*seen, name)), entries[name])
        done[name] = text
        return text

    for name in entries:
        resolve(name, ())
    return done


def patterns(file: str, section: str, **pieces: str) -> Patterns:
    """The patterns of ``[section]`` in ``tables/<file>.toml``, compiled once.

    ``pieces`` are what the code builds for the patterns to use (alternations of a
    word list); an entry of the section is found before a shared entry or a piece."""
    data = table(file)
    where = f"{SCHEMAS[file].file}: [{section}]"
    if section not in data:
        raise TableError(f"{where} is missing")
    shared = {k: v for k, v in data.get(SHARED, {}).items() if k not in data[section]}
    known = {**CHARACTER_CLASSES, **pieces}
    texts = expand(where, {**shared, **data[section]}, known)
    compiled = {}
    for name in data[section]:
        try:
            compiled[name] = re.compile(texts[name])
        except re.error as e:
            raise TableError(f"{where} {name}: no regular expression once expanded ({e})") from None
    return Patterns(where, MappingProxyType(texts), MappingProxyType(compiled))
