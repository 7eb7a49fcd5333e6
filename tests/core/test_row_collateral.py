"""Ordinary text on a personal line stays readable: labels glued mid-line after a short
value, and compound labels ("address/phone"), are the form's, not the person's."""

from __future__ import annotations

from tests.core.test_layout import stack
from tests.core.test_values_not_labels import masked


def test_traits_glued_after_a_name_on_one_row_stay_readable() -> None:
    """A row of fields printed without colons: the name is masked, the labels after it
    and the values that name no one (sex, age, a department) are not."""
    parts = masked(stack("姓名李文华性别女 年龄 37岁 科室外科"))
    assert parts == [["李文华"]]


def test_a_compound_label_stays_readable_whole() -> None:
    parts = masked(stack("地址/电话广州市天河区体育西路12号 13912345678"))
    assert "电话" not in "".join(parts[0])
    assert any("体育西路12号" in p for p in parts[0]) and any("13912345678" in p for p in parts[0])


def test_a_label_form_inside_an_address_is_not_cut_out() -> None:
    """An address may hold a label's word ("...民族路..."): no chain runs after an
    address label, the whole address stays masked."""
    parts = masked(stack("住址昆明市民族路18号"))
    assert parts == [["昆明市民族路18号"]]


def test_a_bilingual_label_before_a_word_of_another_label_stays_readable() -> None:
    """A trait's value may be a word the lexicon also knows as a role ("Nurse"): the
    bilingual label opening the line is printed all the same, its value names no one."""
    assert masked(stack("MARY JONES", "职业 Occupation NURSE", "0113 496 0312")) == [
        ["MARY JONES"],
        [],
        ["0113 496 0312"],
    ]


def test_a_paragraph_wrapped_mid_sentence_under_a_persons_block_stays_readable() -> None:
    """A footer's conditions wrap over lines that end mid-sentence: a stop inside the
    line and a run of lower-case words make it the form's sentence, not a value."""
    parts = masked(
        stack(
            "SHIP TO:",
            "Oscar Scott",
            "12 Elm Road",
            "Parcels are held for seven days at the depot. Items not collected in that time are",
            "returned to the sender at their cost.",
        )
    )
    assert parts[1:] == [["Oscar Scott"], ["12 Elm Road"], [], []]


def test_a_label_before_the_value_its_shape_confirms_stays_readable() -> None:
    """"Email <address>" with no colon: the value's own shape (an e-mail address) says
    the word before it is its label, so a block over the line leaves the label."""
    parts = masked(
        stack("Policyholder", "Oscar Scott", "12 Elm Road", "Email oscar.scott@example.com")
    )
    assert parts[1:] == [["Oscar Scott"], ["12 Elm Road"], ["oscar.scott@example.com"]]


def test_a_value_opening_with_a_labels_word_stays_masked() -> None:
    assert masked(stack("Policyholder", "Oscar Scott", "email.oscar@example.com")) == [
        [],
        ["Oscar Scott"],
        ["email.oscar@example.com"],
    ]
