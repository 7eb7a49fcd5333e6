"""The floor-and-side words are read once (flat_key_words) for both shapes that key a
flat by where it is: a floor and side alone on a line, and a lobby directory's flat
key. Keys made up."""

from __future__ import annotations

from redactor.core.detect.layout.home_directories import _a_key
from redactor.core.detect.tables.flat_key_words import FLAT_KEY_WORDS
from redactor.core.detect.tables.lexicon import table
from redactor.core.detect.text.floor_side_doors import floor_side_doors


def test_every_side_of_the_landing_keys_a_flat_on_a_line_and_in_a_directory() -> None:
    for side in table("addresses")["eu"]["side_words"]:
        for key in (f"3. OG {side}", f"2 piano {side.capitalize()}"):
            assert floor_side_doors(key), key
            assert _a_key(key), key


def test_the_words_are_the_tables_alternations() -> None:
    assert set(FLAT_KEY_WORDS) == {
        "eu_door_words",
        "eu_floor_words",
        "eu_floor_initials",
        "eu_side_words",
    }
    assert "rechts" in FLAT_KEY_WORDS["eu_side_words"]


def test_a_floor_with_an_unknown_word_after_it_is_no_key() -> None:
    for key in ("3. OG Kellerabteil", "2 piano terrazza"):
        assert not floor_side_doors(key), key
        assert not _a_key(key), key
