"""Where a party lives, given inside a deed's or a statement's sentence after a
phrase of residence: the address parts are masked, the phrase and the clause after
them stay readable. Lines made up."""

from __future__ import annotations

from redactor.core.detect.text.residence_phrases import residence_addresses


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in residence_addresses(text)]


def test_a_spanish_deeds_town_and_domicile() -> None:
    line = "nacido/a el 2/04/1970, vecino/a de Toledo, con domicilio en Calle Real, 14, con DNI"
    assert _found(line) == ["Toledo", "Calle Real", "14"]


def test_the_address_after_a_residence_phrase_in_other_languages() -> None:
    assert _found("I, Ann Lee, residing at 4 Elm Road, Leeds LS2 9AA, declare that") == [
        "4 Elm Road",
        "Leeds LS2 9AA",
    ]
    assert _found("Herr Jan Vogt, wohnhaft in Lindenweg 7, 80331 München.") == [
        "Lindenweg 7",
        "80331 München",
    ]


def test_no_address_when_the_sentence_goes_on_in_lower_case() -> None:
    assert _found("wohnhaft in der Schweiz seit 2001") == []
    assert _found("residing at the address given above") == []


def test_a_door_label_in_lower_case_carries_the_address_on_and_stays_readable() -> None:
    line = "Je soussigné Marc Petit, demeurant 5 rue Haute, bât. C, 44000 Nantes, accepte"
    assert _found(line) == ["5 rue Haute", "C", "44000 Nantes"]
    assert _found("con domicilio en Calle Mayor, 8, piso 2, con DNI 1234") == [
        "Calle Mayor",
        "8",
        "2",
    ]
    # The door's value ends where the sentence goes on in lower case or in brackets.
    assert _found("residente in Via Roma 3, Pisa, interno 7 (di seguito") == [
        "Via Roma 3",
        "Pisa",
        "7",
    ]
    # Any other lower-case word still ends it.
    assert _found("demeurant 5 rue Haute, et déclare") == ["5 rue Haute"]
