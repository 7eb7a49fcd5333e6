"""Labels of safety inspection records: who answers for a building's fire safety and
the inspector's own number with their certifying body are masked under or beside
their labels; the record's own headings and results stay readable."""

from __future__ import annotations

from tests.core.label_rows import label_rows, masked_by_line
from tests.core.test_layout import stack


def test_the_person_responsible_for_a_building_is_masked_under_the_label() -> None:
    found = masked_by_line(stack("Responsible person", "Gareth Pennock", "Result: Pass"))
    assert ("name", "Gareth Pennock") in found["Gareth Pennock"]
    assert found["Responsible person"] == [] and found["Result: Pass"] == []


def test_an_inspectors_accreditation_number_is_masked() -> None:
    found = masked_by_line(stack("Accreditation no.", "BAFE/70315"))
    assert found["BAFE/70315"] and all(c == "id_number" for c, _ in found["BAFE/70315"])
    assert found["Accreditation no."] == []


def test_a_german_inspectors_qualified_person_number_is_masked() -> None:
    found = masked_by_line(label_rows(("Sachkundigen-Nr.:", "KX-0417/23")))
    assert found["KX-0417/23"] and all(c == "id_number" for c, _ in found["KX-0417/23"])
    assert found["Sachkundigen-Nr.:"] == []
