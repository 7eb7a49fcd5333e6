"""The person a declaration names in its own sentence, set off by commas.

A certificate, a sworn statement or a translator's attestation names its signer in
the sentence that opens it ("I, <name>, a professional translator, hereby certify
…", "Je soussigné(e) <name>, traducteur …", "D./Dña. <name>, Traductor …") and the
person the document concerns further on ("… concerning <name>, consisting of one
page"; a notary's deed: "Ante mí, <name>, Notario", "COMPARECE: D. <name>, …");
tables/names.toml ``[prose] declarants``. A title may stand before the name; a signer
who speaks for themselves ("I, <name> of <address> …") may end the name with "of". The name is one to four capitalised
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
from redactor.core.detect.text.names import LATIN_TITLES, is_business
from redactor.core.models import Category

RULE = "prose_person"
_SCORE = 0.7
_PHRASE = re.compile(
    rf"(?i)(?<![^\W\d_])(?:{words_pattern(table('names')['prose']['declarants'])})[ \t]*"
)
#: A capitalised word: a capital, then letters (an apostrophe or a hyphen inside), or
#: an initial with its dot ("Felix D. Scott").
_WORD = r"(?:[^\W\d_a-zß-ÿ]\.|[^\W\d_a-zß-ÿ][^\W\d_]*(?:['\-][^\W\d_]+)*)"
_ARTICLES = frozenset(table("names")["prose"]["declarant_articles"])
#: A title between the phrase and the name ("COMPARECE: D. <name>,").
_TITLE = re.compile(rf"(?i)(?:{LATIN_TITLES})\.?[ \t]+")
_NAMED = rf"(?P<n>{_WORD}(?:[ \t]+{_WORD}){{0,3}})"
_NAME = re.compile(rf"{_NAMED}[ \t]*,")
#: A signer who speaks for themselves ("I, <name> of <address> declare …") may give
#: where they live right after the name, with no comma between.
_OF = words_pattern(table("names")["prose"]["declarant_of"])
_SELF_NAME = re.compile(rf"{_NAMED}(?:[ \t]*,|[ \t]+(?i:{_OF})[ \t]+(?=[^\W_]))")


def declared_names(text: str) -> Iterator[Span]:
    for m in _PHRASE.finditer(text):
        start = m.end()
        if (title := _TITLE.match(text, start)) is not None:
            start = title.end()
        shape = _SELF_NAME if m.group(0).rstrip().endswith(",") else _NAME
        n = shape.match(text, start)
        if n is None:
            continue
        name = n.group("n")
        if name.split()[0].lower() in _ARTICLES:
            continue
        if is_business(name) or boilerplate(name) or default_lexicon().find(name):
            continue
        yield Span(n.start("n"), n.end("n"), Category.NAME, _SCORE, RULE)
