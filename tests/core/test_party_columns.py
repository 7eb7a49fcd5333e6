"""Two parties side by side: each row label's value in every party's column. Lines
made up."""

from __future__ import annotations

from redactor.core.detect import text_spans
from redactor.core.models import OcrLine
from tests.core.test_layout import LINE_H, make_line

ROW = LINE_H + 16


def masked(lines: list[OcrLine]) -> set[str]:
    out = text_spans(lines)
    return {lines[i].text[s.start : s.end] for i, sp in out.items() for s in sp if s.end > s.start}


def grid(heads: tuple[str, str], rows: list[tuple[str, str, str]], drift: float = 0.0):
    """Row labels at the left, each party's value under its heading; the second column
    drifts ``drift`` pixels lower per row (a photo taken at an angle)."""
    lines = [make_line(heads[0], x=320, y=60), make_line(heads[1], x=620, y=60)]
    for n, (label, a, b) in enumerate(rows):
        y = 100 + n * ROW
        lines += [
            make_line(label, x=60, y=y),
            make_line(a, x=300, y=y),
            make_line(b, x=600, y=y + n * drift),
        ]
    return lines


def test_the_second_partys_date_of_birth_and_id_are_masked() -> None:
    rows = [
        ("姓名", "韩立新", "苏婉清"),
        ("出生日期", "1961年03月08日", "1963年11月21日"),
        ("身份证件号", "110105196103081234", "110105196311214321"),
        ("职业", "教师", "会计"),
    ]
    found = masked(grid(("男方", "女方"), rows))
    assert {"1961年03月08日", "1963年11月21日"} <= found
    assert {"110105196103081234", "110105196311214321"} <= found
    # labels, headings and a row of no personal kind stay readable
    assert not found & {"姓名", "出生日期", "身份证件号", "职业", "教师", "会计", "男方", "女方"}


def test_a_drifting_column_pairs_each_value_with_its_nearest_row() -> None:
    rows = [
        ("Nacionalidad", "peruana", "chilena"),
        ("DNI / NIE", "71234567K", "X1234567L"),
        ("Fecha de nacimiento", "02/04/1979", "17/08/1981"),
        ("Profesión", "maestra", "pintor"),
    ]
    found = masked(grid(("Contrayente 1", "Contrayente 2"), rows, drift=6.0))
    assert {"X1234567L", "17/08/1981"} <= found
    assert not found & {"chilena", "pintor", "Contrayente 2"}


def test_without_party_headings_the_further_column_is_left_alone() -> None:
    rows = [("出生日期", "1961年03月08日", "1963年11月21日")]
    found = masked(grid(("项目", "备注"), rows))
    assert "1963年11月21日" not in found


def test_a_later_sections_header_left_of_the_headings_leaves_the_grid_whole() -> None:
    # Headings centred over their columns; a section further down prints a column
    # header ("Full name") left of the first heading, far right of the row labels.
    lines = [make_line("Borrower 1", x=420, y=60), make_line("Borrower 2", x=720, y=60)]
    rows = [
        ("Surname", "Quillfeather", "Ashdown"),
        ("Date of birth", "03/05/1977", "21/09/1980"),
        ("Occupation", "Glazier", "Florist"),
    ]
    for n, (label, a, b) in enumerate(rows):
        y = 100 + n * ROW
        lines += [make_line(label, x=60, y=y), make_line(a, x=300, y=y), make_line(b, x=600, y=y)]
    lines += [
        make_line("Full name", x=300, y=100 + 5 * ROW),
        make_line("Age", x=600, y=100 + 5 * ROW),
    ]
    found = masked(lines)
    assert {"Ashdown", "21/09/1980"} <= found
    assert not found & {"Florist", "Borrower 2", "Age"}


def test_an_account_holder_and_a_joint_holder_are_party_headings() -> None:
    rows = [
        ("Nombre y apellidos", "Ramiro Olmedo Sáez", "Consuelo Ferrán Vidal"),
        ("DNI / NIE", "52318876K", "Y2345678Z"),
        ("Profesión", "carpintero", "enfermera"),
    ]
    found = masked(grid(("Titular", "Cotitular"), rows))
    assert {"Consuelo Ferrán Vidal", "Y2345678Z"} <= found
    assert "enfermera" not in found
