"""A form's numbered section heading ends a block: the lines of the section above it
(an item's description under a label the lexicon lacks) are not the person's whose
values the section below holds, and the heading itself stays readable. A numbered
list of people and a numbered field's label stay what they are."""

from __future__ import annotations

from tests.core.test_layout import stack
from tests.core.test_layout_rows import covered_text


def test_a_numbered_heading_cuts_the_section_above_off_the_persons_values() -> None:
    covered = covered_text(
        stack(
            "Description of item",
            "Brown handbag with glasses case",
            "3. What happened",
            "Call me on 07700 900123 or at 12 Maple Street, Leeds LS2 8FF",
            x=100,
        )
    )
    assert covered[1] == "" and covered[2] == ""
    assert "07700 900123" in covered[3] and "Leeds LS2 8FF" in covered[3]


def test_a_one_word_numbered_heading_in_another_language() -> None:
    covered = covered_text(
        stack("Gegenstand", "Schwarze Geldbörse", "3. Hergang", "Tel. 0172 1936680", x=100)
    )
    assert covered[0] == covered[1] == covered[2] == ""
    assert covered[3] == "0172 1936680"


def test_a_numbered_list_of_names_is_no_heading() -> None:
    covered = covered_text(stack("Guests", "1. John Smith", "2. Mary Jones", "07700 900123", x=100))
    assert "John Smith" in covered[1] and "Mary Jones" in covered[2]


def test_a_numbered_fields_label_is_no_heading() -> None:
    covered = covered_text(stack("7. Passport No.", "E82083021", "Mary Jones 07700 900123", x=100))
    assert covered[1] == "E82083021"
