"""An application's reference on a personal application (a loan's, a licence's): the
number the applicant's file is kept under. Values made up."""

from __future__ import annotations

from tests.core.test_label_values import masked
from tests.core.test_layout import stack


def test_an_applications_reference_after_its_label() -> None:
    parts = masked(stack("Application ref: QT30917744"))
    assert parts == {"Application ref: QT30917744": {"QT30917744": "id_number"}}
    parts = masked(stack("Application reference: 20-557810"))
    assert parts == {"Application reference: 20-557810": {"20-557810": "id_number"}}
