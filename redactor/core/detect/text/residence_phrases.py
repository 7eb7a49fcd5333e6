"""Where a person lives, given inside a sentence after the phrase that says so.

A deed, a will or a sworn statement names where each party lives in its running text,
after a phrase of residence (addresses.toml ``[residence]``): "…, vecino/a de <town>,
con domicilio en <street>, <number>, <door>, con DNI …", "I, <name>, residing at
<address>, declare …", "wohnhaft in <address>". The address is the comma-parted parts
after the phrase, each opening with a capital or a digit, up to the first part that
opens with a lower-case word (the sentence goes on: "con DNI", "and", "declare") or a
semicolon — unless that word is a door's label ("bât. A", "piso 3", "appt 12"), which
the address goes on through; the phrase, the commas and the rest of the sentence stay
readable.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.core.detect.spans import Span
from redactor.core.detect.tables.field_lexicon import default_lexicon
from redactor.core.detect.tables.label_kinds import ValueKind
from redactor.core.detect.tables.lexicon import table, words_pattern
from redactor.core.detect.text.addresses import split_door

RULE = "residence_phrase"
_SCORE = 0.7
_PHRASE = re.compile(
    rf"(?i)(?<![^\W\d_])(?:{words_pattern(table('addresses')['residence']['phrases'])})[ \t]+"
)
#: One part of the address: it opens with a capital or a digit and runs to a comma, a
#: semicolon or the text's end.
_PART = re.compile(r"(?=[^\W_a-zß-ÿ])[^,;]+")
#: A door label's part: the label's words, then words that open with a capital or a digit
#: (its value: "bât. A", "piso 3", "interno 10"), up to a comma, a semicolon or a word in
#: lower case (the sentence going on).
_ANY_PART = re.compile(r"[^,;]+")
_VALUE_WORD = r"(?=[^\W_a-zß-ÿ])[^\s,;]+"
_VALUE_WORDS = re.compile(rf"{_VALUE_WORD}(?:[ \t]+{_VALUE_WORD})*")
_SEPARATOR = re.compile(r"[ \t]*,[ \t]*")
#: Parts an address holds at most (street, number, door, postcode and town, country).
_MOST_PARTS = 6
#: Words a part holds at most (a longer run is the sentence's).
_MOST_WORDS = 6


def residence_addresses(text: str) -> Iterator[Span]:
    for m in _PHRASE.finditer(text):
        p = m.end()
        for _ in range(_MOST_PARTS):
            part = _PART.match(text, p) or _door_part(text, p)
            if part is None or len(part.group(0).split()) > _MOST_WORDS:
                break
            end = part.end()
            while end > part.start() and text[end - 1] in " \t.":
                end -= 1
            # each part on its own: the commas between them are the sentence's
            yield from split_door(text, part.start(), end, _SCORE, RULE)
            sep = _SEPARATOR.match(text, part.end())
            if sep is None:
                break
            p = sep.end()


def _door_part(text: str, p: int) -> re.Match[str] | None:
    """The value of a door's label opening the part at ``p`` ("bât. A", "piso 3"): the
    label stays readable."""
    part = _ANY_PART.match(text, p)
    if part is None:
        return None
    found = default_lexicon().find(part.group(0))
    if not found or found[0].start != 0 or found[0].kind is not ValueKind.DOOR:
        return None
    return _VALUE_WORDS.match(text, p + found[0].value_start)
