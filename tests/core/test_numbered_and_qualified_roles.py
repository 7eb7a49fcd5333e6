"""A person's label numbered as one of several ("Witness 2:") or its role qualified in
small letters before the colon ("Duty manager on call:"): the number and the qualifier
are the label's own, the name after the colon is masked and the label stays readable."""

from __future__ import annotations

from redactor.core.detect import text_spans
from tests.core.test_layout import make_line


def _masked(text: str) -> list[tuple[str, str]]:
    line = make_line(text, x=100, y=100)
    return [(s.category.value, text[s.start : s.end]) for s in text_spans([line]).get(0, [])]


def test_a_numbered_role_label_announces_its_name() -> None:
    assert _masked("Witness 2: Harriet Olsen") == [("name", "Harriet Olsen")]
    assert _masked("Clinician 1: Marek Dunn") == [("name", "Marek Dunn")]
    assert _masked("Driver #2: Paulo Reis") == [("name", "Paulo Reis")]


def test_a_role_qualified_in_small_letters_before_its_colon() -> None:
    assert _masked("Nurse in charge: Fiona Ladd") == [("name", "Fiona Ladd")]
    assert _masked("Duty manager on call: Greta Moss") == [("name", "Greta Moss")]


def test_a_clock_time_after_a_word_is_no_numbered_label() -> None:
    assert _masked("Meeting at 10:30 with the team") == []
