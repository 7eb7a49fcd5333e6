"""Labels of offices, deeds and registers the lexicon learned as field families: the
parties a power of attorney or an owners' ballot names, a policy's number, the identity
a clerk checked, a home address in German, the clerks who sign a Chinese form; each
value beside its label is masked and the label stays readable. A count of people stays
readable."""

from __future__ import annotations

from tests.core.label_rows import label_rows, masked_by_line


def test_german_policy_numbers_and_a_home_address_are_masked_under_readable_labels() -> None:
    found = masked_by_line(
        label_rows(
            ("Vertragsnummer", "KV-4471902"),
            ("Versicherungsnummer", "53 170862 W 014"),
            ("Heimatanschrift", "Lindenweg 12, 37073 Göttingen"),
        )
    )
    for label in ("Vertragsnummer", "Versicherungsnummer", "Heimatanschrift"):
        assert found[label] == []
    assert found["KV-4471902"] and found["53 170862 W 014"]
    assert found["Lindenweg 12, 37073 Göttingen"]


def test_the_people_a_deed_and_a_ballot_name_are_masked() -> None:
    found = masked_by_line(
        label_rows(
            ("Vollmachtgeber/in", "Jonas Pfeiffer"), ("Wohnungseigentümer/in", "Herr Udo Kranz")
        )
    )
    assert found["Vollmachtgeber/in"] == [] and found["Wohnungseigentümer/in"] == []
    assert ("name", "Jonas Pfeiffer") in found["Jonas Pfeiffer"]
    assert found["Herr Udo Kranz"]


def test_the_id_a_clerk_checked_and_a_vehicles_keeper_are_masked() -> None:
    found = masked_by_line(
        label_rows(("ID checked", "Passport 553904127"), ("Registered keeper", "Owen Pritchard"))
    )
    assert found["ID checked"] == [] and found["Registered keeper"] == []
    assert found["Passport 553904127"] and ("name", "Owen Pritchard") in found["Owen Pritchard"]


def test_chinese_clerks_are_masked_and_a_count_of_people_stays_readable() -> None:
    found = masked_by_line(label_rows(("会计", "祁晓雯"), ("本户人数", "4人")))
    assert found["会计"] == [] and found["本户人数"] == []
    assert ("name", "祁晓雯") in found["祁晓雯"]
    assert found["4人"] == []
