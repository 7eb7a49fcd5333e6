"""A person a certificate's sentence introduces at the end of its line, named alone
on the line under it; a certificate's own number after its label. Lines made up."""

from __future__ import annotations

import pytest

from tests.core.test_prose_persons import masked


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("This is to certify that", "Odile Brandt"),
        ("The governors are pleased to note that this award is presented to", "Rupert Anand"),
        ("Le conseil d'administration atteste que", "Hélène Duval"),
        ("La secretaria del centro hace constar que", "Íñigo Ruiz Álvarez"),
        ("Die Schulleitung bescheinigt, dass", "Jorinde Vogt"),
        ("兹证明", "欧阳青松"),
    ],
)
def test_the_name_alone_under_its_introducing_phrase_is_masked(phrase: str, name: str) -> None:
    out = masked(phrase, name, "has completed the course with merit")
    assert out.get(name) == [name]
    assert phrase not in out  # the phrase stays readable
    assert "has completed the course with merit" not in out


def test_a_line_under_the_phrase_that_is_not_a_name_stays_readable() -> None:
    out = masked("This is to certify that", "the Kitchen Hygiene Course", "was completed")
    assert "the Kitchen Hygiene Course" not in out
    # a single capitalised word is no full name on a certificate's own line
    assert masked("This is to certify that", "Pass") == {}


def test_a_certificates_own_number_is_masked_not_its_label() -> None:
    out = masked("Certificate ID: QX-4471-90210", "Certificate of Completion")
    assert out["Certificate ID: QX-4471-90210"] == ["QX-4471-90210"]
    assert "Certificate of Completion" not in out
