"""Values, not labels, on printed forms: a form's question numbers, captions, tick-box
options and prose stay readable; the values written into the form stay masked."""

from __future__ import annotations

from redactor.core.detect.layout.printed_labels import only_labels, printed_labels
from tests.core.test_layout import stack
from tests.core.test_values_not_labels import masked


def test_a_numbered_question_opens_its_line_with_its_label() -> None:
    """A question number before a label ("12. ", "(3)", "三、") is no word of a value."""
    assert [m.kind.value for m in only_labels("12. 电子邮箱 Email")] == ["email"]
    assert [m.kind.value for m in only_labels("(3) 姓名 Name")] == ["name"]
    assert [m.kind.value for m in printed_labels("三、联系电话：13812345678")] == ["phone"]
    # A decimal is no question number.
    assert printed_labels("1.5 姓名") == ()


def test_numbered_labels_stay_readable_and_announce_their_values() -> None:
    parts = masked(stack("1. 姓 Surname", "ROWE", "12. 电子邮箱 Email", "ann_rowe@example.com"))
    assert parts[0] == [] and parts[2] == []
    assert parts[1] == ["ROWE"] and parts[3] == ["ann_rowe@example.com"]
