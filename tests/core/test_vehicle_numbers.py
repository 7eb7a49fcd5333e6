"""A vehicle's numbers on a sale, transfer or hire form: its identification number (a
long code of capitals and digits) after a short label, and its registration plate
after a vehicle label that otherwise needs a colon. Values made up."""

from __future__ import annotations

from redactor.core.detect.layout.printed_labels import printed_labels
from tests.core.test_label_values import masked
from tests.core.test_layout import stack


def test_a_vehicle_identification_number_after_a_short_label() -> None:
    assert masked(stack("VIN WDB2030461A123456")) == {
        "VIN WDB2030461A123456": {"WDB2030461A123456": "id_number"}
    }
    # read with a character dropped, its check digit no longer holds: still masked
    assert masked(stack("VIN WDBO30461A12345")) == {
        "VIN WDBO30461A12345": {"WDBO30461A12345": "id_number"}
    }


def test_a_registration_plate_after_a_strict_vehicle_label() -> None:
    for line, plate in (
        ("Registration AB12 CDE", "AB12 CDE"),
        ("Registration XK-418-PT", "XK-418-PT"),
        ("Registration 4821 BCF", "4821 BCF"),
        ("Kennzeichen M-AB 1234", "M-AB 1234"),
    ):
        assert masked(stack(line)) == {line: {plate: "id_number"}}, line


def test_a_plate_label_keeps_its_other_readings() -> None:
    # before an ordinary word the strict label is none; a fee or a date keeps its kind
    assert printed_labels("Registration open daily") == ()
    (fee,) = printed_labels("Registration fee 40")
    assert fee.kind.value == "amount"
    assert masked(stack("Registration open daily")) == {}


def test_a_short_code_after_a_claims_label_is_no_vehicles_number() -> None:
    # a case's or a claim's reference is shorter than a vehicle's identification number
    assert masked(stack("Claim No. VD25C81377")) == {}


def test_the_french_registration_label_over_its_plate() -> None:
    (m,) = printed_labels("Numéro d'immatriculation")
    assert m.kind.value == "id_number"
    parts = masked(stack("Numéro d'immatriculation", "QH-937-BK"))
    assert parts == {"QH-937-BK": {"QH-937-BK": "id_number"}}


def test_a_french_vin_label_over_its_number() -> None:
    parts = masked(stack("Numéro VIN", "VR3KTD8471M5P2204"))
    assert parts == {"VR3KTD8471M5P2204": {"VR3KTD8471M5P2204": "id_number"}}
