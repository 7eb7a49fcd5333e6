"""The person a declaration names in its own sentence, set off by commas.

A certificate, a sworn statement or a translator's attestation names its signer in
the sentence that opens it ("I, <name>, a professional translator, hereby certify
…", "Je soussigné(e) <name>, traducteur …", "D./Dña. <name>, Traductor …") and the
person the document concerns further on ("… concerning <name>, consisting of one
page"); tables/names.toml ``[prose] declarants``. The name is one to four capitalised
words, accented letters and capitals throughout allowed ("YUAN Linma"), and the
comma after it is wanted: without it the phrase runs on into ordinary words. The
phrase stays readable; the name printed again under the signature is the page
repeats' to find.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.core.detect.spans import Span
from redactor.core.detect.tables.field_lexicon import default_lexicon
from redactor.core.detect.tables.lexicon import boilerplate, table, words_pattern
from redactor.core.detect.text.names import is_business
from redactor.core.models import Category

RULE = "prose_person"
_SCORE = 0.7
_PHRASE = re.compile(
    rf"(?i)(?<![^\W\d_])(?:{words_pattern(table('names')['prose']['declarants'])})[ \t]*"
)
#: A capitalised word: a capital, then letters (an apostrophe or a hyphen inside).
_WORD = r"[^\W\d_a-zß-ÿ][^\W\d_]*(?:['\-][^\W\d_]+)*"
_ARTICLES = frozenset(table("names")["prose"]["declarant_articles"])
_NAME = re.compile(rf"(?P<n>{_WORD}(?:[ \t]+{_WORD}){{0,3}})[ \t]*,")


def declared_names(text: str) -> Iterator[Span]:
    for m in _PHRASE.finditer(text):
        n = _NAME.match(text, m.end())
        if n is None:
            continue
        name = n.group("n")
        if name.split()[0].lower() in _ARTICLES:
            continue
        if is_business(name) or boilerplate(name) or default_lexicon().find(name):
            continue
        yield Span(n.start("n"), n.end("n"), Category.NAME, _SCORE, RULE)
