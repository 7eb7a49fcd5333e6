"""A field whose label is a list of labels ("Street, house number", "Town / postcode")
announces the value under or beside it as its last label does; the labels stay
readable. Values made up."""

from __future__ import annotations

from redactor.core.detect.layout.printed_labels import printed_labels
from redactor.core.detect.registry import RECOGNIZERS
from tests.core.test_label_values import masked
from tests.core.test_layout import make_line, stack
from tests.core.test_table_columns import WIDE_BLOCK
from tests.core.test_table_columns import masked as masked_text


def test_a_list_of_labels_stands_as_labels() -> None:
    for text, kinds in (
        ("Straße, Hausnummer", ["address", "door"]),
        ("PLZ, Wohnort", ["postcode", "address"]),
        ("Town / postcode", ["address", "postcode"]),
        ("Street and house number", ["address", "door"]),
    ):
        assert [m.kind.value for m in printed_labels(text)] == kinds, text


def test_the_value_under_a_list_of_labels_is_masked() -> None:
    assert masked(stack("Straße, Hausnummer", "Am Weiher 7")) == {
        "Am Weiher 7": {"Am Weiher 7": "door"}
    }
    assert masked(stack("Town / postcode", "Little Stanwick")) == {
        "Little Stanwick": {"Little Stanwick": "address"}
    }


def test_the_value_beside_a_list_of_labels_is_masked() -> None:
    lines = [make_line("PLZ, Wohnort", x=100), make_line("Obersee", x=330)]
    assert masked(lines) == {"Obersee": {"Obersee": "address"}}


def test_a_line_with_other_words_is_no_list() -> None:
    # An address line that ends with a word of a label is a value, not labels.
    assert printed_labels("Mill Lane, Town") == ()
    assert masked(stack("Date / Time", "04/11/2025 10:30")) == {}


def test_an_abbreviations_dot_before_the_joint_keeps_the_list() -> None:
    # "Tel. or e-mail" over a phone: both labels stand (the mask of the value under
    # them stops at their letters), in English, German and French alike.
    for text in ("Tel. or e-mail", "Tel. oder E-Mail", "Tél. ou e-mail"):
        assert [m.kind.value for m in printed_labels(text)] == ["phone", "email"], text
    assert masked(stack("Tel. or e-mail", "0161 496 0732")) == {
        "0161 496 0732": {"0161 496 0732": "phone"}
    }


def test_a_list_of_labels_over_a_value_split_alike_gives_back_its_ordinary_parts() -> None:
    # "Make, model / Registration no." over "<make> <model> / <plate>": whatever masked
    # the line, the make and model come back and the plate stays masked; a value split
    # otherwise than its labels stays masked whole (fail closed).
    wide = (*RECOGNIZERS, WIDE_BLOCK)
    lines = stack("Make, model / Registration no.", "Ford Focus / AB12 CDE")
    assert masked_text(lines, wide) == {"AB12 CDE"}
    lines = stack("7. Marke, Typ / Amtl. Kennzeichen", "VW Golf / H-AB 123")
    assert masked_text(lines, wide) == {"H-AB 123"}
    lines = stack("Make, model / Registration no.", "Ford Focus AB12 CDE")
    assert masked_text(lines, wide) == {"Ford Focus AB12 CDE"}
