"""The digit checks every detector shares."""

from redactor.core.detect.charclass import digit_count, has_digit


def test_has_digit_sees_ascii_and_full_width_digits() -> None:
    assert has_digit("Flat 7b")
    assert has_digit("房间１２")  # full-width digits, as a Chinese form prints them
    assert not has_digit("Marta Quillon")
    assert not has_digit("")


def test_digit_count_counts_every_digit_kind() -> None:
    assert digit_count("0731-88 4-19") == 9
    assert digit_count("１２3") == 3
    assert digit_count("no number") == 0
