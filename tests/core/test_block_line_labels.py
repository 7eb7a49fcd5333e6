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


def test_a_line_of_lexicon_labels_without_a_colon_stays_readable() -> None:
    # A form prints its labels over or beside the value cells, no colon after them.
    masked = _masked("Home address", "17 Quillfeather Lane", "Date of birth", "03/08/1971")
    assert "Home address" not in masked and "Date of birth" not in masked
    assert "17 Quillfeather Lane" in masked and "03/08/1971" in masked
    assert _masked("Nombre y apellidos", "Ximena Robledo Paz") == ["Ximena Robledo Paz"]


def test_a_name_in_capitals_under_a_label_line_stays_masked() -> None:
    masked = _masked("Next of kin", "ORLA FENWICKE", "NOK phone", "07700 900417")
    assert "ORLA FENWICKE" in masked and "07700 900417" in masked
    assert "Next of kin" not in masked


def test_a_lead_in_of_small_words_before_its_colon_stays_readable() -> None:
    # A clause announcing what follows: after its first word, small letters only.
    masked = _masked("SOLLECITA il ritiro / la consegna di:", "Via dei Glicini 41, Vallerosa")
    assert "SOLLECITA il ritiro / la consegna di:" not in masked
    assert any("Glicini" in m for m in masked)


def test_a_capital_in_a_lead_in_may_be_a_name_and_stays_masked() -> None:
    masked = _masked("Verwalter der Anlage Quennell:", "07700 900417")
    assert any("Quennell" in m for m in masked)
