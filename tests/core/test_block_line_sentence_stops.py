"""A person's block does not take a sentence's words for a name: a run that ends in a
cry or a question, or in which one sentence ends and another begins."""

from __future__ import annotations

import pytest

from redactor.core.detect.layout.block_lines import line_spans
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.text.sentence_words import holds_sentence_stop
from tests.core.test_layout import stack


def _masked(*texts: str) -> list[str]:
    lines = stack(*texts)
    sheet = Sheet.of(lines, [ln.text for ln in lines])
    return [
        sheet.texts[k][s.start : s.end] for k in range(len(texts)) for s in line_spans(sheet, k)
    ]


@pytest.mark.parametrize("text", ["Abend. Schöne Aussicht.", "Pronto! Grazie", "定有酬谢!"])
def test_a_sentences_stops_are_no_names(text: str) -> None:
    assert holds_sentence_stop(text)
    masked = _masked("Ottilie Brandvold", "0160 5550172", text)
    assert "Ottilie Brandvold" in masked and not any(text in m for m in masked)


@pytest.mark.parametrize(
    "text", ["Prof. Hedda Lindqvist", "J. R. Ostermann", "Mrs. Ada Quill", "Capt. Ivo Renn"]
)
def test_a_names_stops_follow_initials_and_titles(text: str) -> None:
    assert not holds_sentence_stop(text)
