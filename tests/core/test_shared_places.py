"""A list of households in one estate: the estate's name every row's address shares,
printed in the heading too, stays readable; each row's door is masked. Lines made up."""

from __future__ import annotations

from tests.core.test_layout import make_line
from tests.core.test_table_columns import grid, masked

XS = (100.0, 160.0, 330.0, 620.0)

ROWS = (
    ("1", "郝思远", "青枫花园3幢201室", "56.10"),
    ("2", "卢静怡", "青枫花园7幢1102室", "88.45"),
    ("3", "柴明轩", "青枫花园2幢603室", "73.02"),
    ("4", "詹若兰", "青枫花园5幢304室", "91.60"),
)


def test_the_estate_a_heading_names_stays_readable_in_its_household_list() -> None:
    heading = grid(("", "青枫花园住户面积公示", "", ""), xs=XS, y0=40.0)
    found = masked(heading + grid(*ROWS, xs=XS))
    assert {"3幢201室", "7幢1102室", "2幢603室", "5幢304室"} <= found
    assert not any("青枫花园" in f for f in found)


def test_without_a_heading_naming_it_each_rows_address_is_masked_whole() -> None:
    found = masked(grid(*ROWS, xs=XS))
    assert "青枫花园" in "".join(found)


def test_a_lists_row_numbers_past_nine_stay_readable_in_a_tight_table() -> None:
    """Columns set close, so the table is one block of people: its numbers count rows."""
    names = ("柯文杰", "司马青", "莫宇", "范霞", "夏军晨", "徐志玲", "贺玲红", "吴鸣嘉")
    lines = []
    for r, name in enumerate(names):
        n, x, y = r + 5, 100.0 + 3 * r, 100.0 + 36 * r
        lines += [
            make_line(str(n), x=x, y=y),
            make_line(name, x=x + 50, y=y - 6),
            make_line(f"枫林苑{n}幢{n}02室", x=x + 130, y=y + 6),
            make_line(f"{40 + n}.50", x=x + 430, y=y - 3),
        ]
    found = masked(lines)
    assert {"柯文杰", "10幢1002室"} <= found
    assert not {"10", "11", "12"} & found
