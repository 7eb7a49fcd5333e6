"""A relation to someone or a sex, alone on a line a person's block masked with the
rest of its lines, names no one: it comes back. A name stays masked."""

from __future__ import annotations

from redactor.core.detect.layout.block_lines import BLOCK_RULE
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.plan import Recognizer, Scope
from redactor.core.detect.registry import RECOGNIZERS
from redactor.core.detect.spans import Span
from redactor.core.detect.text.names import is_trait_word
from redactor.core.models import Category
from tests.core.test_layout import stack
from tests.core.test_table_columns import masked


def _block_every_line(sheet: Sheet, first_read: bool) -> None:
    for i, text in enumerate(sheet.texts):
        sheet.out[i].append(Span(0, len(text), Category.NAME, 0.6, BLOCK_RULE))


WHOLE_BLOCK = Recognizer(
    "whole_block", frozenset({Category.NAME}), Scope.BLOCK, sheet=_block_every_line
)


def test_relations_and_sexes_are_trait_words_and_names_are_not() -> None:
    assert all(is_trait_word(w) for w in ("配偶", "户主", "Padre", "Tochter", "F", "女", "female"))
    assert not any(is_trait_word(w) for w in ("陆海涛", "Maria", "男士", "Sonja", "配偶陆海涛"))


def test_a_relation_and_a_sex_in_a_persons_block_come_back() -> None:
    lines = stack("陆海涛", "配偶", "女", "Tochter")
    found = masked(lines, (*RECOGNIZERS, WHOLE_BLOCK))
    assert found == {"陆海涛"}
