"""How a step of the detection plan is built from a finder: a line pattern, a step
over the whole page, a pattern run after the person blocks or over a line's wrap, a
step masking what the field lexicon's personal labels announce.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.layout.wrapped_sentences import mask_over_wraps
from redactor.core.detect.plan import Recognizer, Scope
from redactor.core.detect.spans import Span
from redactor.core.detect.text import numbers
from redactor.core.models import Category

PERSONAL = frozenset(
    {Category.NAME, Category.PHONE, Category.ADDRESS, Category.DOOR, Category.ID_NUMBER}
)
ADDRESS = frozenset({Category.ADDRESS, Category.DOOR})
NAME = frozenset({Category.NAME})


def page_step(step: Callable[[Sheet], object]) -> Callable[[Sheet, bool], None]:
    def run(sheet: Sheet, first_read: bool) -> None:
        step(sheet)

    return run


def step(
    name: str,
    categories: frozenset[Category],
    scope: Scope,
    run: Callable[[Sheet], object],
    after: tuple[str, ...] = (),
    reads: str = "labels, geometry, found",
    first_read_only: bool = False,
    data: str = "",
) -> Recognizer:
    return Recognizer(
        name,
        categories,
        scope,
        sheet=page_step(run),
        after=frozenset(after),
        reads=reads,
        first_read_only=first_read_only,
        data=data,
    )


def each_line(sheet: Sheet, find: Callable[[str], Iterable[Span]]) -> None:
    for i, text in enumerate(sheet.texts):
        sheet.out[i].extend(find(text))


def after_blocks(
    name: str, categories: frozenset[Category], find: Callable[[str], Iterable[Span]], data: str
) -> Recognizer:
    """A line pattern run after the person blocks: a value inside a sentence or a
    ledger's row starts no block."""
    return Recognizer(
        name,
        categories,
        Scope.ROW,
        sheet=lambda sheet, first_read: each_line(sheet, find),
        after=frozenset({"person_blocks"}),
        reads="text",
        data=data,
    )


def over_wraps(
    name: str,
    categories: frozenset[Category],
    find: Callable[[str], Iterable[Span]],
    data: str,
    opening_next: bool = True,
) -> Recognizer:
    """A line pattern run over each line and the line that continues it (a sentence
    wrapped between its cue and its value); after the blocks, as ``_after_blocks``."""
    return step(
        name,
        categories,
        Scope.BLOCK,
        lambda sheet: mask_over_wraps(sheet, find, opening_next),
        ("person_blocks",),
        reads="text, geometry",
        data=data,
    )


def lexicon_step(name: str, run: Callable[[Sheet], object], after: tuple[str, ...]) -> Recognizer:
    """A step masking the values the field lexicon's personal labels announce."""
    return step(
        name,
        PERSONAL | {Category.CARD_NUMBER, Category.EMAIL},
        Scope.BLOCK,
        run,
        after,
        reads="labels of the field lexicon, geometry, found",
        first_read_only=True,
        data="field_labels.toml",
    )


def line_rule(rule: numbers.Rule) -> Recognizer:
    return Recognizer(
        rule.name,
        frozenset({rule.category}),
        Scope.LINE,
        line=lambda text: numbers.rule_spans(rule, text),
    )


def finder(name: str, category: Category) -> Recognizer:
    return Recognizer(name, frozenset({category}), Scope.LINE, line=numbers.FINDERS[name])
