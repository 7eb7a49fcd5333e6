"""Names on a service sheet that the field lexicon cannot list as they are printed:
a signature label after the productive role word of whoever did the job, a findings
note that says whom the findings were told to, a staff line of a counter's slip."""

from __future__ import annotations

from tests.core.test_layout import stack
from tests.core.test_values_not_labels import masked


def test_a_role_word_glued_before_a_signature_label_makes_it_a_label() -> None:
    """ "<role word>签字" is a longer label than the lexicon's 签字: the role word (what
    the person does, then 人, 员 or 师) opens the line, so the label does."""
    assert masked(stack("疏通员签字：陶一鸣", "验收人签名 韩雪")) == [["陶一鸣"], ["韩雪"]]


def test_a_role_word_before_a_label_of_another_kind_announces_no_name() -> None:
    assert masked(stack("疏通员编号：A-12", "联系人签字")) == [[], []]


def test_a_findings_note_masks_whom_it_was_told_to() -> None:
    lines = stack("检查情况：厨房墙角有蚁道，已告知韩女士", "现场情况：门锁已更换，已通知蒋先生")
    assert masked(lines) == [["韩女士"], ["蒋先生"]]


def test_a_findings_note_without_a_person_masks_nothing() -> None:
    assert masked(stack("现场情况：已告知物业，明日复查")) == [[]]


def test_a_german_counter_slips_staff_label_announces_the_name_under_it() -> None:
    assert masked(stack("Bedient von:", "Anja")) == [[], ["Anja"]]


def test_a_bare_staff_label_over_the_slips_printed_notice_masks_none_of_it() -> None:
    """The name was written off the label's row; the line stacked under it is the
    form's own sentence, which announces no one."""
    lines = stack("Bedient von:", "Nicht abgeholte Aufträge werden nach drei Monaten vernichtet.")
    assert masked(lines) == [[], []]
