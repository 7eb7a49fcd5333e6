"""A licence's number (issued to one holder, often a register number split by slashes),
a clinical study's participant or screening number and a motor policy's green card
number announce a person's number beside or under their labels. Values made up."""

from __future__ import annotations

from tests.core.test_label_values import masked
from tests.core.test_layout import make_line, stack


def test_a_licence_number_split_by_slashes_beside_its_label() -> None:
    for text, value in (
        ("Licence no. QX/41/7721", "QX/41/7721"),
        ("License No. KTR/2031/5521", "KTR/2031/5521"),
        ("Permit no. BW/7/330918", "BW/7/330918"),
    ):
        assert masked([make_line(text, x=100)]) == {text: {value: "id_number"}}, text


def test_a_label_before_words_or_a_short_figure_masks_nothing() -> None:
    for text in ("Licence no. 3 months", "Licence no. AB/12"):
        assert masked([make_line(text, x=100)]) == {}, text


def test_a_study_participants_number_after_its_label() -> None:
    for text, value in (
        ("N° participant : 72-418", "72-418"),
        ("筛选号：QT5531", "QT5531"),
        ("受试者编号：R-0917", "R-0917"),
    ):
        assert masked([make_line(text, x=100)]) == {text: {value: "id_number"}}, text


def test_a_green_card_number_under_its_label() -> None:
    for label in ("Nr. der Grünen Karte", "N° de carte verte"):
        assert masked(stack(label, "F/284/5530917")) == {
            "F/284/5530917": {"F/284/5530917": "id_number"}
        }, label
