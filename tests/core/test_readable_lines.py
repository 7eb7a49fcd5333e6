"""Lines of a person's block that name no one stay readable: the document's own
title and a status or an answer printed beside the person; a line with a digit, or
a name, stays masked."""

from __future__ import annotations

from redactor.core.detect.layout.block_lines import line_spans
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.layout.readable_lines import is_document_title, readable_line
from redactor.core.detect.text.not_personal import nothing_but_amounts
from tests.core.test_layout import stack


def _masked(*texts: str) -> list[str]:
    lines = stack(*texts)
    sheet = Sheet.of(lines, [ln.text for ln in lines])
    return [
        sheet.texts[k][s.start : s.end] for k in range(len(texts)) for s in line_spans(sheet, k)
    ]


def test_a_documents_title_over_the_person_stays_readable() -> None:
    assert _masked("Tenant Intake Record", "Orla Whitcombe") == ["Orla Whitcombe"]
    assert _masked("ATTESTATION DE RÉSIDENCE", "Maëlle Quintard") == ["Maëlle Quintard"]
    assert _masked("居民养犬登记证明", "王秋芸") == ["王秋芸"]


def test_a_status_beside_the_person_stays_readable() -> None:
    assert _masked("Tobias Wrenfield", "Settled") == ["Tobias Wrenfield"]
    assert _masked("Tobias Wrenfield", "Up to date") == ["Tobias Wrenfield"]
    assert _masked("Tobias Wrenfield", "N/A") == ["Tobias Wrenfield"]


def test_the_kind_of_paper_must_end_a_latin_title_or_head_a_line_of_capitals() -> None:
    assert is_document_title("Formulaire d'inscription")
    assert not is_document_title("Record kept by Orla Whitcombe")  # a name after it
    assert not is_document_title("Agreement")  # one word: as often a label


def test_a_line_with_a_digit_stays_masked() -> None:
    assert not readable_line("Record 44817")
    assert _masked("Orla Whitcombe", "Permit 2231 OK") == ["Orla Whitcombe", "Permit 2231 OK"]


def test_a_dotted_date_in_the_block_is_a_date_not_a_sum_and_a_year() -> None:
    assert nothing_but_amounts("14.03.2027")
    assert nothing_but_amounts("07.11.2026  09:45")
    assert _masked("Orla Whitcombe", "07.11.2026  09:45") == ["Orla Whitcombe"]
    assert not nothing_but_amounts("14.03.2027 Orla")
