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
