"""The detection plan: named steps, ordered by what each declares it runs after.

Every step declares its scope, what it reads and the steps whose results it reads
(``after``; a scope's name stands for every step of that scope). :func:`order`
puts the steps in an order those declarations allow, and refuses a plan with a
cycle, an unknown dependency or a name used twice (``PlanError``). Registration
order only breaks ties between steps that do not depend on each other.

A text step sees the findings of the steps it runs after (transitively), and only
those: it works on a draft of the page that the engine makes for it, and what it
adds there is its findings. Nothing else is shared. A step that takes findings back
(a receipt's own header) returns which lines it spares, and the engine removes the
categories it declared (``suppresses``) from them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Protocol, TypeVar

from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.spans import Span, digit_view
from redactor.core.models import Category


class Scope(StrEnum):
    LINE = "line"  # one OCR line's text, alone
    ROW = "row"  # boxes side by side on one printed row
    BLOCK = "block"  # lines printed together (a label and its value, a person's block)
    PAGE = "page"  # every line of the page (a value printed again elsewhere)
    PIXELS = "pixels"  # the image itself, beside the text findings


class PlanError(ValueError):
    """The declared plan cannot run: a cycle, an unknown dependency, a repeated name,
    or a step that took back findings it did not declare."""


class Declared(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def scope(self) -> Scope: ...
    @property
    def after(self) -> frozenset[str]: ...


S = TypeVar("S", bound=Declared)


def _needs(step: Declared, steps: Sequence[Declared]) -> set[str]:
    """The names ``step`` runs after, a scope's name standing for its steps."""
    by_scope = {s.value for s in Scope}
    out: set[str] = set()
    for dep in step.after:
        if dep in by_scope:
            out |= {s.name for s in steps if s.scope == dep and s.name != step.name}
        else:
            out.add(dep)
    return out


def order(steps: Sequence[S]) -> tuple[S, ...]:
    """``steps`` in an order their declarations allow (ties: registration order)."""
    names = [s.name for s in steps]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise PlanError(f"steps named twice: {twice}")
    needs = {s.name: _needs(s, steps) for s in steps}
    for s in steps:
        unknown = needs[s.name] - set(names)
        if unknown:
            raise PlanError(f"{s.name} runs after unknown steps {sorted(unknown)}")
    done: list[S] = []
    left = list(steps)
    while left:
        ready = next((s for s in left if needs[s.name] <= {d.name for d in done}), None)
        if ready is None:
            raise PlanError(f"cycle among {sorted(s.name for s in left)}")
        done.append(ready)
        left.remove(ready)
    return tuple(done)


def ancestors(steps: Sequence[Declared]) -> dict[str, frozenset[str]]:
    """Every step's transitive ``after``: the steps whose findings it may read."""
    needs = {s.name: _needs(s, steps) for s in steps}
    out: dict[str, frozenset[str]] = {}

    def walk(name: str) -> frozenset[str]:
        if name not in out:
            found: set[str] = set()
            for d in needs[name]:
                found |= {d, *walk(d)}
            out[name] = frozenset(found)
        return out[name]

    for s in steps:
        walk(s.name)
    return out


def without(steps: Sequence[S], *names: str) -> tuple[S, ...]:
    """``steps`` less the named ones (to measure what one adds); the others keep their
    remaining dependencies."""
    known = {s.name for s in steps}
    unknown = set(names) - known
    if unknown:
        raise KeyError(f"no recognizer named {sorted(unknown)}")
    gone = set(names)
    return tuple(
        replace(s, after=s.after - gone)  # type: ignore[type-var]
        for s in steps
        if s.name not in gone
    )


# ---------------------------------------------------------------------- text steps


@dataclass(frozen=True, slots=True)
class Recognizer:
    """One named text step of the plan."""

    name: str
    categories: frozenset[Category]
    scope: Scope
    # LINE scope: text -> spans (run on the text as read and on its digit view).
    line: Callable[[str], Iterable[Span]] | None = None
    digit_view: bool = True  # also run ``line`` with look-alike letters read as digits
    # Other steps: adds spans to its draft of the page; may return the lines on which
    # the categories it ``suppresses`` are taken back.
    sheet: Callable[[Sheet, bool], set[int] | None] | None = None
    after: frozenset[str] = frozenset()
    suppresses: frozenset[Category] = frozenset()
    first_read_only: bool = False  # skipped on the masked page (labels lost their values)
    reads: str = "text"  # what of the page it reads: text, labels, geometry, found
    data: str = ""  # the table file(s) it reads, under detect/tables/


@dataclass(frozen=True, slots=True)
class Found:
    """What one step found: spans by line, address lines, and the lines it spared."""

    spans: dict[int, list[Span]] = field(default_factory=dict)
    address_lines: frozenset[int] = frozenset()
    spared: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True)
class PlanResult:
    by_step: dict[str, Found]
    out: dict[int, list[Span]]  # merged, in plan order, suppressions applied
    owner: dict[int, str]  # id() of each merged span -> the step that found it


def run_text_plan(page: Sheet, steps: Sequence[Recognizer], first_read: bool) -> PlanResult:
    """Run every step in plan order, each on a draft holding its ancestors' findings."""
    planned = order(steps)
    before = ancestors(planned)
    by_step: dict[str, Found] = {}
    # (step, span) per line in run order; suppressions remove entries.
    merged: dict[int, list[tuple[str, Span]]] = {i: [] for i in range(len(page.texts))}
    addresses: dict[str, frozenset[int]] = {}
    for step in planned:
        if step.first_read_only and not first_read:
            by_step[step.name] = Found()
            continue
        seen = before[step.name]
        if step.line is not None:
            found = Found(_line_spans(page.texts, step))
        else:
            found = _block_spans(page, step, merged, addresses, seen, first_read)
        by_step[step.name] = found
        addresses[step.name] = found.address_lines
        for i, spans in found.spans.items():
            merged[i].extend((step.name, s) for s in spans)
        for k in found.spared:
            merged[k] = [
                (who, s)
                for who, s in merged[k]
                if s.category not in step.suppresses or who not in seen
            ]
    out = {i: [s for _, s in pairs] for i, pairs in merged.items()}
    owner = {id(s): who for pairs in merged.values() for who, s in pairs}
    return PlanResult(by_step, out, owner)


def _line_spans(texts: Sequence[str], step: Recognizer) -> dict[int, list[Span]]:
    assert step.line is not None
    out: dict[int, list[Span]] = {}
    for i, text in enumerate(texts):
        # Patterns run on the text as read and with look-alike letters read as digits
        # (O/0, l/1, S/5, B/8); both views index the same characters.
        views = [text]
        fixed = digit_view(text) if step.digit_view else text
        if fixed != text:
            views.append(fixed)
        spans = [s for view in views for s in step.line(view)]
        if spans:
            out[i] = spans
    return out


def _block_spans(
    page: Sheet,
    step: Recognizer,
    merged: dict[int, list[tuple[str, Span]]],
    addresses: dict[str, frozenset[int]],
    seen: frozenset[str],
    first_read: bool,
) -> Found:
    assert step.sheet is not None
    draft_out = {i: [s for who, s in pairs if who in seen] for i, pairs in merged.items()}
    had = {i: list(spans) for i, spans in draft_out.items()}
    known = set().union(*(addresses.get(n, frozenset()) for n in seen))
    draft = replace(page, out=draft_out, address_lines=set(known))
    spared = step.sheet(draft, first_read) or set()
    spans: dict[int, list[Span]] = {}
    for i, now in draft.out.items():
        old = had[i]
        if now[: len(old)] != old or any(a is not b for a, b in zip(now, old, strict=False)):
            raise PlanError(f"{step.name} changed findings of other steps on line {i}")
        if len(now) > len(old):
            spans[i] = now[len(old) :]
    if not known <= draft.address_lines:
        raise PlanError(f"{step.name} took back address lines")
    if spared and not step.suppresses:
        raise PlanError(f"{step.name} spared lines but declares no suppression")
    return Found(spans, frozenset(draft.address_lines - known), frozenset(spared))
