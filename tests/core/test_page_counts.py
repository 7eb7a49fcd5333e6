"""A fax's or a letter's page count, its label qualified in brackets ("the cover
counted"), is a quantity: inside a person's block it stays readable."""

from __future__ import annotations

import pytest

from redactor.core.detect.tables.field_lexicon import ValueKind, default_lexicon
from tests.core.test_layout import stack
from tests.core.test_layout_rows import covered_text


@pytest.mark.parametrize(
    "line",
    [
        "Pages (incl. cover): 6",
        "Páginas (incl. portada): 5",
        "Seiten (inkl. Deckblatt): 3",
        "Nombre de pages : 4",
        "页数:7",
    ],
)
def test_a_page_count_in_a_persons_block_stays_readable(line: str) -> None:
    covered = covered_text(
        stack("Tomasz Wierzbicki", "14 Larkspur Terrace", "Fennick FN4 7QD", line, x=100)
    )
    assert covered[0] == "Tomasz Wierzbicki"
    assert covered.get(3, "") == ""


def test_the_whole_qualified_label_is_the_quantitys() -> None:
    found = default_lexicon().find("Pages (incl. cover): 6")
    assert [(m.start, m.kind) for m in found] == [(0, ValueKind.QUANTITY)]
