"""A person a sentence names by the part they play for another: the name is masked,
the word for the part and the sentence stay readable. Lines made up."""

from __future__ import annotations

from redactor.core.detect.text.relation_names import relation_names
from tests.core.test_label_values import masked
from tests.core.test_layout import stack


def named(text: str) -> list[str]:
    return [text[s.start : s.end] for s in relation_names(text)]


def test_a_child_and_a_former_manager_named_inside_chinese_sentences() -> None:
    line = "本人王文杰系大一班幼儿李小雨"
    assert "李小雨" in masked(stack(line))[line]
    assert named("如需核实,可联系原部门主管钱伟,电话请见下方。") == ["钱伟"]


def test_the_parent_and_the_child_of_an_english_authorisation() -> None:
    line = "I, Maren Holt, parent/guardian of Tobias Holt, allow the adults below to collect"
    assert sorted(named(line)) == ["Maren Holt", "Tobias Holt"]
    assert named("Priya Nair, parent ofOlu Nair") == ["Olu Nair", "Priya Nair"]


def test_the_parts_words_alone_name_nobody() -> None:
    for line in (
        "The parent of the child must sign below.",
        "主管部门批准后方可办理",
        "学生证号请填写在下方",
        "本人与同事关系良好",
    ):
        assert named(line) == [], line


def test_the_one_a_note_says_to_contact_pay_or_came_along_is_named() -> None:
    assert named("备注：周六联系陶思雨13700001111") == ["陶思雨"]
    assert named("找温俊杰分机305") == ["温俊杰"]
    assert named("当天与朋友孔丽华同行，") == ["孔丽华"]
    assert named("备注：女儿谢凯共用此卡") == ["谢凯"]
    assert named("学子 孙婷") == ["孙婷"]


def test_the_words_a_contact_word_opens_name_nobody() -> None:
    for line in (
        "联系方式：请见背面",
        "请联系客服",
        "给予奖励",
        "找零 2.00",
        "朋友圈",
        "联系高老师",
    ):
        assert named(line) == [], line


def test_a_covering_notes_own_staff_and_the_person_its_file_concerns() -> None:
    assert named("现将韦秀兰的保单相关材料传真给您，具体事宜我司蒋国栋会与您联系。") == [
        "韦秀兰",
        "蒋国栋",
    ]
    assert named("现将有关事项通知如下，我方将于三日内答复。") == []


def test_a_fellow_worker_named_by_the_unit_they_share() -> None:
    assert named("车间主任宣布辞退申请人,同班组的孙丽娟亦于同日被辞退。") == ["孙丽娟"]
    assert named("同部门的吴建勋可以作证") == ["吴建勋"]
    assert named("同部门的同事均可作证") == []


def test_those_who_vouch_for_a_patient_before_what_they_are_to_them() -> None:
    # A fundraiser's verifiers: the name, then what they are to the patient.
    assert named("欧阳丽红 患者的邻居") == ["欧阳丽红"]
    assert named("孙文患者的同事") == ["孙文"]
    assert named("关于患者的病情说明") == []  # 关 opens words as well as names


def test_whoever_raised_a_fund_before_the_phrase_that_says_so() -> None:
    line = "Maëlle Dutertre a créé cette cagnotte pour Yvon Dutertre."
    assert "Maëlle Dutertre" in named(line)
    assert named("Gareth Pryce is organising this fundraiser for his brother") == ["Gareth Pryce"]
    assert named("Thank you for supporting this fundraiser") == []


def test_whom_a_fund_is_raised_for_is_named_after_the_phrase() -> None:
    line = "Priya Sand a créé cette cagnotte pour Ilse Varga."
    assert sorted(named(line)) == ["Ilse Varga", "Priya Sand"]
    assert named("Ned Hale is organising this fundraiser for Oona Kell") == [
        "Ned Hale",
        "Oona Kell",
    ]
    assert named("Give to this fundraiser for a new roof") == []


def test_a_roommate_named_glued_to_the_note() -> None:
    text = "和室友韦晓芸闹矛盾，宿舍待不下去"
    assert [text[s.start : s.end] for s in relation_names(text)] == ["韦晓芸"]
    assert list(relation_names("室友关系一般")) == []
