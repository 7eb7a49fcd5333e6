"""A person's block that runs over fields the lexicon knows are no one's: the
customer's name, phone and address are masked, the plan booked and the status under
or beside their labels stay readable. Lines made up."""

from __future__ import annotations

from dataclasses import replace

from redactor.core.detect.layout.ordinary_values import ordinary_values
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.spans import Span
from redactor.core.models import Category
from tests.core.test_label_values import masked
from tests.core.test_layout import CHAR_W, make_line

_RIGHT = 100 + 40 * CHAR_W  # the screen's right margin


def _rows(rows: list[tuple[str, str]]) -> list:
    lines = []
    for n, (label, value) in enumerate(rows):
        y = 100 + 42 * n  # rows a phone screen's line apart: one block
        lines += [
            make_line(label, x=100, y=y),
            make_line(value, x=_RIGHT - len(value) * CHAR_W, y=y),
        ]
    return lines


def test_a_plans_value_flush_right_in_a_customers_block_stays() -> None:
    parts = masked(
        _rows(
            [
                ("客户", "钱女士"),
                ("电话", "138****5521"),
                ("地址", "杭州市西湖区文三路88号2幢301室"),
                ("套餐", "300M+IPTV 159元档"),
            ]
        )
    )
    assert "138****5521" in parts and "杭州市西湖区文三路88号2幢301室" in parts
    assert "300M+IPTV 159元档" not in parts and "套餐" not in parts


def test_a_packages_value_flush_right_under_a_customers_rows_stays() -> None:
    parts = masked(
        _rows(
            [
                ("Customer", "Harriet Quennell"),
                ("Phone", "07700 900123"),
                ("Address", "14 Orchard Lane, Leeds"),
                ("Package", "Fibre 500 + TV Plus"),
            ]
        )
    )
    assert "Harriet Quennell" in parts and "07700 900123" in parts
    assert "Fibre 500 + TV Plus" not in parts


def test_a_place_of_birth_and_a_native_place_beside_their_labels_stay() -> None:
    # A register's grid of label and value pairs: the province and city a person was
    # born in is a trait, no address to mask; the name and the birth date are masked.
    rows = [
        ("姓名", "鲁文博", "性别", "男"),
        ("出生地", "湖南省岳阳市", "民族", "汉族"),
        ("籍贯", "四川省绵阳市", "出生日期", "1990年3月4日"),
    ]
    lines = []
    for n, (a, b, c, d) in enumerate(rows):
        y = 100 + 65 * n
        lines += [
            make_line(a, x=100, y=y),
            make_line(b, x=130 + len(a) * CHAR_W, y=y),
            make_line(c, x=600, y=y),
            make_line(d, x=630 + len(c) * CHAR_W, y=y),
        ]
    parts = masked(lines)
    assert "鲁文博" in parts and "1990年3月4日" in parts
    assert "湖南省岳阳市" not in parts and "四川省绵阳市" not in parts
    # a place with a street number beside such a label is still an address's shape
    assert ordinary_places_kept("出生地", "湖南省岳阳市岳阳楼区南湖大道12号") is False


def ordinary_places_kept(label: str, value: str) -> bool:
    lines = [make_line(label, x=100, y=100), make_line(value, x=130 + len(label) * CHAR_W, y=100)]
    return value not in masked(lines)


def _plan_beside_a_label_the_lexicon_lacks() -> Sheet:
    """A plan's label beside a label the lexicon lacks, each with its value under it."""
    lines = [
        make_line("Plan", x=100, y=100),
        make_line("Entered on", x=300, y=100),
        make_line("Silver", x=100, y=145),
        make_line("last spring", x=300, y=145),
    ]
    return Sheet.of(lines, [ln.text for ln in lines])


def test_ordinary_values_are_worked_out_once_a_page_and_again_when_a_finding_changes_them() -> None:
    sheet = _plan_beside_a_label_the_lexicon_lacks()
    assert ordinary_values(sheet) == frozenset({2})  # the value under the plan's label
    # A step's draft of the page shares its memo.
    draft = replace(sheet, out={i: list(s) for i, s in sheet.out.items()})
    assert ordinary_values(draft) is ordinary_values(sheet)
    # Once the box beside the label is found to hold a value, it heads no row of
    # labels: it is the plan's value.
    draft.out[1].append(Span(0, 7, Category.NAME, 0.5, "made_up"))
    assert ordinary_values(draft) == frozenset({1})
    assert ordinary_values(sheet) == frozenset({2})


def test_a_pages_memo_is_its_own() -> None:
    counted: list[int] = []

    def work() -> int:
        counted.append(1)
        return len(counted)

    first, second = (
        _plan_beside_a_label_the_lexicon_lacks(),
        _plan_beside_a_label_the_lexicon_lacks(),
    )
    assert first.remembered("made_up", work) == 1
    assert replace(first, address_lines={0}).remembered("made_up", work) == 1
    assert second.remembered("made_up", work) == 2
