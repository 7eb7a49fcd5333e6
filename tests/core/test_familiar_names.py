"""A card or a note calls its people by a familiar form of the name (小 or 阿 and a
given-name character, or that character doubled); the form is masked only where the
text addresses or signs with it. Lines made up."""

from __future__ import annotations

import pytest

from redactor.core.detect.text.familiar_names import familiar_names


def _names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in familiar_names(text)]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("祝小岚生日快乐", "小岚"),
        ("爱你的阿峰", "阿峰"),
        ("学生小晨敬上", "小晨"),
        ("小岚宝贝：今天辛苦了", "小岚"),
        ("晨晨：记得吃早饭", "晨晨"),
        ("送给阿峰", "阿峰"),
    ],
)
def test_a_familiar_name_where_a_card_addresses_or_signs(line: str, name: str) -> None:
    assert _names(line) == [name]


@pytest.mark.parametrize(
    "line",
    [
        "每小时收费20元",
        "小计 ¥30",
        "阿姨您好",
        "亲爱的小宝贝",
        "祝宝宝生日快乐",
        "你的小票请保管好",
        "小岚今天来过",
    ],
)
def test_everyday_words_and_forms_outside_a_greeting_stay(line: str) -> None:
    assert _names(line) == []
