"""Printed sentences (a form's instructions and conditions) told from values."""

from __future__ import annotations

import pytest

from redactor.core.detect.text.prose import a_phrase_without_numbers, asks_the_reader, is_prose


@pytest.mark.parametrize(
    "text",
    [
        "Goods must be inspected on arrival and any damage reported.",
        "Parcels not collected within seven days are returned to the sender.",
        "请在签收前检查包裹，如有破损请拒收。",
        "外来车辆请按指定位置停放,谢谢合作!",  # half-width marks, as OCR reads them
        "根据有关法律法规的规定,甲乙双方在平等自愿协商一致的基础上,就乙方承",  # wraps on
        "2. 贵重物品请交前台保管。Please leave valuables at the desk.",
    ],
)
def test_sentences_are_prose(text: str) -> None:
    assert is_prose(text)


@pytest.mark.parametrize(
    "text",
    [
        "12 Elm Road, Flat 3",
        "Flat 5, The Old Mill, off Station Road.",
        "Oscar Scott",
        "北京市朝阳区建国路88号",
        "上海市静安区南京西路1266号恒隆广场, 2座3501室",
        "MR J SMITH, 4 PARK LANE, LONDON.",
        "",
    ],
)
def test_values_are_not_prose(text: str) -> None:
    assert not is_prose(text)


def test_a_printed_question_with_its_answers_is_the_forms_own_line() -> None:
    assert asks_the_reader("Do you need a postal vote?Yes No")
    assert asks_the_reader("Wohnen Sie seit mehr als drei Monaten hier? JaNein")
    assert asks_the_reader("是否已在其他网点登记过？是 否")
    assert not asks_the_reader("Who? 0161 555 0134")  # an answer with digits is a value
    assert not asks_the_reader("Odile Brandt")
    assert a_phrase_without_numbers("send me the card at this address")
    assert not a_phrase_without_numbers("Odile Brandt")
    assert not a_phrase_without_numbers("call me on 0161 555 0134")
