"""A line a person's block masks is still judged by its own shape: a length of time,
a measure with its unit and a date or month of a recent year stay readable; an old
year (perhaps a birth), a bare number (a door, an ID) and a name stay masked."""

from __future__ import annotations

from redactor.core.detect.layout.block_lines import line_spans
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.tables.field_lexicon import ValueKind, default_lexicon
from tests.core.test_layout import stack


def _masked(*texts: str) -> list[str]:
    lines = stack(*texts)
    sheet = Sheet.of(lines, [ln.text for ln in lines])
    return [
        sheet.texts[k][s.start : s.end] for k in range(len(texts)) for s in line_spans(sheet, k)
    ]


def test_a_length_of_time_in_a_persons_block_stays_readable() -> None:
    masked = _masked("Torvald Quennick", "07700 900318", "7 yrs 2 mths")
    assert "7 yrs 2 mths" not in masked and "Torvald Quennick" in masked
    assert "12年4个月" not in _masked("柯明远", "13912345678", "12年4个月")
    assert "9个工作日" not in _masked("柯明远", "13912345678", "9个工作日")


def test_a_recent_month_stays_readable_an_old_one_stays_masked() -> None:
    masked = _masked("Ysolde Marchbank", "04/2024", "11/1963")
    assert "04/2024" not in masked and "11/1963" in masked
    assert "2025年3月" not in _masked("柯明远", "13912345678", "2025年3月")
    assert any("1958年7月" in m for m in _masked("柯明远", "13912345678", "1958年7月"))


def test_a_number_without_a_unit_stays_masked() -> None:
    masked = _masked("Ysolde Marchbank", "5518204", "22/06/1961")
    assert "5518204" in masked and "22/06/1961" in masked


def test_malay_labels_and_a_time_at_address_are_in_the_lexicon() -> None:
    lexicon = default_lexicon()
    kinds = {text: [m.kind for m in lexicon.find(text)] for text in ("Alamat", "Nama Majikan")}
    assert kinds == {"Alamat": [ValueKind.ADDRESS], "Nama Majikan": [ValueKind.NAME]}
    assert [m.kind for m in lexicon.find("Time at address")] == [ValueKind.TIME]


def test_words_in_small_letters_in_a_persons_block_are_no_name() -> None:
    # A notice's running words wrap into the contact's block: written in small letters
    # they are no one's name; the capitalised name beside them stays masked.
    masked = _masked("Ask for Wilhelmina", "07700 900418", "mornings only")
    assert "mornings only" not in masked
    assert any("Wilhelmina" in m for m in masked)
    assert any("Quennick" in m for m in _masked("Torvald Quennick", "07700 900318", "TORVALD"))
    # scraps of letters may be what OCR left of a name: they stay masked
    assert "qv  t" in _masked("Ask for Wilhelmina", "07700 900418", "qv  t")
