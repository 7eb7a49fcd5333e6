"""Values, not labels: a printed label the field lexicon knows, and a non-personal field's
value, stay readable whatever masked their line; a personal value stays masked."""

from __future__ import annotations

import pytest

from redactor.core.detect import text_spans
from redactor.core.detect.layout.printed_labels import printed_labels
from tests.core.test_label_values import inside_a_larger_name
from tests.core.test_layout import make_line, stack


def masked(lines) -> list[list[str]]:
    """Per line, the texts masked (seeds of unread values, empty, left out; a name
    inside a larger name is no piece of its own)."""
    out = text_spans(lines)
    return [
        sorted(
            {
                ln.text[s.start : s.end]
                for s in out[i]
                if s.end > s.start and not inside_a_larger_name(s, out[i])
            }
        )
        for i, ln in enumerate(lines)
    ]


def test_a_bilingual_label_before_a_name_stays_readable() -> None:
    assert masked(stack("姓名/Name 王小红")) == [["王小红"]]


def test_a_dated_line_inside_a_persons_block_stays_readable() -> None:
    parts = masked(stack("SHIP TO:", "Oscar Scott", "12 Elm Road", "Delivery date 06/04/2025"))
    assert parts[1] == ["Oscar Scott"] and parts[2] == ["12 Elm Road"]
    assert parts[3] == []


def test_a_phone_written_in_a_reference_field_stays_masked() -> None:
    """A non-personal field gives its value back unless the value is surely personal."""
    assert masked(stack("Ref no: 13812345678")) == [["13812345678"]]


def test_a_personal_labels_value_stays_masked_whatever_its_shape() -> None:
    parts = masked(stack("收件人：", "李明", "北京市朝阳区建国路88号"))
    assert parts[1] == ["李明"] and parts[2] == ["北京市朝阳区建国路88号"]


def test_label_forms_inside_a_value_are_no_labels() -> None:
    """Only a label's layout makes it one: a colon, a line to itself, a bilingual pair,
    a Chinese label opening its line; "Flat" and "Street" inside an address are not."""
    assert printed_labels("Flat 5, 12 Station Street") == ()
    assert [m.kind.value for m in printed_labels("Delivery date 06/04/2025")] == ["date"]
    assert [m.kind.value for m in printed_labels("Remarks: ring twice")] == ["free_text"]
    assert [m.kind.value for m in printed_labels("Recipient")] == ["name"]
    # A Chinese label with a head word glued on is a longer label the lexicon lacks.
    assert printed_labels("操作员号 05") == ()


def test_letters_glued_to_digits_are_a_code_not_a_label() -> None:
    assert printed_labels("WT61842434") == ()


def grid(*rows: tuple[str, ...]) -> list:
    """A form's grid: each row's cells boxed apart, a label cell then its value cell."""
    return [
        make_line(cell, x=100 + 160 * c, y=100 + 50 * r)
        for r, cells in enumerate(rows)
        for c, cell in enumerate(cells)
    ]


def test_a_trait_in_the_cell_beside_its_label_stays_readable() -> None:
    """The person's block under a name takes the rows below it, but a row's value cell
    belongs to the label in the cell before it: sex and ethnicity name no one."""
    lines = grid(
        ("姓名", "李小红"), ("性别", "女"), ("民族", "汉"), ("住址", "北京市朝阳区建国路88号")
    )
    parts = masked(lines)
    assert parts[1] == ["李小红"] and parts[7] == ["北京市朝阳区建国路88号"]
    assert parts[3] == [] and parts[5] == []


def test_a_bank_in_the_cell_beside_its_label_stays_readable() -> None:
    lines = grid(
        ("姓名", "李小红"), ("开户银行", "城东商业银行滨江支行"), ("住址", "北京市朝阳区建国路88号")
    )
    parts = masked(lines)
    assert parts[1] == ["李小红"] and parts[5] == ["北京市朝阳区建国路88号"]
    assert parts[3] == []


def test_a_status_in_the_cell_beside_its_label_stays_readable() -> None:
    lines = grid(("姓名", "李小红"), ("类别", "普通门诊"), ("住址", "北京市朝阳区建国路88号"))
    assert masked(lines)[3] == []


def test_a_phone_beside_a_trait_label_stays_masked() -> None:
    masked_cell = masked(grid(("姓名", "李小红"), ("性别", "女 13812345678")))[3]
    assert any("13812345678" in part for part in masked_cell)


def test_a_staff_role_glued_to_a_signers_name_stays_readable() -> None:
    """A voucher's staff cells print the role and the signer's name in one box."""
    assert masked(stack("会计主管张晓明")) == [["张晓明"]]


def test_a_printed_sentence_under_a_persons_block_stays_readable() -> None:
    """A block takes the lines that are values; the form's own sentences end it."""
    parts = masked(
        stack(
            "SHIP TO:",
            "Oscar Scott",
            "12 Elm Road",
            "Goods must be inspected on arrival and any damage reported.",
        )
    )
    assert parts[1:] == [["Oscar Scott"], ["12 Elm Road"], []]
    parts = masked(
        stack("收件人：", "李明", "北京市朝阳区建国路88号", "请在签收前检查包裹，如有破损请拒收。")
    )
    assert parts[1:] == [["李明"], ["北京市朝阳区建国路88号"], []]


def test_a_table_under_a_named_cell_is_no_part_of_the_persons_block() -> None:
    """Under a name's cell a table's column header (labels the lexicon knows, of values
    that stay readable) starts the document's own rows."""
    lines = grid(("送检医生：", "王小明"), ("检验项目", "结果"), ("血红蛋白", "120"))
    assert masked(lines) == [[], ["王小明"], [], [], [], []]


def test_the_warehouse_a_business_ships_from_stays_readable() -> None:
    """An address after a label of the business's own premises is the business's, and
    the business's name above it is no person's."""
    assert masked(stack("Acme Furniture", "Warehouse: Unit 4, Eastgate Trade Park")) == [[], []]


def test_a_specimen_and_a_bed_number_stay_readable() -> None:
    """A hospital's own bookkeeping numbers; the patient's name stays masked."""
    assert masked(grid(("姓名", "王小明"), ("床号", "12"), ("样本号", "0863"))) == [
        [],
        ["王小明"],
        [],
        [],
        [],
        [],
    ]


def test_an_abbreviated_label_stays_readable_when_a_block_masks_its_line() -> None:
    """ "No." closed by its dot, then the value: the label is printed, the value judged."""
    parts = masked(stack("Oscar Scott", "12 Elm Road", "Order no. 123-4567"))
    assert parts[2] and all("Order" not in p and "no." not in p for p in parts[2])


def test_a_label_qualified_by_a_bracketed_label_stays_readable_whole() -> None:
    """ "<party>(<role>):" heads a contract's party: both words are the label, whatever
    masked the line (here the person's block under it)."""
    lines = stack("承租方(乙方):柯文杰", "身份证号码：110101199003074258", "联系电话：13912345678")
    assert masked(lines)[0] == ["柯文杰"]


def test_an_owners_and_a_residence_label_stay_readable_beside_their_values() -> None:
    """A notice names the vehicle's owner and where they live: labels the lexicon knows
    (an owner of a thing, a residence), so the values go and the labels stay."""
    parts = masked(stack("机动车所有人 钱立新", "住所 湖北省武汉市洪山区珞瑜路101号2栋302"))
    assert parts[0] == ["钱立新"]
    assert parts[1] and all("住所" not in p for p in parts[1])


def test_a_persons_block_ends_at_a_sentences_line_wrapped_before_its_stop() -> None:
    lines = stack(
        "To",
        "MARA QUINN",
        "7 Elm Road",
        "Dover CT16 1AA",
        "The hearing of the claim against you for unpaid fees will be held on",
    )
    shown = masked(lines)
    assert shown[1] and shown[2] and shown[3]
    assert shown[4] == []


def test_the_next_column_heading_beside_an_id_heading_stays_readable() -> None:
    # A roster's header row: the ID column's heading, then the trade's. Each heading
    # has its cell under it (the ID wider than its heading); the trade's heading is
    # no ID, the ID under the ID's heading is.
    lines = [
        make_line("身份证号", x=300, y=100),
        make_line("工种", x=560, y=100),
        make_line("110105199911170961", x=170, y=145),
        make_line("木工", x=560, y=145),
        make_line("440106199205238415", x=170, y=190),
        make_line("瓦工", x=560, y=190),
    ]
    got = masked(lines)
    assert got[1] == [] and got[0] == []
    assert got[2] == ["110105199911170961"] and got[4] == ["440106199205238415"]


def test_a_value_beside_an_id_label_without_a_column_stays_masked() -> None:
    # A username beside its label on a form's row (no table under): letters only.
    lines = [make_line("用户名", x=100, y=100), make_line("xiaoming", x=180, y=100)]
    assert masked(lines)[1] == ["xiaoming"]


@pytest.mark.parametrize(
    "line", ["手机充电宝 ¥59", "白色手机一部,带蓝色手机壳", "钢化膜 手机壳 2件"]
)
def test_a_phone_label_that_begins_a_longer_word_announces_no_phone(line: str) -> None:
    # "手机" glued to more Chinese with no digit after it is a product's word (a power
    # bank, a phone case), not a phone's field: the line stays readable.
    assert masked(stack(line)) == [[]]


def test_a_phone_label_glued_to_its_number_still_announces_it() -> None:
    assert masked(stack("手机13812345678")) == [["13812345678"]]
    assert masked(stack("手机：未留")) == [["未留"]]
