from __future__ import annotations

from tests.core.test_layout import masked_parts, stack


def test_a_name_inside_a_chinese_wish_is_masked_and_the_wish_stays() -> None:
    # A cake's writing or a card's message names its person between "祝" and the wish.
    assert masked_parts(stack("祝福语:祝晓棠生日快乐")) == {"name": {"晓棠"}}
    assert masked_parts(stack("卡片:恭祝林语桐早日康复")) == {"name": {"林语桐"}}


def test_a_wish_for_a_relative_or_for_you_names_no_one() -> None:
    assert masked_parts(stack("祝福语:祝妈妈生日快乐")) == {}
    assert masked_parts(stack("祝您新年快乐")) == {}
    assert masked_parts(stack("祝福语:生日快乐")) == {}


def test_an_engravings_names_are_masked_and_its_date_stays() -> None:
    # What a jeweller engraves for the customer: two names and a date.
    assert masked_parts(stack("刻字内容:许安 &韦雨岚 2024.05.20")) == {"name": {"许安", "韦雨岚"}}
