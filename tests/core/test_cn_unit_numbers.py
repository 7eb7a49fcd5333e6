"""A Chinese flat written as building, hash and room: a door on a line with Chinese on
it, never a count or an order's number. Lines made up."""

from __future__ import annotations

import pytest

from redactor.core.detect.text.cn_unit_numbers import cn_hash_units


def _doors(text: str) -> list[str]:
    return [text[s.start : s.end] for s in cn_hash_units(text)]


@pytest.mark.parametrize(
    ("line", "door"),
    [
        ("3.7#1603 李小梅 草莓×2", "7#1603"),
        ("周阿姨15#902苹果×1", "15#902"),
        ("2＃2301 自提", "2＃2301"),
    ],
)
def test_a_building_and_room_with_a_hash_is_a_door(line: str, door: str) -> None:
    assert _doors(line) == [door]


@pytest.mark.parametrize(
    "line",
    [
        "订单#3402 已发货",  # an order's number: no building before the hash
        "Ticket 5#4410 closed",  # no Chinese on the line
        "规格 6#15",  # two digits after the hash: no floor and flat
        "编号 A12#3301",  # a code's letters before it
    ],
)
def test_no_building_and_room_no_door(line: str) -> None:
    assert _doors(line) == []
