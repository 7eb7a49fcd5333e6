"""The continental postal shapes (addresses.toml [postal_lines]) with the street, door
and floor words of addresses.toml [eu] filled in: read by the layout step that pairs a
street with the postcode line under it and by the text step that reads a street with
its door after a comma, so both know one street. The door, floor and side words come from flat_key_words,
which the lobby directories' flat keys read too."""

from __future__ import annotations

import re

from redactor.core.detect.tables.flat_key_words import FLAT_KEY_WORDS
from redactor.core.detect.tables.lexicon import table, words_pattern
from redactor.core.detect.tables.patterns import patterns

_EU = table("addresses")["eu"]
POSTAL_SHAPES = patterns(
    "addresses",
    "postal_lines",
    eu_street_words=words_pattern(_EU["street_words"]),
    eu_street_prefixes=words_pattern(_EU["street_prefixes"]),
    eu_street_suffixes=words_pattern(_EU["street_suffixes"]),
    **FLAT_KEY_WORDS,
)
#: A small letter right before a capital: where the OCR glued a label to a street
#: ("AnschriftLindenweg 4"); the street starts after it.
GLUED_LABEL_SEAM = re.compile(r"[^\W\d_](?<=[a-zß-ÿ])(?=[A-ZÀ-Þ])")
