"""A register's row under its column headers: the cells of columns that hold no one's
value (age, condition, occupation) stay readable beside the person's name and
address. Lines made up."""

from __future__ import annotations

from redactor.core.detect import text_spans
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
