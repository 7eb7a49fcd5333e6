"""A name a sentence introduces, read over the line's wrap; an introducing word is a
whole word, and a wish after the name opens the next sentence."""

from __future__ import annotations

from redactor.core.detect.text.prose_persons import introduced_names
from tests.core.test_layout import masked_parts, stack


def _names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in introduced_names(text)]


def test_a_surname_wrapped_under_its_given_name() -> None:
    parts = masked_parts(
        stack(
            "As agreed, here is the signed page. Could you pass a copy to Rosalind",
            "Quennell and send the countersigned page back to me before Friday?",
        )
    )
    assert {"Rosalind", "Quennell"} <= parts["name"]


def test_an_introducer_cut_from_its_name_by_the_wrap() -> None:
    parts = masked_parts(
        stack(
            "Le adjunto la documentación completa del expediente de la compraventa. Mi",
            "colega Eusebio Larrañaga le llamará el lunes para aclarar cualquier duda.",
        )
    )
    assert "Eusebio Larrañaga" in parts["name"]


def test_an_introducer_inside_a_longer_word_introduces_nothing() -> None:
    assert _names("VEHICLE HIRE AGREEMENT Agreement No. 4411") == []
    assert _names("Hi Rosalind, see you") == ["Rosalind"]
    assert _names("DearRosalind Quennell") == ["Rosalind Quennell"]


def test_a_wish_after_the_name_is_no_part_of_it() -> None:
    assert _names("Ma chère Odile Joyeux anniversaire! Je t'embrasse") == ["Odile"]
