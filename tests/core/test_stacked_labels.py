"""A form's cell prints its label over its value: whatever masked the value's line (a
person's block gone wide), a non-personal label stacked over it gives it back; a
personal label's value, or a value shaped like a name or an address, stays masked."""

from __future__ import annotations

from redactor.core.detect.registry import RECOGNIZERS
from tests.core.test_layout import make_line
from tests.core.test_table_columns import WIDE_BLOCK, masked


def _cells(*pairs: tuple[str, str], x: float = 100.0) -> list:
    """Each label over its value, the cells stacked down the page."""
    out = []
    for n, (label, value) in enumerate(pairs):
        out += [make_line(label, x=x, y=100 + n * 90), make_line(value, x=x, y=135 + n * 90)]
    return out


def test_a_value_under_a_non_personal_label_stays_readable() -> None:
    lines = _cells(("Description", "blue umbrella with a wooden handle"), ("Name", "okafor lind"))
    found = masked(lines, (*RECOGNIZERS, WIDE_BLOCK))
    assert found == {"okafor lind"}


def test_a_name_or_an_address_under_a_non_personal_label_stays_masked() -> None:
    lines = _cells(("Description", "Joshua Wilson"), ("Status", "12 Highfield Road"))
    found = masked(lines, (*RECOGNIZERS, WIDE_BLOCK))
    assert {"Joshua Wilson", "12 Highfield Road"} <= found


def test_a_label_with_its_value_beside_it_is_no_label_of_the_line_under_it() -> None:
    """A grid's row: the label's value stands beside it, the line under the label is
    the next row's (here a sentence naming someone)."""
    lines = [
        make_line("Status", x=100, y=100),
        make_line("open", x=400, y=100),
        make_line("Okafor said Lind would come", x=100, y=135),
    ]
    found = masked(lines, (*RECOGNIZERS, WIDE_BLOCK))
    assert "Okafor said Lind would come" in found
