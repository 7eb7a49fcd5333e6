"""A name told by its shape where no label the lexicon knows announces it: after a
short unknown label and its colon, after a word that brings a person. Lines made up."""

from __future__ import annotations

import pytest

from redactor.core.detect import text_spans
from redactor.core.detect.registry import without
from redactor.core.detect.text.listed_names import listed_names
from tests.core.test_layout import stack


def _found(text: str) -> set[str]:
    return {text[s.start : s.end] for s in listed_names(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("开单: 钟雨欣", "钟雨欣"),
        ("拣货：欧阳晓明", "欧阳晓明"),
        ("Verpackt von: Wolfgang Scheer", "Wolfgang Scheer"),
        ("Passport photos for Yvonne Tarrant For visa", "Yvonne Tarrant"),
        ("Passbilder für Sabine Oltmanns", "Sabine Oltmanns"),
        ("Tirages pour Céline", "Céline"),
        ("Paid by Gregory Pell", "Gregory Pell"),
    ],
)
def test_a_name_shaped_value_is_found(text: str, name: str) -> None:
    assert _found(text) == {name}


@pytest.mark.parametrize(
    "text",
    [
        "Photos for Christmas",
        "For Driving licence",
        "Tenue : chic et décontractée",
        "Site: L arm",
        "接种单位: 朝阳社区",
        "品种: 水痘疫苗",
        "Payment: Card",
        "Delivered to Victoria Road",
    ],
)
def test_words_naming_no_one_stay(text: str) -> None:
    assert _found(text) == set()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("3.08 钟雨欣 罗建平(半) 抹灰", {"钟雨欣", "罗建平"}),
        ("签名: 汪晓峰  郑丽", {"汪晓峰", "郑丽"}),
        # A surname and its title vouches for the name beside it, and is not masked here.
        ("4.02 钟雨欣 罗师傅 拆模", {"钟雨欣"}),
    ],
)
def test_several_names_on_one_line_vouch_for_each_other(text: str, names: set[str]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize("text", ["钟雨欣 抹灰", "姓名 性别 年龄", "王府井 金华路"])
def test_one_name_shaped_word_or_plain_words_stay(text: str) -> None:
    assert _found(text) == set()


def test_without_the_step_the_names_stay() -> None:
    lines = stack("开单: 钟雨欣", "Passport photos for Yvonne Tarrant For visa")
    out = text_spans(lines, recognizers=without("listed_name"))
    found = {lines[i].text[s.start : s.end] for i, spans in out.items() for s in spans}
    assert not {"钟雨欣", "Yvonne Tarrant"} & found
    out = text_spans(lines)
    found = {lines[i].text[s.start : s.end] for i, spans in out.items() for s in spans}
    assert {"钟雨欣", "Yvonne Tarrant"} <= found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Notdienst: Jérôme Vasseur", "Jérôme Vasseur"),
        ("Leitstelle: Käthe Ohlendorf", "Käthe Ohlendorf"),
        ("Coordina: Íñigo Zubiaurre", "Íñigo Zubiaurre"),
        ("Capoturno: Tommaso Bellandi", "Tommaso Bellandi"),
        ("Atendido: Gonçalo Pimentel", "Gonçalo Pimentel"),
    ],
)
def test_a_common_given_name_of_any_latin_language_opens_a_name(text: str, name: str) -> None:
    """The given names of French, German, Spanish, Italian and Portuguese count as the
    English ones do, accents and all (or without them, as OCR may read them)."""
    assert _found(text) == {name}
    plain = text.replace("é", "e").replace("ô", "o").replace("ä", "a").replace("Í", "I")
    plain = plain.replace("ñ", "n").replace("ç", "c")
    assert _found(plain) == {name.translate(str.maketrans("éôäÍñç", "eoaInc"))}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("郑思远1，何晓丹2*，欧阳明轩1", {"郑思远", "何晓丹", "欧阳明轩"}),
        ("汤立新1,2,刘明1*", {"汤立新", "刘明"}),
        ("谢文r, 韩青青1", {"谢文", "韩青青"}),
        ("孔德华1 冯晓丽2", {"孔德华", "冯晓丽"}),
    ],
)
def test_an_author_line_with_affiliation_marks_is_found(text: str, names: set[str]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize(
    "text",
    ["大米2，面粉3", "苹果2，香蕉3，橙子1", "钟雨欣，刘明", "钟雨欣1，第二章"],
)
def test_a_list_without_marks_or_names_is_not_an_author_line(text: str) -> None:
    assert _found(text) == set()
