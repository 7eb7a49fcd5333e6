"""Blocks first: a block with a personal signal is masked whole, but for what is known
not to be personal. Each case has a negative that must stay readable."""

from __future__ import annotations

import pytest

from redactor.core.detect import text_spans
from redactor.core.detect.layout.block_grouping import group_blocks
from redactor.core.detect.layout.block_parts import value_parts
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.registry import without
from redactor.core.detect.spans import normalize
from redactor.core.detect.tables.patterns import patterns
from redactor.core.models import OcrLine, Quad
from tests.core.test_layout import CHAR_W, LINE_H, make_line, stack
from tests.core.test_layout_rows import covered_text


def _blocks(lines) -> list[list[str]]:
    sheet = Sheet.of(lines, [normalize(ln.text) for ln in lines])
    return [[lines[k].text for k in b.lines] for b in group_blocks(sheet)]


def test_lines_group_by_spacing_alignment_and_size() -> None:
    lines = stack("JOHN Q PUBLIC", "123 MAPLE ST", "SPRINGFIELD IL 62704", x=100)
    lines.append(make_line("PRIORITY MAIL", x=100, y=100 + 3 * (LINE_H + 12) + 4 * LINE_H))
    big = make_line("63-878", x=600, y=100)
    big = make_line(big.text, x=100, y=100 + 3 * (LINE_H + 12))  # right under, but...
    tall = type(big)(
        big.text, big.confidence, big.quad.scaled(1.0).padded(0, LINE_H), big.chars
    )  # ... printed three times as tall: a sort code, not a line of the block
    groups = _blocks([*lines[:3], tall, lines[3]])
    assert ["JOHN Q PUBLIC", "123 MAPLE ST", "SPRINGFIELD IL 62704"] in groups
    assert ["63-878"] in groups
    assert ["PRIORITY MAIL"] in groups  # a wide gap above it


def test_keywordless_recipient_block_is_masked_whole() -> None:
    lines = stack(
        "JOHN Q PUBLIC",
        "OR CURRENT OCCUPANT",
        "ACCOUNTS DEPT 4",
        "SPRINGFIELD IL 62704",
        x=100,
    )
    covered = covered_text(lines)
    assert covered[0] == "JOHN Q PUBLIC"
    assert covered[1] == "OR CURRENT OCCUPANT"
    assert covered[2] == "ACCOUNTS DEPT 4"
    # The same lines without a city/state/ZIP line carry no signal: they stay.
    assert covered_text(lines[:3]) == {0: "", 1: "", 2: ""}


def test_canadian_city_line_makes_a_block() -> None:
    lines = stack("Jane Roe", "10 Grove Suite 604", "M6H 0E5 Toronto, Ontario Canada", x=100)
    covered = covered_text(lines)
    assert covered[0] == "Jane Roe"
    assert "M6H 0E5" in covered[2]


def test_name_under_a_masked_card_number() -> None:
    lines = stack("CARD NO: ************1234", "TAN AH KOW/", x=100)
    assert covered_text(lines)[1].startswith("TAN AH KOW")


def test_labels_money_dates_and_boilerplate_in_a_block_stay() -> None:
    lines = stack("收件人：张三 13812345678", "日期：2024-05-01", "托寄物：文件", "易碎轻放", x=100)
    covered = covered_text(lines)
    assert covered[0].startswith("张三")
    assert [covered[k] for k in (1, 2, 3)] == ["", "", ""]


def test_a_sum_in_capital_numerals_in_a_block_stays() -> None:
    # A receipt writes its sum in capitals (大写) on a line of its own inside the
    # payer's block: a sum of money, not the payer's.
    covered = covered_text(stack("今收到", "王建国", "13812345678", "贰万陆仟元整", x=100))
    assert "王建国" in covered[1] and covered[3] == ""
    covered = covered_text(stack("今收到", "王建国", "13812345678", "人民币壹佰元伍角", x=100))
    assert covered[3] == ""


def test_a_dated_field_after_a_personal_value_on_its_line_stays() -> None:
    # Two fields printed on one row: the card number is masked, the date after it is
    # a field of its own, not the rest of the person's value.
    covered = covered_text(stack("姓名：张三", "会员卡号：VK40213377日期：2024-05-01", x=100))
    assert covered[1] == "VK40213377"
    covered = covered_text(stack("Name: Jo Roe", "Member No: VK40213377 Date: 05/01/2024", x=100))
    assert covered[1] == "VK40213377"
    # A label that announces a date does not spare a name written after it.
    covered = covered_text(stack("姓名：张三", "会员卡号：VK40213377日期：王小明", x=100))
    assert "王小明" in covered[1]
    # A date label that ends another word is that word's: a birth date stays masked.
    covered = covered_text(stack("姓名：张三", "会员卡号：VK40213377出生日期：1990-01-01", x=100))
    assert "1990-01-01" in covered[1]


def test_amounts_of_goods_in_a_block_stay() -> None:
    # A prescription's last drug and its dose sit right over the pharmacist's name.
    drug, dose = "氯雷他定片10mg×6片", "口服一日1次每次1片"
    covered = covered_text(stack(drug, dose, "审核药师：严晓梅", "医师：彭立"))
    assert covered == {0: "", 1: "", 2: "严晓梅", 3: "彭立"}
    # The prescription sign over the drug list is printed, whoever the patient is.
    covered = covered_text(stack("姓名：张三", "电话：13812345678", "Rp", drug, dose))
    assert covered[2] == ""
    covered = covered_text(stack("Jane Roe", "Lotion 250ml", "12 Elm Street", "Leeds LS1 4AB"))
    assert covered[1] == ""
    # A door or a floor is no amount of goods.
    covered = covered_text(stack("收件人：张三", "华宁巷162号16栋19层1902", "3片区5号"))
    assert covered[1] and covered[2] == "3片区5号"


def test_an_order_cards_time_labels_in_a_block_stay() -> None:
    # Key/value rows printed flush under the recipient's rows, labels without colons.
    covered = covered_text(stack("罗敏", "13905127746", "付款时间", "发货时间", x=100))
    assert covered[0] == "罗敏"
    assert covered[2] == "" and covered[3] == ""


def test_a_number_under_a_non_personal_label_makes_no_block_personal() -> None:
    # An order number that happens to have a phone's shape is masked as one, but the
    # payment note printed with it is no person's.
    covered = covered_text(stack("Paid by account", "Order 087-5512093", x=100))
    assert covered == {0: "", 1: "087-5512093"}
    covered = covered_text(stack("Paid by account", "Ann Lee 087-5512093", x=100))
    # A phone with a name: a person's block, whose label stays readable ("Paid by").
    assert covered[0] == "account"


def test_phone_inside_a_code_line_masks_the_phone_only() -> None:
    lines = stack("JOHN Q PUBLIC", "Z5/1 of 1/2125551787/DY/01", x=100)
    covered = covered_text(lines)
    assert covered[1] == "2125551787"


def test_receipt_header_of_the_shop_stays() -> None:
    lines = stack(
        "GREEN LEAF MARKET",
        "88 HARBOUR RD",
        "TEL 020-12345678",
        "MILK 2L 3.50",
        "BREAD 2.20",
        "TOTAL 5.70",
        x=100,
    )
    covered = covered_text(lines)
    assert [covered[k] for k in (0, 1, 2)] == ["", "", ""]
    # A customer's labelled data in the header is still masked.
    lines[1] = make_line("MEMBER: JANE ROE", x=100, y=lines[1].quad.bbox[1])
    assert covered_text(lines)[1] == "JANE ROE"


def test_an_addressee_with_an_organisation_above_a_bill_is_no_shop_header() -> None:
    # A letter's window above the bill's sums: a person's name, then where they work.
    lines = stack("MARTA OKAFOR", "HILLCREST DENTAL CARE LTD", "2207 W ELM ST", "DAYTON OH 45402")
    lines += [make_line(t, x=100, y=400 + 40 * k) for k, t in enumerate(("Amount due", "$53.80"))]
    covered = covered_text(lines)
    assert [covered[k] for k in range(4)] == [ln.text for ln in lines[:4]]
    assert covered[4] == "" and covered[5] == ""


def test_a_window_addressee_marked_to_receive_under_a_banks_name_is_no_shop_header() -> None:
    # A statement posted to its holder: the bank's name, then the holder's postcode,
    # address and "<name> 收" in the envelope's window, then the sums.
    lines = stack(
        "东方农商银行", "200000", "江苏省南京市玄武区城南路8号5栋1201", "王文杰 收", x=100
    )
    lines += [
        make_line(t, x=100, y=400 + 40 * k)
        for k, t in enumerate(("-904.12", "16,612.71", "+1,130.03"))
    ]
    covered = covered_text(lines)
    assert covered[2] == "江苏省南京市玄武区城南路8号5栋1201"
    assert covered[3].startswith("王文杰")
    assert covered[0] == ""


def test_bilingual_labels_and_the_signature_written_below() -> None:
    lines = stack("卡号(CARD NO)", "6222 02** **** 1234", "HAO/LEI/", "有效期(EXP DATE)", x=100)
    covered = covered_text(lines)
    assert covered[0] == ""  # the bilingual label stays
    assert covered[2] == "HAO/LEI/"  # the cardholder's name under the card number
    assert covered[3] == ""
    lines = stack("持卡人签名:", "CARDHOLDER SIGNATURE", x=100)
    lines.append(make_line("PAN/XIN", x=100, y=lines[-1].quad.bbox[3] + 2 * LINE_H))
    lines.append(make_line("IACKNOWLEDGESATISFACTORYRECEIPT", x=100, y=lines[-1].quad.bbox[3] + 8))
    covered = covered_text(lines)
    assert covered[2] == "PAN/XIN"
    assert covered[1] == "" and covered[3] == ""  # the twin label and the glued footer stay


def test_a_salutation_masks_its_name_but_not_the_letter() -> None:
    lines = stack("Dear Ms Roe,", "Your statement for the period is enclosed.", x=100)
    covered = covered_text(lines)
    assert covered[0].startswith("Ms Roe")
    assert covered[1] == ""


@pytest.mark.parametrize("line", ["Dear Ms R0e,", "Dear Mr K314", "Dear Ms Mc8ride,"])
def test_a_name_word_misread_with_digits_is_masked_whole(line: str) -> None:
    # OCR reads a letter of the name as a digit: the word is still the name's.
    covered = covered_text(stack(line, x=100))[0]
    assert covered.rstrip(",") == line[5:].rstrip(",")


def test_a_privacy_number_note_in_a_recipient_block_stays_readable() -> None:
    # Platforms print "(隐私号保护中)" beside the phone tail; a footer "#12 完" ends the slip.
    lines = stack("收货人:王先生", "手机尾号8530", "(隐私号保护中)", "#12 完", "欢迎再次光临")
    covered = covered_text(lines)
    assert covered[1] == "8530"
    assert covered[2] == covered[3] == covered[4] == ""


def test_a_total_label_glued_to_a_name_keyword_stays_readable() -> None:
    # "顾客实付" (what the customer paid) starts like a "顾客" label; above a note block.
    # The note is read word by word: its door is masked, its plain words are not.
    lines = stack("顾客实付", "顾客备注: 送到23栋4单元2307室", "门口,别敲门")
    covered = covered_text(lines)
    assert covered[0] == ""
    assert "23栋4单元2307室" in covered[1] and covered[2] == ""


def test_a_keywordless_block_whose_pin_ocr_cut_short_is_masked() -> None:
    # No keyword, a PIN missing a digit, a mobile without +91: the block is still a person's.
    lines = stack("ANIKA MEHTA", "MAIL ROOM 4", "NEAR CITY MALL", "MYSURU, KARNATAKA - 57001")
    assert all(covered_text(lines).values())
    lines = stack("ANIKA MEHTA", "MAIL ROOM 4", "9876512345")
    assert covered_text(lines)[1] == "MAIL ROOM 4"


def _sized(texts: tuple[str, ...], x: float, y: float, scale: float) -> list[OcrLine]:
    h, w = LINE_H * scale, CHAR_W * scale
    out = []
    for n, t in enumerate(texts):
        top = y + n * 1.2 * h
        chars = tuple(
            Quad.from_bbox(x + i * w, top, x + (i + 1) * w, top + h) for i in range(len(t))
        )
        out.append(OcrLine(t, 0.95, Quad.from_bbox(x, top, x + len(t) * w, top + h), chars))
    return out


def test_a_big_block_under_a_small_one_it_is_not_flush_with_is_its_own() -> None:
    # A shop's return block in small print; the recipient's, printed large and set
    # further in, starts just under it: it is no part of the shop's block.
    small = _sized(
        ("Harbor Bakery Returns", "Unit 31, Gateway Park", "Dispatch Centre 4"), 100, 100, 1.0
    )
    big = _sized(
        (
            "Divya Rao",
            "NORTHGATE PRIMARY SCHOOL",
            "Plot 363 Vaishali Nagar",
            "Bengaluru, Karnataka - 560087",
        ),
        260,
        small[-1].quad.bbox[3] + 14,
        1.7,
    )
    covered = covered_text(small + big)
    assert covered[3] == "Divya Rao"
    assert covered[0] == ""


def test_a_name_boxed_tall_on_top_of_its_block_is_part_of_it() -> None:
    # Small print elsewhere sets the body size; the recipient block is printed larger,
    # and the OCR boxed its first line taller still (a turned photo).
    small = _sized(("SHIP DATE: 20-Jun-2022", "WEIGHT: 22.4kg", "DIMS: 4x12x9"), 900, 40, 0.9)
    small += _sized(("Paid by account", "Order 714-8514561", "Ref 0042"), 900, 900, 0.9)
    name = _sized(("ARJUN BANERJEE",), 100, 300, 1.9)
    rest = _sized(
        ("ACCOUNTS PAYABLE", "#80 BANJARA HILLS", "MUMBAI, MAHARASHTRA 400739"),
        100,
        name[0].quad.bbox[3] + 4,
        1.3,
    )
    covered = covered_text(small + name + rest)
    assert covered[len(small)] == "ARJUN BANERJEE"


def test_a_name_whose_tall_box_reaches_down_into_the_next_line_heads_the_block() -> None:
    # The recipient block is printed large (display lines: small print sets the body
    # size); a mark under the name made its box reach over half way into the line
    # below. The name's characters are as wide as the block's.
    small = _sized(("SHIP DATE: 20-Jun-2022", "WEIGHT: 22.4kg", "DIMS: 4x12x9"), 900, 40, 0.9)
    small += _sized(("Paid by account", "Order 714-8514561", "Ref 0042"), 900, 900, 0.9)
    rest = _sized(("c/o Front Desk", "46 Mill Close", "BRIGHTON", "BN11 8BN"), 100, 400, 1.5)
    h = rest[0].quad.height
    top, w = 400 - 1.8 * h, 1.2 * CHAR_W * 1.5  # the box's foot 0.55 of a line into the next
    text = "Nadia Krovetz"
    chars = tuple(
        Quad.from_bbox(100 + i * w, top, 100 + (i + 1) * w, top + 2.35 * h)
        for i in range(len(text))
    )
    name = OcrLine(text, 0.89, Quad.from_bbox(100, top, 100 + len(text) * w, top + 2.35 * h), chars)
    covered = covered_text([*small, name, *rest])
    assert covered[len(small)] == text


def test_a_ticket_s_printed_service_numbers_stay_under_its_holder() -> None:
    lines = stack("4201061975****5869 苏琪雪", "买票请到12306 发货请到95306")
    assert covered_text(lines)[1] == ""


def _rows(*rows: tuple[tuple[str, float], ...], gap: float = 8.0) -> list:
    out = []
    for n, cells in enumerate(rows):
        out += [make_line(t, x=x, y=100 + n * (LINE_H + gap)) for t, x in cells]
    return out


def test_rows_around_a_masked_card_hold_the_server_name() -> None:
    lines = _rows(
        (("VISA", 100), ("XXXXXXXXXXXX6612", 220)),
        (("AUTH 287522", 100), ("TBL 44", 340)),
        (("PRE-AUTH", 100), ("DINING", 300), ("KELSEY SER", 440)),
    )
    covered = covered_text(lines)
    assert covered[1] == "XXXXXXXXXXXX6612"
    assert covered[6] == "KELSEY SER"
    assert covered[0] == ""  # the card brand is no personal data


def test_a_table_under_a_person_block_stays() -> None:
    lines = _rows(
        (("收件人：张三", 100),),
        (("广东省深圳市南山区科技路88号", 100),),
        (("申报品名 Description", 100), ("数量 Qty", 520), ("价值 Value", 700)),
        (("护肤品 Face cream 50ml", 100), ("2", 520), ("AUD 80.01", 700)),
    )
    covered = covered_text(lines)
    assert covered[0] == "张三" and covered[1]
    assert covered[5] == "" and covered[6] == ""


def test_a_checked_id_number_is_a_signal_even_where_a_waybill_pattern_matches() -> None:
    # An 18-digit resident ID with a valid check digit also has a waybill number's
    # shape; the name after it on a ticket is masked all the same.
    from tests.core.test_layout import stack
    from tests.core.test_layout_rows import covered_text

    lines = stack("限乘当日当次车", "370202198405116436 付志东")
    assert covered_text(lines)[1] == "370202198405116436付志东"  # the space stays


def test_a_recipient_block_printed_large_is_one_block() -> None:
    # Body text at 30 px; the recipient's four lines at 47-50 px, around the
    # display-line threshold: they stay one block, and its name is masked.
    from redactor.core.models import OcrLine, Quad
    from tests.core.test_layout_rows import covered_text

    def line(text: str, y: float, h: float, x: float = 100) -> OcrLine:
        q = Quad.from_bbox(x, y, x + 18 * len(text), y + h)
        return OcrLine(text, 0.95, q, q.split(len(text)))

    lines = [line(f"Weight {k} kg", 100 + 36 * k, 30, x=900) for k in range(8)]
    big = [
        "FARHAN GUPTA",
        "BUILDING SERVICES",
        "H.NO 20-8-83 ANDHERI EAST",
        "PUNE, MAHARASHTRA - 411903",
    ]
    for k, (text, h) in enumerate(zip(big, (47, 50, 47, 49.5), strict=True)):
        lines.append(line(text, 600 + 53 * k, h))
    covered = covered_text(lines)
    assert covered[8] == "FARHAN GUPTA"


def test_pos_slip_cardholder_names_and_bracketed_labels() -> None:
    from redactor.core.detect.tables.lexicon import NON_PERSONAL_LABELS
    from redactor.core.models import OcrLine, Quad
    from tests.core.test_layout import make_line
    from tests.core.test_layout_rows import covered_text

    # The card's embossed name, and printed pairs of words that are no name.
    lines = [make_line(t, y=100 + 40 * k) for k, t in enumerate(
        ["GAO/ZHANG/", "WANG/JIEZHAO", "GOODS/SERVICES", "DATE/TIME", "RMB/CNY"]
    )]  # fmt: skip
    covered = covered_text(lines)
    assert [covered[k] for k in range(5)] == ["GAO/ZHANG/", "WANG/JIEZHAO", "", "", ""]
    # A label with its English name in brackets (mixed bracket widths) holds no
    # personal data whatever follows.
    assert NON_PERSONAL_LABELS.match("有效期(EXP DATE) 2031/06")
    assert NON_PERSONAL_LABELS.match("交易类型(TRANS TYPE）消费/SALE")
    assert not NON_PERSONAL_LABELS.match("持卡人(CARDHOLDER) 王小明")
    # A signature whose tall handwritten box starts above the label's English twin.
    sig = Quad.from_bbox(36, 619, 384, 773)
    lines = [
        make_line("持卡人签名：", x=51, y=586),
        make_line("CARDHOLDER SIGNATURE", x=52, y=613),
        OcrLine("Fie Xizofang", 0.6, sig, sig.split(12)),
    ]
    assert covered_text(lines)[2] == "Fie Xizofang"


def test_table_body_under_a_header_whose_columns_stand_apart() -> None:
    # Declared goods under a three-column header, then the sender's address in the
    # same column: the goods stay readable, the address is masked.
    from tests.core.test_layout import make_line
    from tests.core.test_layout_rows import covered_text

    lines = [
        make_line("申报品名 Description", x=100, y=100),
        make_line("数量 Qty", x=700, y=100),
        make_line("价值 Value", x=900, y=100),
        make_line("保健食品 Health supplement", x=100, y=140),
        make_line("4", x=740, y=140),
        make_line("AUD 79.92", x=900, y=140),
        make_line("护肤品 Face cream 50ml", x=100, y=180),
        make_line("收件人：王小明 13812345678", x=100, y=220),
        make_line("124 George St, Sydney NSW 2000", x=100, y=260),
    ]
    covered = covered_text(lines)
    assert covered[3] == "" and covered[6] == ""
    assert covered[8] == "124 George St, Sydney NSW 2000"
    assert "王小明" in covered[7]


def _line(text: str, x: float, y: float, h: float):
    from redactor.core.models import OcrLine, Quad

    w = 0.6 * h
    chars = tuple(Quad.from_bbox(x + i * w, y, x + (i + 1) * w, y + h) for i in range(len(text)))
    return OcrLine(text, 0.95, Quad.from_bbox(x, y, x + len(text) * w, y + h), chars)


def test_a_line_boxed_taller_between_two_lines_of_a_block_belongs_to_it() -> None:
    # The page's body text is small (the fine print on the right); the recipient block
    # is printed larger, and OCR boxed its middle line taller still (a display line).
    fine_print = [
        _line(f"SHIP DATE 0{k}/11 WEIGHT {k}.2 LB", 900, 100 + 30 * k, 24) for k in range(6)
    ]
    block = [
        _line("MARA QUILL", 100, 400, 37),
        _line("ATTN: RECEIVING DOCK", 100, 442, 50),
        _line("8092 S PARK WAY SUITE 812", 100, 497, 37),
        _line("HENDERSON NV 89072", 100, 539, 37),
    ]
    groups = _blocks([*fine_print, *block])
    assert [ln.text for ln in block] in groups
    # A display line set apart from the block (a heading above it) stays apart.
    heading = _line("GROUND ADVANTAGE", 100, 300, 50)
    groups = _blocks([*fine_print, heading, *block])
    assert ["GROUND ADVANTAGE"] in groups


def test_organisation_line_inside_a_recipient_block_is_masked() -> None:
    # "Mail Room", "Post Office" carry business words; under a person's name, in a
    # block with no label, they are part of the person's address.
    covered = covered_text(stack("Mrs Jane Roe", "Mail Room 2", "197 Mill Lane", "Norwich NR4 4FX"))
    assert covered[1] == "Mail Room 2"
    covered = covered_text(
        stack("Jane Roe", "Harbour Post Office", "14 Mill Road", "Leeds LS1 4AP")
    )
    assert covered[1] == "Harbour Post Office"
    # A labelled block names what follows: a business after "Return to:" stays.
    covered = covered_text(
        stack(
            "Return To:", "Harbour Cafe Retail Pvt Ltd", "Warehouse 6, Bhiwandi, Maharashtra 421302"
        )
    )
    assert covered[1] == ""


def test_issuer_hotline_and_signed_acknowledgement_under_a_card_name_stay() -> None:
    covered = covered_text(
        stack(
            "持卡人签名(CARDHOLDER SIGNATURE):",
            "YONG YANG",
            "1 ACKNOWLEDGE SATISFACTORY RECEIPT OF RELATIVE",  # "I" read as "1"
            "服务热线95516",
            x=100,
        )
    )
    assert covered[1] == "YONG YANG"
    assert covered[2] == "" and covered[3] == ""


def test_printed_name_right_under_a_tall_signature_is_masked() -> None:
    lines = [
        _line("持卡人签名(CARDHOLDER SIGNATURE):", 250, 1030, 38),
        _line("袁玉", 340, 1080, 93),  # the signature, written large and indented
        _line("LI YUAN", 240, 1172, 40),  # the printed name, just under it
        _line("本人确认以上交易,同意将其记入本卡账户", 248, 1219, 34),  # flush with the label
    ]
    covered = covered_text(lines)
    assert covered[1] == "袁玉" and covered[2] == "LI YUAN"
    assert covered[3] == ""


def test_a_block_touching_another_at_a_corner_stands_apart() -> None:
    # A shop's return address in small print, and below it, set in and printed larger,
    # the recipient's block, whose first line just reaches over the shop's last one.
    shop = stack("Harbour Lane Bakery Returns", "Unit 4, Quay Park", "Dock Road Centre 2", x=100)
    top = shop[-1].quad.bbox[3] + 20
    person = [
        make_line(t, x=100 + 16 * 20, y=top + k * (LINE_H + 8))
        for k, t in enumerate(["MARGOT E. QUILLAN", "OR CURRENT OCCUPANT", "4410 N ELM AVE"])
    ]
    groups = _blocks(shop + person)
    assert [ln.text for ln in person] in groups
    assert covered_text(shop + person)[3] == "MARGOT E. QUILLAN"


@pytest.mark.parametrize(
    "city", ["Leeds LS6 2QB", "PUNE, MAHARASHTRA - 411038", "SPOKANE WA 99201"]
)
def test_a_sort_code_under_the_postcode_line_is_not_part_of_the_address(city: str) -> None:
    # The postcode closes an address; a carrier's route code printed under it is no door.
    covered = covered_text(stack("Joan Pryce", "41 Quarry Lane", city, "R004"))
    assert covered[0] and covered[1] and covered[2] == city
    assert covered[3] == ""
    # A door number wrapped under a street line is still the address's.
    covered = covered_text(stack("Joan Pryce", "41 Quarry Lane, Flat", "12B", city))
    assert covered[2] == "12B"


def test_a_recipient_joined_under_a_shop_s_return_block_is_masked() -> None:
    # A tilted photo sets the recipient right under the shop's return address: one
    # block, headed by the business. From the line after the shop's postcode, or
    # from a line a rule reads as a person's name, the lines are the person's.
    shop = ("Oakfield Hardware Returns", "5 MILL RD", "LEEDS LS1 1AA")
    person = ("SARAH OKONJO", "ROSE COTTAGE", "KIRKSTALL", "LEEDS LS5 3BT")
    covered = covered_text(stack(*shop, *person, x=100))
    assert covered[0] == ""
    assert [covered[k] for k in range(3, 7)] == list(person)
    no_postcode = ("Oakfield Hardware Returns", "Gateway Park", "SARAH OKONJO", "FLAT 2")
    covered = covered_text(stack(*no_postcode, *person[1:], x=100))
    assert covered[0] == ""
    assert [covered[k] for k in range(2, 7)] == ["SARAH OKONJO", "FLAT 2", *person[1:]]
    # The shop's block alone is its own: its name stays.
    assert covered_text(stack(*shop, x=100))[0] == ""


@pytest.mark.parametrize("date", ["7-Feb-2025", "3 March 2025", "Sep 9, 2026"])
def test_a_date_with_its_month_spelt_out_in_a_block_stays(date: str) -> None:
    # A date printed under a person's lines is not theirs.
    covered = covered_text(stack("JANE ROE", "12 ELM ROAD", "LEEDS LS5 3BT", date, x=100))
    assert covered[1] == "12 ELM ROAD"
    assert covered[3] == ""
    # A street named after a month is no date: it stays in the person's block.
    covered = covered_text(stack("JANE ROE", "12 MAY ROAD", "LEEDS LS5 3BT", x=100))
    assert covered[1] == "12 MAY ROAD"


def test_printed_words_boxed_apart_on_a_person_s_row_are_masked_with_it() -> None:
    # The OCR cut an organisation line in two boxes; the second is a word that is
    # boilerplate alone ("Delivery"). On the person's row, it is the rest of the line.
    lines = stack("JANE ROE", "Harbo", "PLOT 12 MG ROAD", "KOCHI, KERALA - 682132", x=100)
    row_y = lines[1].quad.bbox[1]
    lines.insert(2, make_line("Delivery", x=100 + CHAR_W * 7, y=row_y))
    covered = covered_text(lines)
    assert covered[1] == "Harbo" and covered[2] == "Delivery"
    # Beside a value a rule masked, a printed word stays ("copy" after a number).
    lines = stack("JANE ROE", "13905127746", "PLOT 12 MG ROAD", "KOCHI, KERALA - 682132")
    lines.insert(2, make_line("copy", x=100 + CHAR_W * 14, y=lines[1].quad.bbox[1]))
    covered = covered_text(lines)
    assert covered[1] == "13905127746" and covered[2] == ""


def test_a_payer_under_a_bank_slip_s_heading_is_masked() -> None:
    # A payment slip headed by the bank's name: the account number and the payer's
    # name under it are no part of the business's own block.
    lines = stack("Harbour Bank Credit", "Account 318-440027-15", "JANE ROE", x=100)
    covered = covered_text(lines)
    assert covered[0] == ""
    assert covered[2] == "JANE ROE"


def test_a_recipient_printed_larger_joined_to_a_shop_s_block_by_a_route_code() -> None:
    # A route code printed in the shop's size, flush with its lines, sits on the row of
    # the recipient's name: one block, headed by the shop. From the larger print on,
    # the lines are the recipient's.
    small = _sized(
        ("Harbor Bakery Returns", "Unit 31, Gateway Park", "Dispatch Centre 4"), 100, 100, 1.0
    )
    top = small[-1].quad.bbox[3] + 10
    big = _sized(
        ("Divya Rao", "NORTHGATE PRIMARY SCHOOL", "Plot 363 Vaishali Nagar", "Mumbai 400001"),
        180,
        top,
        1.4,
    )
    code = _sized(("C012",), 100, top + 4, 1.0)
    lines = small + code + big
    assert any(len(b) == len(lines) for b in _blocks(lines))  # one block
    covered = covered_text(lines)
    assert covered[4] == "Divya Rao"
    assert covered[0] == ""


def test_labels_stacked_over_values_under_a_person_stay() -> None:
    # A loan slip's or a quote's labels printed over their values (no colon) under a
    # person's name: the labels stay, the name is masked.
    lines = stack("Prepared for", "Jane Roe", "07700 900123", "Item ID", "Due", "12-Feb-2024")
    covered = covered_text(lines)
    assert covered[1] == "Jane Roe"
    assert [covered[k] for k in (0, 3, 4, 5)] == ["", "", "", ""]


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("签约日期2024-05-01", []),  # a date's label and its date: no one's
        ("日期：王小明", ["王小明"]),  # no date after a date's label: fail closed
        ("科别 内科", []),  # a department
        ("姓名：张三 日期：2024-05-01", ["张三"]),
        ("Item ID", []),  # a label alone over its value
        ("张三 13812345678", ["张三 13812345678"]),  # no label: the whole line
    ],
)
def test_what_a_block_may_mask_of_a_line_with_labels(line: str, parts: list[str]) -> None:
    assert [line[a:b].strip() for a, b in value_parts(line)] == parts


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        # A label OCR glued to its value, or printed with no colon: the label stays.
        ("Date of birth03/11/1972", ["03/11/1972"]),
        ("Geburtsdatum 04.07.1980", ["04.07.1980"]),
        # A role word before more than a name: the rest is masked, the label is not.
        ("Tutor Ann Lee Mob. 0161 496 0000", ["Ann Lee", "0161 496 0000"]),
        # A label the lexicon knows after a word it lacks: one label.
        ("Temporary permit no. QX4412ZP7", ["QX4412ZP7"]),
        ("报名时间", []),  # a Chinese cell of a qualified label, alone
        # A product's label with no colon: its value is still masked (fail closed).
        ("Flavour Lemon Drizzle", ["Lemon Drizzle"]),
        # Not labels: a code's letters, a sentence's word before an amount's label.
        ("KD4410", ["KD4410"]),
        ("Ruth the sum of 300", ["Ruth the sum of 300"]),
    ],
)
def test_labels_a_block_leaves_readable_without_a_colon(line: str, parts: list[str]) -> None:
    assert [line[a:b].strip() for a, b in value_parts(line)] == parts


def test_periods_of_validity_and_opening_hours_stay_readable_in_a_block() -> None:
    person = ("JOHN Q PUBLIC", "123 MAPLE ST", "SPRINGFIELD IL 62704")
    covered = covered_text(stack(*person, "01.04.-30.09.2027", "Tue-Thu 9:00-17:30", x=100))
    assert covered[0] == "JOHN Q PUBLIC"
    assert covered[3] == "" and covered[4] == ""
    # One date alone may be a birthday: still the block's.
    covered = covered_text(stack(*person, "14.02.1961", x=100))
    assert covered[3] == "14.02.1961"


def test_a_lone_date_far_back_may_be_a_birthday_whatever_its_separators() -> None:
    person = ("MARY K SAMPLE", "48 BIRCH AVE", "DAYTON OH 45402")
    for birthday in ("03/11/1974", "1974-11-03", "03.11.1974"):
        assert covered_text(stack(*person, birthday, x=100))[3] == birthday
    # A date of this decade (the form's day, a validity) is a date and stays readable.
    assert covered_text(stack(*person, "03/11/2026", x=100))[3] == ""


def test_a_dates_year_is_four_digits_of_no_longer_number() -> None:
    year = patterns("layout", "block_lines")["date_year"]
    assert year.findall("07.05.1983") == ["1983"]
    assert year.findall("2003-12-30") == ["2003"]
    assert year.findall("ref 219834 / 18990") == []


def test_chinese_words_with_no_name_in_them_stay_in_a_personal_block() -> None:
    # A product and a hall printed in a person's block: no surname opens any of their
    # characters, so they are no one's name; the person's lines are masked.
    covered = covered_text(stack("周小红", "13812345678", "草莓奶油蛋糕", "宴会厅", x=100))
    assert covered[0] == "周小红"
    assert covered[2] == "" and covered[3] == ""
    # A name glued after a label the lexicon lacks, or read with a title, stays masked.
    covered = covered_text(stack("经办人宋思杰", "13812345678", "阿福先生", x=100))
    assert "宋思杰" in covered[0]
    assert covered[2] == "阿福先生"


@pytest.mark.parametrize(
    "shop",
    ["Kestrel Locksmiths", "Harbour Tailoring", "Aguja Negra Estudio", "Bäckerei Sommer"],
)
def test_a_firm_named_by_its_trade_heads_its_own_block(shop: str) -> None:
    # A trade's plural or craft names a firm, in English or another Latin-script
    # language: the shop's name over its address stays readable; a person's does not.
    lines = stack(shop, "12 Quay Street, Bristol BS1 4DJ", "Tel 0117 496 0321", x=100)
    assert covered_text(lines)[0] == ""
    lines = stack("Jane Roe", "12 Quay Street, Bristol BS1 4DJ", "Tel 0117 496 0321", x=100)
    assert covered_text(lines)[0] == "Jane Roe"


def test_a_big_block_masks_the_rows_beside_a_signal_not_two_rows_off() -> None:
    # More lines than a person's block, set tight: the rows right above and below the
    # phone are masked with it; the rows two lines off (over two line heights away)
    # are the form's other entries.
    lines = stack(
        "Alder Vale", "Birch Moor", "Cedar Fold", "Dun Ridge", "13812345678",
        "Elm Garth", "Fir Knowe", "Gorse Lea", "Holm Brae", gap=3.0,
    )  # fmt: skip
    covered = covered_text(lines)
    assert [covered[k] for k in (3, 4, 5)] == ["Dun Ridge", "13812345678", "Elm Garth"]
    assert covered[2] == "" and covered[6] == ""


def test_a_grid_of_labels_and_values_goes_on_with_its_next_row() -> None:
    # A name beside its label heads no block over the rows under it: each of them
    # has a label of its own in the label column, known to the lexicon or not. (The
    # labelled values alone: blocks grouped by geometry and values under a label are
    # other steps'.)
    lines = [
        make_line("家长姓名", x=100, y=100),
        make_line("柯文杰", x=260, y=100),
        make_line("乐器", x=100, y=145),
        make_line("古筝", x=260, y=145),
        make_line("课时包", x=100, y=190),
        make_line("36课时", x=260, y=190),
    ]
    out = text_spans(lines, recognizers=without("person_blocks", "lexicon_values"))
    found = {lines[i].text[s.start : s.end] for i, spans in out.items() for s in spans}
    assert "柯文杰" in found
    assert found.isdisjoint({"乐器", "古筝", "课时包", "36课时"})


def test_a_partys_role_in_brackets_stays_readable() -> None:
    # "<party>(<role>)": the role a lexicon label of its own; the bracket closing it
    # is no value, and the heading opens no person's block of its own.
    for heading in ("乙方(服务员)", "乙方(家政服务员)"):
        lines = [
            make_line(heading, x=100, y=100),
            make_line("姓名", x=150, y=145),
            make_line("吕平敏", x=250, y=145),
        ]
        out = text_spans(lines)
        found = {lines[i].text[s.start : s.end] for i, spans in out.items() for s in spans}
        assert "吕平敏" in found
        assert not out.get(0)


def test_a_payers_cue_and_the_ways_to_pay_in_a_receipts_block_stay() -> None:
    # A cash receipt's block: the cue that announces the payer, then the payer; the
    # ways of paying printed as choices to tick are the form's, not the payer's.
    covered = covered_text(
        stack(
            "今收到周文博",
            "交来13912345678押金",
            "☑现金口微信口支付宝口转账",
            "现金 微信 支付宝",
            x=100,
        )
    )
    assert not covered[0].startswith("今收到") and "周文博" in covered[0]
    assert covered[2] == "" and covered[3] == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Feier findet am 4. Mai 2026, um 10 Uhr in der",  # nouns in capitals
        "La Cérémonie aura lieu avec nous au Temple Saint-Paul",
    ],
)
def test_a_sentence_in_a_person_block_is_not_masked_whole(sentence: str) -> None:
    lines = stack(
        "Anna Beispiel", sentence, "Bergstraße 12, 80331 München", "Tel. 0171 2345678", x=100
    )
    covered = covered_text(lines)
    assert covered[0] == "Anna Beispiel"
    assert covered[1] == ""  # the notice's sentence: its words are no value
    assert covered[2] == "Bergstraße 12, 80331 München"
    assert covered[3] == "0171 2345678"
