"""Rosters: a grid of people, one a row, beside short cells (shifts, times, ticks),
whatever its person column's header says or when it has none. Lines made up, laid out
as a grid's boxes."""

from __future__ import annotations

from redactor.core.detect.registry import without
from tests.core.test_table_columns import grid, masked

#: A wide person column, then narrow cells.
XS = (100.0, 420.0, 520.0, 620.0, 720.0, 820.0)


def test_a_rota_masks_its_people_whatever_they_are_written_like() -> None:
    lines = grid(
        ("Staff on shift", "Mon", "Tue", "Wed", "Thu", "Hrs"),
        ("Hollis, Marten", "F", "S", "OFF", "N", "32"),
        ("Orla P.", "OFF", "F", "F", "S", "24"),
        ("Quentin Ashdown", "S", "S", "N", "OFF", "30.5"),
        ("Brannigan, Ilse", "N", "OFF", "S", "F", "28"),
        xs=XS,
    )
    people = {"Hollis, Marten", "Orla P.", "Quentin Ashdown", "Brannigan, Ilse"}
    assert people <= masked(lines)
    # The header, the days, the shifts and the hours name no one.
    assert not {"Staff on shift", "Mon", "OFF", "F", "32", "30.5"} & masked(lines)
    assert not people & masked(lines, without("roster_grids"))


def test_a_chinese_rota_with_no_header_masks_its_people_not_their_prefix() -> None:
    lines = grid(
        ("", "周一", "周二", "周三", "周四", "周五"),
        ("小郑", "早", "中", "休", "晚", "早"),
        ("欧阳文然", "休", "早", "中", "早", "晚"),
        ("柯文杰", "晚", "休", "早", "中", "休"),
        ("司马青", "中", "晚", "晚", "休", "早"),
        xs=XS,
    )
    found = masked(lines)
    assert {"郑", "欧阳文然", "柯文杰", "司马青"} <= found
    assert not {"小郑", "周一", "早", "休"} & found  # the familiar prefix names no one


def test_a_column_of_staff_numbers_beside_the_people_is_masked() -> None:
    lines = grid(
        ("Name", "Pers.", "Mo", "Di", "Mi", "Do"),
        ("Hollis, Marten", "70412", "F", "S", "frei", "N"),
        ("Brannigan, Ilse", "22871", "frei", "F", "S", "S"),
        ("Orla P.", "51093", "N", "N", "F", "frei"),
        xs=XS,
    )
    found = masked(lines)
    assert {"70412", "22871", "51093"} <= found
    assert not {"frei", "Mo"} & found


def test_a_price_grid_of_products_is_no_roster() -> None:
    lines = grid(
        ("Item", "S", "M", "L", "XL", "Qty"),
        ("Cotton Shirt", "12", "13", "14", "15", "3"),
        ("Linen Trousers", "20", "22", "24", "26", "1"),
        ("Wool Scarf", "9", "9", "9", "9", "5"),
        xs=XS,
    )
    assert not {"Cotton Shirt", "Linen Trousers", "Wool Scarf"} & masked(lines)
