"""Ordinary text on a personal line stays readable: labels glued mid-line after a short
value, and compound labels ("address/phone"), are the form's, not the person's."""

from __future__ import annotations

from redactor.core.models import OcrLine
from tests.core.test_layout import make_line, stack
from tests.core.test_values_not_labels import masked


def table_lines(
    rows: tuple[tuple[str, ...], ...],
    xs: tuple[int, ...],
    pitch: int,
    header_xs: tuple[int, ...] | None = None,
) -> list[OcrLine]:
    """A table's boxes row by row: each cell at its column's x (the header row's own
    x where given: a centred header stands apart from its cells)."""
    return [
        make_line(cell, x=(header_xs if r == 0 and header_xs else xs)[c], y=100 + pitch * r)
        for r, cells in enumerate(rows)
        for c, cell in enumerate(cells)
    ]


def test_traits_glued_after_a_name_on_one_row_stay_readable() -> None:
    """A row of fields printed without colons: the name is masked, the labels after it
    and the values that name no one (sex, age, a department) are not."""
    parts = masked(stack("姓名李文华性别女 年龄 37岁 科室外科"))
    assert parts == [["李文华"]]


def test_a_compound_label_stays_readable_whole() -> None:
    parts = masked(stack("地址/电话广州市天河区体育西路12号 13912345678"))
    assert "电话" not in "".join(parts[0])
    assert any("体育西路12号" in p for p in parts[0]) and any("13912345678" in p for p in parts[0])


def test_a_label_form_inside_an_address_is_not_cut_out() -> None:
    """An address may hold a label's word ("...民族路..."): no chain runs after an
    address label, the whole address stays masked."""
    parts = masked(stack("住址昆明市民族路18号"))
    assert parts == [["昆明市民族路18号"]]


def test_a_bilingual_label_before_a_word_of_another_label_stays_readable() -> None:
    """A trait's value may be a word the lexicon also knows as a role ("Nurse"): the
    bilingual label opening the line is printed all the same, its value names no one."""
    assert masked(stack("MARY JONES", "职业 Occupation NURSE", "0113 496 0312")) == [
        ["MARY JONES"],
        [],
        ["0113 496 0312"],
    ]


def test_a_paragraph_wrapped_mid_sentence_under_a_persons_block_stays_readable() -> None:
    """A footer's conditions wrap over lines that end mid-sentence: a stop inside the
    line and a run of lower-case words make it the form's sentence, not a value."""
    parts = masked(
        stack(
            "SHIP TO:",
            "Oscar Scott",
            "12 Elm Road",
            "Parcels are held for seven days at the depot. Items not collected in that time are",
            "returned to the sender at their cost.",
        )
    )
    assert parts[1:] == [["Oscar Scott"], ["12 Elm Road"], [], []]


def test_a_label_before_the_value_its_shape_confirms_stays_readable() -> None:
    """ "Email <address>" with no colon: the value's own shape (an e-mail address) says
    the word before it is its label, so a block over the line leaves the label."""
    parts = masked(
        stack("Policyholder", "Oscar Scott", "12 Elm Road", "Email oscar.scott@example.com")
    )
    assert parts[1:] == [["Oscar Scott"], ["12 Elm Road"], ["oscar.scott@example.com"]]


def test_a_value_opening_with_a_labels_word_stays_masked() -> None:
    assert masked(stack("Policyholder", "Oscar Scott", "email.oscar@example.com")) == [
        [],
        ["Oscar Scott"],
        ["email.oscar@example.com"],
    ]


def test_a_vaccination_table_keeps_its_columns_and_masks_its_vets() -> None:
    """A vaccination record's table, its cells close enough to join one block: the
    date, vaccine, batch and next-due columns stay readable, the column of the vets
    who gave each dose is masked."""
    rows = (
        ("Date", "Vaccine", "Batch no.", "Next due", "Vet"),
        ("03-Feb-2024", "Rabies", "K20417", "03-Feb-2025", "Dr P. Lane"),
        ("11-Mar-2024", "DHPPi", "T55302", "11-Mar-2025", "Dr R. Hale"),
    )
    lines = table_lines(rows, (100, 360, 520, 680, 940), pitch=40)
    parts = masked(lines)
    assert parts[9] == ["Dr P. Lane"] and parts[14] == ["Dr R. Hale"]
    assert all(parts[k] == [] for k in (4, 5, 6, 7, 8, 10, 11, 12, 13))


def test_a_policy_schedules_headings_are_read_as_printed() -> None:
    """The heading over a schedule's table of insured persons and its period of cover
    are the form's words (a word of them alone, "insured", announces a name)."""
    from redactor.core.detect.layout.printed_labels import printed_labels

    assert [m.kind.value for m in printed_labels("Insured persons")] == ["heading"]
    assert [m.kind.value for m in printed_labels("Period of cover")] == ["date"]


def test_an_employers_name_in_a_workplace_column_stays_readable() -> None:
    """A work history's "workplace" column holds the employer's name (a business, no
    address): the table masks it no more; the referee and their phone stay masked,
    and a workplace written as an address is masked."""
    from redactor.core.detect.layout.page import Sheet
    from redactor.core.detect.layout.table_columns import mask_table_columns
    from redactor.core.detect.spans import normalize

    rows = (
        ("起止时间", "工作单位", "职位", "证明人", "证明人电话"),
        ("2015.03-2018.02", "杭州市青禾餐饮管理有限公司", "店长", "邵明远", "13957124680"),
        ("2018.03-2021.06", "杭州市西湖区文三路88号", "主管", "钱佳宁", "13857136921"),
    )
    lines = table_lines(rows, (100, 440, 1020, 1160, 1340), pitch=45)
    sheet = Sheet.of(lines, [normalize(ln.text) for ln in lines])
    mask_table_columns(sheet)
    masked_lines = {i for i, spans in sheet.out.items() if spans}
    assert 6 not in masked_lines
    assert {8, 9, 11, 13, 14} <= masked_lines


def test_a_relationship_column_of_a_table_stays_readable() -> None:
    """Under a column of how each person is related (a trait: it names no one), the
    cells stay readable; the names, ID numbers and phones beside them are masked."""
    rows = (
        ("被授权人姓名", "与幼儿关系", "身份证号码", "联系电话"),
        ("司马晓东", "舅舅", "110101198003077715", "13611112222"),
        ("上官文静", "外婆", "110101195505052229", "13733334444"),
    )
    lines = table_lines(rows, (200, 405, 569, 958), pitch=62, header_xs=(233, 427, 704, 1038))
    parts = masked(lines)
    assert parts[5] == [] and parts[9] == []
    assert parts[4] == ["司马晓东"] and parts[8] == ["上官文静"]
    assert parts[6] and parts[7] and parts[10] and parts[11]


def test_a_store_use_heading_and_its_staff_label_stay_readable() -> None:
    """A form's "for store use" strip: its heading and the staff label after it on the
    line are printed; only the staff member's name is masked."""
    parts = masked(
        stack("Address", "12 Elm Road", "Postcode", "LS1 4AB", "FOR STORE USE Staff Betty")
    )
    assert parts[3:] == [["LS1 4AB"], ["Betty"]]
    parts = masked(stack("地址", "朝阳区建国路88号", "门店专用 营业员 张丽"))
    assert parts[2] == ["张丽"]


def test_a_posted_arrears_list_keeps_its_periods_amounts_and_numbers() -> None:
    """A notice listing households in arrears: the row numbers, the periods owed and
    the amounts stay readable; the doors, the owners and their phones are masked."""
    rows = (
        ("序号", "房号", "业主姓名", "欠费期间", "欠费金额(元)", "联系电话"),
        ("1", "3幢1202室", "周**", "2023.04-2024.03", "1860.00", "139****2871"),
        ("2", "7幢0805室", "吴*华", "2024.01-2024.09", "935.50", "186****0452"),
        ("3", "12幢2101室", "郑**", "2022.11-2023.10", "2410.20", "152****6630"),
    )
    lines = table_lines(
        rows, (240, 322, 510, 637, 914, 1041), pitch=50, header_xs=(223, 347, 489, 672, 852, 1057)
    )
    parts = masked(lines)
    assert all(parts[k] == [] for k in range(6))
    for r in range(1, 4):
        row = parts[6 * r : 6 * r + 6]
        assert row[0] == [] and row[3] == [] and row[4] == []
        assert row[1] and row[2] and row[5]


def test_a_diagnosis_under_a_patients_block_is_read_word_by_word() -> None:
    """A free-text field (a diagnosis) in a person's block is read word by word, not
    masked whole by the block; the printed end of a list ("blank below") is no value."""
    parts = masked(
        stack("姓名 王小明", "住址 北京市朝阳区建国路88号", "临床诊断 慢性咽炎", "(以下空白)")
    )
    assert parts == [["王小明"], ["北京市朝阳区建国路88号"], [], []]


def test_a_door_in_a_memo_under_a_persons_block_stays_masked() -> None:
    parts = masked(stack("姓名 王小明", "住址 北京市朝阳区建国路88号", "备注 送到6-2-1503门口"))
    assert any("6-2-1503" in p for p in parts[2])


def test_a_label_alone_over_its_value_keeps_most_of_its_letters() -> None:
    """A label printed alone over its value, the value's box touching it: the value's
    margin over it is halved (room for a written value's ink), so it no longer covers
    half the label's height; the value itself is masked whole."""
    from redactor.core.detect import findings_from_text
    from redactor.core.mask import across_padding, padded_quad

    label, value = stack("Name", "Oscar Scott", gap=0.0)
    label_top, label_bottom = label.quad.points[0][1], label.quad.points[2][1]
    found = findings_from_text([label, value])
    tops = [
        min(p[1] for p in padded_quad(f).points) for f in found if f.quad.center[1] > label_bottom
    ]
    assert tops, "the name is masked"
    pad = across_padding(value.quad.height)
    for top in tops:
        assert top <= value.quad.points[0][1] - 0.5 * pad + 0.01  # half the margin kept
        assert top >= label_bottom - 0.5 * pad - 0.01  # ... and no more
    assert (label_bottom - min(tops)) < 0.5 * (label_bottom - label_top)


def test_the_managements_hotline_label_stays_readable() -> None:
    """A property manager's hotline printed under a visitors' table: the label is the
    business's own; its number is judged by its shape, as any phone."""
    parts = masked(
        stack("访客姓名 李小红", "住址 北京市朝阳区建国路88号", "物业服务热线0571-86001234")
    )
    assert parts[2] == ["0571-86001234"]


def test_a_contacts_relation_in_brackets_stays_readable() -> None:
    """ "<name>(<relation>)" beside a contact label: the name is masked, how the
    contact is related (daughter, neighbour) names no one."""
    assert masked(stack("紧急联系人：闻立伟(女婿)")) == [["闻立伟"]]
    grid = [make_line("紧急联系人", x=100), make_line("闻立伟(邻居)", x=300)]
    assert masked(grid) == [[], ["闻立伟"]]
    assert masked(stack("紧急联系人：(邻居)")) == [["(邻居)"]]  # no name given: fail closed


def test_the_months_of_an_address_history_stay_readable() -> None:
    """A history of addresses heads its bounds "From | To", words the lexicon reads as
    a sender and an addressee: the months and "present" under them are no one's; the
    addresses beside them are masked."""
    rows = (
        ("Address", "From", "To"),
        ("12 Quillon Road, Dunmere DM4 7TX", "03/2021", "present"),
        ("8 Harrowgate Close, Pellow PW2 9AB", "11/2016", "02/2021"),
    )
    lines = table_lines(rows, (100, 700, 880), pitch=45)
    parts = masked(lines)
    assert parts[4] == [] and parts[5] == []
    assert parts[7] == [] and parts[8] == []
    assert parts[3] and parts[6]


def test_a_period_bound_is_a_month_or_an_end_not_yet_come() -> None:
    """A month of a year alone or a word for "still" bounds a period; a full date (a
    birth's perhaps), a year alone or a name does not."""
    from redactor.core.detect.text.not_personal import only_a_period_bound

    assert only_a_period_bound("07/2018") and only_a_period_bound("2019年4月")
    assert only_a_period_bound("Present") and only_a_period_bound("至今")
    assert not only_a_period_bound("14/07/2018")
    assert not only_a_period_bound("Prescott")
    assert not only_a_period_bound("present address")
