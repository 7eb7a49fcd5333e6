"""A text message's lines are running text: the block step does not black out a whole
notice because a number in it is personal; only the values are masked, the service's
name, the timestamp and the words stay readable. Lines made up."""

from __future__ import annotations

from redactor.core.detect import text_spans
from redactor.core.models import OcrLine
from tests.core.test_layout import make_line


def masked(lines: list[OcrLine]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for i, spans in text_spans(lines).items():
        t = lines[i].text
        words = sorted({t[s.start : s.end] for s in spans if s.end > s.start})
        if words:
            out[t] = words
    return out


def test_a_service_notice_in_an_inbox_keeps_its_words() -> None:
    lines = [
        make_line("城北燃气", y=100),
        make_line("星期四", x=700, y=100),
        make_line("【城北燃气】您尾号4417的缴费卡11月2日09:30扣", y=140),
        make_line("费人民币56.10元,余额203.90元。", y=176),
    ]
    assert masked(lines) == {lines[2].text: ["4417"]}


def test_a_courier_notice_masks_the_courier_not_the_sentence() -> None:
    lines = [
        make_line("【速达快运】您的快件SF6203917448152正在派送中,派", y=100),
        make_line("件员:邵明杰,电话:13975310246,请保持电话畅通。", y=136),
    ]
    got = masked(lines)
    assert got[lines[0].text] == ["SF6203917448152"]
    assert got[lines[1].text] == ["13975310246", "邵明杰"]


def test_a_courier_named_on_the_line_under_the_role_word() -> None:
    lines = [
        make_line("【快递柜】您的包裹已放入枫林雅苑2栋旁智能柜,取件码", y=100),
        make_line("441902,请及时取件。快递员", y=136),
        make_line("戴志强 13766021588", y=172),
    ]
    got = masked(lines)
    assert got[lines[0].text] == ["2栋", "枫林雅苑"]
    assert lines[1].text not in got  # the pickup code is no one's
    assert got[lines[2].text] == ["13766021588", "戴志强"]


def test_a_residents_door_in_a_notice_is_masked_not_the_notice() -> None:
    lines = [
        make_line("【松涛苑物业】尊敬的7栋12层1203业主,您家本月燃", y=100),
        make_line("气费48.30元已出账,请及时缴纳。", y=136),
    ]
    assert masked(lines) == {lines[0].text: ["7栋12层1203"]}


def test_a_service_number_sending_messages_is_no_ones() -> None:
    lines = [
        make_line("95577", y=100),
        make_line("【城北银行】您尾号0362的借记卡转入人民币800.00元。", y=140),
        make_line("1069033188", y=300),
        make_line("【优选商城】验证码482913,用于登录,5分钟内有效。", y=340),
    ]
    got = masked(lines)
    assert lines[0].text not in got and lines[2].text not in got
    assert lines[3].text not in got  # a verification code is the service's, like a pickup code


def test_a_friends_name_above_their_message_stays_masked() -> None:
    lines = [
        make_line("欧阳雪", y=100),
        make_line("你好,我是欧阳雪,这是我的新号码13602249817,请惜存。", y=140),
        make_line("星期一", x=700, y=100),
    ]
    got = masked(lines)
    assert got[lines[0].text] == ["欧阳雪"]
    assert lines[2].text not in got


def test_a_message_opening_with_its_bracketed_sender_reads_as_a_sentence() -> None:
    from redactor.core.detect.text.prose import is_prose

    assert is_prose("【城北燃气】您尾号4417的缴费卡11月2日09:30扣")
    assert not is_prose("【加急】")  # a mark, no words after it


def test_days_a_message_list_writes_are_dates() -> None:
    from redactor.core.detect.text.not_personal import nothing_but_amounts

    assert all(nothing_but_amounts(t) for t in ("昨天", "星期日", "Yesterday", "11月2日"))
    assert not nothing_but_amounts("周一鸣")  # a surname that opens a weekday's word
