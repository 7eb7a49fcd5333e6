"""A sort code in its own field of a holder's bank details (a form's cell, a
statement's details panel) says, with the account number beside it, whose account
the money goes to: it is masked. The label stays readable, and a sort code printed
bare, as a cheque prints its branch's, stays readable."""

from __future__ import annotations

from tests.core.test_layout import make_line
from tests.core.test_table_columns import masked


def _cells_side_by_side(*pairs: tuple[str, str]) -> list:
    """Each label over its value, the cells side by side across one row."""
    out = []
    for n, (label, value) in enumerate(pairs):
        out += [make_line(label, x=100 + n * 320, y=100), make_line(value, x=100 + n * 320, y=135)]
    return out


def test_a_sort_code_under_its_label_is_masked() -> None:
    lines = _cells_side_by_side(("Sort code", "40-17-92"), ("Account number", "71046283"))
    found = masked(lines)
    assert {"40-17-92", "71046283"} <= found
    assert not {"Sort code", "Account number"} & found


def test_a_sort_code_after_its_label_on_the_line_is_masked() -> None:
    found = masked([make_line("Bank sort code: 30-95-41", x=100, y=100)])
    assert "30-95-41" in found
    assert not any("sort" in f.lower() for f in found)


def test_a_bare_sort_code_stays_readable() -> None:
    # A cheque's top corner: the branch's code with no label.
    assert masked([make_line("62-18-07", x=900, y=80)]) == set()
