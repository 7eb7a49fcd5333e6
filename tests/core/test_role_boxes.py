"""A Chinese role word boxed alone (a duty and a role suffix, or a qualifier before a
label of a person), the person's name in the next box on its row: the name is
masked, the word and any other value kept. Lines made up."""

from __future__ import annotations

from tests.core.test_label_values import masked
from tests.core.test_layout import make_line


def _row(label: str, value: str, y: float = 100) -> list:
    return [make_line(label, x=100, y=y), make_line(value, x=300, y=y)]


def test_a_qualified_label_of_a_person_beside_a_name() -> None:
    lines = _row("日期", "5月3日", y=40) + _row("宴会客户经理", "郭文杰", y=100)
    assert masked(lines) == {"郭文杰": {"郭文杰": "name"}}


def test_a_duty_and_a_role_suffix_beside_a_name() -> None:
    lines = _row("日期", "5月3日", y=40) + _row("量衣员", "宋思远", y=100)
    assert masked(lines) == {"宋思远": {"宋思远": "name"}}


def test_no_name_beside_the_word_or_no_role_word() -> None:
    assert masked(_row("接待员", "前台") + _row("日期", "5月3日", y=160)) == {}
    assert masked(_row("宴会厅", "金色大厅") + _row("日期", "5月3日", y=160)) == {}
