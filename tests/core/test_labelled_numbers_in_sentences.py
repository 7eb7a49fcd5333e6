"""A labelled number inside running text: the number is masked, the sentence's words
after it stay readable. Lines made up."""

from __future__ import annotations

from tests.core.test_layout import stack
from tests.core.test_values_not_labels import masked


def test_an_id_number_in_a_sentences_brackets_ends_with_its_shape() -> None:
    line = "兹证明郑小文(性别:女,身份证号码:110101199003071234)自2021年3月1日起在我单位工作"
    shown = masked(stack(line))[0]
    assert "110101199003071234" in shown
    assert not any("自2021" in w or "单位" in w for w in shown), shown


def test_an_id_number_in_an_english_sentence_ends_with_its_shape() -> None:
    line = "We confirm that Ms Ada Roe (passport no. K7720315) has worked here since 2019."
    shown = masked(stack(line))[0]
    assert "K7720315" in shown
    assert not any("since" in w or "worked" in w for w in shown), shown


def test_a_labelled_number_on_a_form_line_runs_to_the_lines_end() -> None:
    """No sentence around it: whatever follows the label is the value (fail closed)."""
    line = "身份证号码:11010119900307 1234 补"
    assert "11010119900307 1234 补" in masked(stack(line))[0]
