"""A column of row numbers beside a list's rooms names no one: not a door number's
wrapped end. Lines made up, laid out as a list's boxes with no header read."""

from __future__ import annotations

from tests.core.test_table_columns import grid, masked

#: The row's number close left of its room, as a narrow numbered column prints it.
XS = (100.0, 130.0, 560.0, 860.0)


def test_a_lists_row_numbers_are_no_doors() -> None:
    lines = grid(
        ("1", "10栋1单元2302室", "已投票", ""),
        ("2", "27栋2单元1804室", "未投票", ""),
        ("3", "14幢702", "已投票", ""),
        ("4", "9幢1504", "已投票", ""),
        xs=XS,
    )
    found = masked(lines)
    assert {"10栋1单元2302室", "14幢702", "9幢1504"} <= found
    assert not {"1", "2", "3", "4"} & found


def test_a_door_numbers_end_wrapped_under_it_is_still_masked() -> None:
    lines = grid(("", "浦东新区民五大道798号31栋32层32", "", ""), ("", "01", "", ""), xs=XS)
    assert "01" in masked(lines)
