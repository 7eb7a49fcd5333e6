"""A letter, memo or fax names who it is copied to ("CC:", "抄送", "Copia a:"): the
people listed after the label are masked, in every language the lexicon reads; the
label stays readable, and "cc" inside a sentence or a word is no label. Every line
is made up."""

from __future__ import annotations

import pytest

from redactor.core.detect.tables.field_lexicon import ValueKind, default_lexicon
from tests.core.test_label_values import masked
from tests.core.test_layout import stack

# (a header's copied-to line, the people on it)
COPIED = {
    "en": ("CC: Harriet Vane, Peter Wimsey", ("Harriet Vane", "Peter Wimsey")),
    "zh": ("抄送：韩梅梅、李雷", ("韩梅梅", "李雷")),
    "es": ("Con copia a: Inés Robles Vidal", ("Inés Robles Vidal",)),
    "fr": ("Copie à : Margot Lefèvre", ("Margot Lefèvre",)),
    "de": ("Kopie an: Gesine Albrecht", ("Gesine Albrecht",)),
    "it": ("Per conoscenza: Ornella Bassi", ("Ornella Bassi",)),
    "pt": ("Cópia para: Joana Prates", ("Joana Prates",)),
}


def kinds(line: str) -> list[ValueKind]:
    return [m.kind for m in default_lexicon().find(line)]


@pytest.mark.parametrize("lang", sorted(COPIED))
def test_the_people_a_letter_is_copied_to_are_masked(lang: str) -> None:
    line, people = COPIED[lang]
    assert kinds(line)[:1] == [ValueKind.NAME], line
    found = masked(stack(line)).get(line, {})
    hidden = "".join(found)
    for person in people:
        assert person in hidden, (line, found)
    label = line.split(":")[0].split("：")[0]
    assert label not in hidden, (line, found)


def test_cc_under_its_label_reads_the_list_below() -> None:
    found = masked(stack("抄送", "韩梅梅、李雷"))
    assert "韩梅梅、李雷" in "".join(found.get("韩梅梅、李雷", {}))
    assert "抄送" not in found


def test_cc_is_no_label_inside_a_sentence_or_an_engine_size() -> None:
    assert ValueKind.NAME not in kinds("Engine 1598 cc petrol")
    assert ValueKind.NAME not in kinds("Please cc me on the reply")
    assert kinds("Cubic capacity: 1598") == [ValueKind.PRODUCT]
