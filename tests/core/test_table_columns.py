"""Tables: a header row of labels names the columns; a cell under a personal header is
masked whatever its shape, the cells of other columns and the headers stay readable.
Lines made up, laid out as a table's boxes."""

from __future__ import annotations

import pytest

from redactor.core.detect import text_spans
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.layout.table_columns import read_tables
from redactor.core.detect.plan import Recognizer, Scope
from redactor.core.detect.registry import RECOGNIZERS, without
from redactor.core.detect.spans import Span, normalize
from redactor.core.detect.tables.field_lexicon import ValueKind
from redactor.core.models import Category, OcrLine
from tests.core.test_layout import make_line

COLUMNS = (100.0, 260.0, 560.0, 860.0)


def grid(*rows: tuple[str, ...], xs: tuple[float, ...] = COLUMNS, y0: float = 100.0):
    """One box per non-empty cell, rows 45 px apart."""
    return [
        make_line(text, x=x, y=y0 + r * 45)
        for r, row in enumerate(rows)
        for text, x in zip(row, xs, strict=True)
        if text
    ]


def masked(lines: list[OcrLine], recognizers: tuple[Recognizer, ...] = RECOGNIZERS) -> set[str]:
    out = text_spans(lines, recognizers=recognizers)
    return {
        lines[i].text[s.start : s.end] for i, spans in out.items() for s in spans if s.end > s.start
    }


def _mask_every_line(sheet: Sheet, first_read: bool) -> None:
    """A block step gone wide: every line masked whole."""
    for i, text in enumerate(sheet.texts):
        sheet.out[i].append(Span(0, len(text), Category.ADDRESS, 0.6, "wide_block"))


WIDE_BLOCK = Recognizer(
    "wide_block", frozenset({Category.ADDRESS}), Scope.BLOCK, sheet=_mask_every_line
)


@pytest.mark.parametrize(
    ("rows", "personal", "unsure"),
    [
        (
            [
                ("序号", "姓名 Name", "会员号/Member No.", "金额"),
                ("1", "柯文杰", "VIP-22", "12.50"),
                ("2", "司马青", "VIP-23", "80.00"),
            ],
            {"柯文杰", "司马青", "VIP-22", "VIP-23"},
            "VIP-23",  # a member number of no sure shape
        ),
        (
            [
                ("Test", "Patient", "Patient ID", "Result"),
                ("Urea", "okafor", "Q-88", "5.2"),
                ("Albumin", "varga", "Q-89", "3.1"),
            ],
            {"okafor", "varga", "Q-88", "Q-89"},
            "varga",  # a surname in lower case
        ),
    ],
)
def test_cells_under_personal_headers_are_masked_whatever_their_shape(
    rows: list[tuple[str, ...]], personal: set[str], unsure: str
) -> None:
    lines = grid(*rows)
    found = masked(lines)
    assert personal <= found
    everything = {text for row in rows for text in row}
    assert found.isdisjoint(everything - personal)  # headers, serials, amounts, results
    # Without the table, a value of no sure shape stays readable.
    assert unsure not in masked(lines, without("table_columns"))


def test_row_headers_say_whose_row_and_columns_what_each_cell_is() -> None:
    lines = grid(
        ("", "户名/Name", "账号 Account No.", "开户行/Bank"),
        ("付款人", "柯文杰", "8801 2201", "东方银行城南支行"),
        ("收款人/Payee", "司马青", "8801 2202", "东方银行城北支行"),
        ("金额", "捌拾元整", "", "¥80.00"),
    )
    found = masked(lines)
    assert {"柯文杰", "司马青", "8801 2201", "8801 2202"} <= found
    # The bank's branch, the amount row and every label stay readable.
    assert found.isdisjoint({"东方银行城南支行", "东方银行城北支行", "捌拾元整", "¥80.00"})
    assert found.isdisjoint({"付款人", "收款人/Payee", "金额", "户名/Name"})
    assert "8801 2202" not in masked(lines, without("table_columns"))


def test_cells_of_other_columns_and_headers_stay_readable_whatever_masked_them() -> None:
    lines = grid(
        ("序号", "检验项目", "结果", "标志", "单位"),
        ("1", "尿素氮", "6.10", "↑", "mmol/L"),
        ("2", "总蛋白", "70.2", "", "g/L"),
        xs=(100, 220, 480, 640, 760),
    )
    found = masked(lines, (*RECOGNIZERS, WIDE_BLOCK))
    # What the header names (a test, a result, a unit, a serial) comes back, and a
    # header the lexicon lacks; what no column claims stays masked (fail closed).
    assert found == {"↑"}


def test_a_personal_column_stays_masked_whatever_masked_it() -> None:
    lines = grid(
        ("Item", "Customer", "Qty"), ("Lamp", "okafor", "2"), ("Desk", "varga", "1"), xs=COLUMNS[:3]
    )
    found = masked(lines, (*RECOGNIZERS, WIDE_BLOCK))
    assert found == {"okafor", "varga"}


def _tables(lines: list[OcrLine]):
    return read_tables(Sheet.of(lines, [normalize(ln.text) for ln in lines]))


def test_a_row_of_labels_and_their_values_is_no_header() -> None:
    """A label, its value, a label, its value: a form's row; the form goes on below."""
    lines = grid(
        ("Surname", "Okafor", "Given names", "Bram"),
        ("Sex", "M", "Nationality", "Kenyan"),
    )
    assert _tables(lines) == ()
    lines = grid(
        ("国籍(Nationality):", "中国", "证件类型/ID TYPE", "身份证"),
        ("证件号码：", "K7220", "", ""),
    )
    assert _tables(lines) == ()


def test_a_title_and_a_name_beside_a_label_is_a_value_not_a_header() -> None:
    """A grid row "<role> | Dr <surname> | <label> | <word>": the titled name is the
    role's value (masked), not a column header among labels."""
    lines = grid(
        ("Consultant", "Dr Quillfeather", "Ward", "Cardiology - Ward 24"),
        ("Admitted", "08/03/2026", "Discharged", "23/03/2026"),
    )
    assert _tables(lines) == ()
    assert "Dr Quillfeather" in masked(lines)


def test_a_table_ends_at_a_field_with_its_value_and_at_a_sentence() -> None:
    rows = grid(("Item", "Qty", "Price"), ("Lamp", "2", "12.50"), xs=(100, 400, 700))
    after = [
        make_line("Received by: Bram Okafor", x=100, y=190),
        make_line("Goods were received in good order by the customer at the door", x=100, y=235),
    ]
    (table,) = _tables(rows + after)
    assert {c.line for c in table.cells} == {3, 4, 5}


def test_a_value_boxed_beside_a_non_personal_label_stays_readable_whatever_masked_it() -> None:
    """A form's grid: label, value, label, value along each row."""
    lines = grid(
        ("姓名", "柯文杰", "Patient ID", "Q-88"),
        ("Specimen", "serum", "科别：", "骨科"),
        xs=(100, 290, 500, 720),
    )
    found = masked(lines, (*RECOGNIZERS, WIDE_BLOCK))
    assert found == {"柯文杰", "Q-88"}


def test_two_cells_read_as_one_box_take_the_stricter_column() -> None:
    lines = [
        *grid(("Item", "Customer", "Member no", "Qty", "Price"), xs=(100, 220, 400, 600, 700)),
        make_line("Lamp", x=100, y=145),
        make_line("okafor K7-220", x=220, y=145),  # a name and a number: one box
        make_line("2 12.50", x=600, y=145),  # a quantity and a price: one box
        make_line("Desk", x=100, y=190),
        make_line("varga", x=220, y=190),
        make_line("K8", x=400, y=190),
        make_line("1", x=600, y=190),
        make_line("80.00", x=700, y=190),
    ]
    out = text_spans(lines, recognizers=(*RECOGNIZERS, WIDE_BLOCK))
    shown = {
        ln.text: "".join(
            c for n, c in enumerate(ln.text) if not any(s.start <= n < s.end for s in out[i])
        ).strip()
        for i, ln in enumerate(lines)
    }
    assert shown["okafor K7-220"] == shown["varga"] == shown["K8"] == ""
    assert [t for t, left in shown.items() if left != t] == ["okafor K7-220", "varga", "K8"]
    (table,) = _tables(lines)
    (merged,) = [c for c in table.cells if len(c.columns) == 2 and lines[c.line].text[0] == "o"]
    assert table.kind(merged) is ValueKind.NAME


def test_a_balance_read_into_one_box_with_the_other_partys_name_stays_readable() -> None:
    # A statement's rows: the balance column and the other party's name column read
    # as one box; the sum is the balance's, the name the party's. A merchant paid
    # through a wallet is no person.
    lines = [
        *grid(("日期", "交易金额", "账户余额", "对方户名"), xs=(100, 260, 420, 560)),
        make_line("2026-03-10", x=100, y=145),
        make_line("-904.12", x=260, y=145),
        make_line("16,612.71 柯文杰", x=420, y=145),
        make_line("2026-03-18", x=100, y=190),
        make_line("-486.44", x=260, y=190),
        make_line("19,941.05 财付通-某某外卖", x=420, y=190),
    ]
    assert masked(lines) == {"柯文杰"}


def test_a_short_line_across_the_columns_under_a_table_ends_it() -> None:
    rows = grid(("Item", "Qty", "Price"), ("Lamp", "2", "12.50"), xs=(100, 400, 700))
    (table,) = _tables([*rows, make_line("Thank you, come again", x=300, y=190)])
    assert {c.line for c in table.cells} == {3, 4, 5}


def test_a_header_in_two_lines_one_language_over_the_other() -> None:
    lines = grid(
        ("序号", "姓名", "会员号", "金额"),
        ("No.", "Name", "Member No.", "Amount"),
        ("1", "柯文杰", "VIP-22", "12.50"),
        ("2", "司马青", "VIP-23", "80.00"),
    )
    (table,) = _tables(lines)
    assert [c.below for c in table.columns] == [(4,), (5,), (6,), (7,)]
    found = masked(lines, (*RECOGNIZERS, WIDE_BLOCK))
    assert found == {"柯文杰", "司马青", "VIP-22", "VIP-23"}


def test_a_table_of_tall_ruled_cells_holds_all_its_rows() -> None:
    """Rows two text heights apart: the gap under the header says how tall a cell is."""
    rows = [("Item", "Customer", "Qty"), ("Lamp", "okafor", "2"), ("Desk", "varga", "1")]
    lines = [
        make_line(text, x=x, y=100 + r * 95)
        for r, row in enumerate(rows)
        for text, x in zip(row, COLUMNS[:3], strict=True)
    ]
    (table,) = _tables(lines)
    assert {c.line for c in table.cells} == set(range(3, 9))


def test_a_cell_holding_a_word_the_lexicon_knows_as_a_label_does_not_end_the_table() -> None:
    """A relation column says "Policyholder" in its first row: a cell's value, the rows
    under it are still the table's."""
    lines = grid(
        ("Name", "Date of birth", "Relation", "Member ID"),
        ("okafor", "03/04/1977", "Policyholder", "K-220"),
        ("varga", "11/12/1980", "Spouse", "K-221"),
        ("lind", "02/06/2009", "Child", "K-222"),
    )
    (table,) = _tables(lines)
    assert {c.line for c in table.cells} == set(range(4, 16))
    found = masked(lines)
    assert {"varga", "11/12/1980", "K-221", "lind", "02/06/2009", "K-222"} <= found


def test_a_numbered_question_alone_on_its_row_ends_the_table() -> None:
    rows = grid(
        ("Name", "Relation", "Phone"),
        ("okafor", "Policyholder", "0161 496 0000"),
        xs=(100, 400, 700),
    )
    (table,) = _tables([*rows, make_line("7. 在华联系", x=100, y=190)])
    assert {c.line for c in table.cells} == {3, 4, 5}


def test_a_repair_log_names_its_technician_in_every_row() -> None:
    """A warranty card's service log: date, fault, what was done, who did it."""
    lines = grid(
        ("报修日期", "故障描述", "维修结果", "维修人员"),
        ("2021-03-02", "漏水", "更换密封圈", "罗文杰"),
        ("2022-08-19", "异响", "已修复", "柯青"),
    )
    assert masked(lines) == {"罗文杰", "柯青"}


def test_a_header_qualifying_a_known_label_heads_its_column() -> None:
    """A register's headers name whose value a column holds ("访客姓名", "Guest name",
    "到访房号"): the label ends the box, a qualifier stands before it. The register's
    dates and times stay readable beside the personal cells around them."""
    lines = grid(
        ("日期", "陪同人姓名", "到访房号", "时间"),
        ("4/12", "柯文杰", "9栋12层1203", "14:05"),
        ("4/13", "司马青", "21号楼3单元602", "9:40"),
        xs=(100, 260, 480, 760),
    )
    (table,) = _tables(lines)
    assert [c.kind for c in table.columns] == [
        ValueKind.DATE,
        ValueKind.NAME,
        ValueKind.DOOR,
        ValueKind.TIME,
    ]
    found = masked(lines)
    assert {"柯文杰", "司马青", "9栋12层1203", "21号楼3单元602"} <= found
    assert found.isdisjoint({"4/12", "4/13", "14:05", "9:40", "陪同人姓名", "到访房号"})
    lines = grid(
        ("Date", "Escort name", "Room no.", "Time"),
        ("4/12", "okafor", "1203", "14:05"),
        xs=(100, 260, 480, 760),
    )
    (table,) = _tables(lines)
    assert [c.kind for c in table.columns][:2] == [ValueKind.DATE, ValueKind.NAME]


def test_a_free_text_column_is_masked_word_by_word() -> None:
    """A register's purpose column names whom a visitor came to see among words that
    stay readable, whatever masked the row around it."""
    lines = grid(
        ("日期", "陪同人姓名", "来访事由", "时间"),
        ("4/12", "柯文杰", "找司马先生", "14:05"),
        ("4/13", "司马青", "送快递", "9:40"),
        ("4/14", "欧阳明", "看房 联系13912345678", "10:15"),
        xs=(100, 260, 480, 760),
    )
    found = masked(lines, (*RECOGNIZERS, WIDE_BLOCK))
    # The phone has its own mask; the words around it are the purpose's.
    assert found == {"柯文杰", "司马青", "欧阳明", "司马先生", "13912345678"}


def test_a_notice_printed_under_a_table_ends_it() -> None:
    """A sentence across a few columns, a hotline beside it: the form speaking, no row."""
    rows = grid(
        ("序号", "日期", "姓名", "联系电话"),
        ("1", "4/12", "柯文杰", "13812345678"),
        xs=(100, 200, 320, 560),
    )
    after = [
        make_line("外来车辆请登记,谢谢!", x=100, y=190),
        make_line("服务中心热线 021-5555 0101", x=560, y=190),
    ]
    (table,) = _tables(rows + after)
    assert {c.line for c in table.cells} == {4, 5, 6, 7}


def test_rooms_named_in_words_under_a_room_column_are_no_doors() -> None:
    # An inventory's "Room" column says where each item stands: a room named in words,
    # perhaps numbered, stays; a door's own label before a number is a door.
    lines = grid(
        ("Room", "Item", "Qty", "Volume"),
        ("Kitchen", "Fridge freezer", "1", "30"),
        ("Bedroom 2", "Double bed", "1", "60"),
        ("Flat 3", "Boxes", "12", "36"),
    )
    found = masked(lines)
    assert "Kitchen" not in found and "Bedroom 2" not in found
    assert "Flat 3" in found


def test_a_cell_grazing_its_neighbours_header_is_still_one_columns() -> None:
    """A skewed scan: each name box starts a little under the serial's header. The row
    is still one cell under each header, so a relation word the lexicon knows as a
    label ("户主") does not end the table, and the trait columns stay readable."""
    lines = [
        *grid(("序号", "姓名", "与户主关系", "性别"), xs=(100, 160, 300, 480)),
        *grid(
            ("1", "陆海涛", "户主", "男"),
            ("2", "秦博文", "配偶", "女"),
            xs=(100, 135, 300, 480),
            y0=145,
        ),
    ]
    (table,) = _tables(lines)
    assert {c.line for c in table.cells} == set(range(4, 12))
    found = masked(lines, (*RECOGNIZERS, WIDE_BLOCK))
    assert found == {"陆海涛", "秦博文"}


@pytest.mark.parametrize(
    ("rows", "personal"),
    [
        (  # a household roll: relationship and occupation columns name no one
            [
                ("Nombre y apellidos", "Parentesco", "Ocupación", "DNI / NIE"),
                ("Ana Ruiz Gil", "Titular", "Enfermera", "60417723K"),
                ("Pol Ruiz Sanz", "Hijo", "Estudiante", "Y0281745W"),
            ],
            {"Ana Ruiz Gil", "Pol Ruiz Sanz", "60417723K", "Y0281745W"},
        ),
        (  # a salon's visit log: the stylist who served each visit
            [
                ("Date", "Service", "Price", "Stylist"),
                ("04/06", "Cut & dry", "£35", "Mirela"),
                ("18/07", "Colour", "£60", "Tobi"),
            ],
            {"Mirela", "Tobi"},
        ),
    ],
)
def test_household_and_staff_columns_the_lexicon_names(
    rows: list[tuple[str, ...]], personal: set[str]
) -> None:
    found = masked(grid(*rows, xs=(100.0, 500.0, 760.0, 1020.0)))
    assert personal <= found
    everything = {text for row in rows for text in row}
    assert found.isdisjoint(everything - personal)


def test_a_cell_grazing_the_next_header_stands_under_its_own() -> None:
    # The name's box starts a pixel inside the serial number's span; the relationship
    # and occupation cells are words the lexicon also knows as labels (户主, 司机).
    xs = (100.0, 180.0, 300.0, 420.0, 560.0)
    lines = grid(("序号", "姓名", "与户主关系", "性别", "职业"), xs=xs)
    for r, row in enumerate(
        (("1", "柯文杰", "户主", "男", "司机"), ("2", "司马青", "配偶", "女", "教师"))
    ):
        y = 145.0 + r * 45
        lines += [make_line(row[0], x=100, y=y), make_line(row[1], x=139, y=y)]
        lines += [make_line(t, x=x, y=y) for t, x in zip(row[2:], xs[2:], strict=True)]
    texts = [normalize(line.text) for line in lines]
    (table,) = read_tables(Sheet.of(lines, texts))
    assert len(table.cells) == 10  # both rows of five cells
    found = masked(lines)
    assert {"柯文杰", "司马青"} <= found
    assert found.isdisjoint({"户主", "配偶", "男", "女", "司机", "教师"})


def test_a_dated_log_initialled_and_signed_in_every_row_is_a_table() -> None:
    # Half the headers are words the lexicon lacks (a number, a room, a fee paid); a
    # date column and columns to initial and sign each row make it a log all the same.
    xs = (100.0, 180.0, 340.0, 440.0, 540.0, 700.0, 1000.0)
    rows = [
        ("Nr.", "Datum", "Raum", "Min.", "Kürzel", "Unterschrift", "bezahlt"),
        ("1", "04.05.", "C8", "45", "AK", "Greta Vollmer", ""),
        ("2", "11.05.", "C8", "30", "AK", "Greta Vollmer", ""),
        ("3", "18.05.", "C8", "30", "AK", "Vollmer", ""),
    ]
    found = masked(grid(*rows, xs=xs))
    assert {"AK", "Greta Vollmer", "Vollmer"} <= found
    assert found.isdisjoint({"04.05.", "11.05.", "18.05.", "C8", "45", "30", "1", "2", "3"})


def test_a_signature_spilling_towards_the_next_column_stays_its_columns() -> None:
    # The teacher's initials stand just left of their header, further from the
    # hours' header on their left: the nearer header's column.
    xs = (100.0, 180.0, 300.0, 400.0, 520.0, 700.0)
    lines = grid(("次数", "上课日期", "教室", "课时", "教师签字", "家长签字"), xs=xs)
    for r, (n, day, hours, teacher, parent) in enumerate(
        (("1", "6.4", "1.5", "晓", "陆华俊"), ("2", "6.18", "1", "晓晓", "陆华俊"))
    ):
        y = 145.0 + r * 45
        lines += [make_line(n, x=100, y=y), make_line(day, x=180, y=y)]
        lines += [make_line("305琴房", x=280, y=y), make_line(hours, x=400, y=y)]
        lines += [make_line(teacher, x=470, y=y), make_line(parent, x=700, y=y)]
    found = masked(lines)
    assert {"晓", "晓晓", "陆华俊"} <= found
    assert found.isdisjoint({"6.4", "6.18", "1.5", "1", "2", "305琴房"})


def _centred_people_table(*more: tuple[str, float, float]) -> list[OcrLine]:
    """Headers centred over their cells; the cells flush left, the names ending just
    short of their header's box; the relation column's words are labels the lexicon
    knows ("配偶")."""
    heads = [("姓名", 260.0), ("关系", 460.0), ("年龄", 640.0), ("类别", 840.0)]
    rows = [("梁梓丹", "配偶", "54岁", "成人"), ("丁俊建", "母亲", "22岁", "成人")]
    lines = [make_line(t, x=x, y=100) for t, x in heads]
    for r, row in enumerate(rows):
        xs = (195.0, 460.0, 630.0, 830.0)
        lines += [make_line(t, x=x, y=145 + 45 * r) for t, x in zip(row, xs, strict=True)]
    return lines + [make_line(t, x=x, y=y) for t, x, y in more]


def test_a_name_flush_left_under_a_centred_header_is_its_columns() -> None:
    lines = _centred_people_table()
    (table,) = _tables(lines)
    assert {c.line for c in table.cells} == set(range(4, 12))
    found = masked(lines)
    assert {"梁梓丹", "丁俊建"} <= found
    assert not {"配偶", "54岁", "成人", "姓名"} & found


def test_a_word_and_its_number_under_one_header_end_the_table() -> None:
    """Under the table the form goes on: a label the lexicon lacks and its value, both
    under the first column's header, are no row of cells."""
    lines = _centred_people_table(("舱段", 230.0, 240.0), ("K12", 285.0, 240.0))
    (table,) = _tables(lines)
    assert {c.line for c in table.cells} == set(range(4, 12))


def test_a_party_listed_under_two_headers_a_name_and_an_age() -> None:
    """A booking's party: "Name | Age" centred over their cells, a third column the
    header leaves unnamed; the names, flush left, end short of their header's box and
    are masked whatever their shape (an OCR misreading)."""
    lines = [make_line("Name", x=260, y=100), make_line("Age", x=500, y=100)]
    lines += grid(
        ("Ilze Vargq", "41", "Adult"), ("Tdm Okafr", "9", "Child"), xs=(40, 510, 660), y0=140
    )
    found = masked(lines)
    assert {"Ilze Vargq", "Tdm Okafr"} <= found
    assert not {"Name", "Age", "41", "Adult", "Child"} & found


def test_two_bare_headers_of_other_kinds_head_no_table() -> None:
    lines = grid(("Date", "Amount"), ("03/04", "12.50"), xs=(100, 400))
    assert _tables(lines) == ()


def test_goods_under_an_order_column_are_no_order_number() -> None:
    # A group order's "Order" column lists what each household ordered, in words: it
    # comes back whatever masked it; an order's number (digits, or a code in capitals)
    # under the same header stays masked.
    lines = grid(
        ("Name", "Order", "£", "Paid"),
        ("Okafor", "Large box + Bread", "27.60", "yes"),
        ("Varga", "Milk 2L + Eggs", "7.13", "yes"),
        ("Ivanova", "A77F210938", "19.17", "yes"),
        ("Lindqvist", "XKRQZP", "14.82", "yes"),
    )
    found = masked(lines, (*RECOGNIZERS, WIDE_BLOCK))
    assert {"Okafor", "Varga", "A77F210938", "XKRQZP"} <= found
    assert found.isdisjoint({"Large box + Bread", "Milk 2L + Eggs", "Order", "£"})
    # A sum under a currency sign alone comes back too.
    assert found.isdisjoint({"27.60", "7.13", "19.17", "14.82"})


def test_a_spectacle_prescriptions_grid_stays_readable() -> None:
    # The lens powers under Sph / Cyl / Axis / Prism, and the pupillary distance, are
    # measurements of an eye, named by no one, whatever a block gone wide masked.
    lines = grid(
        ("Sph", "Cyl", "Axis", "Prism"),
        ("+0.25", "-0.25", "51", "0.5"),
        ("-1.00", "-1.00", "111", "1.0"),
    )
    lines.append(make_line("PD 32/30", x=100, y=400))
    found = masked(lines, (*RECOGNIZERS, WIDE_BLOCK))
    assert found.isdisjoint({"Sph", "Cyl", "Axis", "Prism", "51", "111", "PD", "32/30"})
    lines = grid(("球镜", "柱镜", "轴位", "瞳距"), ("-2.25", "-0.50", "90", "62"))
    assert masked(lines, (*RECOGNIZERS, WIDE_BLOCK)) == set()


def test_a_lost_and_found_notice_names_its_finders_not_its_things() -> None:
    """A property office's notice lists found things: what, where, when, who found
    it. The finders' names are masked; the things and the spots stay readable."""
    lines = grid(
        ("序号", "物品", "拾获地点", "日期", "拾获人"),
        ("1", "黑色雨伞", "5栋电梯", "3.14", "邝文斌"),
        ("2", "儿童水壶", "9栋楼下", "4.2", "闻秀英"),
        xs=(100, 200, 420, 640, 800),
    )
    assert masked(lines) == {"邝文斌", "闻秀英"}


def test_a_sections_heading_under_a_table_ends_its_body() -> None:
    # A property register: the owners' table, then the next section under its heading
    # flush left, where a row header would stand.
    xs = (100.0, 200.0, 500.0, 800.0)
    lines = grid(
        ("", "权利人", "证件号码", "共有方式"),
        ("", "欧阳青", "A7731902", "单独所有"),
        ("抵押信息", "", "", ""),
        ("", "抵押权人", "统一社会信用代码", "债权数额"),
        ("", "东林农商银行", "9137X0021", "300,000元"),
        xs=xs,
    )
    found = masked(lines)
    assert {"欧阳青", "A7731902"} <= found
    # The heading, the next section's header row and its bank stay readable.
    assert found.isdisjoint(
        {"抵押信息", "抵押权人", "统一社会信用代码", "东林农商银行", "300,000元"}
    )


def test_a_parish_registers_columns_of_christian_names_and_godparents() -> None:
    lines = grid(
        ("姓名", "圣名", "代父母", "领洗日期"),
        ("公孙明远", "若瑟", "欧阳德华", "4.12"),
        ("上官玉兰", "德肋撒", "司马春燕", "5.3"),
    )
    found = masked(lines)
    assert {"若瑟", "德肋撒", "欧阳德华", "司马春燕"} <= found
    assert found.isdisjoint({"圣名", "代父母", "领洗日期", "4.12", "5.3"})


@pytest.mark.parametrize(
    ("rows", "traders"),
    [
        (
            [
                ("摊位号", "经营户", "经营品种", "应缴"),
                ("B-07", "甘露茜", "干货", "300"),
                ("B-08", "柴雨丹", "蔬菜", "450"),
                ("B-09", "晏明", "豆制品", "300"),
            ],
            {"甘露茜", "柴雨丹", "晏明"},
        ),
        (
            [
                ("Stall no", "Trader", "Goods", "Fee"),
                ("7", "Wendell Ashgrove", "Plants", "40.00"),
                ("8", "Corra Pellow", "Cheese", "55.00"),
            ],
            {"Wendell Ashgrove", "Corra Pellow"},
        ),
    ],
)
def test_a_markets_ledger_masks_its_traders_and_keeps_stalls_goods_and_fees(
    rows: list[tuple[str, ...]], traders: set[str]
) -> None:
    found = masked(grid(*rows))
    assert traders <= found
    everything = {text for row in rows for text in row}
    assert found.isdisjoint(everything - traders)  # headers, stalls, goods, fees


def test_small_numbers_under_a_persons_column_are_measurements_not_names() -> None:
    """A lab's table headed by the people tested ("Marker | Mother | Father"): each cell
    is a measure of that person, readable; a name under the same header is masked."""
    rows = (("Marker", "Mother", "Father", "Score"), ("QX12", "7,11", "9.3,12", "0.75"))
    found = masked(grid(*rows, ("QX40", "14,14", "13,16", "2.05")))
    assert found.isdisjoint({"7,11", "9.3,12", "14,14", "13,16", "0.75", "2.05"})
    found = masked(grid(*rows, ("QX40", "Wilhelmina Tarbuck", "Ozymandias Quell", "2.05")))
    assert {"Wilhelmina Tarbuck", "Ozymandias Quell"} <= found


@pytest.mark.parametrize(
    ("header", "role", "name", "sample"),
    [
        (
            ("Qualité", "Nom et prénom", "Groupe", "N° de prélèvement"),
            "Enfant",
            "VOLKAIRE Ondine",
            "Q81726354",
        ),
        (("称谓", "姓名", "分组", "样本编号"), "孩子", "闵澜舟", "2031-0417-C"),
    ],
)
def test_a_role_column_heads_a_table_of_the_people_concerned(
    header: tuple[str, ...], role: str, name: str, sample: str
) -> None:
    """A report's table of the people concerned opens with each one's part (child,
    mother): a known header, so the table reads though one other header is unknown;
    the role stays readable, the name and the sample's number are masked."""
    lines = grid(header, (role, name, "B", sample))
    (table,) = _tables(lines)
    found = masked(lines)
    assert {name, sample} <= found
    assert role not in found


def test_a_table_ends_where_small_numbers_stand_under_its_names() -> None:
    """A grid of measures printed under a table of people, its own header misread into
    words the lexicon lacks: where the name column holds small numbers the cells change
    shape; neither that grid nor its header are the people table's cells."""
    rows = grid(
        ("Relationship", "Name", "Date of birth", "Sample ID"),
        ("Alleged father", "Perpetua Hollowmere", "03/02/1987", "ZK4410927"),
        ("Child", "Tobiah Hollowmere", "19/11/2019", "ZK4410928"),
        ("Lcus", "Mthr", "Chld", "Fathr"),
        ("QX12", "7,11", "9.3,12", "0.75"),
        ("QX40", "14,14", "13,16", "2.05"),
        xs=(100.0, 300.0, 700.0, 1000.0),
    )
    (table,) = _tables(rows)
    assert {c.line for c in table.cells} == set(range(4, 12))
    assert {"Perpetua Hollowmere", "ZK4410928"} <= masked(rows)


def test_a_dated_log_of_contacts_names_each_row_whatever_its_other_headers() -> None:
    # Most headers are words of the trade the lexicon lacks (a band, a mode, a report,
    # a place); a bare date column and a bare name column make it a log of people.
    xs = (100.0, 200.0, 300.0, 400.0, 500.0, 600.0, 700.0, 800.0)
    rows = [
        ("日期", "波段", "模式", "信号", "呼号", "姓名", "地点", "瓦数"),
        ("03/02", "40m", "SSB", "58", "BX7QRA", "宇文", "桂林", "10W"),
        ("03/02", "20m", "CW", "57", "BY2KLM", "Norbert", "Lhasa", "5W"),
        ("03/04", "15m", "FT8", "59", "BV9TTS", "郜", "漳州", "20W"),
    ]
    lines = grid(*rows, xs=xs)
    (table,) = read_tables(Sheet.of(lines, [normalize(ln.text) for ln in lines]))
    names = {lines[c.line].text for c in table.cells if table.kind(c) is ValueKind.NAME}
    assert names == {"宇文", "Norbert", "郜"}
    found = masked(lines)
    assert names <= found
    assert found.isdisjoint({"日期", "波段", "模式", "姓名", "地点", "03/02", "03/04"})


def test_a_row_of_mostly_unknown_words_without_a_date_heads_no_table() -> None:
    # A name label among words the lexicon lacks, but no date: no log by that alone.
    xs = (100.0, 200.0, 300.0, 400.0, 500.0, 600.0)
    lines = grid(("波段", "模式", "姓名", "地点", "瓦数", "天线"), xs=xs)
    assert read_tables(Sheet.of(lines, [normalize(ln.text) for ln in lines])) == ()


def test_a_short_christian_name_under_its_header_is_no_rotas_code() -> None:
    # A register of many short cells (numbers, dates, a sex) reads as a rota too; the
    # two-character baptismal names under their header stay masked all the same.
    xs = (100.0, 200.0, 300.0, 420.0, 520.0, 600.0, 720.0)
    rows = [
        ("号数", "日期", "姓名", "圣名", "性别", "出生日期", "代父"),
        ("81", "3.4", "王海涛", "若望", "男", "1977.2.1", "张建国"),
        ("82", "3.9", "李红梅", "德肋撒", "女", "1980.6.3", "刘芳"),
        ("83", "4.2", "陈志强", "玛窦", "男", "1991.7.8", "张建国"),
        ("84", "4.6", "赵丽娟", "雅各伯", "男", "1969.5.5", "刘芳"),
    ]
    found = masked(grid(*rows, xs=xs))
    assert {"若望", "德肋撒", "玛窦", "雅各伯"} <= found
    assert found.isdisjoint({"圣名", "男", "女", "81", "3.4"})
