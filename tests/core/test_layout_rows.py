"""Layout rules for values beside labels, split boxes, wraps and glued OCR text.

Each rule has positives and at least one tricky negative (ordinary text that
looks similar and must stay readable).
"""

from __future__ import annotations

from redactor.core.detect import text_spans
from redactor.core.detect.layout.labels import find_fields
from redactor.core.detect.text.addresses import looks_like_cn_address, looks_like_en_address
from redactor.core.models import OcrLine, Quad
from tests.core.test_layout import LINE_H, make_line, masked_parts, stack


def row(*cells: tuple[str, float], y: float = 100.0) -> list[OcrLine]:
    """Boxes on one printed row, each starting at the given x."""
    return [make_line(t, x=x, y=y) for t, x in cells]


def covered_text(lines: list[OcrLine]) -> dict[int, str]:
    """Per line, the characters some span covers (in order)."""
    out = {}
    for i, spans in text_spans(lines).items():
        idx = sorted({k for s in spans for k in range(s.start, s.end)})
        out[i] = "".join(lines[i].text[k] for k in idx)
    return out


# ---------------------------------------------------------------- values beside labels


def test_name_beside_a_bare_heading_and_address_below_it() -> None:
    lines = row(("SHIP TO:", 100), ("Oscar Scott", 300))
    lines += [make_line("12 Orchard Way", x=300, y=140), make_line("Cardiff CF2 4ND", x=300, y=180)]
    parts = masked_parts(lines)
    assert parts["name"] == {"Oscar Scott"}
    assert "12 Orchard Way" in parts["address"]
    assert covered_text(lines)[0] == ""  # the heading stays


def test_house_number_boxed_apart_and_the_block_ends_at_the_phone() -> None:
    lines = row(("SHIP TO:", 100), ("MARY CASTELLANO", 300))
    # A stamp split the street row: "21733" | "3%" | "EDRUNIT859".
    lines += row(("21733", 300), ("3%", 420), ("EDRUNIT859", 480), y=140)
    lines += stack("SPOKANE WA 99269-2848", "PHONE: 702-555-3328", "PRIORITY", x=300)[:3]
    for k, ln in enumerate(lines[-3:]):  # stacked under the street row
        lines[len(lines) - 3 + k] = make_line(ln.text, x=300, y=180 + 40 * k)
    covered = covered_text(lines)
    assert [covered[k] for k in (2, 3, 4)] == ["21733", "3%", "EDRUNIT859"]
    assert covered[7] == ""  # "PRIORITY" under the phone is not the address


def test_label_beside_a_label_is_not_a_value() -> None:
    lines = row(("签收人：", 100), ("日期：", 400))
    assert masked_parts(lines) == {}


def test_number_under_its_label() -> None:
    lines = stack("AWB No:", "X57811783037")
    assert masked_parts(lines)["tracking"] == {"X57811783037"}
    # printed in groups of digits
    assert masked_parts(stack("Account number", "2388 8842 3907"))["id_number"] == {
        "2388 8842 3907"
    }
    assert "id_number" not in masked_parts(stack("Account number", "Paid 12 May 2024"))


def test_label_with_a_glued_number_sign_read_as_zero() -> None:
    assert masked_parts(stack("AWBN0:FMPP4686878579"))["tracking"] == {"FMPP4686878579"}
    # A word that merely starts like the label is no label.
    assert masked_parts(stack("AWBNORTH WAREHOUSE")) == {}


def test_words_under_a_number_label_are_not_the_number() -> None:
    lines = stack("Tracking:", "Handle with care")
    assert "tracking" not in masked_parts(lines)


def test_postcode_label_takes_the_short_value_only() -> None:
    lines = stack("湖北省宜昌市伍家岗区桥泰路418号 邮编：", "443042", "易碎轻放")
    parts = masked_parts(lines)
    assert "443042" in parts["address"]
    assert covered_text(lines)[2] == ""


def test_card_number_split_over_two_boxes() -> None:
    lines = row(("银行卡：477772***", 100), ("***6645", 100 + 13 * 20 + 10))
    parts = masked_parts(lines)
    assert "477772***" in parts["card_number"]
    assert "***6645" in parts["card_number"]


def test_masked_head_boxed_apart_from_the_card_digits() -> None:
    lines = row(("刷卡：****", 100), ("********5301", 100 + 7 * 20 + 8))
    assert covered_text(lines) == {0: "****", 1: "********5301"}


def test_number_boxed_in_two_pieces_is_read_across_the_seam() -> None:
    first = "刷卡:************"
    lines = row((first, 100), ("*0192", 100 + len(first) * 20 + 8))
    assert covered_text(lines) == {0: "************", 1: "*0192"}
    lines = row(("电话 138 1234", 100), ("5678", 100 + 11 * 20 + 8))
    assert covered_text(lines) == {0: "138 1234", 1: "5678"}


def test_stars_and_last_digits_far_apart_on_one_row() -> None:
    # "刷卡：**** **** **** 4715" with the middle groups unread.
    lines = row(("刷卡：***", 100), ("4715", 100 + 6 * 20 + 3 * LINE_H))
    assert covered_text(lines) == {0: "***", 1: "4715"}
    assert masked_parts(lines)["card_number"] == {"***", "4715"}
    # ... and with a box of stars read in between.
    lines = row(("刷卡：***", 100), ("**", 100 + 6 * 20 + 2 * LINE_H), ("4715", 400))
    assert covered_text(lines) == {0: "***", 1: "**", 2: "4715"}
    # Decorative stars before a year are no number.
    lines = row(("会员日 ***", 100), ("2024", 100 + 6 * 20 + 3 * LINE_H))
    assert covered_text(lines) == {0: "", 1: ""}


def test_the_stars_of_a_masked_name_boxed_apart_are_masked() -> None:
    # "姓名：方" and, in a box of its own just right of it, the stars of the given name.
    lines = row(("姓名：方", 100), ("**", 100 + 4 * 20 - 5))
    assert covered_text(lines) == {0: "方", 1: "**"}
    # Stars far along the row are another cell.
    lines = row(("姓名：方", 100), ("**", 100 + 4 * 20 + 10 * LINE_H))
    assert covered_text(lines)[1] == ""


def test_the_starred_tail_of_a_card_number_boxed_apart_is_masked() -> None:
    # "卡号：622202" then, past the unread middle stars, "*7315" in a box of its own.
    lines = row(("卡号：622202", 100), ("*7315", 100 + 9 * 20 + 3 * LINE_H))
    assert covered_text(lines) == {0: "622202", 1: "*7315"}
    # Stars and digits beside ordinary text are no number's tail.
    lines = row(("合计：36.50", 100), ("*7315", 100 + 8 * 20 + 3 * LINE_H))
    assert covered_text(lines)[1] == ""


def test_asterisks_beside_ordinary_text_stay() -> None:
    # Decorative stars beside a slogan, and stars far from a number, are no card.
    lines = row(("会员日 ***", 100), ("全场九折", 100 + 7 * 20 + 8))
    assert covered_text(lines) == {0: "", 1: ""}
    lines = row(("评分：****", 100), ("********5301", 900))
    assert covered_text(lines)[0] == ""


def test_masked_card_with_a_group_the_ocr_dropped() -> None:
    first = "ACCT#:****"
    lines = row((first, 100), ("***2929", 100 + len(first) * 20 + 3 * 20))
    assert covered_text(lines) == {0: "****", 1: "***2929"}
    # Digits after an unmasked value need the boxes close together.
    lines = row(("卡号：6222021234", 100), ("5678", 100 + 14 * 20 + 3 * 20))
    assert covered_text(lines)[1] == ""


def test_rest_of_a_name_boxed_apart_by_a_stamp() -> None:
    lines = row(("CARDHOLDER:IMO", 100), ("MCALLISTER", 100 + 14 * 20 + 100))
    assert covered_text(lines) == {0: "IMO", 1: "MCALLISTER"}
    # Not the rest of a name: a word with digits, a shop word, or a box far away.
    for beside, x in (("REG 2", 420), ("TOTAL", 420), ("MCALLISTER", 900)):
        assert covered_text(row(("CASHIER: ANNA", 100), (beside, x)))[1] == ""


def test_rest_of_a_name_beside_a_bare_label_read_with_a_digit() -> None:
    # "Attn:" alone, the name beside it in two boxes; a mark written over the surname
    # boxed it twice as tall and made a letter a digit.
    lines = row(("Attn:", 100), ("OSCAR", 220))
    rest = make_line("SC0TT", x=340, y=85)
    lines.append(OcrLine(rest.text, 0.9, Quad.from_bbox(340, 85, 440, 145), rest.chars))
    covered = covered_text(lines)
    assert covered[1] == "OSCAR" and covered[2] == "SC0TT"


def test_last_digits_far_from_a_number_label_with_unread_stars() -> None:
    from redactor.core.detect import findings_from_text

    lines = row(("ACCT #:", 100), ("9035", 100 + 7 * 20 + 230))
    assert covered_text(lines) == {0: "", 1: "9035"}
    [f] = [f for f in findings_from_text(lines) if f.source.rule == "number_far"]
    assert f.quad.bbox[0] <= 100 + 7 * 20 + 1  # the mask starts at the label's end
    # A date far beside a date label, or digits beyond the row's reach, stay.
    assert covered_text(row(("DATE:", 100), ("2026", 100 + 5 * 20 + 230)))[1] == ""
    assert covered_text(row(("ACCT #:", 100), ("9035", 100 + 7 * 20 + 600)))[1] == ""


def test_payment_card_label_with_its_stars_unread() -> None:
    # A receipt's payment line whose small stars went unboxed: the label and the
    # last digits are all the OCR read; both the digits and the gap are masked.
    from redactor.core.detect import findings_from_text

    lines = row(("刷卡：", 100), ("5301", 100 + 3 * 20 + 110))
    assert covered_text(lines) == {0: "", 1: "5301"}
    found = findings_from_text(lines)
    assert {f.category.value for f in found} == {"card_number"}
    assert min(f.quad.bbox[0] for f in found) <= 100 + 3 * 20 + 1
    # An amount beside a payment-method word is no card number.
    assert covered_text(row(("现金：", 100), ("53.12", 300)))[1] == ""


def test_price_beside_a_card_label_line_far_away_stays() -> None:
    lines = row(("卡号：6222021234567890", 100), ("12.50", 900))
    assert covered_text(lines)[1] == ""


# ---------------------------------------------------------------- blocks and wraps


def test_return_to_block_of_a_shop_stays_readable() -> None:
    lines = stack(
        "Return To:", "GreenLeafGroceryRetailPvtLtd", "Warehouse7,Bhiwandi,Maharashtra421302"
    )
    assert masked_parts(lines) == {}


def test_return_from_block_is_the_customer() -> None:
    lines = stack(
        "Return From:", "Aditya Chopra", "H.No 17-7-54, MG Road", "Lucknow, Uttar Pradesh 226034"
    )
    parts = masked_parts(lines)
    assert "Aditya Chopra" in parts["name"]
    assert any("Lucknow" in a for a in parts["address"])


def test_block_stops_at_another_label() -> None:
    lines = stack(
        "Customer:",
        "Harpreet Khan",
        "Flat 1906, Gachibowli",
        "GSTIN: 27MSLSW0212Z1Z2",
        "Order ID: 1",
    )
    covered = covered_text(lines)
    assert covered[3] == "" and covered[4] == ""


def test_compound_label_heads_no_block() -> None:
    lines = stack("会员手机：199****4508", "谢谢惠顾，欢迎再次光临")
    assert covered_text(lines)[1] == ""


def test_door_number_wrapped_onto_its_own_line() -> None:
    lines = stack(
        "收件人：夏明红 15386596964", "江苏省苏州市吴中区河东北路24号家园17号楼3单元4", "05"
    )
    assert "05" in masked_parts(lines)["door"]


def test_small_number_far_below_an_address_stays() -> None:
    lines = [
        make_line("江苏省苏州市吴中区河东北路24号", y=100),
        make_line("2", x=900, y=100 + LINE_H + 10),
    ]
    assert covered_text(lines)[1] == ""


def test_wrapped_text_before_a_postcode_label() -> None:
    lines = stack("上海市静安区锦泰大道346号明三苑", "21-6-806 邮编：200061")
    covered = covered_text(lines)[1]
    assert "21-6-806" in covered and "200061" in covered


def test_box_cut_off_an_address_row_continues_it() -> None:
    first = "H.No12-9-181,Bar"
    lines = row((first, 100), ("oad,Baner", 100 + len(first) * 20 + 30))
    assert covered_text(lines)[1] == "oad,Baner"


def test_garbled_street_between_attn_and_city() -> None:
    lines = stack("Attn: ROBERT K. OKAFOR", "29157 Jacks190n", "Madison WI 53795", "GROUND")
    covered = covered_text(lines)
    assert covered[1] == "29157 Jacks190n"
    assert covered[3] == ""


def test_line_between_two_address_lines() -> None:
    lines = stack(
        "Deliver to: Meera Reddy", "Flat 1705,", "Civil Lines", "Bengaluru, Karnataka 560261"
    )
    assert "Civil Lines" in masked_parts(lines)["address"]


# ---------------------------------------------------------------- Chinese waybill marks


def test_bare_waybill_marks_before_names() -> None:
    parts = masked_parts(
        stack(
            "收范*芳131****2493",
            "寄江*183****8809",
            "收件：张-静+86-16676558128",
            "收件：熊娜彬0512-95023390",
            "寄卢*-166****6151",  # the last 一 of 卢*一 read as a dash
            "收件:诸葛丹英娥157 1269 9585",
        )
    )
    assert {"范*芳", "江*", "张-静", "熊娜彬", "卢*-", "诸葛丹英娥"} <= parts["name"]


def test_line_under_a_waybill_name_is_the_address() -> None:
    # A stamp over "东莞市" leaves "广东" and, cut off the row, "57万长安镇".
    lines = stack("寄罗*180****1508", "广东")
    lines.append(make_line("57万长安镇", x=100 + 3 * 20, y=lines[1].quad.bbox[1]))
    parts = masked_parts(lines)
    assert {"广东", "57万长安镇"} <= parts["address"]


def test_waybill_number_under_a_waybill_name_stays_a_number() -> None:
    parts = masked_parts(stack("收范*芳131****2493", "EN750111537CN", "签收人："))
    assert "address" not in parts
    assert covered_text(stack("收范*芳131****2493", "EN750111537CN", "签收人："))[2] == ""


def test_a_mark_over_the_stars_of_a_name_after_its_waybill_mark() -> None:
    from redactor.core.detect.text.names import waybill_name

    # "收<surname>**" with a handwritten mark over the stars, read as a letter or two.
    for text, name in (("收胡C", "胡C"), ("收 胡x1", "胡x1"), ("寄件人张三A", "张三A")):
        span = waybill_name(text)
        assert span is not None and text[span.start : span.end] == name, text
    assert waybill_name("收货码A12") is None  # no surname after the mark
    assert waybill_name("收胡C 其他文字") is None  # a line goes on: no stamp over its end


def test_a_mark_then_nothing_but_unreadable_ink_is_the_name() -> None:
    from redactor.core.detect.text.names import waybill_name

    # The recipient's mark read right, the name after it read as a few letters or digits
    # (a tilted photo, a smudge): the mark announces a name, so the line is masked
    # with its mark (misread ink has no reliable character boxes).
    for text in ("收407", "寄 Q2x", "收：8b"):
        span = waybill_name(text)
        assert span is not None and (span.start, span.end) == (0, len(text)), text
    assert waybill_name("收 12.50") is None  # money received, not a name
    assert waybill_name("收银台2") is None  # a word that starts with the mark


def test_bare_mark_without_a_surname_is_no_name() -> None:
    assert "name" not in masked_parts(stack("收款方式：现金", "收银小票", "寄件时间2024-03-16"))


def test_big_mark_box_owns_the_line_beside_it() -> None:
    lines = row(("收", 100), ("919(0 090****6 *：", 160))
    assert covered_text(lines)[1] == "919(0 090****6 *："


def test_one_character_after_a_name_label_is_a_word() -> None:
    assert "name" not in masked_parts(stack("客户联"))


# ---------------------------------------------------------------- OCR without spaces


def test_glued_labels_at_line_start() -> None:
    parts = masked_parts(stack("SERVEDBYSTEVEN", "C/OTYRONEPEMBERTON", "Ph853-287-5938"))
    assert {"STEVEN", "TYRONEPEMBERTON"} <= parts["name"]
    assert "853-287-5938" in parts["phone"]


def test_glued_words_inside_running_text_are_not_labels() -> None:
    assert find_fields("Toronto ON") == []
    assert find_fields("I agree to pay") == []
    assert find_fields("Price to pay") == []


def test_addresses_without_spaces() -> None:
    for text in ("YorkYO168FS", "BurlingtonVT05410", "BOISEID83788", "29923NWHighlandPlSuite867"):
        assert looks_like_en_address(text), text


def test_a_street_cut_from_its_number_with_its_door_after_it() -> None:
    for text in ("RCHWOOD DR, #412", "OAK AVE APT 4B", "Harbor Way Suite 12"):
        assert looks_like_en_address(text), text
    for text in ("Item Price #2", "Total Due", "Order No #12"):
        assert not looks_like_en_address(text), text


def test_a_city_and_state_line_with_its_postcode_cut_short() -> None:
    for text in ("MYSURU, KARNATAKA - 57001", "Kochi, Kerala", "Salem, OR 973"):
        assert looks_like_en_address(text), text
    for text in ("Thanks, Delhi team", "Order, PA 12"):
        assert not looks_like_en_address(text), text


def test_codes_and_words_that_are_not_addresses() -> None:
    for text in ("TBA811433041800", "CA7945-50", "REF1:79787", "Total 12345", "ORDER12345"):
        assert not looks_like_en_address(text), text
    # A receipt's item line: a street suffix at the end of a lower-case word is none.
    for text in ("1 012 Lifestyle Platter", "2 Seafood Platter", "3 Bestseller Pack"):
        assert not looks_like_en_address(text), text
    # ... nor a suffix inside a longer word in capitals (an "I" read as "1" before it).
    for text in ("1 ACKNOWLEDGE SATISFACTORY RECEIPT", "2 STORY BUILDING", "3 PLACEMENT"):
        assert not looks_like_en_address(text), text


def test_line_opening_with_a_province_is_an_address() -> None:
    # A stamp over "市工" leaves "江苏省苏州" with a single address marker.
    for text in ("江苏省苏州", "上海市浦东", "广西壮族自治区南宁"):
        assert looks_like_cn_address(text), text
    for text in ("江苏省人民医院", "上海市民服务热线", "江苏省", "欢迎光临江苏省苏州店"):
        assert not looks_like_cn_address(text), text


def test_lone_surname_cut_short_by_ocr_is_a_name() -> None:
    assert masked_parts(stack("会员：戴"))["name"] == {"戴"}
    # The first character of a compound surname, and a surname with stamp junk.
    assert masked_parts(stack("会员姓名：诸"))["name"] == {"诸"}
    assert masked_parts(stack("会员：孙A4"))["name"] == {"孙A4"}
    # Fail closed: whatever a name label announces with a colon is masked, name-like or not.
    assert masked_parts(stack("会员：员"))["name"] == {"员"}
    assert masked_parts(stack("会员：孙A4 电话"))["name"] == {"孙A4"}
    # Without a colon a glued label may be a word ("会员日"): its value must look like a name.
    assert masked_parts(stack("会员日特惠")) == {}


def test_state_and_zip_box_left_of_a_cut_town() -> None:
    lines = stack("Deliver To: ROBERT YOUNG", "PO BOX 57")
    lines += row(("HENDERS", 100), ("NV 89010", 100 + 7 * 20 + 25), y=100 + 2 * (LINE_H + 12))
    covered = covered_text(lines)
    assert covered[2] == "HENDERS" and covered[3] == "NV 89010"


def test_postcode_label_split_over_two_lines() -> None:
    lines = stack("四川省成都市高新区海安巷362号山五家园8-4-901邮", "编：610033")
    assert "610033" in masked_parts(lines)["address"]
    # On a tilted photo the two boxes overlap a little.
    lines = stack("四川省成都市高新区海安巷362号山五家园8-4-901邮", "编：610033", gap=-6)
    assert "610033" in masked_parts(lines)["address"]
    # The whole label ends the row above, in its last box; the colon opens the value.
    lines = row(("四川省成都市高新区海安巷", 100), ("362号8-4-901 邮编", 400))
    lines.append(make_line("：610033", x=100, y=140))
    assert "610033" in masked_parts(lines)["address"]


def test_a_label_after_an_unrelated_line_is_not_joined() -> None:
    lines = stack("欢迎光临", "日期：2026-01-02")
    assert masked_parts(lines) == {}


def test_mask_of_a_split_number_covers_the_gap_between_its_boxes() -> None:
    from redactor.core.detect import findings_from_text

    first = "银行卡：477772***"
    lines = row((first, 100), ("***6645", 100 + len(first) * 20 + 40))
    second = [f for f in findings_from_text(lines) if f.source.rule == "card_number_split"]
    assert len(second) == 1
    x0, _, x1, _ = second[0].quad.bbox
    assert x0 <= 100 + len(first) * 20 + 1 and x1 >= 100 + len(first) * 20 + 40 + 7 * 20 - 1


def test_uk_postcode_with_the_areas_o_read_as_zero() -> None:
    assert looks_like_en_address("YORK Y011 6AF")
    assert looks_like_en_address("YORK YO11 6AF")
    assert not looks_like_en_address("ORDER 0011 6AF")  # no letter opens the area


def test_an_address_line_cut_in_two_boxes_is_read_whole() -> None:
    # Neither half looks like an address; a speck between them is boxed too.
    from tests.core.test_holders import _box

    y = 100 + LINE_H + 12
    lines = [
        make_line("DORIS OYELARAN", x=100, y=100),
        make_line("40517 N CHESTN", x=100, y=y),
        _box(".", 100 + 14 * 20 + 4, y + 10, 6),
        make_line("UT AVE", x=100 + 14 * 20 + 14, y=y),
        make_line("DAYTON", x=100, y=y + LINE_H + 12),
    ]
    covered = covered_text(lines)
    assert covered[1] == "40517 N CHESTN" and covered[3] == "UT AVE"
    assert covered[0] == "DORIS OYELARAN"  # the block now has its signal


def test_times_under_a_name_in_a_column_of_values_stay() -> None:
    # An app's order card: labels in one column, values in the next; the name's label
    # has its value beside it, and the column below holds the person's phone, then
    # the order's own numbers and times.
    rows = [
        ("收货人", "罗敏"),
        ("手机号", "13905127746"),
        ("交易流水号", "4027718830465512097731264405"),
        ("创建时间", "2025-03-14 09:41:07"),
        ("付款时间", "2025-03-14 09:42:55"),
    ]
    lines = [ln for k, (a, b) in enumerate(rows) for ln in row((a, 100), (b, 300), y=100 + 40 * k)]
    covered = covered_text(lines)
    assert covered[1] == "罗敏" and covered[3] == "13905127746"
    assert [covered[k] for k in (6, 7, 8, 9)] == ["", "", "", ""]


def test_the_line_below_is_the_aligned_one_of_the_next_row() -> None:
    # A label column to the left of a value column, its boxes a few pixels higher (the
    # detector's boxes differ by a little): the value column still runs on downwards.
    from redactor.core.detect.layout.page import Sheet

    rows = [("收货人", "罗敏"), ("手机号", "13905127746"), ("交易流水号", "4027718830465512")]
    lines = []
    for k, (label, value) in enumerate(rows):
        lines += [make_line(label, x=100, y=97 + 40 * k), make_line(value, x=260, y=100 + 40 * k)]
    sheet = Sheet.of(lines, [ln.text for ln in lines])
    assert sheet.lines_below(1, max_lines=2) == [3, 5]
