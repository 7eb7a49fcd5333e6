"""Under a family tree's title, its people are bare names with no label: the names,
the spouse after its mark and the date of birth are masked; the title, the generation
numbers, the marks and the dates of death stay readable. Lines made up."""

from __future__ import annotations

from tests.core.test_label_values import masked
from tests.core.test_layout import stack


def test_a_chinese_tree_masks_its_bare_names_spouses_and_years_of_birth() -> None:
    got = masked(
        stack(
            "颍川堂陈氏二房世系图",
            "陈志远",
            "第九世",
            "1921-1990",
            "配韩氏",
            "娶 孙秀兰",
            "1958年生",
        )
    )
    assert got["陈志远"] == {"陈志远": "name"}
    assert got["配韩氏"] == {"韩氏": "name"}
    assert got["娶 孙秀兰"] == {"孙秀兰": "name"}
    assert got["1921-1990"] == {"1921": "id_number"}
    assert got["1958年生"] == {"1958": "id_number"}
    assert "颍川堂陈氏二房世系图" not in got
    assert "第九世" not in got


def test_without_a_tree_title_a_bare_name_line_is_left_to_the_other_steps() -> None:
    got = masked(stack("本周值日安排", "配韩氏", "娶 孙秀兰", "1958年生"))
    assert "配柳氏" not in got
    assert "1958年生" not in got


def test_a_latin_tree_masks_the_spouse_and_the_date_after_a_birth_mark() -> None:
    got = masked(
        stack(
            "Stammbaum der Familie Obermaier",
            "Kaspar Obermaier",
            "geb. 03.05.1911",
            "∞ Theresia Lindl",
            "gest. 1980",
        )
    )
    assert got["Kaspar Obermaier"] == {"Kaspar Obermaier": "name"}
    assert got["geb. 03.05.1911"] == {"03.05.1911": "id_number"}
    assert got["∞ Theresia Lindl"] == {"Theresia Lindl": "name"}
    assert "gest. 1980" not in got
