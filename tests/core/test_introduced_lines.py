

def test_a_certificates_own_number_is_masked_not_its_label() -> None:
    out = masked("Certificate ID: QX-4471-90210", "Certificate of Completion")
    assert out["Certificate ID: QX-4471-90210"] == ["QX-4471-90210"]
    assert "Certificate of Completion" not in out
