"""A radio amateur's call sign is masked alone in its box or after its word, without
its log row; short codes and words of call-sign-like shape stay readable. Lines made up."""

from __future__ import annotations

from redactor.core.detect.text.call_signs import call_signs
from tests.core.test_layout import masked_parts, stack


def signs(text: str) -> list[str]:
    return [text[s.start : s.end] for s in call_signs(text)]


def test_a_call_sign_alone_in_its_box_is_masked() -> None:
    assert signs("VK3QRT") == ["VK3QRT"]
    assert signs(" 2E0WPX ") == ["2E0WPX"]
    assert signs("JA7KLM/P") == ["JA7KLM/P"]


def test_a_call_sign_after_its_word_is_masked_mid_line() -> None:
    assert signs("Call sign: M0XZK") == ["M0XZK"]
    assert signs("73 de PA3RWN, tnx fer QSO") == ["PA3RWN"]
    assert signs("同意，核配呼号BX4QTV。") == ["BX4QTV"]
    assert signs("Rufzeichen DO7YXA") == ["DO7YXA"]


def test_short_codes_and_words_stay_readable() -> None:
    for text in ("H2O", "B2B", "LP1F", "FT8", "12A", "PHOTO", "pm95di", "Form A4 copy"):
        assert signs(text) == [], text


def test_the_log_row_around_a_call_sign_stays_readable() -> None:
    parts = masked_parts(stack("QSO", "OK1XQZ", "14.205 MHz SSB", "RST 59"))
    assert parts == {"id_number": {"OK1XQZ"}}


def test_a_radio_licences_number_and_holder_are_masked_by_their_labels() -> None:
    parts = masked_parts(stack("Zulassungsnummer: 2019-550123", "Klasse: A"))
    assert parts == {"id_number": {"2019-550123"}}
    parts = masked_parts(stack("台站设置人：郝文斌", "电台类别：A类"))
    assert parts == {"name": {"郝文斌"}}
