"""A register's row under its column headers: the cells of columns that hold no one's
value (age, condition, occupation) stay readable beside the person's name and
address. Lines made up."""

from __future__ import annotations

from redactor.core.detect import text_spans
from redactor.core.detect.layout.column_cells import cell_of_no_personal_column
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.spans import normalize
from redactor.core.models import OcrLine
from tests.core.test_layout import make_line

HEADERS = (
    (60, "Name and surname"),
    (300, "Age"),
    (360, "Condition"),
    (480, "Rank or profession"),
    (680, "Residence at the time of marriage"),
)


def masked(lines: list[OcrLine]) -> set[str]:
    out = text_spans(lines)
    return {lines[i].text[s.start : s.end] for i, sp in out.items() for s in sp if s.end > s.start}


def register(*rows: tuple[str, str, str, str, str]) -> list[OcrLine]:
    lines = [make_line(text, x=x, y=60) for x, text in HEADERS]
    for n, row in enumerate(rows):
        lines += [make_line(t, x=x, y=110 + 50 * n) for (x, _), t in zip(HEADERS, row, strict=True)]
    return lines


def test_a_registers_occupation_and_condition_stay_readable() -> None:
    found = masked(
        register(
            ("Owen Pritchard", "31", "Bachelor", "Joiner", "14 Mill Lane Carlton CT4 2BW"),
            ("Megan Lloyd", "29", "Spinster", "Teacher", "7 Oak Road Carlton CT4 9QL"),
        )
    )
    assert {"Owen Pritchard", "Megan Lloyd"} <= found
    assert any("Mill Lane" in f for f in found)
    assert not found & {"Bachelor", "Joiner", "Spinster", "Teacher", "Condition", "Age"}


def test_a_tilted_rows_cell_under_a_known_header_is_no_persons() -> None:
    # A photo's tilt sets a row's last cell (who gave the dose) lower than its first:
    # no longer on one printed row with it, the first cell is still under its header.
    headers = ((60, "Vaccine"), (230, "Dose"), (330, "Batch no"), (510, "Given by"))
    lines = [make_line(text, x=x, y=60) for x, text in headers]
    row = ("Rotarix", "1", "AB4471", "Dr Quilliam")
    cells = enumerate(zip(headers, row, strict=True))
    lines += [make_line(t, x=x, y=102 + 9 * m) for m, ((x, _), t) in cells]
    sheet = Sheet.of(lines, [normalize(ln.text) for ln in lines])
    rotarix, batch, doctor = 4, 6, 7
    assert not sheet.geo[rotarix].same_row(sheet.geo[doctor])
    assert cell_of_no_personal_column(sheet, rotarix, [doctor])
    assert cell_of_no_personal_column(sheet, batch, [doctor])
    assert not cell_of_no_personal_column(sheet, doctor, [rotarix])
