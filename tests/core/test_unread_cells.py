"""Ink the OCR doubts, on a row of personal values, is masked; doubted ink elsewhere
and confident readings beside personal values are left to the other rules."""

from __future__ import annotations

from redactor.core.detect import text_spans
from redactor.core.detect.registry import without
from redactor.core.models import OcrLine, Quad
from tests.core.test_layout import make_line
from tests.core.test_layout_rows import covered_text


def _row(first: str, conf: float, second: str) -> list[OcrLine]:
    return [make_line(first, x=100, y=100, conf=conf), make_line(second, x=320, y=100)]


def test_doubted_ink_beside_a_name_field_is_masked() -> None:
    lines = _row("目7", 0.45, "审核药师：钟丽")
    assert covered_text(lines)[0] == "目7"
    assert not text_spans(lines, recognizers=without("unread_cell"))[0]


def test_doubted_ink_beside_business_data_stays() -> None:
    assert covered_text(_row("目7", 0.45, "金额：130.65元"))[0] == ""


def test_a_confident_reading_beside_a_name_is_judged_by_its_text() -> None:
    assert covered_text(_row("处方有效期为3天", 0.98, "审核药师：钟丽"))[0] == ""


def test_a_doubted_box_lying_over_a_persons_lines_is_masked() -> None:
    # The detector melted two lines of an address into one tall box, read as junk.
    street = make_line("412 N BIRCHWOOD DR", x=100, y=100)
    town = make_line("DAYTON OH 45402", x=100, y=140)
    melted = OcrLine("DA7TBN0H45Q", 0.66, Quad.from_bbox(110, 105, 420, 185), ())
    lines = [street, town, melted]
    assert covered_text(lines)[2] == "DA7TBN0H45Q"
    assert not text_spans(lines, recognizers=without("unread_cell"))[2]
    # Read with confidence, or lying over business text, it is judged by its text.
    sure = OcrLine("DA7TBN0H45Q", 0.95, melted.quad, ())
    assert covered_text([street, town, sure])[2] == ""
    prices = [make_line("TOTAL 12.50", x=100, y=100), make_line("CASH 20.00", x=100, y=140)]
    assert covered_text([*prices, melted])[2] == ""


def test_a_line_read_as_a_few_characters_in_a_column_of_fields_is_masked() -> None:
    # OCR boxed a whole field line (label and a masked number) and read two characters
    # of it, unsure: what it holds is unknown, and its neighbours are a person's fields.
    def garbled(conf: float) -> OcrLine:
        return OcrLine("6.", conf, Quad.from_bbox(100, 142, 400, 172), ())

    above, below = (
        make_line("费别：医保", x=100, y=100),
        make_line("住址：新华路112号", x=100, y=184),
    )
    assert covered_text([above, garbled(0.78), below])[1] == "6."
    # Read with confidence, or among business lines, it is judged by its text.
    assert covered_text([above, garbled(0.97), below])[1] == ""
    prices = [make_line("合计：130.65元", x=100, y=100), make_line("实收：200.00元", x=100, y=184)]
    assert covered_text([prices[0], garbled(0.78), prices[1]])[1] == ""
