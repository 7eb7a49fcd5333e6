"""A field's parts printed in brackets after its label ("Driver (surname, first name)")
belong to the label: the value stacked under the whole line is the label's. Names
made up."""

from __future__ import annotations

from redactor.core.detect.layout.printed_labels import only_labels
from tests.core.test_layout import stack
from tests.core.test_values_not_labels import masked


def test_a_label_with_its_parts_in_brackets_is_one_label() -> None:
    for line in (
        "9. Driver (surname, first name)",
        "Fahrer/in (Name, Vorname)",
        "Titular (nombre y apellidos)",
    ):
        labels = only_labels(line)
        assert len(labels) == 1, line
        assert labels[0].value_start == len(line), line


def test_the_name_under_a_label_with_bracketed_parts_is_masked() -> None:
    assert masked(stack("6. Policyholder (surname, first name)", "Wendell Okafor")) == [
        [],
        ["Wendell Okafor"],
    ]
    assert masked(stack("9. Fahrer/in (Name, Vorname)", "Ottilie Brandauer")) == [
        [],
        ["Ottilie Brandauer"],
    ]


def test_an_insurance_partys_label_in_other_languages_announces_a_name() -> None:
    parts = masked(stack("6. Versicherungsnehmer (Name, Vorname)", "Ottilie Brandauer"))
    assert parts == [[], ["Ottilie Brandauer"]]
    assert masked(stack("Preneur d'assurance", "Gaspard Villemin")) == [[], ["Gaspard Villemin"]]


def test_brackets_of_other_words_stay_out_of_the_label() -> None:
    """Brackets holding anything but the field's parts ("(see overleaf)") do not join
    the label's parts: the lexicon's matches stay as they were."""
    assert len(only_labels("Name (surname, Phone)")) != 1
