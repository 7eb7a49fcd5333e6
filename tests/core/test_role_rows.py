"""A signature row: the role a signature is for, and several roles on one row. Each
name is masked, each role word stays readable. Lines made up."""

from __future__ import annotations

from tests.core.test_label_values import masked
from tests.core.test_layout import stack


def parts(line: str) -> dict[str, str]:
    return masked(stack(line)).get(line, {})


def test_several_roles_on_one_row_each_announce_the_name_after_them() -> None:
    line = "Customer signature Mark Lee   Technician Sarah Cole"
    assert parts(line) == {"Mark Lee": "name", "Sarah Cole": "name"}
    line = "Auftraggeber Timo Brandt   Monteur Lena Vossberg"
    assert parts(line) == {"Timo Brandt": "name", "Lena Vossberg": "name"}


def test_a_signature_word_and_the_role_it_is_signed_for_are_one_label() -> None:
    line = "Unterschrift Auftraggeber Timo Brandt   Monteur Lena Vossberg"
    assert parts(line) == {"Timo Brandt": "name", "Lena Vossberg": "name"}
    assert parts("Handtekening verkoper: Joost Maas") == {"Joost Maas": "name"}
    assert parts("Signature of the customer: Mark Lee") == {"Mark Lee": "name"}


def test_a_role_word_inside_a_sentence_or_a_header_row_is_no_label() -> None:
    # A sentence after the role's name: no written name before the second role.
    assert "Technician" not in "".join(parts("Customer signature Mark Lee Technician Sarah Cole"))
    for line in (
        "The technician will call before the visit.",
        "Name Signature Date",
    ):
        assert parts(line) == {}, line
