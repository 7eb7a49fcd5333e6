"""Labels of a signer's own number and of the artist who does the work: a notary's
commission and a sworn translator's qualification under their signature, the tattoo
artist or piercer named on a consent form; the value beside each is masked and the
label stays readable."""

from __future__ import annotations

from tests.core.label_rows import label_rows, masked_by_line


def _masked(*rows: tuple[str, str]) -> dict[str, list[tuple[str, str]]]:
    return masked_by_line(label_rows(*rows))


def test_a_notarys_commission_and_a_translators_qualification_are_masked() -> None:
    found = _masked(("Commission No.", "8812043"), ("Translator's qualification no.", "55120"))
    assert ("id_number", "8812043") in found["8812043"]
    assert ("id_number", "55120") in found["55120"]
    assert found["Commission No."] == [] and found["Translator's qualification no."] == []


def test_the_artist_is_a_person_in_english_spanish_and_french() -> None:
    found = _masked(("Tattoo artist", "Bruno"), ("Tatuadora", "Marta"), ("Tatoueur", "Léo"))
    assert found["Bruno"] == [("name", "Bruno")]
    assert found["Marta"] == [("name", "Marta")]
    assert found["Léo"] == [("name", "Léo")]
