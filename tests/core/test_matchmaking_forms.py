"""A matchmaking agency's form: the matchmaker and the introducer are labels of names
(a surname with the title one is called by, "王老师", is one name), and a
self-introduction names the kin who came along or introduced the member right after
the kin word. Lines made up."""

from __future__ import annotations

from redactor.core.detect.text.relation_names import relation_names
from tests.core.test_label_values import masked
from tests.core.test_layout import make_line


def named(text: str) -> list[str]:
    return [text[s.start : s.end] for s in relation_names(text)]


def test_kin_who_came_along_or_introduced() -> None:
    assert named("家中老二。由姐姐何雪梅陪同登记，联系电话见上。") == ["何雪梅"]
    assert named("介绍人表哥程亮，电话另附。") == ["程亮"]


def test_kin_words_before_no_name_stay_readable() -> None:
    assert named("姐姐和我一起来的，弟弟在上学。") == []


def test_a_name_label_before_a_surname_and_title() -> None:
    line = "联系人:范老师"
    assert masked([make_line(line)]).get(line) == {"范老师": "name"}


def test_matchmaker_and_introducer_on_one_line() -> None:
    line = "红娘:方琳介绍人:孔伟"
    assert masked([make_line(line)]).get(line) == {"方琳": "name", "孔伟": "name"}
