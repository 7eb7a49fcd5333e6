"""Inside a person's block, a line that reads as a caption (sentence case, no digits,
no name's shape) stays readable; the block's values stay masked."""

from __future__ import annotations

import pytest

from redactor.core.detect.layout.label_lines import reads_as_caption, role_before_name
from tests.core.test_layout import stack
from tests.core.test_layout_rows import covered_text


def _block(caption: str) -> dict[int, str]:
    # A person's block with no label the lexicon knows: a name over a street and a
    # city line with its postcode (the signal), then the caption.
    return covered_text(
        stack("Tomasz Wierzbicki", "14 Larkspur Terrace", "Fennick FN4 7QD", caption, x=100)
    )


@pytest.mark.parametrize(
    "caption",
    [
        "Kept for review",
        "Parcel left with neighbour",
        "Nom et signature du médecin",
        "Réponse souhaitée avant le départ",
        "Bitte nicht knicken",
        "Witnessed by (agency staff)",
    ],
)
def test_a_caption_in_the_block_stays_readable(caption: str) -> None:
    covered = _block(caption)
    assert covered[0] == "Tomasz Wierzbicki"
    assert "FN4 7QD" in covered[2]
    assert covered.get(3, "") == ""


@pytest.mark.parametrize(
    "value",
    [
        "Collected by Wierzbicki",  # a capital inside the phrase: a surname
        "Signature of client Hollis",
        "jana novak",  # a name written small
        "Helen to collect",  # a common given name
        "Tomasz Wierzbicki jr",
        "ThomSon",
    ],
)
def test_what_holds_a_name_is_still_masked(value: str) -> None:
    assert not reads_as_caption(value)
    assert _block(value).get(3)


def test_signs_and_digits_make_a_value() -> None:
    assert not reads_as_caption("Left at no. 4")
    assert not reads_as_caption("ask for jan@post")
    assert reads_as_caption("Please comment  Please reply")  # two boxes on one row
    assert not reads_as_caption("de la Cruz")  # a name's own small words prove nothing


def test_a_caption_before_a_name_stays_and_the_name_is_masked() -> None:
    covered = _block("Parcel signed for by Hollis")
    assert covered[3].strip() == "Hollis"
    assert covered[0] == "Tomasz Wierzbicki"


def test_after_a_name_label_the_value_is_not_cut() -> None:
    # OCR cut a name in pieces that read as words: after a name's label, all of it.
    covered = _block("Name Ber it Hollis")
    assert "Ber it" in covered[3]
    assert "Hollis" in covered[3]


def test_a_chinese_role_before_a_name_stays_and_the_name_is_masked() -> None:
    # A person's block: the role and name, a mobile number under them.
    covered = covered_text(stack("验货员 韩晓梅", "13912345678", x=100))
    assert covered[0].strip() == "韩晓梅"
    assert covered_text(stack("陪同人韩晓梅", "13912345678", x=100))[0] == "韩晓梅"
    # A name alone, or a role word that is itself a name's shape, stays masked whole.
    assert covered_text(stack("韩晓梅", "13912345678", x=100))[0] == "韩晓梅"
    assert role_before_name("韩晓梅") == 0


def test_tick_box_options_the_ocr_glued_stay_readable() -> None:
    # A row of options whose boxes the OCR joined: no space where one ends.
    row = "QuickFor filingPlease sign  Please return"
    assert reads_as_caption(row)
    assert _block(row).get(3, "") == ""


@pytest.mark.parametrize("value", ["ThomSon for review", "HollisKept for review"])
def test_one_glued_word_before_one_caption_is_still_a_name(value: str) -> None:
    # One phrase after a glued word is no row of options: the glued word may be a name's.
    assert not reads_as_caption(value)
