"""The code in a certificate's verification link is masked; the link's host and
words, and links that check nothing, stay readable. Lines made up."""

from __future__ import annotations

from redactor.core.detect.text.verification_codes import verification_codes
from tests.core.test_layout import masked_parts, stack


def codes(text: str) -> list[str]:
    return [text[s.start : s.end] for s in verification_codes(text)]


def test_a_verification_links_code_is_masked() -> None:
    assert codes("Vérification : https://titres.example.fr/verif/Q7KD2M4X") == ["Q7KD2M4X"]
    assert codes("Check at verify.example.org/verify/c/CT-2025-118204.") == ["CT-2025-118204"]
    parts = masked_parts(stack("Verification: https://certs.example.com/validate/8JX42KQP"))
    assert parts == {"id_number": {"8JX42KQP"}}


def test_links_that_check_nothing_are_left_alone() -> None:
    assert codes("Order online at https://shop.example.com/products/AB12345") == []
    assert codes("https://help.example.com/check/status") == []
    assert codes("查询网址:www.example.cn") == []
