"""Lines with words or digits shaped like part of an address that name no one's home:
an institution's name, a case number after its label, a date glued to its time. They
stay readable. Lines made up."""

from __future__ import annotations

from redactor.core.detect.text.addresses import looks_like_address, looks_like_cn_address
from tests.core.test_layout import stack
from tests.core.test_values_not_labels import masked


def test_an_institutions_name_is_no_address() -> None:
    """A court, a hospital, a school (with its campus in brackets), a community service
    station: the city and district words are the institution's own."""
    for line in (
        "临江市东城区人民法院",
        "宁海市第三人民医院",
        "江州市实验小学(南校区)",
        "河西街道社区养老服务站",
    ):
        assert not looks_like_cn_address(line), line
        assert masked(stack(line)) == [[]], line


def test_an_address_ending_with_an_institution_word_keeps_its_house_number() -> None:
    assert looks_like_cn_address("浙江省江州市河西区滨江路88号国际商务中心")


def test_a_reference_labels_value_is_no_address() -> None:
    """A case number after its label holds a province's short name and "号": the label
    announces a reference, so no address shape reads it."""
    lines = stack("案号(2024)浙0102民初388号")
    assert masked(lines) == [[]]


def test_a_date_glued_to_its_time_is_no_indian_pin() -> None:
    assert not looks_like_address("14-Mar-202509:45")
    assert looks_like_address("Koramangala, Bengaluru 560034")


def test_a_times_minutes_are_no_house_number() -> None:
    assert not looks_like_address("09:30 am in Court 2, Riverside Hall.")
    assert looks_like_address("Address:12 High Street")


def test_a_date_alone_under_an_address_is_no_line_of_it() -> None:
    # A note's date written under the address of its last field goes on no address;
    # a door's numbers alone under it do.
    lines = stack("住址：浙江省杭州市西湖区文三路", "翠苑小区12幢3单元502室", "2025年3月8日")
    assert masked(lines)[2] == []
    lines = stack("住址：浙江省杭州市西湖区文三路", "翠苑小区", "2-1-806")
    assert masked(lines)[2] == ["2-1-806"]


def test_a_number_labels_mark_is_no_house_number() -> None:
    """A certifying sentence lists a person's numbers after their labels ("身份证号",
    "病历号"): the label's 号 comes before a number, a house's after it. Only the
    name and the numbers are masked, the sentence's words stay readable."""
    line = "兹证明韩立新,女,41岁,身份证号110105198302114321,病历号3305129876,于2024"
    assert not looks_like_cn_address(line)
    found = masked(stack(line))[0]
    assert {"韩立新", "110105198302114321"} <= set(found)
    assert not any("兹证明" in f or "岁" in f or "病历号" in f for f in found)
    assert looks_like_cn_address("滨江路88号国际商务中心3号楼")
