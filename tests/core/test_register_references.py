"""A register's reference to one entry (its volume, page and entry number) is masked
whole; a volume and page heading a register's page, one coordinate alone, and
numbers cited against the register's order stay readable. Lines made up."""

from __future__ import annotations

from redactor.core.detect.text.register_references import register_references
from tests.core.test_layout import masked_parts, stack


def refs(text: str) -> list[str]:
    return [text[s.start : s.end] for s in register_references(text)]


def test_a_reference_down_to_the_entry_is_masked() -> None:
    assert refs("Baptismal Register Vol. 4, p. 112, No. 35") == ["Vol. 4, p. 112, No. 35"]
    assert refs("Registro: Libro 3, folio 28, número 507 del año") == [
        "Libro 3, folio 28, número 507"
    ]
    assert refs("TOMO: 910 LIBRO: 47 FOLIO: 12 ALTA: 2") == [
        "TOMO: 910 LIBRO: 47 FOLIO: 12 ALTA: 2"
    ]
    assert refs("Book 6 Page 31 Entry 9") == ["Book 6 Page 31 Entry 9"]
    assert refs("领洗簿第3册第17页第205号") == ["第3册第17页第205号"]
    parts = masked_parts(stack("Parish register Vol. 7, p. 9, No. 64"))
    assert parts == {"id_number": {"Vol. 7, p. 9, No. 64"}}


def test_a_volume_and_page_cited_in_a_sentence_are_masked() -> None:
    text = "as shown in the Register of Marriages (Vol. 5, p. 73,"
    assert refs(text) == ["Vol. 5, p. 73"]


def test_what_leads_to_no_one_entry_stays_readable() -> None:
    assert refs("第4册 第61页") == []  # a register's page heading: many entries
    assert refs("Vol. 8, p. 19") == []
    assert refs("Sección 4ª Tomo 5512 Página 73") == []  # a heading, no sentence
    assert refs("Parish Register Vol. 6, p. 40") == []
    assert refs("Page 2 of 3") == []
    assert refs("Invoice no 4471 p 2") == []  # the entry before the page: no reference
    assert refs("Order No. 5521, total 18.40") == []


def test_a_reference_makes_no_person_block_of_its_neighbours() -> None:
    parts = masked_parts(
        stack(
            "Holy Cross Parish, Eastbrook",
            "Certificate of Confirmation",
            "Vol. 3, p. 21, No. 147",
            "Confirmed on the Feast of Pentecost",
        )
    )
    assert parts == {"id_number": {"Vol. 3, p. 21, No. 147"}}
