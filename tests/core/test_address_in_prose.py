"""An address written into a printed sentence: the address is masked, the sentence
around it (and the sentence's next line) stays readable. Lines made up."""

from __future__ import annotations

from redactor.core.detect.text.address_in_prose import address_extent
from tests.core.test_layout import stack
from tests.core.test_values_not_labels import masked


def test_only_the_address_inside_a_contracts_sentence_is_masked() -> None:
    lines = stack(
        "第三条乙方承租甲方位于江苏省苏州市姑苏区桐泾北路15号6栋2单元302室的住房,用于居住,租期",
        "两年,使用面积45平方米。",
    )
    shown = masked(lines)
    assert shown[0] == sorted(["江苏省苏州市姑苏区桐泾北路15号", "6栋2单元302室"])
    assert shown[1] == []


def test_an_address_line_keeps_its_whole_extent() -> None:
    """No sentence after the door, no province-level name, or address words before
    it: the extent stays as found (fail closed)."""
    for text in (
        "江苏省苏州市姑苏区桐泾北路15号6栋2单元302室",
        "姑苏区桐泾北路15号6栋2单元302室,门口有快递柜",
        "苏州市江苏路88号6栋302室,左转",
    ):
        assert address_extent(text, 0, len(text)) == (0, len(text)), text


def test_a_rule_with_an_address_word_but_no_place_stays_readable() -> None:
    """A numbered rule speaks of a seat number or a room with no place and no number
    in it: no address. A sentence naming a place or a door keeps its address masked."""
    lines = stack(
        "3. 考生按座位号就座,证件放在桌面右上角。",
        "4. 请提前到达考场所在楼层,以免迟到。",
        "本人现住东湖路18号3栋502室,特此说明。",
    )
    shown = masked(lines)
    assert shown[0] == [] and shown[1] == []
    assert shown[2], shown


def test_a_greeting_that_addresses_its_reader_by_their_door() -> None:
    """A notice's greeting ("尊敬的<door>业主<name>:") over its sentence: the door and the
    name are masked, the greeting's words and the sentence under it stay readable."""
    lines = stack(
        "尊敬的9栋2207业主邵嘉怡:",
        "您的房屋建筑面积88.40m2,本期应缴费用明细如下,请于20日前缴纳。",
    )
    shown = masked(lines)
    assert "".join(shown[0]) in ("9栋2207邵嘉怡", "邵嘉怡9栋2207")
    assert shown[1] == []


def test_a_surname_left_at_the_lines_end_after_the_readers_role() -> None:
    lines = stack("尊敬的3号楼2单元901业主蔡", "您的房屋本期物业费已出账,请按时缴纳。")
    shown = masked(lines)
    assert "蔡" in shown[0] and not any("尊敬" in w or "业主" in w for w in shown[0])


def test_a_field_under_an_address_line_is_no_wrap_of_it() -> None:
    """Under an address, a line opening with a label of something else (a diagnosis)
    is the form's next field: the address does not run on into it."""
    lines = stack("住址 江苏省江州市河西区滨江路15号6栋302室", "临床诊断慢性呼吸道炎症")
    shown = masked(lines)
    assert shown[0] and shown[1] == [], shown


def test_a_sentence_going_on_after_the_door_with_no_clause_mark() -> None:
    text = "第二条甲方将位于江苏省江州市河西区滨江路15号6栋302室的房屋出租给乙方居住使用"
    a, b = address_extent(text, 0, len(text))
    assert text[a:b] == "江苏省江州市河西区滨江路15号6栋302室"


def test_a_notices_words_before_and_after_a_wrapped_address_stay_readable() -> None:
    """A notice gives an address after a verb of place ("设于", "家住") and closes the
    sentence after it: the address starts at its province-level name and ends at the
    full stop, on each line of its wrap; with no such verb the extent stays as found."""
    for text, address in (
        ("灵堂设于四川省成都市锦江区文新路", "四川省成都市锦江区文新路"),
        ("仪式结束。灵堂设于江苏省南京市江宁区", "江苏省南京市江宁区"),
        ("兴东路862号东中府1-5-2402。特此讣告。", "兴东路862号东中府1-5-2402"),
    ):
        a, b = address_extent(text, 0, len(text))
        assert text[a:b] == address, text
    text = "灵堂四川省成都市锦江区文新路"
    assert address_extent(text, 0, len(text)) == (0, len(text))
