"""A form's numbered question inside a person's block: the number is no value, and
"<number>. <caption>:" is the question, not its answer."""

from __future__ import annotations

from redactor.core.detect.layout.numbered_labels import is_numbered_question
from tests.core.test_layout import stack
from tests.core.test_layout_rows import covered_text


def test_the_question_is_no_value() -> None:
    assert is_numbered_question("7.", 0, 2, [])
    text = "14. Lieu de séjour / Stay address:"
    assert is_numbered_question(text, 0, len(text), [])
    text = "9. Numéro de vol/Flight No.:"
    cut = text.index("Flight")
    assert is_numbered_question(text, 0, cut, [cut])  # the label's other language


def test_a_value_after_the_number_is_no_question() -> None:
    for text in ("3. Halvard Rusk", "12 Quarry Lane", "4. Rue Basse 18:", "2. Numéro / Number"):
        assert not is_numbered_question(text, 0, len(text), [])
    text = "Ward 5. Lieu / Stay:"  # no number opening the line
    assert not is_numbered_question(text, 5, len(text), [])


def test_a_numbered_caption_in_a_block_stays_readable() -> None:
    covered = covered_text(
        stack(
            "Halvard Rusk",
            "14 Larkspur Terrace",
            "Fennick FN4 7QD",
            "11. Lieu de séjour prévu / Planned stay:",
            x=100,
        )
    )
    assert "FN4 7QD" in covered[2]
    assert covered.get(3, "") == ""
