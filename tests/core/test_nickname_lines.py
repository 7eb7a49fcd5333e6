"""A group chat's member nickname alone on its line: the child's name (a given name or a
pet name, no surname needed) then the parent's relation; generic words before a
relation name no child. Lines made up."""

from __future__ import annotations

import pytest

from redactor.core.detect.text.message_addressees import message_words
from redactor.core.detect.text.nickname_lines import nickname_line


def _names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in nickname_line(text)]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("岚峰爸爸", "岚峰"),
        ("蕾妈妈", "蕾"),
        ("梓涵妈", "梓涵"),
        ("欣悦乐然爸", "欣悦乐然"),
        ("  俊熙奶奶 ", "俊熙"),
        ("豆豆家长", "豆豆"),
    ],
)
def test_the_childs_name_before_a_relation_is_masked(line: str, name: str) -> None:
    assert _names(line) == [name]
    assert name in [line[s.start : s.end] for s in message_words(line)]


@pytest.mark.parametrize(
    "line",
    [
        "孩子妈妈",
        "学生家长",
        "致家长",
        "爸爸妈妈",
        "姨妈",
        "老爸",
        "宝妈",
        "准妈妈",
        "我的妈妈",
        "请家长签字",
    ],
)
def test_generic_words_and_kinship_words_name_no_child(line: str) -> None:
    assert _names(line) == []


def test_a_nickname_inside_a_sentence_is_not_a_nickname_line() -> None:
    assert _names("今天岚峰爸爸来接他") == []
