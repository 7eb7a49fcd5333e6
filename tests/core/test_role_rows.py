"""A signature row: the role a signature is for, and several roles on one row. Each
name is masked, each role word stays readable. Lines made up."""

from __future__ import annotations

from tests.core.test_label_values import masked
from tests.core.test_layout import CHAR_W, LINE_H, make_line, stack


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


def test_a_signature_and_role_label_alone_announces_the_name_beside_it() -> None:
    label = "Unterschrift Auftraggeber"
    beside = 100 + len(label) * CHAR_W + 3 * LINE_H  # across a gap on the label's row
    lines = [make_line(label, y=100), make_line("Lena Vossberg", x=beside, y=98)]
    assert masked(lines) == {"Lena Vossberg": {"Lena Vossberg": "name"}}
