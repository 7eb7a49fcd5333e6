"""A cheque's magnetic line: the drawer's account between the routing number (or the
sort code) and the on-us symbol is masked; the routing number, sort code and the
cheque's serial stay readable. Lines made up."""

from __future__ import annotations

import pytest

from redactor.core.detect import text_spans
from redactor.core.detect.text.id_numbers import micr_accounts
from tests.core.test_layout import make_line


@pytest.mark.parametrize(
    ("line", "account"),
    [
        (':021000089: 5820174633" 0417', "5820174633"),  # US: routing, account, serial
        ('"004512" 40-11-62: 31926548"', "31926548"),  # UK: serial, sort code, account
        ("⑆026009593⑆ 483920175⑈ 1052", "483920175"),  # the symbols themselves
    ],
)
def test_the_account_of_a_magnetic_line_is_found(line: str, account: str) -> None:
    assert [line[s.start : s.end] for s in micr_accounts(line)] == [account]


def test_the_rest_of_the_magnetic_line_stays_readable() -> None:
    lines = [make_line('"004512" 40-11-62: 31926548"', x=100, y=500)]
    out = text_spans(lines)
    found = {lines[0].text[s.start : s.end] for s in out.get(0, []) if s.end > s.start}
    assert found == {"31926548"}


@pytest.mark.parametrize(
    "line",
    ["Sort code 40-11-62", "Date 12:30 2024", 'Ref: 123456789: 4471" wide', "Tel 0117 364 5689"],
)
def test_no_magnetic_line_no_account(line: str) -> None:
    assert list(micr_accounts(line)) == []
