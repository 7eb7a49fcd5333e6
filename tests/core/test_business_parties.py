"""A party's block whose party is a business: its address and phone stay readable, a
person named inside it stays masked, and a person's block is untouched. Lines made up."""

from __future__ import annotations

from redactor.core.detect import text_spans
from redactor.core.detect.layout.business_parties import spare_business_parties
from redactor.core.detect.layout.page import Sheet
from redactor.core.models import OcrLine
from tests.core.test_layout import LINE_H, make_line, stack

ROW = LINE_H + 14


def masked(lines: list[OcrLine]) -> set[str]:
    out = text_spans(lines)
    return {lines[i].text[s.start : s.end] for i, sp in out.items() for s in sp if s.end > s.start}


def grid(rows: list[list[str]]) -> list[OcrLine]:
    """A form's grid: each row's boxes, label then value, left to right."""
    lines = []
    for n, row in enumerate(rows):
        x = 60.0
        for text in row:
            lines.append(make_line(text, x=x, y=100 + n * ROW))
            x += 40 + 16 * len(text) + 24
    return lines


def test_a_company_respondents_address_and_phone_stay_readable() -> None:
    lines = grid(
        [
            ["申请人", "程晓燕"],
            ["住址", "江州市滨河路18号3栋502室"],
            ["联系电话", "13812345678"],
            ["被申请人", "江州市恒信五金制品有限公司"],
            ["住所", "江州市工业大道220号", "联系电话", "0571-86651234"],
            ["法定代表人", "韩立民", "电话", "13987654321"],
        ]
    )
    found = masked(lines)
    assert not any("工业大道" in t or "86651234" in t for t in found)
    # the person inside the company's block, and the applicant's block, stay masked
    assert {"韩立民", "13987654321", "程晓燕", "13812345678"} <= found
    assert any("滨河路" in t for t in found)


def test_a_respondent_section_named_by_its_name_label() -> None:
    lines = stack(
        "2 Claimant's details",
        "2.1 Full name Tomas Reilly",
        "2.2 Address 7 Elm Row, Hull HU5 2CD",
        "3 Respondent's details",
        "3.1 Name of employer Harwell Freight Ltd",
        "3.2 Address 14 Dock Road, Hull HU9 1AB",
        "5 Employment details",
    )
    found = masked(lines)
    assert not any("Dock Road" in t or "Harwell" in t for t in found)
    assert any("Elm Row" in t for t in found)
    assert any("Tomas Reilly" in t for t in found)


def test_a_contact_person_ends_the_business_part_of_the_block() -> None:
    lines = stack(
        "Contractor: Brookfield & Sons",
        "Address: 5 Mill Yard, Leeds LS2 7QT",
        "Contact person: Alan Pike",
        "Phone: 0113 496 0123",
    )
    sheet = Sheet.of(lines, [ln.text for ln in lines])
    assert spare_business_parties(sheet) == {0, 1}
    found = masked(lines)
    assert not any("Mill Yard" in t for t in found)
    assert any("Alan Pike" in t for t in found)
    assert any("496 0123" in t for t in found)


def test_a_party_who_is_a_person_keeps_every_mask() -> None:
    lines = stack(
        "Landlord: Gareth Pryce", "Address: 9 Ash Lane, Bath BA1 4RT", "Tel: 07700 900456"
    )
    sheet = Sheet.of(lines, [ln.text for ln in lines])
    assert spare_business_parties(sheet) == set()


def test_where_a_person_works_is_no_party() -> None:
    # "Company" on a fax or a form is the person's workplace, their phone under it theirs
    lines = stack("From: Jane Hollis", "Company: Northgate Freight Ltd", "Phone: 0161 496 0208")
    sheet = Sheet.of(lines, [ln.text for ln in lines])
    assert spare_business_parties(sheet) == set()
    assert any("496 0208" in t for t in masked(lines))


def test_a_title_opening_with_a_role_word_is_no_role() -> None:
    lines = stack("Landlord Safety Services Ltd record", "Address: 3 Quay St, Hull HU1 1AA")
    sheet = Sheet.of(lines, [ln.text for ln in lines])
    assert spare_business_parties(sheet) == set()
