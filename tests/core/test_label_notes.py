"""What a form prints right after a label belongs to the label: a note in small letters
in brackets, a twin of the label in brackets, a Chinese label's English twin. The
label stays readable whole; its value is what follows, or the box under it. Names,
numbers and addresses made up."""

from __future__ import annotations

from redactor.core.detect.tables.field_lexicon import default_lexicon
from tests.core.test_layout import stack
from tests.core.test_values_not_labels import masked


def _one_label_with_no_value(line: str) -> bool:
    found = default_lexicon().find(line)
    return len(found) == 1 and found[0].value_start >= len(line.rstrip())


def test_a_note_in_small_letters_after_a_label_is_the_labels() -> None:
    for line in (
        "Former address (if under 5 years)",
        "Referee (not a family member; needed for loans over £2,000)",
        "IBAN (de la que sea titular)",
    ):
        assert _one_label_with_no_value(line), line


def test_a_label_twin_in_brackets_is_the_labels() -> None:
    for line in ("收款人名称(Payee)", "出生孕周(Gestation Age)"):
        assert _one_label_with_no_value(line), line


def test_a_chinese_labels_english_twin_of_more_words_is_the_labels() -> None:
    assert _one_label_with_no_value("7. 家庭住址 Usual home address")


def test_the_value_after_a_note_is_still_the_labels_value() -> None:
    line = "Former address (if under 5 years) 27 Quillon Lane"
    (m,) = default_lexicon().find(line)
    assert line[m.value_start : m.value_end] == "27 Quillon Lane"


def test_a_capitalised_word_in_brackets_is_no_note() -> None:
    """A capitalised word the lexicon does not know may be a name: it stays the value."""
    line = "联系人(Ottilie)"
    (m,) = default_lexicon().find(line)
    assert "Ottilie" in line[m.value_start : m.value_end]
    assert [m.value_start < m.value_end for m in default_lexicon().find("姓名 Wang Name")][0]


def test_a_product_word_with_a_persons_label_in_brackets_announces_a_person() -> None:
    """Fail closed: the bracket's personal label decides what the value is."""
    (m,) = default_lexicon().find("收款人名称(Payee)")
    assert m.kind.category is not None


def test_the_labels_stay_readable_and_the_values_under_them_masked() -> None:
    for label in ("Home address (if under 5 years)", "收款人名称(Payee)"):
        parts = masked(stack(label, "27 Quillon Lane, Brackwater"))
        assert parts == [[], ["27 Quillon Lane, Brackwater"]], label
    parts = masked(
        stack("Referee (not a family member; needed for loans over £2,000)", "Wendell Okafor")
    )
    assert parts == [[], ["Wendell Okafor"]]
