"""A detail page's rows: a label flush left, its value flush right the width of the
page away. A personal label's value is masked, the label and the other rows' values
kept. Lines made up."""

from __future__ import annotations

from tests.core.test_label_values import masked
from tests.core.test_layout import CHAR_W, make_line

_RIGHT = 100 + 40 * CHAR_W  # the screen's right margin


def _rows(rows: list[tuple[str, str]]) -> list:
    lines = []
    for n, (label, value) in enumerate(rows):
        y = 100 + 70 * n
        lines += [
            make_line(label, x=100, y=y),
            make_line(value, x=_RIGHT - len(value) * CHAR_W, y=y),
        ]
    return lines


def test_a_flush_right_value_of_a_personal_label() -> None:
    parts = masked(
        _rows(
            [
                ("Data", "12/03/2025 - 10:41:07"),
                ("Nome", "Renata Quintela"),
                ("Valor", "R$ 88,40"),
                ("Instituição", "Banco Cooperativo"),
            ]
        )
    )
    assert parts.get("Renata Quintela") == {"Renata Quintela": "name"}
    assert "Nome" not in parts and "Data" not in parts and "R$ 88,40" not in parts


def test_a_far_value_not_in_a_right_aligned_column_stays() -> None:
    # the label's row alone reaches the far edge: no detail page's column
    lines = [
        make_line("Nome", x=100, y=100),
        make_line("Horário de atendimento", x=_RIGHT - 22 * CHAR_W, y=100),
        make_line("Data", x=100, y=170),
        make_line("12/03/2025", x=100 + 6 * CHAR_W, y=170),
    ]
    assert "Horário de atendimento" not in masked(lines)
