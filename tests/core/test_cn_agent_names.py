from __future__ import annotations

from tests.core.test_layout import masked_parts, stack


def test_a_courier_named_in_a_tracking_event_and_the_phone_after_it() -> None:
    # A parcel's event names the courier after 由 and before the act; the words stay.
    line = "【杭州市】快件已由韩立新派送,电话15312345678"
    assert masked_parts(stack(line)) == {"name": {"韩立新"}, "phone": {"15312345678"}}
    assert masked_parts(stack("已由许晴签收")) == {"name": {"许晴"}}


def test_a_role_or_the_recipient_themself_is_no_name() -> None:
    assert masked_parts(stack("快件已由快递员派送")) == {}
    assert masked_parts(stack("已由本人签收")) == {}
    assert masked_parts(stack("已由前台代收")) == {}


def test_a_shops_header_keeps_the_courier_and_phone_of_an_event_masked() -> None:
    # An order screenshot: the event line sits above the first price, among the shop's
    # lines; a name found in it says the line is no shop's, so its phone stays masked.
    lines = stack(
        "宏达家居旗舰店",
        "【杭州市】快件已由韩立新派送,电话15312345678",
        "实木餐桌",
        "¥1299.00",
        "实付款 ¥1299.00",
    )
    found = masked_parts(lines)
    assert found.get("phone") == {"15312345678"}
    assert found.get("name") == {"韩立新"}


def test_the_one_an_official_met_or_spoke_with() -> None:
    # A report names whom it met after 与/向 and before the act of meeting or talking.
    line = "已于3月2日上门走访，与梁建平当面沟通，对方表示配合。"
    assert masked_parts(stack(line)) == {"name": {"梁建平"}}
    assert masked_parts(stack("向卢建华了解情况后作出答复")) == {"name": {"卢建华"}}
    # a department or the other side is no one's name
    assert masked_parts(stack("已与相关部门沟通，尚未答复")) == {}
    assert masked_parts(stack("与对方沟通后同意退款")) == {}


def test_a_giving_feeds_givers_and_posters_its_acts_and_sums_readable() -> None:
    # Givers go by names, nicknames and starred names; a feed's rows are no block:
    # the acts, the sums, the times and the wishes stay readable.
    lines = stack(
        "爱心动态",
        "韦晓东更新了进展:今天第三次化疗结束",
        "罗明杰 捐助了30元",
        "3分钟前",
        "一路平安",
        "Q小麦捐助了100元",
        "1小时前",
        "程*涛 支持了20元",
        "热心网友捐助了66元",
        "匿名捐助了10元",
        "2天前",
    )
    assert masked_parts(lines) == {"name": {"韦晓东", "罗明杰", "Q小麦", "程*涛"}}


def test_a_feeds_act_without_a_sum_or_a_surname_names_no_one() -> None:
    assert masked_parts(stack("感谢大家支持了我们", "页面更新了进展")) == {}


def test_the_parties_an_agreement_names_after_their_party_word() -> None:
    # Inside a clause, glued on after the party word and ended by the next word or a mark.
    assert masked_parts(stack("双方确认男方邓立新与女方韦晓琳于2019年3月登记结婚。")) == {
        "name": {"邓立新", "韦晓琳"}
    }
    assert masked_parts(stack("四、丙方已核验乙方彭秀兰的健康证明。")) == {"name": {"彭秀兰"}}
    assert masked_parts(stack("3.乙方韩志强确认已当面验收上述商品。")) == {"name": {"韩志强"}}
    assert masked_parts(stack("本合同由甲方郑明(以下简称甲方)签订")) == {"name": {"郑明"}}


def test_a_party_word_followed_by_its_verb_names_no_one() -> None:
    assert masked_parts(stack("甲方同意乙方应于每月5日前付款。")) == {}
    assert masked_parts(stack("中介服务费由甲方向丙方支付。")) == {}
    assert masked_parts(stack("在乙方付清全部款项前,商品所有权归甲方所有。")) == {}
    assert masked_parts(stack("由甲方直接支付给乙方本人。")) == {}
