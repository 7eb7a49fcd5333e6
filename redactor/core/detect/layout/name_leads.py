"""The words around a name that a person's block takes in with it.

A notice, a tab or a form prints a name inside a phrase no lexicon lists as a
label, and a block's run of uncovered words holds that phrase whole:

- a word that asks to reach the person before the name ("Text <Name> on", "Ring
  <Name>", "ask for <Name>"; ``tables/messages.toml [wrapped_phones] cues`` and
  ``tables/names.toml [prose] contacts``);
- a bracketed qualifier of the label before it ("Signed (<party>) <Name>",
  "Signature (<role>) <Name>"): a form's words, no digit in them;
- the small word that links the name to the number after it ("<Name> on", "<Name>
  at", ``[wrapped_phones] links``): a name's own small words stand before its
  surname, never last.

The name is what lies between. Only when a capitalised word is left is anything
cut (fail closed: a run that is nothing but such words stays as it is).
"""

from __future__ import annotations

import re

from redactor.core.detect.tables.lexicon import table, words_pattern
from redactor.core.detect.tables.text_folding import fold
from redactor.core.detect.text.names import LATIN_GIVEN_NAMES

_PHONES = table("messages")["wrapped_phones"]
_NAMES = table("names")
_CUE = re.compile(
    r"(?i:"
    + words_pattern(
        [
            *_PHONES["cues"],
            *_NAMES["prose"]["contacts"],
        ]
    )
    + r")\s+(?=[^\W\d_])"
)
_LINK_END = re.compile(r"\s+(?:" + words_pattern(_PHONES["links"]) + r")\W*$")
# A bracketed qualifier of a label: words only, no digit (a number in brackets may be
# a value's: an extension, a flat).
_QUALIFIER = re.compile(r"[(（][^()（）\d]{1,40}[)）]\s*")
_WORD = re.compile(r"[^\W\d_]+")


def name_between(run: str) -> tuple[int, int]:
    """Where the name lies in ``run`` once a bracketed qualifier and a contact cue
    before it and a link word after it are cut off; the whole run when what is left
    opens with no capital."""
    a, b = 0, len(run)
    if (m := _QUALIFIER.match(run)) is not None and not any(
        fold(w) in LATIN_GIVEN_NAMES for w in _WORD.findall(m.group(0))
    ):
        a = m.end()  # (a given name in brackets is a nickname's, kept with the name)
    if (m := _CUE.match(run, a)) is not None:
        a = m.end()
    if (m := _LINK_END.search(run, a)) is not None:
        b = m.start()
    if (a, b) == (0, len(run)) or a >= b or not run[a].isupper():
        return 0, len(run)
    return a, b
