"""A field's parts printed in brackets after its label ("Driver (surname, first name)")
belong to the label: the value stacked under the whole line is the label's, and a
value's box that already reaches into the label over it takes no margin over it.
Names and numbers made up."""

from __future__ import annotations

from redactor.core.detect import findings_from_text
from redactor.core.detect.layout.printed_labels import only_labels
from redactor.core.mask import padded_quad
from tests.core.test_layout import LINE_H, stack
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


def test_a_value_reaching_into_the_label_over_it_takes_no_margin_over_it() -> None:
    """Handwriting boxed up into the label's row: the value's own box is masked, no
    margin over it that would black out the label's letters."""
    label, value = stack("Name", "Oscar Scott", gap=-0.4 * LINE_H)
    found = findings_from_text([label, value])
    label_right = max(p[0] for p in label.quad.points)
    # Right of the label a value's mask may take its margin (nothing printed there);
    # over the label's width it may not.
    tops = [
        min(p[1] for p in quad.points)
        for f in found
        if f.quad.center[1] > label.quad.points[2][1]
        for quad in [padded_quad(f)]
        if min(p[0] for p in quad.points) < label_right - 0.5
    ]
    assert tops, "the name is masked"
    assert all(top >= value.quad.points[0][1] - 0.01 for top in tops)
