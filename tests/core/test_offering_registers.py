"""A temple's register of offerings: the deceased a tablet is for (先考, 先妣), the
living who offer it (阳上), the believer (信女) and the clerk (经手人) are labels of
names, whatever shape the name has ("<surname>门<surname>氏", a monk's 释<name>); the
same words inside a sentence are no label. Lines made up."""

from __future__ import annotations

from tests.core.test_label_values import masked
from tests.core.test_layout import make_line


def _row(label: str, value: str, y: float) -> list:
    return [make_line(label, x=100, y=y), make_line(value, x=220, y=y)]


def test_tablet_and_offering_names_beside_their_labels() -> None:
    lines = [
        *_row("先妣", "陈门高氏", 100),
        *_row("阳上", "陈立", 150),
        *_row("信女", "高芳", 200),
        *_row("经手人", "释明", 250),
    ]
    got = masked(lines)
    for value in ("陈门高氏", "陈立", "高芳", "释明"):
        assert got.get(value) == {value: "name"}, value
    assert "先妣" not in got and "经手人" not in got


def test_the_words_in_a_sentence_are_no_label() -> None:
    line = "先考虑好时间再来登记"
    assert line not in masked([make_line(line)])


def test_a_married_name_inside_a_tablet_line() -> None:
    line = "先妣陈门高氏往生莲位"
    assert masked([make_line(line)]).get(line) == {"陈门高氏": "name"}
    assert "专门为氏族" not in masked([make_line("专门为氏族写的")])
