"""A Latin label the OCR glued to its value: the space is put back where a small letter
meets a capital (or a letter a digit) right at a label's end, and the value is masked,
the label kept. Lines made up."""

from __future__ import annotations

from tests.core.test_label_values import masked
from tests.core.test_layout import stack


def test_an_address_glued_to_its_label() -> None:
    [(line, parts)] = masked(stack("AnschriftLindenweg 12, Whg. 3")).items()
    # The address is read whole from behind its label (its street and door may also be
    # read apart by their own shape); the glued label stays readable.
    assert parts["Lindenweg 12, Whg. 3"] == "address"
    assert not any(text.startswith("Anschrift") for text in parts)


def test_a_name_glued_to_a_role_word() -> None:
    parts = masked(stack("Ihr ZustellerJonas"))
    assert parts == {"Ihr ZustellerJonas": {"Jonas": "name"}}
    parts = masked(stack("NameCora Lindqvist"))
    assert parts == {"NameCora Lindqvist": {"Cora Lindqvist": "name"}}


def test_a_word_with_a_capital_inside_is_no_glued_label() -> None:
    for line in ("PayPal 12.00", "McKinley Park", "Date de retrait25/01", "iPhone 15 case"):
        assert masked(stack(line)) == {}, line


def test_a_label_glued_after_a_long_date_on_its_row_is_the_next_fields() -> None:
    # "<date label><a date in full> <organisation label><its name>": a date holds no
    # label's word, so the label after it opens the row's next field, however long the
    # date; a long value of words still hides the label-shaped words in it.
    from redactor.core.detect.layout.row_labels_glued import labels_on_row
    from redactor.core.detect.tables.field_lexicon import ValueKind

    text = "建证日期2021年1月16日 建证单位朝阳妇幼保健院接种门诊"
    kinds = [m.kind for m in labels_on_row(text)]
    assert kinds == [ValueKind.DATE, ValueKind.ORGANIZATION]
    assert [m.kind for m in labels_on_row("姓名欧阳长风与司马青云 日期2021年")] == [ValueKind.NAME]
