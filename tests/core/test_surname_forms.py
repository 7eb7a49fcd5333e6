"""Running text calls people by the surname and a form of address ("老<surname>",
"<surname>阿姨"); the surname is masked only where the form stands apart as a word, so
titles, foods and everyday words with the same characters stay readable. Lines made up."""

from __future__ import annotations

import pytest

from redactor.core.detect.text.message_addressees import message_words
from redactor.core.detect.text.surname_forms import surname_forms


def _forms(text: str) -> list[str]:
    return [text[s.start : s.end] for s in surname_forms(text)]


@pytest.mark.parametrize(
    ("line", "forms"),
    [
        ("3.4 老韩 蒋师傅 抹灰", ["韩"]),
        ("3.9 老葛老孟清理现场", ["葛", "孟"]),
        ("3.12 老葛孟凡雨(半)砌墙", ["葛"]),
        ("(半)老孟(半)扎钢筋", ["孟"]),
        ("已联系物业，冯阿姨说明天来修", ["冯"]),
        ("8#1602唐哥苹果×2", ["唐"]),
        ("5.3 邵叔 鸡蛋×1", ["邵"]),
    ],
)
def test_a_surname_with_its_form_of_address_standing_apart(line: str, forms: list[str]) -> None:
    assert _forms(line) == forms


@pytest.mark.parametrize(
    "line",
    [
        "数学老师",  # a title, no surname
        "古老的石桥",  # 老 inside a word
        "养老保险",
        "老陈醋 500ml",  # a food
        "老姜 2斤",
        "老马识途",  # the character after joins a word, not a name
        "您好，小姐",
        "老师好",
    ],
)
def test_everyday_words_stay_readable(line: str) -> None:
    assert _forms(line) == []


def test_message_words_masks_the_form_as_a_name() -> None:
    line = "6.2 老韩 抹灰"
    assert [line[s.start : s.end] for s in message_words(line)] == ["韩"]
