"""A bare time printed beside or under a date of birth is the hour of that birth and
is masked; a time nearer a plain date, or under a named time label, stays readable.
Lines made up."""

from __future__ import annotations

from tests.core.test_label_values import masked
from tests.core.test_layout import make_line, stack


def test_time_beside_a_date_of_birth_on_its_row() -> None:
    lines = [
        make_line("Date of birth: 03/09/2024", x=100, y=100),
        make_line("Time: 06:25", x=700, y=100),
        make_line("Weight: 3120 g", x=100, y=150),
    ]
    assert masked(lines).get("Time: 06:25") == {"06:25": "id_number"}


def test_time_under_a_date_of_birth_in_german_and_the_value_in_the_box_beside() -> None:
    lines = [
        *stack("Geburtsdatum: 11.02.2023", "Uhrzeit:"),
        make_line("23:05", x=400, y=142),
    ]
    assert masked(lines).get("23:05") == {"23:05": "id_number"}


def test_time_nearer_a_plain_date_or_named_stays_readable() -> None:
    lines = stack(
        "Date of birth: 03/09/2024",
        "Phone: 020 7946 0321",
        "Date: 14/10/2025",
        "Time: 10:30",
        "Delivery time: 18:00",
    )
    got = masked(lines)
    assert "Time: 10:30" not in got
    assert "Delivery time: 18:00" not in got


def test_chinese_time_under_a_date_of_birth() -> None:
    lines = stack("出生日期：2024年5月2日", "时间：08时15分")
    assert masked(lines).get("时间：08时15分") == {"08时15分": "id_number"}
