"""A continental European postal address: a street line with its house number right
above a postcode-and-town line is an address, and the name over it the addressee's.
Lines made up."""

from __future__ import annotations

import pytest

from redactor.core.detect.layout.street_over_postcode import is_postcode_town, street_start
from tests.core.test_layout import make_line, masked_parts, stack


def _masked(parts: dict[str, set[str]]) -> set[str]:
    return set().union(*parts.values()) if parts else set()


@pytest.mark.parametrize(
    "block",
    [
        ("Jörg Ostwald", "Lindenweg 14, 2. OG", "49733 Kranzfeld"),
        ("Amélie Verdier", "8 rue des Tanneurs", "69004 Lyon"),
        ("Sietske Bakema", "Molenstraat 27", "3512 KX Utrecht"),
        ("Laura Marin", "Paseo del Olmo 9, 3º B", "28013 Madrid"),
    ],
)
def test_an_addressee_block_of_a_street_over_a_postcode_is_masked(
    block: tuple[str, str, str],
) -> None:
    lines = stack(*block) + [make_line("Jahresmitteilung 2025", y=300)]
    found = _masked(masked_parts(lines))
    assert set(block) <= found
    assert "Jahresmitteilung 2025" not in found  # the letter's heading under the block


def test_either_line_alone_is_no_address() -> None:
    assert _masked(masked_parts(stack("Lindenweg 14"))) == set()
    assert _masked(masked_parts(stack("Chapter 12", "2024 Annual Report"))) == set()


def test_a_label_before_the_street_stays_readable() -> None:
    for first in ("Anschrift Lindenweg 14", "AnschriftLindenweg 14"):
        found = _masked(masked_parts(stack(first, "49733 Kranzfeld")))
        assert {"Lindenweg 14", "49733 Kranzfeld"} <= found
        assert not any("Anschrift" in t for t in found)


def test_the_shapes_read_short_lines_only() -> None:
    assert street_start("Lindenweg 14" + " x" * 50_000) is None
    assert not is_postcode_town("49733 " + "Kranzfeld" * 10_000)


def test_a_street_and_its_postcode_on_one_line_are_masked_without_the_comma() -> None:
    lines = stack(
        "Versichertenkarte",
        "Name, Vorname des Versicherten",
        "Ostwald, Jörg",
        "Lindenweg 14, Whg. 3, 49733 Kranzfeld",
    )
    parts = masked_parts(lines)
    # The street with its door and the postcode with its town, each read whole (the
    # street may also be read apart from its door), never the comma between them.
    assert {"Lindenweg 14, Whg. 3", "49733 Kranzfeld"} <= parts["address"]
    assert not any("Whg. 3," in text for text in parts["address"])


def test_a_letterheads_own_address_on_one_line_stays_readable() -> None:
    lines = stack("Gasthof Krone", "Lindenweg 14, 49733 Kranzfeld", "Rechnung Nr. 2211")
    assert not _masked(masked_parts(lines)) & {"Gasthof Krone", "49733 Kranzfeld"}


@pytest.mark.parametrize(
    ("street", "door"),
    [
        ("Lindenweg 14", "Whg. 7"),
        ("Paseo del Olmo 9", "3º B"),
        ("Mühlgasse 3", "2. OG"),
        ("Via dei Tigli 41", "int. 8"),
    ],
)
def test_a_door_on_its_own_line_between_the_street_and_the_town(street: str, door: str) -> None:
    lines = stack("Ilka Brandauer", street, door, "49733 Kranzfeld")
    lines.append(make_line("Jahresmitteilung 2025", y=400))
    parts = masked_parts(lines)
    assert parts["address"] == {street, "49733 Kranzfeld"}
    assert parts["door"] == {door}
    assert parts["name"] == {"Ilka Brandauer"}


@pytest.mark.parametrize(
    "street", ["19 avenue des Peupliers, appt 12", "4 rue Vauban, bât. D", "7 rue Vauban, 3e étage"]
)
def test_a_street_whose_number_comes_first_keeps_its_door_after_a_comma(street: str) -> None:
    lines = stack(
        "Changement d'adresse", "Réexpédition", "Nouvelle adresse", street, "38120 Saint-Égrève"
    )
    assert {street, "38120 Saint-Égrève"} <= _masked(masked_parts(lines))


def test_a_postcode_glued_to_its_town_is_still_the_town_line() -> None:
    lines = stack(
        "Avis de passage",
        "Réexpédition",
        "Nouvelle adresse",
        "19 avenue des Peupliers",
        "38120Saint-Égrève",
    )
    parts = masked_parts(lines)
    assert parts["address"] == {"19 avenue des Peupliers", "38120Saint-Égrève"}


@pytest.mark.parametrize("street", ["Calle Alcalá, 12", "Via Mazzini 8"])
def test_a_street_word_that_is_also_a_label_opens_its_street(street: str) -> None:
    lines = stack(
        "Empadronamiento", "Datos del titular", "Domicilio actual", street, "30173 Villaverde"
    )
    assert street in _masked(masked_parts(lines))


def test_a_street_word_with_its_colon_stays_a_label() -> None:
    lines = stack("Calle: Alcalá 12", "Código postal: 30173")
    found = _masked(masked_parts(lines))
    assert "Alcalá 12" in found
    assert not any("Calle" in t for t in found)
