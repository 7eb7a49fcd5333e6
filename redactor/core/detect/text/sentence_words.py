"""Sentences known by their small words.

:func:`redactor.core.detect.text.prose.is_prose` knows a sentence by its lower-case
words and its stop; a German sentence writes its nouns in capitals and a wrapped one
has no stop, so a person's block took such a line ("Die Feier findet am … in der")
for a value. Every sentence of a language is built with a few small words (articles,
prepositions, auxiliaries); several different ones of one language on a line make it
a sentence. A name or an address holds at most a particle or two ("de la"), which the
list leaves out.
"""

from __future__ import annotations

import re

from redactor.core.detect.tables.lexicon import table

_WORDS = {lang: frozenset(words) for lang, words in table("blocks")["sentence_words"].items()}
#: Words of a sentence's line: more than a name or an address line holds.
_MIN_WORDS = 5
#: Different small words of one language among them.
_MIN_SMALL = 3
_WORD = re.compile(r"[^\W\d_][^\W\d_'’\-]*")


def reads_as_sentence(text: str) -> bool:
    """Whether ``text`` is a line of a Latin-script sentence: at least five words, three
    different ones among them the small words of one language's sentences."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) < _MIN_WORDS:
        return False
    seen = set(words)
    return any(len(seen & small) >= _MIN_SMALL for small in _WORDS.values())


#: A sentence ending inside a run and another beginning: a word ending in four small
#: letters, its stop, then the next word ("<noun>. <Adjective> …"). A name's stops
#: follow initials and short titles ("J.", "Dr.", "Prof.", "Capt.").
_STOP_INSIDE = re.compile(r"(?<![^\W\d_])[^\W\d_]?[^\W\d_A-Z]{4,}[.!?]\s+[^\W\d_]")
#: A run ending in a cry or a question ("!", "？"): a sentence's end, no name's.
_CRY_END = re.compile(r"[!?！？]\s*$")


def holds_sentence_stop(run: str) -> bool:
    """Whether ``run`` holds a sentence's punctuation as no name does: it ends in "!" or
    "?", or a word of small letters ends a sentence inside it and another word follows."""
    return bool(_CRY_END.search(run) or _STOP_INSIDE.search(run))
