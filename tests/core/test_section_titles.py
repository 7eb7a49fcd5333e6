"""A form's numbered section and field titles stay readable, whatever step masked the
lines around them; a numbered line that reads as an address, a name or a label with
its value is no title. Lines made up."""

from __future__ import annotations

import pytest

from redactor.core.detect.layout.section_titles import numbered_title
from tests.core.test_layout import stack
from tests.core.test_values_not_labels import masked


@pytest.mark.parametrize(
    "text",
    [
        "3  Your household",
        "1 About you",
        "6 Where do you want us to send it?",
        "4. Your employer",
        "2 Details of the vehicle and its address",
        "7.3 Surname",
        "1.4 Email",
    ],
)
def test_a_numbered_title_is_one(text: str) -> None:
    assert numbered_title(text)


@pytest.mark.parametrize(
    "text",
    [
        "14 Birch Grove",  # a door and a street
        "9 rue des peupliers",  # a street in lower case
        "2 Nadia Osei",  # a numbered list of people
        "5 Osei",  # one capitalised word: a list's surname
        "3 Surname osei",  # a label and its value written in lower case
        "8 Email nadia",
        "12 noon for tea",  # no capital: no title
        "3 Your household 4",  # a digit: no title's
    ],
)
def test_a_numbered_value_is_no_title(text: str) -> None:
    assert not numbered_title(text)


def test_a_numbered_section_heading_under_a_persons_block_stays_readable() -> None:
    """A section's number opens the line: a person's block over it (or an address
    under it) takes the number for a door and masks the line; it is a title."""
    parts = masked(stack("Nadia Osei", "41 Birch Grove", "Leeds LS6 2QT", "2 Your partner"))
    assert parts[:3] == [["Nadia Osei"], ["41 Birch Grove"], ["Leeds LS6 2QT"]]
    assert parts[3] == []
    parts = masked(stack("Name: Nadia Osei", "2 Your partner", "41 Birch Grove, Leeds LS6 2QT"))
    assert parts[1] == [] and parts[2]
