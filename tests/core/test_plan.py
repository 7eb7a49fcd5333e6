"""The detection plan: steps run in the order their declarations allow, each on its
own draft of the page, and the plan refuses what it cannot run."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.pixels.steps import (
    PIXEL_STEPS,
    PixelFound,
    PixelPage,
    PixelStep,
    run_pixel_plan,
)
from redactor.core.detect.plan import PlanError, Recognizer, Scope, ancestors, order, run_text_plan
from redactor.core.detect.registry import RECOGNIZERS, without
from redactor.core.detect.spans import Span
from redactor.core.models import Category, Finding, Origin, Quad, Source
from tests.core.test_layout import make_line

NAME = frozenset({Category.NAME})


def _page(*texts: str) -> Sheet:
    lines = [make_line(t, x=100, y=100 + 60 * k) for k, t in enumerate(texts)]
    return Sheet.of(lines, list(texts))


def _adds(rule: str, category: Category = Category.NAME):
    """A step that marks every line whole, and records what it saw there before."""
    seen: dict[int, list[str]] = {}

    def run(sheet: Sheet, first_read: bool) -> None:
        for i, text in enumerate(sheet.texts):
            seen[i] = [s.rule for s in sheet.out[i]]
            sheet.out[i].append(Span(0, len(text), category, 0.7, rule))

    return run, seen


def _step(name: str, run, after=(), **kw) -> Recognizer:
    return Recognizer(name, NAME, Scope.BLOCK, sheet=run, after=frozenset(after), **kw)


def test_order_follows_declarations_not_registration() -> None:
    a, _ = _adds("a")
    steps = [_step("late", a, after=("early",)), _step("early", a)]
    assert [s.name for s in order(steps)] == ["early", "late"]


def test_a_scope_named_in_after_stands_for_every_step_of_that_scope() -> None:
    a, _ = _adds("a")
    line = Recognizer("pattern", NAME, Scope.LINE, line=lambda t: iter(()))
    steps = [_step("judge", a, after=("line",)), line]
    assert [s.name for s in order(steps)] == ["pattern", "judge"]


@pytest.mark.parametrize(
    ("steps", "message"),
    [
        ((("a", ("b",)), ("b", ("a",))), "cycle"),
        ((("a", ("nowhere",)),), "unknown"),
        ((("a", ()), ("a", ())), "twice"),
    ],
)
def test_a_plan_that_cannot_run_is_refused(steps, message) -> None:
    run, _ = _adds("x")
    with pytest.raises(PlanError, match=message):
        order([_step(name, run, after) for name, after in steps])


def test_the_registry_is_a_plan_that_runs() -> None:
    planned = [s.name for s in order(RECOGNIZERS)]
    assert len(planned) == len(set(planned)) == len(RECOGNIZERS)
    # Declared dependencies, not list position: the label step's values come before
    # the block judged from them, whatever the list says.
    assert planned.index("labelled_values") < planned.index("person_blocks")
    assert order(without("labelled_values"))  # the others' dependencies still resolve


def test_a_step_sees_only_the_findings_of_the_steps_it_runs_after() -> None:
    first, _ = _adds("first")
    second, seen_second = _adds("second")
    third, seen_third = _adds("third")
    steps = [
        _step("first", first),
        _step("second", second),  # registered after "first", declares nothing
        _step("third", third, after=("first",)),
    ]
    result = run_text_plan(_page("Jane Roe"), steps, True)
    assert seen_second[0] == []
    assert seen_third[0] == ["first"]
    assert [s.rule for s in result.out[0]] == ["first", "second", "third"]
    assert [s.rule for s in result.by_step["second"].spans[0]] == ["second"]
    assert {result.owner[id(s)] for s in result.out[0]} == {"first", "second", "third"}


def test_a_step_that_changes_another_steps_findings_is_refused() -> None:
    first, _ = _adds("first")

    def clears(sheet: Sheet, first_read: bool) -> None:
        sheet.out[0].clear()

    steps = [_step("first", first), _step("clears", clears, after=("first",))]
    with pytest.raises(PlanError, match="clears changed findings"):
        run_text_plan(_page("Jane Roe"), steps, True)


def test_a_suppression_takes_back_only_its_declared_categories_of_earlier_steps() -> None:
    names, _ = _adds("name")
    phones, _ = _adds("phone", Category.PHONE)
    later, _ = _adds("later")
    steps = [
        _step("name", names),
        _step("phone", phones),
        _step("spare", lambda sheet, first_read: {0}, after=("name", "phone"), suppresses=NAME),
        _step("later", later, after=("spare",)),
    ]
    result = run_text_plan(_page("Jane Roe", "Main Street"), steps, True)
    assert [s.rule for s in result.out[0]] == ["phone", "later"]
    assert [s.rule for s in result.out[1]] == ["name", "phone", "later"]


def test_sparing_lines_without_declaring_a_suppression_is_refused() -> None:
    steps = [_step("spare", lambda sheet, first_read: {0})]
    with pytest.raises(PlanError, match="declares no suppression"):
        run_text_plan(_page("Jane Roe"), steps, True)


def test_first_read_steps_stay_out_of_the_masked_page() -> None:
    run, _ = _adds("blocky")
    steps = [_step("blocky", run, first_read_only=True)]
    assert run_text_plan(_page("Jane Roe"), steps, False).out[0] == []
    assert run_text_plan(_page("Jane Roe"), steps, True).out[0]


def _finding(source: str) -> Finding:
    return Finding(Category.NAME, Quad.from_bbox(0, 0, 10, 10), 0.9, Source(Origin.OCR, source))


def _pixel(name: str, after=(), reshapes: bool = False, seen=None) -> PixelStep:
    def run(page: PixelPage, found: list[Finding]) -> PixelFound:
        if seen is not None:
            seen[name] = [f.source.rule for f in found]
        if reshapes:
            grown = [
                replace(f, source=replace(f.source, rule=f.source.rule + "+grown")) for f in found
            ]
            return PixelFound(grown, tuple(f.quad for f in found))
        return PixelFound([_finding(name)])

    return PixelStep(name, NAME, run, frozenset(after), reshapes)


def test_a_reshaping_pixel_step_replaces_only_the_findings_it_runs_after() -> None:
    seen: dict[str, list[str]] = {}
    steps = [
        _pixel("codes"),  # registered first, declares nothing: never grown
        _pixel("grow", after=("text", "stubs"), reshapes=True, seen=seen),
        _pixel("stubs", after=("text",), seen=seen),
        _pixel("text"),
    ]
    page = PixelPage(np.zeros((4, 4, 3), np.uint8), [], [], frozenset(Category))
    found, grown = run_pixel_plan(page, steps)
    assert seen == {"stubs": ["text"], "grow": ["text", "stubs"]}
    assert sorted(f.source.rule for f in found) == ["codes", "stubs+grown", "text+grown"]
    assert len(grown) == 2


def test_the_pixel_plan_never_grows_codes() -> None:
    before = ancestors(order(PIXEL_STEPS))
    assert {"text", "number_stubs", "unread_lines", "signature_ink"} <= before["unread_ink"]
    assert "codes" not in before["unread_ink"]
