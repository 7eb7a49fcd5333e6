"""A declaration names its signer and the person it concerns inside its sentence,
set off by commas; the sentence's other words stay readable."""

from __future__ import annotations

from redactor.core.detect.text.prose_persons import prose_persons


def _names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in prose_persons(text) if s.category.value == "name"]


def test_the_signer_after_i_and_its_comma_in_several_languages() -> None:
    assert _names("I, Tomas Brandt, a sworn translator, hereby certify that") == ["Tomas Brandt"]
    assert _names("Je soussignée Hélène Dufour, traductrice, certifie que") == ["Hélène Dufour"]
    assert _names("D./Dña. Íñigo Sáez Roca, Traductor Jurado de inglés") == ["Íñigo Sáez Roca"]


def test_a_contracts_party_named_by_title() -> None:
    line = "Tra il/la Sig./Sig.ra Lorenzo Gatti, nato/a a Lecce il 3/03/1980, e l'impresa"
    assert _names(line) == ["Lorenzo Gatti"]
    assert _names("entre la Sra. Inés Varela, con domicilio en") == ["Inés Varela"]


def test_the_person_the_document_concerns() -> None:
    assert _names("of the original concerning LIANG Weiqi, consisting of two pages.") == [
        "LIANG Weiqi"
    ]
    assert _names("conforme à l'original au nom de Noé Garnier, comportant une page.") == [
        "Noé Garnier"
    ]


def test_without_the_comma_an_article_or_inside_a_word_no_name() -> None:
    assert _names("I, the undersigned, agree to the terms.") == []
    assert _names("I, The Undersigned, agree to the terms.") == []
    assert _names("We flew to Hawaii, Honolulu first.") == []
    assert _names("A note concerning Delivery Times and returns.") == []


def test_a_notarys_deed_names_the_notary_and_who_appears() -> None:
    line = "En Toledo, a tres de marzo. Ante mí, Lucía Herrero Vidal, Notario del Colegio"
    assert _names(line) == ["Lucía Herrero Vidal"]
    line = "del Ilustre Colegio de Madrid, COMPARECE: D. Julio Sanz Mora, nacido/a el"
    assert _names(line) == ["Julio Sanz Mora"]


def test_a_signer_who_gives_where_they_live_after_the_name() -> None:
    line = "I, Harold J. Pike of 12 Mill Road, Leeds LS2 9AA declare that this is my Will"
    assert _names(line) == ["Harold J. Pike"]
    # Only a signer speaking for themselves ends the name with "of".
    assert _names("concerning Bank of Ireland statements") == []
    assert _names("I, the undersigned, of sound mind") == []
