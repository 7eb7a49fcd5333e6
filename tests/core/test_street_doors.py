"""A continental street with the home's door after it on the same line: the street and
the town are the address, the door its own part. Lines made up."""

from __future__ import annotations

import pytest

from redactor.core.detect.text.street_doors import street_doors


def _parts(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.category.value) for s in street_doors(text)]


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        (
            "Birkenweg 31, Whg. 7, 40219 Tannhausen",
            [("Birkenweg 31", "address"), ("Whg. 7", "door"), ("40219 Tannhausen", "address")],
        ),
        (
            "Wohnt in 9 rue des Merles, bât. D",
            [("9 rue des Merles", "address"), ("bât. D", "door")],
        ),
        (
            "Via Lunga 58, int. 4, 35010",
            [("Via Lunga 58", "address"), ("int. 4", "door"), ("35010", "address")],
        ),
        ("Domicilio: Calle Pino, 23, 5º A", [("Calle Pino, 23", "address"), ("5º A", "door")]),
        # a label glued to the street by the OCR stays readable
        ("WohnortLindenweg 4, Whg. 2", [("Lindenweg 4", "address"), ("Whg. 2", "door")]),
    ],
)
def test_a_street_and_its_door_are_masked_apart(line: str, parts: list[tuple[str, str]]) -> None:
    assert _parts(line) == parts


@pytest.mark.parametrize(
    "line",
    [
        "Seite 2 von 5, Top 10",  # no street before the door word
        "Rechnung 2026, int. Zinssatz",  # a rate, no door
        "Kirchweg 12",  # a street alone: the layout step wants its postcode line
        "Lieferung 14 rue des Fleurs, 3 articles",  # a count after the comma, no door
    ],
)
def test_no_street_and_door_no_address(line: str) -> None:
    assert street_doors(line) == []
