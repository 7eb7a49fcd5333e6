from __future__ import annotations

from tests.core.test_layout import make_line, masked_parts


def test_the_last_zone_of_a_french_cheques_coded_line_is_the_drawers_account() -> None:
    # The OCR cuts the coded line into boxes and may list them in any order: the
    # rightmost zone on the serial's row is the account.
    lines = [
        make_line("Chèque n° 4402917", x=100, y=40),
        make_line("60512388402#", x=700, y=200),
        make_line("#4402917#", x=100, y=202),
        make_line("300040012345#", x=350, y=201),
    ]
    assert masked_parts(lines).get("id_number") == {"60512388402"}


def test_long_numbers_closed_by_a_mark_without_the_serial_are_left_to_other_rules() -> None:
    lines = [make_line("300040012345#", x=350, y=200), make_line("60512388402#", x=700, y=200)]
    assert "id_number" not in masked_parts(lines)
