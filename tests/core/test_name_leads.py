"""A person's block masks the name inside a phrase of a notice or a form, not the
phrase: a contact cue before it, a label's bracketed qualifier, a link word after it."""

from __future__ import annotations

import pytest

from redactor.core.detect.layout.name_leads import name_between
from tests.core.test_layout import stack
from tests.core.test_layout_rows import covered_text


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("Text Morwenna on", "Morwenna"),
        ("Ring Tobias Quell at", "Tobias Quell"),
        ("Ask for Idris", "Idris"),
        ("(Landlord) Petra Vosk", "Petra Vosk"),
        ("(Second party) Orla Brink", "Orla Brink"),
    ],
)
def test_the_name_is_what_lies_between(run: str, name: str) -> None:
    a, b = name_between(run)
    assert run[a:b] == name


@pytest.mark.parametrize(
    "run",
    [
        "Morwenna Quell",
        "call me on",  # no name left: the run stays whole (fail closed)
        "(Anna) Petra Vosk",  # a given name in brackets: a nickname, kept
        "Textor Brink",  # a cue inside a longer word is no cue
        "de la Cruz",
    ],
)
def test_nothing_is_cut_without_a_name_between(run: str) -> None:
    assert name_between(run) == (0, len(run))


def test_a_block_masks_the_name_not_the_cue() -> None:
    covered = covered_text(
        stack("Text Morwenna on", "07700 900412", "or email morwenna@example.com", x=100)
    )
    assert covered[0] == "Morwenna"
    assert covered[1] == "07700 900412"


def test_a_bracketed_party_stays_with_its_label() -> None:
    covered = covered_text(
        stack("Signed (Second party) Orla Brink", "14 Larkspur Terrace", "Fennick FN4 7QD", x=100)
    )
    assert covered[0] == "Orla Brink"
