"""A form's numbered choices ("1 parked", "2 leaving a car park") are its print: the
rules that grow addresses across a row or down a column, a person's block and a
label's value stacked under it leave them readable; the values beside them stay
masked."""

from __future__ import annotations

from redactor.core.detect.layout.option_lists import option_lines, phrase_options
from redactor.core.detect.layout.page import Sheet
from tests.core.test_layout import LINE_H, make_line
from tests.core.test_values_not_labels import masked

_OPTIONS = (
    "1 parked",
    "2 leaving a car park",
    "3 turning right",
    "4 changing lanes",
    "5 reversing",
    "6 hit the rear",
    "7 did not give way",
)
_PITCH = LINE_H + 12


def _sheet(lines) -> Sheet:
    return Sheet.of(lines, [ln.text for ln in lines])


def _column(texts, x: float, top: float = 100.0):
    return [make_line(t, x=x, y=top + i * _PITCH) for i, t in enumerate(texts)]


def test_a_count_in_a_column_is_an_option_list() -> None:
    lines = _column(_OPTIONS, x=700)
    assert option_lines(_sheet(lines)) == frozenset(range(len(_OPTIONS)))
    assert phrase_options(_sheet(lines)) == frozenset(range(len(_OPTIONS)))


def test_two_numbered_lines_addresses_and_people_are_no_phrases() -> None:
    assert option_lines(_sheet(_column(_OPTIONS[:2], x=700))) == frozenset()
    # A number in each item's words: a list of addresses or values, no choices.
    streets = _column(("1 12 Elm Road", "2 14 Elm Road", "3 16 Elm Road"), x=100)
    assert option_lines(_sheet(streets)) == frozenset()
    # A numbered list of people is a list, but no phrase: its names are the block's.
    people = _column(("1 Ann Rowe", "2 Tom Hale", "3 Eva Lund"), x=100)
    assert len(option_lines(_sheet(people))) == 3
    assert phrase_options(_sheet(people)) == frozenset()


def test_options_beside_a_persons_address_stay_readable() -> None:
    person = _column(
        (
            "Address",
            "14 Orchard Way, Leeds LS5 7WD",
            "Tel. or e-mail",
            "07700 900123",
            "Make, model / Registration no.",
            "Ford Focus / AB12 CDE",
        ),
        x=100,
    )
    options = _column(_OPTIONS, x=100 + 31 * 20 + 40)
    parts = masked([*person, *options])
    assert parts[1] == ["14 Orchard Way, Leeds LS5 7WD"]
    assert parts[3] and parts[5]
    assert parts[len(person) :] == [[]] * len(_OPTIONS)


def test_a_tick_box_beside_a_label_is_no_value_the_line_under_it_is() -> None:
    label = make_line("Make, model / Registration no.", x=100, y=100)
    box = make_line("口", x=100 + 30 * 20 + 70, y=100)
    value = make_line("Ford Focus / AB12 CDE", x=100, y=100 + _PITCH)
    parts = masked([label, box, value])
    assert parts[0] == [] and parts[1] == []
    assert parts[2] == ["Ford Focus / AB12 CDE"]
