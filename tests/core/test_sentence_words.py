"""Sentences known by their small words, whatever their capitals."""

from __future__ import annotations

import pytest

from redactor.core.detect.text.sentence_words import reads_as_sentence


@pytest.mark.parametrize(
    "text",
    [
        "Die Feier findet am 4. Mai 2026, um 10 Uhr in der",
        "The Service Will Be Held At The Chapel On Friday",
        "La Cérémonie aura lieu avec nous au Temple",
        "De Dienst wordt gehouden in het Kerkje met Koffie",
        "La Misa será en la Iglesia con su Familia",
    ],
)
def test_sentences_by_their_small_words(text: str) -> None:
    assert reads_as_sentence(text)


@pytest.mark.parametrize(
    "text",
    [
        "Uwe und Birgit Muster",  # too few words for a sentence
        "Chemin de la Croix de Saint-Jean, 13000 Marseille",  # a street's particles
        "Anna Maria van der Berg Jansen",
        "Function room, 14 Market Square, Old Town",
    ],
)
def test_names_and_addresses_are_no_sentence(text: str) -> None:
    assert not reads_as_sentence(text)
