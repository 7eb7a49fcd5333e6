"""A person's label offering the organisation instead ("车主/单位", "姓名/单位"): one
field, whose value is the person's name (or the organisation's), masked."""

from __future__ import annotations

from redactor.core.detect.tables.field_lexicon import ValueKind, default_lexicon
from tests.core.test_layout import make_line, masked_parts


def test_the_slash_and_the_organisation_are_the_persons_label() -> None:
    text = "车主/单位 郝文彬"
    (m,) = default_lexicon().find(text)
    assert m.kind is ValueKind.NAME
    assert (text[m.start : m.end], text[m.value_start : m.value_end]) == ("车主/单位", "郝文彬")


def test_the_value_in_the_cell_beside_is_masked_and_the_label_stays() -> None:
    lines = [make_line("承租人姓名/单位", x=100), make_line("郝文彬", x=300)]
    lines.append(make_line("房屋坐落", x=100, y=160))
    parts = masked_parts(lines)
    assert parts["name"] == {"郝文彬"}


def test_the_word_for_an_organisation_alone_is_no_persons_label() -> None:
    (m,) = default_lexicon().find("单位")
    assert m.kind is not ValueKind.NAME
