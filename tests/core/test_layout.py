"""Keyword fields, person blocks and wrapped addresses, on hand-made OCR lines."""

from __future__ import annotations

from redactor.core.detect import text_spans
from redactor.core.models import OcrLine, Quad

CHAR_W = 20.0
LINE_H = 30.0


def make_line(text: str, x: float = 100.0, y: float = 100.0, conf: float = 0.95) -> OcrLine:
    chars = tuple(
        Quad.from_bbox(x + i * CHAR_W, y, x + (i + 1) * CHAR_W, y + LINE_H)
        for i in range(len(text))
    )
    quad = Quad.from_bbox(x, y, x + max(1, len(text)) * CHAR_W, y + LINE_H)
    return OcrLine(text=text, confidence=conf, quad=quad, chars=chars)


def stack(*texts: str, x: float = 100.0, gap: float = 12.0) -> list[OcrLine]:
    return [make_line(t, x=x, y=100 + i * (LINE_H + gap)) for i, t in enumerate(texts)]


def masked_parts(lines: list[OcrLine]) -> dict[str, set[str]]:
    """Per category, the texts masked (seeds for unread values, empty, are left out)."""
    out: dict[str, set[str]] = {}
    for i, spans in text_spans(lines).items():
        for s in spans:
            if s.start == s.end:
                continue
            out.setdefault(s.category.value, set()).add(lines[i].text[s.start : s.end])
    return out


def test_name_after_keyword_stops_before_phone() -> None:
    parts = masked_parts(stack("收件人：张晓明 13812345678"))
    assert parts["name"] == {"张晓明"}
    assert parts["phone"] == {"13812345678"}


def test_keyword_itself_is_not_masked() -> None:
    lines = stack("收件人：张晓明 13812345678")
    covered = set()
    for s in text_spans(lines)[0]:
        covered |= set(range(s.start, s.end))
    assert not covered & set(range(0, 4))  # "收件人：" stays readable


def test_chinese_address_with_wrapped_line_and_doors() -> None:
    lines = stack("详细地址：浙江省温州市余杭区滨江路561号建业", "森林半岛1幢2636室")
    parts = masked_parts(lines)
    assert any("浙江省" in a for a in parts["address"])
    assert "森林半岛" in parts["address"]
    assert "1幢2636室" in parts["door"]


def test_address_without_keyword_in_sender_block() -> None:
    lines = stack(
        "寄件人:邹文航 17675432319", "湖北省宜昌市洪山区人民南路429号金色港湾5栋4", "单元2701室"
    )
    parts = masked_parts(lines)
    assert "邹文航" in parts["name"]
    assert any("人民南路" in a for a in parts["address"])
    assert any("2701室" in d for d in parts["door"])


def test_english_block_under_heading() -> None:
    lines = stack(
        "DELIVER TO:",
        "Aiden Wilson",
        "9864 Willow Street Apt 4B",
        "SPRINGFIELD, IL 62752",
        "Ph (301) 555-7683",
    )
    parts = masked_parts(lines)
    assert "Aiden Wilson" in parts["name"]
    assert any("Willow Street" in a for a in parts["address"])
    assert "Apt 4B" in parts["door"]
    assert any("62752" in a for a in parts["address"])
    assert "(301) 555-7683" in parts["phone"]


def test_heading_block_stops_at_a_wide_gap() -> None:
    lines = [
        make_line("SHIP TO:", y=100),
        make_line("Maria Lopez", y=142),
        make_line("Thank you for shopping", y=400),
    ]
    parts = masked_parts(lines)
    assert "Maria Lopez" in parts["name"]
    assert not any("Thank" in v for vs in parts.values() for v in vs)


def test_business_fields_stay_readable() -> None:
    parts = masked_parts(
        stack("门店地址：北京市朝阳区建国路88号", "永辉超市", "大米5kg 46.54", "合计：137.12")
    )
    assert "name" not in parts
    assert "永辉超市" not in {v for vs in parts.values() for v in vs}
    assert not any("46.54" in v or "137.12" in v for vs in parts.values() for v in vs)


def test_receipt_member_and_cashier() -> None:
    parts = masked_parts(stack("会员：唐桐", "CASHIER: ANGELA", "Customer Name: Lee Chan"))
    assert {"唐桐", "ANGELA", "Lee Chan"} <= parts["name"]


def test_running_text_with_to_and_from_is_not_a_field() -> None:
    parts = masked_parts(stack("Welcome to our store", "Gifts from the heart"))
    assert "name" not in parts


def test_name_as_first_line_of_an_address_block_without_keyword() -> None:
    parts = masked_parts(stack("JENNIFER WHITE", "966 LAKE DR Apt 26C", "Tucson, AZ 85710"))
    assert "JENNIFER WHITE" in parts["name"]
    parts = masked_parts(stack("欧阳娜娜", "广东省深圳市南山区科技园路88号"))
    assert "欧阳娜娜" in parts["name"]
    parts = masked_parts(stack("上官浩燕桂", "广东省深圳市南山区科技园路88号"))
    assert "上官浩燕桂" in parts["name"]


def test_a_name_over_an_address_read_with_look_alike_digits() -> None:
    # "O" read as "0", "I" as "1": still a name over the address (without the
    # block step, which would mask the line for its place alone).
    from redactor.core.detect.registry import without

    for name in ("DAVID K. R0SS", "J0HN SM1TH"):
        lines = stack(name, "27 WILLOW BEND RD APT 3C", "SPARKS NV 89431")
        spans = text_spans(lines, recognizers=without("person_blocks"))[0]
        assert [(s.start, s.end, s.rule) for s in spans] == [(0, len(name), "name_above_address")]
    # A number over an address is no name.
    lines = stack("Order 118-8345135", "27 WILLOW BEND RD APT 3C", "SPARKS NV 89431")
    assert text_spans(lines, recognizers=without("person_blocks"))[0] == []


def test_compound_surname_with_three_character_given_name() -> None:
    parts = masked_parts(stack("收银：上官浩燕桂", "会员：王小明先生"))
    assert {"上官浩燕桂", "王小明先生"} <= parts["name"]
    # A plain surname's name stops at four characters; the label's whole value is
    # masked as well (fail closed: whatever a name label announces goes).
    parts = masked_parts(stack("收银：王浩燕桂收"))
    assert parts["name"] == {"王浩燕桂", "王浩燕桂收"}


def test_shop_name_above_an_address_is_not_a_person() -> None:
    parts = masked_parts(stack("永辉超市", "北京市朝阳区建国路88号"))
    assert "name" not in parts
    parts = masked_parts(stack("FRESH MART INC", "12 Main Street", "Austin, TX 78701"))
    assert "name" not in parts


def test_ocr_lost_spaces_in_headings() -> None:
    parts = masked_parts(
        stack("SHIPFROM:", "LIAM GARCIA", "4608ChurchBLVD", "Madis0n, Wl 53761", "Ph853-287-5938")
    )
    assert "LIAM GARCIA" in parts["name"]
    assert "853-287-5938" in parts["phone"]
    assert any("53761" in a for a in parts["address"])


def test_a_whole_label_noun_glued_to_its_value() -> None:
    # An ID card prints 姓名 right before the name, no colon; the name need not start
    # with a common surname. A label glued to printed words names nobody.
    assert masked_parts(stack("姓名宜小信"))["name"] >= {"宜小信"}
    assert "name" not in masked_parts(stack("持卡人存根 CARDHOLDER COPY"))
    assert "name" not in masked_parts(stack("收银小票"))


def test_a_building_and_room_cut_off_their_address_line_are_a_door() -> None:
    # A tilted photo: the OCR boxed the end of the address apart from its label's line.
    lines = [make_line("收货地址：上海市徐", x=100), make_line("17号5栋12层1203", x=400, y=80)]
    assert "5栋12层1203" in masked_parts(lines)["door"]


def test_a_building_with_its_unit_floor_or_room_is_an_address_line() -> None:
    from redactor.core.detect.text.addresses import looks_like_address

    assert looks_like_address("5栋12层1203") and looks_like_address("A座0806")
    assert not looks_like_address("2号楼")  # a building alone may be anyone's


def test_a_signature_read_as_digits_and_the_name_printed_under_it_are_masked() -> None:
    from tests.core.test_holders import _box
    from tests.core.test_layout_rows import covered_text

    label = make_line("持卡人签名 CARDHOLDER SIGNATURE", x=100, y=100)
    # The handwriting is boxed three lines tall, from the label's foot; the printed
    # name under it reaches up into its box.
    sign = _box("731", 120, 120, 3 * LINE_H)
    printed = make_line("LIANG WENHUI", x=100, y=120 + 3 * LINE_H - 25)
    footer = make_line("I ACKNOWLEDGE SATISFACTORY RECEIPT", x=100, y=120 + 4 * LINE_H)
    covered = covered_text([label, sign, printed, footer])
    assert covered[1] == "731" and covered[2] == "LIANG WENHUI"
    assert covered[0] == "" and covered[3] == ""


def test_a_button_word_after_a_number_field_is_not_the_number() -> None:
    # An app prints an action beside the number it acts on; a name after it is a value.
    from tests.core.test_layout_rows import covered_text

    covered = covered_text(
        stack(
            "物流单号：780415529630118复制", "运单号 SF1234567890123 复制", "电话：13812345678 张三"
        )
    )
    assert covered[0] == "780415529630118"
    assert covered[1] == "SF1234567890123"
    assert covered[2] == "13812345678 张三"


def test_a_chinese_keyword_read_with_one_character_dropped_still_announces() -> None:
    # OCR loses a light character of a long label: the value is still announced,
    # whatever shape the OCR left it in (a masked number with its first digit lost).
    parts = masked_parts(stack("身份号: ************5*", "收货址：城南路8号"))
    assert parts["id_number"] == {"************5*"}
    assert parts["address"] == {"城南路8号"}
    # A shorter label that is a word of its own keeps its meaning: not personal.
    assert masked_parts(stack("商户号: T2311270045")) == {}
