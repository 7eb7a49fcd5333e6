"""A person a story names with their age right after the name: the name is masked,
the age, its word and the sentence stay readable. Lines made up."""

from __future__ import annotations

from redactor.core.detect.text.aged_names import aged_names


def named(text: str) -> list[str]:
    return [text[s.start : s.end] for s in aged_names(text)]


def test_a_chinese_name_before_its_age_is_masked() -> None:
    assert named("韩雪梅,9岁,家住某县某村,去年确诊") == ["韩雪梅"]
    assert named("我们的学生李雨桐，7周岁，确诊白血病") == ["李雨桐"]


def test_a_latin_name_before_a_comma_and_its_age_is_masked() -> None:
    assert named("Martin Okoro, 34 ans, vit à Lyon avec sa fille") == ["Martin Okoro"]
    assert named("Last spring Wendell Ashby, 8 years old, was diagnosed") == ["Wendell Ashby"]


def test_an_age_without_a_name_or_a_house_number_names_nobody() -> None:
    for line in (
        "该病人 12岁,住院三周",
        "Calle Mayor, 80, 4º D",
        "Plaza Norte, 12, 28001 Madrid",
        "Children under 12 years old travel free",
        "年满18岁的居民均可报名",
    ):
        assert named(line) == [], line
