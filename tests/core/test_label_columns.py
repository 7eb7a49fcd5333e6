"""A form's grid: a label the lexicon lacks stands in the column of labels it knows."""

from __future__ import annotations

from redactor.core.models import OcrLine
from tests.core.test_layout_rows import covered_text, row


def _grid(rows: list[tuple[str, str]], label_x: list[float]) -> list[OcrLine]:
    lines: list[OcrLine] = []
    for n, ((label, value), x) in enumerate(zip(rows, label_x, strict=True)):
        lines += row((label, x), (value, x + 120), y=100 + n * 42)
    return lines


_ROWS = [
    ("姓名", "王小明"),
    ("联系电话", "13812345678"),
    ("比赛组别", "高中组"),
    ("现住址", "北京市朝阳区建国路88号"),
]


def test_an_unknown_label_in_a_column_of_known_ones_stays_readable() -> None:
    covered = covered_text(_grid(_ROWS, [100, 100, 100, 100]))
    assert covered[4] == ""  # the label the lexicon lacks
    assert covered[5] == "高中组"  # its value (a surname opens it): still the block's (fail closed)
    assert covered[1] == "王小明"


def test_an_unknown_label_out_of_the_column_is_the_blocks() -> None:
    # The same cell with no known label above or below it in its column.
    covered = covered_text(_grid(_ROWS, [100, 160, 40, 100]))
    assert covered[4] == "比赛组别"


def test_a_latin_name_in_the_column_is_no_label() -> None:
    rows = [
        ("Surname", "Roe"),
        ("Phone", "07700 900123"),
        ("Ann Lee", "Aunt"),
        ("Address", "12 Mill Lane"),
    ]
    covered = covered_text(_grid(rows, [100, 100, 100, 100]))
    assert covered[4] == "Ann Lee"
