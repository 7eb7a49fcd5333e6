"""The regions a page speaks for: where its national phone numbers may come from.

A phone number printed without its +country code ("01 23 45 67 89") is a number of
the country the page was printed in. That country is read from the page itself:

* its language, from the short words every text of a language uses and from the
  languages of the field lexicon's labels on it (``tables/languages.toml``), each
  distinct word or label once: a language counts when it has several such words and
  at least as many as English;
* the country codes of the numbers it prints with a + prefix.

An English or Chinese page names no region here: its numbers have shapes of their own
(``text/phones.py``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import phonenumbers

from redactor.core.detect.layout.printed_labels import printed_labels
from redactor.core.detect.tables.lexicon import table

_TABLE = table("languages")
_ENGLISH = "en"
_WORDS = {lang: frozenset(body["words"]) for lang, body in _TABLE.items()}
_REGIONS = {lang: tuple(body["regions"]) for lang, body in _TABLE.items()}
#: Evidence a language needs (distinct words, labels) before its regions count.
_LEAST = 3
_WORD = re.compile(r"[^\W\d_]+")


def language_scores(texts: Sequence[str]) -> Counter[str]:
    """Per language of the table: its distinct words on the page, plus its labels."""
    words = {w.lower() for text in texts for w in _WORD.findall(text)}
    scores: Counter[str] = Counter(
        {lang: len(words & vocabulary) for lang, vocabulary in _WORDS.items()}
    )
    # Each label once, like each word: a table repeats its cells' words down a column
    # ("Mobile" on every row of calls), which is one piece of evidence, not twenty.
    labels = {
        (m.label.lang.value, text[m.start : m.end].casefold())
        for text in texts
        for m in printed_labels(text)
        if m.label.lang.value in _WORDS
    }
    scores.update(lang for lang, _ in labels)
    return scores


def page_regions(texts: Sequence[str]) -> tuple[str, ...]:
    """The regions whose national numbers the page may print, most likely first."""
    scores = language_scores(texts)
    english = scores[_ENGLISH]
    langs = [
        lang
        for lang, n in scores.most_common()
        if lang != _ENGLISH and n >= _LEAST and n >= english
    ]
    regions = [r for lang in langs for r in _REGIONS[lang]]
    regions += [r for r in _plus_prefixed_regions(texts) if r in _latin_regions()]
    return tuple(dict.fromkeys(regions))


def _latin_regions() -> frozenset[str]:
    return frozenset(r for lang, rs in _REGIONS.items() if lang != _ENGLISH for r in rs)


def _plus_prefixed_regions(texts: Sequence[str]) -> list[str]:
    """Regions of the valid numbers the page writes with a + prefix."""
    out = []
    for text in texts:
        if "+" not in text:
            continue
        try:
            for m in phonenumbers.PhoneNumberMatcher(
                text, None, leniency=phonenumbers.Leniency.VALID
            ):
                region = phonenumbers.region_code_for_number(m.number)
                if region:
                    out.append(region)
        except Exception:  # odd OCR text: no region from it
            continue
    return out
