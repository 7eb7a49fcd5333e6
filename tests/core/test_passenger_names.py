from __future__ import annotations

from tests.core.test_layout import masked_parts, stack


def test_a_passenger_after_the_airlines_word_in_capitals() -> None:
    # A bag tag prints the passenger as the booking holds it, after "PAX": surname and
    # given name joined by a comma or a space as well as a slash; the word stays.
    assert masked_parts(stack("PAX ZHOU,WEN")) == {"name": {"ZHOU,WEN"}}
    assert masked_parts(stack("PAX MARLOW DENNIS")) == {"name": {"MARLOW DENNIS"}}
    assert masked_parts(stack("PSGR: OKAFOR/CHIDI MR")) == {"name": {"OKAFOR/CHIDI MR"}}


def test_a_count_or_printed_words_after_the_word_are_no_name() -> None:
    # A restaurant's bill counts its covers as "Pax"; printed words are no one's.
    assert "name" not in masked_parts(stack("PAX 4"))
    assert "name" not in masked_parts(stack("Pax: 2"))
    assert "name" not in masked_parts(stack("PAX COPY ONLY"))
