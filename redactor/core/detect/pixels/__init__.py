"""Steps that look at the pixels: codes, ink the OCR did not read, signatures, marks."""
