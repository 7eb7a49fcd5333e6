"""Rosters: tables of people whose headers number their columns ("Guest 1 | Guest 2"),
whose rows hold a document's kind as a cell ("身份证"), whose names stand flush left
under centred headers, and whose rooms are a hotel's. Lines made up, laid out as a
table's boxes."""

from __future__ import annotations

from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.layout.table_columns import read_tables
from redactor.core.detect.spans import normalize
from tests.core.test_layout import make_line
from tests.core.test_table_columns import grid, masked

ROOMS = (100.0, 260.0, 420.0, 760.0)


def test_numbered_guest_columns_are_name_columns() -> None:
    lines = grid(
        ("Room", "Type", "Guest 1", "Guest 2"),
        ("1216", "TWN", "ANDERSON, Hector", "WHITE, Lisa"),
        ("1220", "DBL", "CLARK, John", "WRIGHT, Sandra"),
        xs=ROOMS,
    )
    found = masked(lines)
    assert {"ANDERSON, Hector", "WHITE, Lisa", "CLARK, John", "WRIGHT, Sandra"} <= found
    assert not {"Guest 1", "Guest 2", "TWN", "DBL"} & found


def test_a_chinese_rooming_lists_guests_are_masked_and_its_rooms_stay() -> None:
    lines = grid(
        ("房号", "房型", "客人1", "客人2"),
        ("1614", "标间", "于芳雨", "林平敏"),
        ("1609", "大床", "欧阳文然", "韩玲"),
        ("1626", "单间", "诸葛浩超", ""),
        xs=ROOMS,
    )
    found = masked(lines)
    assert {"于芳雨", "林平敏", "欧阳文然", "韩玲", "诸葛浩超"} <= found
    # A hotel's rooms beside their room type are let for a night: no one's home.
    assert not {"1614", "1609", "1626", "客人1", "房号"} & found


def test_a_residents_door_column_without_room_types_stays_masked() -> None:
    lines = grid(
        ("房号", "业主姓名", "联系电话", "备注"),
        ("1203", "柯文杰", "13800138000", "已缴"),
        ("1204", "司马青", "13900139000", ""),
    )
    assert {"1203", "1204", "柯文杰", "司马青"} <= masked(lines)


def test_names_flush_left_between_two_headers_go_to_the_header_with_no_column() -> None:
    # The names stand about as near the room type's header as "客人1"'s centred one;
    # the room types have a column of their own, so the names are the guests'.
    heads = [("房号", 100), ("房型", 260), ("客人1", 420), ("备注", 700)]
    lines = [make_line(t, x=x, y=100) for t, x in heads]
    for r, (room, kind, guest) in enumerate([("1614", "标间", "于芳雨"), ("1609", "大床", "韩玲")]):
        y = 145 + 45 * r
        lines += [make_line(room, x=100, y=y), make_line(kind, x=260, y=y)]
        lines.append(make_line(guest, x=335, y=y))
    sheet = Sheet.of(lines, [ln.text for ln in lines])
    (table,) = read_tables(sheet)
    guests = {sheet.texts[c.line]: [sheet.texts[h.header] for h in c.columns] for c in table.cells}
    assert guests["于芳雨"] == ["客人1"] and guests["韩玲"] == ["客人1"]


def test_a_birth_date_header_masks_its_whole_column_past_a_document_kind_cell() -> None:
    # "身份证" is a label elsewhere; in a row of one cell under each header it is the
    # document type's value, and a remark between two headers does not end the table.
    heads = [
        ("序号", 100),
        ("姓名", 200),
        ("证件类型", 330),
        ("出生日期", 500),
        ("分房", 700),
        ("备注", 860),
    ]
    lines = [make_line(t, x=x, y=100) for t, x in heads]
    for r, (name, born) in enumerate([("侯丹", "1999.10.13"), ("田杰勇", "1966.04.18")]):
        y = 145 + 45 * r
        cells = [(str(r + 1), 100), (name, 200), ("身份证", 330), (born, 500), ("1", 700)]
        lines += [make_line(t, x=x, y=y) for t, x in cells]
        lines.append(make_line("晕车", x=780, y=y))
    sheet = Sheet.of(lines, [ln.text for ln in lines])
    (table,) = read_tables(sheet)
    under = {sheet.texts[c.line]: [sheet.texts[h.header] for h in c.columns] for c in table.cells}
    assert under["1999.10.13"] == under["1966.04.18"] == ["出生日期"]
    found = masked(lines)
    assert {"1999.10.13", "1966.04.18", "侯丹", "田杰勇"} <= found
    assert not {"身份证", "出生日期", "晕车"} & found


def test_a_header_misread_with_a_nought_still_heads_its_column() -> None:
    # A photo's OCR reads "DOB" as "D0B": still the birth date's header, so the
    # manifest is a table and every date under it is masked.
    lines = grid(
        ("No.", "Surname", "D0B", "Nationality"),
        ("1", "NAKAMURA", "14 JUL 1976", "GBR"),
        ("2", "DAVIS", "27 AUG 1984", "AUS"),
    )
    sheet = Sheet.of(lines, [ln.text for ln in lines])
    (table,) = read_tables(sheet)
    assert [sheet.texts[c.header] for c in table.columns][2] == "D0B"
    found = masked(lines)
    assert {"14 JUL 1976", "27 AUG 1984", "NAKAMURA", "DAVIS"} <= found
    assert not {"D0B", "GBR", "AUS"} & found


def test_a_tour_managers_name_is_masked() -> None:
    lines = [make_line("Tour manager: Tyrone Wilkes Mobile 020 7946 0659")]
    found = masked(lines)
    assert any("Tyrone Wilkes" in f for f in found)
    assert not any("Tour manager" in f for f in found)


def test_a_contact_lists_relations_stay_readable_beside_the_names() -> None:
    lines = grid(
        ("Child", "Parent/Carer", "Mobile", "Pickup authorised"),
        ("Yolanda Hargreaves", "Kimberly Tailor (Mum)", "07700 900465", "Grandad Marek"),
        ("Joseph Williams", "Patrice Williams (Carer)", "07700 925982", "Parents only"),
        ("James Burgos", "Jon Burgos (Dad)", "07700 953788", "Childminder Tyrell"),
        xs=(100.0, 420.0, 900.0, 1200.0),
    )
    found = " | ".join(sorted(masked(lines)))
    for name in ("Kimberly Tailor", "Patrice Williams", "Jon Burgos", "Marek", "Tyrell"):
        assert name in found
    for word in ("Mum", "Carer", "Dad", "Grandad", "Childminder", "Parents only"):
        assert word not in found
    assert "Pickup authorised" not in found


def test_a_remark_with_its_own_label_does_not_end_the_table() -> None:
    lines = grid(
        ("学生姓名", "家长姓名", "关系", "备注"),
        ("程志晓", "程磊", "奶奶", "校车"),
        ("张娜刚", "郝芳雨", "外婆", "过敏:芒果"),
        ("黎华佳", "黎敏磊", "爸爸", "接送:外公"),
    )
    sheet = Sheet.of(lines, [ln.text for ln in lines])
    (table,) = read_tables(sheet)
    assert {sheet.texts[c.line] for c in table.cells} >= {"黎华佳", "黎敏磊", "接送:外公"}
    found = masked(lines)
    assert {"程磊", "郝芳雨", "黎敏磊"} <= found
    assert not {"奶奶", "外婆", "爸爸"} & found


def test_a_header_with_a_units_power_still_heads_its_column() -> None:
    lines = grid(
        ("房号", "户主", "面积(m²)", "投票情况"),
        ("3栋1204", "柯文杰", "89.52", "已投票"),
        ("5栋702", "司马青", "120.10", "未投票"),
        xs=ROOMS,
    )
    found = masked(lines)
    assert {"柯文杰", "司马青"} <= found
    # The unit's power is no value: the header row holds, its area column stays readable.
    assert not {"面积(m²)", "户主", "89.52", "120.10", "已投票"} & found


def test_a_cell_printing_its_own_columns_label_does_not_end_the_table() -> None:
    lines = grid(
        ("学生姓名", "联系电话", "老师签字", "离校时间"),
        ("柯文杰", "13709800583", "钟", "17:40"),
        ("司马青", "尾号5947", "钟强", "16:20"),
        ("欧阳文然", "13580707484", "钟强", "17:05"),
        xs=ROOMS,
    )
    # A phone's tail under the phone column is the cell's value, not a form's next
    # field: the rows under it stay the table's.
    (table,) = read_tables(Sheet.of(lines, [normalize(ln.text) for ln in lines]))
    assert {lines[c.line].text for c in table.cells} >= {"尾号5947", "钟强", "欧阳文然", "17:05"}
    found = masked(lines)
    assert {"钟", "钟强", "欧阳文然"} <= found
    assert not {"16:20", "17:05", "老师签字"} & found
