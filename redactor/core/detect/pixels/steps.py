"""The detection plan's pixel steps: what is found in the image beside the text.

Like the text steps (``registry``), each declares the steps whose findings it reads
(``after``), and :func:`redactor.core.detect.plan.order` puts them in an order those
declarations allow. A step receives the findings of the steps it runs after and
returns its own; a step that ``reshapes`` (masks grown over unread ink) returns
new versions of the findings it received, which take their place.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from redactor.core.detect.pixels.attached_ink import grow_over_attached_ink
from redactor.core.detect.pixels.cell_values import cell_values
from redactor.core.detect.pixels.char_boxes import boxed_values
from redactor.core.detect.pixels.faces import find_faces
from redactor.core.detect.pixels.hand_ink import hand_ink
from redactor.core.detect.pixels.ink_runs import extend_over_unread_ink, number_stubs
from redactor.core.detect.pixels.page_views import PageViews
from redactor.core.detect.pixels.signatures import signature_ink
from redactor.core.detect.pixels.unread_lines import unread_lines_below
from redactor.core.detect.pixels.unread_text import unread_text
from redactor.core.detect.plan import Scope, ancestors, order
from redactor.core.models import Category, Finding, OcrLine, Quad


@dataclass(frozen=True, slots=True)
class PixelPage:
    image: np.ndarray
    lines: Sequence[OcrLine]
    text_findings: Sequence[Finding]  # what the text plan found on these lines
    categories: frozenset[Category]  # the categories the user chose
    # the page's grey copy, paper and ink, made once for every step that reads them
    views: PageViews = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "views", PageViews(self.image))


@dataclass(frozen=True, slots=True)
class PixelFound:
    findings: list[Finding]
    # masks grown over ink the OCR did not read whose ink went on past them (a reason for review)
    runs_on: tuple[Quad, ...] = ()


@dataclass(frozen=True, slots=True)
class PixelStep:
    name: str
    categories: frozenset[Category]
    run: Callable[[PixelPage, list[Finding]], PixelFound]
    after: frozenset[str] = frozenset()
    reshapes: bool = False  # its findings replace those of the steps it runs after
    scope: Scope = Scope.PIXELS


def _codes(page: PixelPage, found: list[Finding]) -> PixelFound:
    from redactor.core.detect.pixels.codes import codes_not_lettering

    if Category.CODE not in page.categories:
        return PixelFound([])
    return PixelFound(codes_not_lettering(page.image, list(page.lines)))


def _grown(page: PixelPage, found: list[Finding]) -> PixelFound:
    grown, runs_on = extend_over_unread_ink(page.image, found, page.lines)
    return PixelFound(grown, tuple(runs_on))


def _faces(page: PixelPage, found: list[Finding]) -> PixelFound:
    if Category.FACE not in page.categories:
        return PixelFound([])
    return PixelFound(find_faces(page.image, page.lines))


_PERSONAL = frozenset(
    {Category.NAME, Category.PHONE, Category.ADDRESS, Category.DOOR, Category.ID_NUMBER}
)

PIXEL_STEPS: tuple[PixelStep, ...] = (
    PixelStep(
        "text", frozenset(Category), lambda page, found: PixelFound(list(page.text_findings))
    ),
    # a line read as a few digits alone: a seed that unread ink may make a number
    PixelStep(
        "number_stubs",
        frozenset({Category.ID_NUMBER}),
        lambda page, found: PixelFound(number_stubs(page.lines, found)),
        frozenset({"text"}),
    ),
    # a whole line the OCR missed right under a line of personal data
    PixelStep(
        "unread_lines",
        _PERSONAL,
        lambda page, found: PixelFound(unread_lines_below(page.image, found, page.lines)),
        frozenset({"number_stubs"}),
    ),
    # the handwriting under a signature label
    PixelStep(
        "signature_ink",
        frozenset({Category.NAME}),
        lambda page, found: PixelFound(signature_ink(page.image, page.lines)),
    ),
    # every finding so far grown over unread ink at its ends
    PixelStep(
        "unread_ink",
        frozenset(Category),
        _grown,
        frozenset({"unread_lines", "signature_ink"}),
        reshapes=True,
    ),
    # barcodes and QR codes, unless bold lettering; never grown over ink
    PixelStep("codes", frozenset({Category.CODE}), _codes),
    # a face photo on an ID-like card, unless text was read over it; never grown over ink
    PixelStep("faces", frozenset({Category.FACE}), _faces),
    # values written by hand in an ink unlike the printed form's; never grown over ink
    PixelStep(
        "hand_ink",
        _PERSONAL,
        lambda page, found: PixelFound(hand_ink(page.image, page.lines)),
        frozenset({"unread_ink"}),
    ),
    # the value in a ruled cell under a personal label in its corner, bounded by the
    # cell: replaces the masks found over it
    PixelStep(
        "cell_values",
        _PERSONAL,
        lambda page, found: PixelFound(cell_values(page.views, page.lines, found)),
        frozenset({"hand_ink"}),
        reshapes=True,
    ),
    # every value read so far grown over the ink joined to its strokes that leaves
    # its quad (a hand-written value's loops and descenders); after the cells, whose
    # masks replace those over a cell's value
    PixelStep(
        "attached_ink",
        frozenset(Category),
        lambda page, found: PixelFound(grow_over_attached_ink(page.image, found, page.lines)),
        frozenset({"cell_values"}),
        reshapes=True,
    ),
    # a row of character boxes written in (a postcode, an ID number), read or not
    PixelStep(
        "char_boxes",
        _PERSONAL,
        lambda page, found: PixelFound(boxed_values(page.views, page.lines)),
    ),
    # lines of blurred or tiny print the OCR could not read, where nothing else masks
    PixelStep(
        "unread_text",
        _PERSONAL,
        lambda page, found: PixelFound(unread_text(page.views, page.lines, found)),
        frozenset({"attached_ink", "char_boxes", "codes", "faces"}),
    ),
)

# A cycle, an unknown dependency or a name used twice fails here, at import.
order(PIXEL_STEPS)


def run_pixel_plan(
    page: PixelPage, steps: Sequence[PixelStep] = PIXEL_STEPS
) -> tuple[list[Finding], list[Quad]]:
    """Every finding of the page, text and pixels, and the masks grown over unread ink
    that still went on past their reach."""
    planned = order(steps)
    before = ancestors(planned)
    held: list[tuple[str, list[Finding]]] = []
    runs_on: list[Quad] = []
    for step in planned:
        seen = before[step.name]
        inputs = [f for who, fs in held if who in seen for f in fs]
        result = step.run(page, inputs)
        runs_on += result.runs_on
        if step.reshapes:
            held = [(who, fs) for who, fs in held if who not in seen]
        held.append((step.name, result.findings))
    return [f for _, fs in held for f in fs], runs_on
