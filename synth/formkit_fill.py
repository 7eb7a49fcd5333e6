"""Filling printed forms in: a label with a rule after it and the value typed or
written on the rule, and a message template cut at its fields so each field keeps
its own kind (a name or phone inside a printed or hand-written sentence).

Each piece records ground truth through the canvas, like :mod:`synth.formkit`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PIL import ImageFont

from .formkit import handwritten
from .kit import Pen, S
from .render import Span


def ruled_entry(
    p: Pen,
    x0: float,
    x1: float,
    y: float,
    field: tuple[str, Sequence[Span]],
    hand: bool,
    font: ImageFont.FreeTypeFont,
    *,
    hand_px: float = 28,
    cjk: bool = False,
) -> None:
    """A printed label and a rule to ``x1`` with the value typed or written on it
    (baseline ``y``); ``field`` is (label, spans)."""
    label, value = field
    x = p.c.line(x0, y, [S(label, "label")], font) + 10 * p.s
    p.c.hline(x, x1, y + 8 * p.s, width=1)
    if hand:
        handwritten(p, x + 4 * p.s, y, value, hand_px, cjk=cjk, width=x1 - x - 8 * p.s)
    else:
        p.c.line(x + 4 * p.s, y, value, font)


def template_spans(
    template: str, parts: Mapping[str, tuple[str, str]], between: str = "footer"
) -> list[Span]:
    """A template's text cut at its ``{fields}``, each field with its kind and the
    words between them of kind ``between``."""
    spans, rest = [], template
    while "{" in rest:
        head, _, tail = rest.partition("{")
        key, _, rest = tail.partition("}")
        text, kind = parts[key]
        spans += [S(head, between), S(text, kind)]
    return [sp for sp in (*spans, S(rest, between)) if sp.text]
