"""A flat named by its floor and its side of the landing, alone on a line, as a bell
plate or a residents' list prints it. Lines made up."""

from __future__ import annotations

from tests.core.test_called_names import line
from tests.core.test_label_values import masked


def one(text: str) -> dict[str, dict[str, str]]:
    return masked([line(text, 60, 40, 30)])


def test_a_floor_and_its_side_alone_on_a_line_is_a_door() -> None:
    for text in ("2. OG rechts", "EG links", "3º dcha.", "5e étage gauche"):
        assert one(text) == {text: {text: "door"}}, text


def test_a_floor_without_its_side_or_a_bare_number_stays_readable() -> None:
    for text in ("4. OG", "DG", "2 links", "Aufzug links im 2. OG"):
        assert one(text) == {}, text
