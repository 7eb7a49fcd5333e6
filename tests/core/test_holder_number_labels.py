"""Labels of a number issued to one holder: a uniformed crew member's collar number, a
resident's door fobs (several after one label), a pass or permit, an Italian
technician's licence (patentino). The number is masked, the label stays readable; a
record's or an agreement's own number stays readable."""

from __future__ import annotations

from redactor.core.detect import text_spans
from tests.core.test_layout import make_line


def _masked(text: str) -> list[tuple[str, str]]:
    line = make_line(text, x=100, y=100)
    return [(s.category.value, text[s.start : s.end]) for s in text_spans([line]).get(0, [])]


def test_a_crew_members_collar_number_is_masked() -> None:
    assert _masked("Collar no. 3197") == [("id_number", "3197")]
    assert _masked("Shoulder number: 8820") == [("id_number", "8820")]


def test_each_fob_after_one_label_is_masked() -> None:
    assert _masked("Fob nos.: 7KQ210, 554031") == [("id_number", "7KQ210, 554031")]


def test_a_pass_and_a_permit_are_their_holders() -> None:
    assert _masked("Pass no. 40981276") == [("id_number", "40981276")]
    assert _masked("Parking permit no: PZ-30417") == [("id_number", "PZ-30417")]


def test_an_italian_technicians_licence_is_masked() -> None:
    assert _masked("Patentino n. RT448120") == [("id_number", "RT448120")]


def test_a_records_own_number_stays_readable() -> None:
    assert _masked("Record no. 704412") == []


def test_a_short_lettered_number_after_a_two_word_label_without_colon_is_masked() -> None:
    # A land title's or a licence's number: a register's capitals and a few digits.
    assert _masked("Title number WQ51730") == [("id_number", "WQ51730")]
    assert _masked("Parcel no HT0842") == [("id_number", "HT0842")]
    # One word, or a code glued to more letters, announces nothing by itself.
    assert _masked("Title WQ51730") == []
    assert _masked("Parcel no HT0842X7-B") == []
