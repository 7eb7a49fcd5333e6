"""A note's paragraph with values written into its sentences (a loan note, a
declaration): the names, the address and the numbers are masked, the sentence's words,
its sums and its dates stay readable. Lines made up."""

from __future__ import annotations

from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.layout.paragraphs import paragraph_lines, value_words
from redactor.core.detect.spans import normalize
from redactor.core.models import OcrLine
from tests.core.test_layout import make_line, stack
from tests.core.test_message_lines import masked

_NOTE = (
    "I, Mirela Voss, of Flat 3, 41 Quarry Road Lincoln",
    "LN4 7QT, confirm that I have borrowed from Tobias",
    "Penhale the sum of £2,750 (Two thousand seven",
    "hundred and fifty pounds) for a new roof and will pay",
    "it back to him in full by 2027-09-30.",
)
_UNDER = ("Signed: Mirela Voss", "Phone: 07700 900614")


def _sheet(lines: list[OcrLine]) -> Sheet:
    return Sheet.of(lines, [normalize(ln.text) for ln in lines])


def test_a_wrapped_note_is_one_paragraph_and_the_fields_under_it_are_not() -> None:
    lines = stack(*_NOTE, *_UNDER)
    found = paragraph_lines(_sheet(lines))
    assert sorted(found) == [0, 1, 2, 3, 4]
    # a line that carries on the sentence above opens none
    assert found[0] and not found[2]


def test_a_name_over_an_address_is_no_paragraph() -> None:
    lines = stack("Mirela Voss", "Flat 3, 41 Quarry Road", "Lincoln LN4 7QT", "Please call first.")
    assert paragraph_lines(_sheet(lines)) == {}


def test_lines_of_a_form_beside_other_boxes_are_no_paragraph() -> None:
    lines = [make_line(text, y=100 + 42 * k) for k, text in enumerate(_NOTE)] + [
        make_line("Ref 5521", x=1400, y=100 + 42 * k) for k in range(len(_NOTE))
    ]
    assert paragraph_lines(_sheet(lines)) == {}


def test_a_paragraphs_values_are_masked_and_its_words_kept() -> None:
    words = masked(stack(*_NOTE, *_UNDER))
    assert words[_NOTE[0]] == [", 41 Quarry Road Lincoln", "Flat 3", "Mirela Voss"]
    assert words[_NOTE[1]] == ["LN4 7QT", "Tobias"]
    # a name wrapped onto the next line stays a name; a sum in words stays readable
    assert words[_NOTE[2]] == ["Penhale"]
    assert _NOTE[3] not in words and _NOTE[4] not in words


def test_value_words_keep_a_sentences_opening_word_sums_and_dates() -> None:
    def words(text: str, opens: bool = True) -> list[str]:
        return [text[a:b] for a, b in value_words(text, 0, len(text), opens) or ()]

    assert words("loan. We agreed on £400 (Four hundred pounds) by 2026-05-01.") == []
    assert words("Harlow the sum of £90", opens=False) == ["Harlow"]
    assert value_words("今借到某人现金", 0, 7) is None  # Chinese has no words to tell apart
