"""Directories of homes: bare flat keys, each over or beside its resident's name, no
label between them (a mailbox wall, a bell panel, a residents' list). Lines made up,
laid out as a panel's cells."""

from __future__ import annotations

from redactor.core.detect.registry import without
from tests.core.test_layout import make_line
from tests.core.test_table_columns import masked

XS = (80.0, 330.0, 580.0, 830.0)


def panel(*rows: tuple[str, ...], y0: float = 100.0) -> list:
    """Cells in rows 36 px apart: a key's row, then its residents' row under it."""
    return [
        make_line(text, x=x, y=y0 + r * 36)
        for r, row in enumerate(rows)
        for text, x in zip(row, XS, strict=True)
        if text
    ]


def test_a_mailbox_wall_masks_its_keys_and_residents_not_its_buttons() -> None:
    lines = [
        make_line("Intercom", x=300, y=20),
        *panel(
            ("0803", "2-0804", "0805", "0806"),
            ("QIAO", "", "凌宅", "Tamsin Oduya"),
            ("0903", "2-0904", "0905", "0906"),
            ("", "邢丽娜", "PRZYBYL", ""),
        ),
        *[make_line("按铃", x=x + 140, y=100) for x in XS[:3]],
    ]
    found = masked(lines)
    assert {"0803", "2-0804", "0906", "QIAO", "凌", "Tamsin Oduya", "邢丽娜", "PRZYBYL"} <= found
    assert not {"Intercom", "按铃", "宅"} & found  # a heading, a button, a household's mark
    assert "2-0804" not in masked(lines, without("home_directories"))


def test_a_bell_panel_of_floors_keeps_titles_readable() -> None:
    lines = [
        make_line(text, x=120, y=100 + k * 34)
        for k, text in enumerate(
            (
                "EG rechts",
                "Fam. Quandtmeier",
                "1. OG links",
                "Ostrowski / Delacroix",
                "1. OG rechts",
                "Frau Ebbinghaus",
                "DG",
                "Thalberg",
            )
        )
    ]
    found = masked(lines)
    assert {"EG rechts", "1. OG links", "Quandtmeier", "Ebbinghaus", "Thalberg"} <= found
    assert not {"Fam.", "Frau"} & found


def test_numbers_over_products_are_no_directory() -> None:
    lines = panel(
        ("1250", "1380", "2200", "1975"),
        ("Espresso", "Flat White", "Chai Latte", "Mocha"),
        ("1450", "1600", "2450", "1300"),
        ("Cortado", "Americano", "Lungo", "Ristretto"),
    )
    # Capitalised words under numbers: checked against how many of them a grid of
    # homes would print; these are a menu's, and stay readable.
    assert not {"Espresso", "Cortado", "1250"} & masked(lines)
