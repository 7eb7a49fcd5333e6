"""A line opened by a title ("MR", "Mrs.", "Dr") is a person's name, masked whatever
the OCR made of the name; businesses and lines that only hold a title stay."""

from __future__ import annotations

import pytest

from redactor.core.detect.registry import without
from redactor.core.detect.text.names import titled_names
from tests.core.test_layout import stack
from tests.core.test_layout_rows import covered_text


@pytest.mark.parametrize(
    "line",
    [
        "MR DAVID 5ANTOS",
        "Mrs. A. Rao",
        "Dr Okafor,",
        "Ms.Lindqvist",
        "MISS E HOLLOWAY",
        # Spanish Don / Doña, and a name of two given names and two surnames
        "Dña. Lucía Inés Vidal Soler",
        "D./Dña. Tomás Ferrer",
        "D. Tomás Ferrer Gil",
    ],
)
def test_a_title_and_a_name_are_masked(line: str) -> None:
    assert [(s.start, s.end) for s in titled_names(line)] == [(0, len(line.rstrip(",")))]


@pytest.mark.parametrize(
    "line", ["MR", "Mr 12345", "Miss Daisy Bakery", "Dear Mr Okafor", "Dr Jones Dental Clinic"]
)
def test_what_is_not_a_titled_name_is_left_to_other_rules(line: str) -> None:
    assert list(titled_names(line)) == []


def test_a_misread_name_over_a_block_is_masked_by_its_title() -> None:
    # A digit read into the name keeps it from looking like one, and nothing around
    # it makes its block personal: the title alone finds it.
    lines = stack("MR DAVID 5ANTOS", "TRACKED 24")
    assert covered_text(lines)[0] == "MR DAVID 5ANTOS"
    from redactor.core.detect import text_spans

    assert not text_spans(lines, recognizers=without("titled_name"))[0]
