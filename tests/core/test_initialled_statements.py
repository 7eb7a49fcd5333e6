"""The initials a consent form's signer writes before each statement are masked; the
statements, the instruction and the headings and labels under it stay readable."""

from __future__ import annotations

from tests.core.label_rows import masked_by_line
from tests.core.test_layout import stack


def _found(*texts: str) -> dict[str, list[tuple[str, str]]]:
    return masked_by_line(stack(*texts, x=100))


def test_initials_alone_or_before_a_statement_are_masked() -> None:
    found = _found(
        "Please initial each statement:",
        "K.W.",
        "I agree the work is permanent.",
        "K.L.W. I have read the care sheet.",
        "KW",
        "I confirm my answers are true.",
    )
    assert found["K.W."] == [("name", "K.W.")]
    assert found["K.L.W. I have read the care sheet."] == [("name", "K.L.W.")]
    assert found["KW"] == [("name", "KW")]
    assert found["I agree the work is permanent."] == []
    assert found["I confirm my answers are true."] == []
    assert found["Please initial each statement:"] == []


def test_initials_glued_to_a_statement_in_another_language() -> None:
    found = _found(
        "Escriba sus iniciales en cada punto:",
        "PLGAcepto que el diseño es definitivo.",
        "P.L.G. He leído las instrucciones.",
    )
    assert found["PLGAcepto que el diseño es definitivo."] == [("name", "PLG")]
    assert found["P.L.G. He leído las instrucciones."] == [("name", "P.L.G.")]


def test_capitals_without_the_instruction_or_before_a_heading_stay() -> None:
    found = _found("K.W. I have read the care sheet.", "KW", "Notes")
    assert found["K.W. I have read the care sheet."] == []
    assert found["KW"] == []
    found = _found("Initial each statement:", "FOR CLIENTS UNDER 18", "ID 55")
    assert found["FOR CLIENTS UNDER 18"] == []
    assert ("name", "ID") not in found["ID 55"]
