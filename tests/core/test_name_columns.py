"""A table's column of people under a header the lexicon lacks, told by its cells; a
column of places, vaccines or products under such a header stays readable. Lines
made up, laid out as a table's boxes."""

from __future__ import annotations

import pytest

from redactor.core.detect.registry import without
from redactor.core.detect.text.listed_names import looks_like_listed_name
from tests.core.test_table_columns import grid, masked

XS = (100.0, 260.0, 420.0, 600.0)


@pytest.mark.parametrize(
    ("rows", "people"),
    [
        (
            [
                ("日期", "数量", "金额", "配送工"),
                ("3/11", "2件", "¥95", "邵文涛"),
                ("4/02", "1件", "¥40", "邵文涛"),
                ("5/19", "3件", "¥120", "欧阳晓明"),
            ],
            {"邵文涛", "欧阳晓明"},
        ),
        (
            [
                ("日期", "数量", "金额", "经手"),
                ("3/11", "2件", "¥95", "周师傅"),
                ("4/02", "1件", "¥40", "夏师傅"),
                ("5/19", "3件", "¥120", "钟强雨"),
            ],
            {"周师傅", "夏师傅", "钟强雨"},
        ),
        (
            [
                ("Date", "Qty", "Amount", "Tended by"),
                ("03/11", "2", "£95.00", "Gregory Pell"),
                ("04/02", "1", "£40.00", "Gregory Pell"),
                ("05/19", "3", "£12.00", "Yvonne Marsh"),
            ],
            {"Gregory Pell", "Yvonne Marsh"},
        ),
    ],
)
def test_a_column_of_names_under_an_unknown_header_is_masked(
    rows: list[tuple[str, ...]], people: set[str]
) -> None:
    lines = grid(*rows, xs=XS)
    found = masked(lines)
    assert people <= found
    assert rows[0][3] not in found  # the header stays readable
    # Without it (nor a rota's grid, which a log of short cells also reads as), at most
    # the first row's cell goes (a value under a label it lacks).
    assert not people <= masked(lines, without("name_columns", "roster_grids"))


@pytest.mark.parametrize(
    ("rows", "kept"),
    [
        (
            [
                ("日期", "数量", "金额", "接种地点"),
                ("3/11", "1", "¥95", "朝阳社区"),
                ("4/02", "1", "¥40", "新华社区"),
            ],
            {"朝阳社区", "新华社区"},
        ),
        (
            [
                ("日期", "数量", "金额", "品种"),
                ("3/11", "1", "¥95", "水痘疫苗"),
                ("4/02", "1", "¥40", "乙肝疫苗"),
            ],
            {"水痘疫苗", "乙肝疫苗"},
        ),
        (
            [
                ("Date", "Qty", "Amount", "Brand"),
                ("03/11", "2", "£95.00", "Infanrix Hexa"),
                ("04/02", "1", "£40.00", "Bexsero"),
                ("05/19", "1", "£12.00", "Hepatitis B"),
            ],
            {"Infanrix Hexa", "Bexsero", "Hepatitis B"},
        ),
    ],
)
def test_a_column_of_places_or_products_stays_readable(
    rows: list[tuple[str, ...]], kept: set[str]
) -> None:
    assert not kept & masked(grid(*rows, xs=XS))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("邵文涛", True),
        ("欧阳晓明", True),
        ("周师傅", True),
        ("Gregory Pell", True),
        ("Céline", True),
        ("朝阳社区", False),
        ("水痘疫苗", False),
        ("Hepatitis B", False),
        ("Sarah 2", False),
    ],
)
def test_what_a_listed_name_looks_like(text: str, name: bool) -> None:
    assert looks_like_listed_name(text) is name
