"""Labels of service reports, storage contracts and purchase dockets: the code that
opens a customer's unit, the card on file, the second contact, a technician's
certificate, the staff and the seller who sign; each value beside or under its label
is masked, and a public office's stamp in a signer's place stays readable."""

from __future__ import annotations

from tests.core.label_rows import label_rows, masked_by_line
from tests.core.test_layout import stack


def test_an_access_code_and_the_card_on_file_beside_their_labels_are_masked() -> None:
    found = masked_by_line(
        label_rows(("Gate access PIN:", "2718"), ("Card on file ending", "5563"))
    )
    assert found["2718"] and all(c == "id_number" for c, _ in found["2718"])
    assert ("card_number", "5563") in found["5563"]
    assert found["Gate access PIN:"] == [] and found["Card on file ending"] == []


def test_the_alternate_contact_is_a_person_and_their_phone_a_phone() -> None:
    found = masked_by_line(
        label_rows(("Alternate contact", "Marcus Webb"), ("Alt. contact phone", "0113 496 0372"))
    )
    assert ("name", "Marcus Webb") in found["Marcus Webb"]
    assert found["0113 496 0372"] and all(c == "phone" for c, _ in found["0113 496 0372"])


def test_a_technicians_certificate_number_is_masked() -> None:
    found = masked_by_line(label_rows(("Cert. no.", "RSPH L2 104417")))
    assert found["RSPH L2 104417"] and all(c == "id_number" for c, _ in found["RSPH L2 104417"])


def test_the_seller_and_the_staff_who_sign_a_purchase_are_masked() -> None:
    found = masked_by_line(stack("售粮人", "严小燕", "财务审核:李志浩", "单价 2.36 元/斤"))
    assert found["严小燕"] == [("name", "严小燕")]
    assert ("name", "李志浩") in found["财务审核:李志浩"]
    assert found["单价 2.36 元/斤"] == []


def test_a_french_docket_names_its_weigher_and_the_grower() -> None:
    found = masked_by_line(stack("Apporteur", "Léa Marchand", "Blé tendre 12.4 t"))
    assert ("name", "Léa Marchand") in found["Léa Marchand"]
    found = masked_by_line(label_rows(("Peseur :", "Amélie Rondeau")))
    assert ("name", "Amélie Rondeau") in found["Amélie Rondeau"]


def test_a_public_offices_stamp_where_the_reviewer_signs_stays_readable() -> None:
    found = masked_by_line(label_rows(("审核:", "某市公安局交通警察支队")))
    assert found["某市公安局交通警察支队"] == []


def test_a_long_label_read_with_a_letter_lost_still_announces_its_value() -> None:
    found = masked_by_line(
        stack("SERVICE REPORT", "Techncian Amanda Holloway", "Card on file endin 3318")
    )
    assert ("name", "Amanda Holloway") in found["Techncian Amanda Holloway"]
    assert ("card_number", "3318") in found["Card on file endin 3318"]


def test_a_lost_letter_reading_keeps_the_first_letter_and_long_forms_only() -> None:
    from redactor.core.detect.tables.field_lexicon import ValueKind, default_lexicon

    lexicon = default_lexicon()
    assert [m.kind for m in lexicon.find("Signatre:")] == [ValueKind.SIGNATURE]
    assert lexicon.find("ignature:") == ()  # the first letter lost: no reading
    # A short label is read through a lost letter only as a line's first word before
    # its colon and a value of its kind (tables.short_readings), never otherwise.
    assert lexicon.find("Surnam: 12") == ()
    assert lexicon.find("Surnam Roe") == ()
