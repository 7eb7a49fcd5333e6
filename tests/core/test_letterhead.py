"""A business's name heading the page (a letterhead) and its address and phone stay
readable; a person's name heading a page stays masked."""

from __future__ import annotations

from tests.core.test_layout import stack
from tests.core.test_layout_rows import covered_text


def test_a_trade_word_at_the_head_of_a_page_is_the_business_own() -> None:
    covered = covered_text(
        stack(
            "Wrenfield Bakehouse",
            "17 Copper Street, Dunmore DN4 2QT",
            "Order form",
            "Name: Orla Penhallow",
        )
    )
    assert covered[0] == ""
    assert covered[3] == "Orla Penhallow"


def test_a_letterhead_in_another_language_is_the_business_own() -> None:
    covered = covered_text(
        stack("Gestoría Valdecilla", "Plaza Mayor 14, 28999 Robledo", "Tel 91 541 22 06")
    )
    assert covered[0] == ""
    covered = covered_text(
        stack("Clínica Dental Norte", "Calle del Olmo, 43111 Robledo", "Tel.: 965 111 675")
    )
    assert covered[0] == ""


def test_a_person_heading_the_page_stays_masked() -> None:
    covered = covered_text(stack("Orla Penhallow", "17 Copper Street, Dunmore DN4 2QT"))
    assert covered[0] == "Orla Penhallow"
    # A title makes a trade's word a surname.
    covered = covered_text(stack("Mrs Tamsin Church", "17 Copper Street, Dunmore DN4 2QT"))
    assert "Church" in covered[0]


def test_a_trade_word_lower_down_the_page_decides_nothing() -> None:
    lines = stack(
        "Order form",
        "Ref 4471",
        "Deliver to",
        "Kit Exchange",
        "17 Copper Street, Dunmore DN4 2QT",
    )
    assert covered_text(lines)[3] == "Kit Exchange"


def test_a_sentence_at_the_head_of_a_page_is_no_letterhead() -> None:
    covered = covered_text(
        stack("I, Orla Penhallow, of 4 Church Row", "Dunmore DN4 2QT, owe Kit Varga the sum")
    )
    assert "Orla Penhallow" in covered[0]
