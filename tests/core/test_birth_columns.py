"""Dates of birth down the column under a "Date of birth" header standing alone."""

from __future__ import annotations

from redactor.core.models import OcrLine
from tests.core.test_layout import LINE_H, make_line, masked_parts


def table(header: str, cells: list[tuple[str, str, str]]) -> list[OcrLine]:
    """A three-column table: names, the header's column, a class; rows 40 apart."""
    lines = [make_line("Pupil in full", x=100, y=100), make_line(header, x=600, y=100)]
    lines.append(make_line("School year", x=1100, y=100))
    for r, (name, when, year) in enumerate(cells, start=1):
        y = 100 + r * (LINE_H + 10)
        lines += [make_line(name, x=100, y=y), make_line(when, x=600, y=y)]
        lines.append(make_line(year, x=1100, y=y))
    return lines


ROWS = [("Odile Brant", "03/04/2015", "Year 6"), ("Piet Brant", "17/11/2017", "Year 4")]
ROWS.append(("Rosa Brant", "29.02.2020", "Year 1"))


def test_every_date_under_a_birth_header_is_masked() -> None:
    for header in ("Date of birth", "Fecha de nacimiento", "Geburtsdatum"):
        masked = masked_parts(table(header, ROWS)).get("id_number", set())
        assert {"03/04/2015", "17/11/2017", "29.02.2020"} <= masked, (header, masked)


def test_a_column_of_dates_under_another_header_stays_readable() -> None:
    masked = masked_parts(table("Date of visit", ROWS)).get("id_number", set())
    assert not masked & {"17/11/2017", "29.02.2020"}, masked
