"""A line of a person's block that ends in a colon is a label whose value is printed
after it (the next cell or line): the block masks the value, never the label."""

from __future__ import annotations

from redactor.core.detect.layout.block_lines import line_spans
from redactor.core.detect.layout.page import Sheet
from tests.core.test_layout import stack


def _masked(*texts: str) -> list[str]:
    lines = stack(*texts)
    sheet = Sheet.of(lines, [ln.text for ln in lines])
    return [
        sheet.texts[k][s.start : s.end] for k in range(len(texts)) for s in line_spans(sheet, k)
    ]


def test_a_label_ending_in_a_colon_stays_readable_and_its_value_is_masked() -> None:
    assert _masked("Zuständiger Sprengel:", "Agnes Hartmann") == ["Agnes Hartmann"]
    assert _masked("报税所属片区：", "陆海涛") == ["陆海涛"]


def test_a_longer_piece_before_a_colon_may_hold_a_name_and_stays_masked() -> None:
    # A label and a name run together before one colon: fail closed on the name.
    masked = _masked("Sprengel Hartmann Agnes:", "0170 5550123")
    assert any("Hartmann Agnes" in m for m in masked)
