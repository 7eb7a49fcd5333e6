"""The words a continental flat is keyed by (addresses.toml [eu]): its door words
("Whg.", "appt"), its floor after a number ("OG", "étage"), a storey's initials ("EG",
"DG") and the side of the landing it opens on ("links", "droite"). Read once here as
the alternations a shape fills in (``${eu_door_words}``, ``${eu_floor_words}``,
``${eu_floor_initials}``, ``${eu_side_words}``), so the text step that reads a floor and
side alone on a line (postal_shapes) and the layout step that reads a lobby's grid of
flat keys (home_directories) know one floor and one side."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from redactor.core.detect.tables.lexicon import table, words_pattern

_EU = table("addresses")["eu"]
FLAT_KEY_WORDS: Mapping[str, str] = MappingProxyType(
    {
        "eu_door_words": words_pattern(_EU["door_words"]),
        "eu_floor_words": words_pattern(_EU["floor_words"]),
        "eu_floor_initials": words_pattern(_EU["floor_initials"]),
        "eu_side_words": words_pattern(_EU["side_words"]),
    }
)
