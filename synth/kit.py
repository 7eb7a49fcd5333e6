"""The small drawing toolkit every layout uses: faces, pen, paper and ink colours.

Shared by :mod:`synth.layouts` and the newer layout modules
(:mod:`synth.layouts_receipts`, :mod:`synth.layouts_post`, :mod:`synth.layouts_docs`).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from PIL import ImageFont

from . import fonts
from .fakedata import AddressLine
from .render import Canvas, Span

S = Span.of

#: The English months in order, for dates written out in words.
EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True)
class Faces:
    """The typefaces one label uses (chosen once per label, like a printer would)."""

    regular: fonts.FontSpec
    bold: fonts.FontSpec
    mono: fonts.FontSpec

    @staticmethod
    def pick(rng: random.Random, *, cjk: bool) -> Faces:
        return Faces(
            regular=fonts.choose(rng, cjk=cjk, bold=False, mono=False),
            bold=fonts.choose(rng, cjk=cjk, bold=True, mono=False),
            mono=fonts.choose(rng, cjk=cjk, mono=True),
        )


class Pen:
    """Canvas + rng + faces + scale: the small toolkit every layout uses."""

    def __init__(self, rng: random.Random, canvas: Canvas, faces: Faces, scale: float) -> None:
        self.r = rng
        self.c = canvas
        self.faces = faces
        self.s = scale

    def font(self, px: float, *, bold: bool = False, mono: bool = False) -> ImageFont.FreeTypeFont:
        spec = self.faces.mono if mono else (self.faces.bold if bold else self.faces.regular)
        return fonts.load(spec, max(10, round(px * self.s)))

    def lh(self, font: ImageFont.FreeTypeFont, lo: float = 1.2, hi: float = 1.6) -> float:
        return font.size * self.r.uniform(lo, hi)

    def width(self, text: str, font: ImageFont.FreeTypeFont) -> float:
        return self.c.draw.textlength(text, font=font)


def _paper(rng: random.Random, thermal: bool = False) -> tuple[int, int, int]:
    if thermal:
        v = rng.randint(236, 252)
        return (v, v, max(0, v - rng.randint(0, 10)))
    v = rng.randint(242, 255)
    return (v, v, v - rng.randint(0, 6))


def _ink(rng: random.Random) -> tuple[int, int, int]:
    v = rng.randint(5, 45)
    return (v, v, v + rng.randint(0, 20))


def _finish(c: Canvas, y: float, m: int, *, border: int = 0, pad: float = 0.0) -> Canvas:
    """Trim the unused bottom of the sheet and draw the outer frame."""
    c.trim(int(y + pad + m))
    if border:
        c.box(m, m, c.width - m, c.height - m, width=border)
    return c


def _addr_spans(lines: tuple[AddressLine, ...] | list[AddressLine]) -> list[Span]:
    return [S(t, k) for ln in lines for t, k in ln.segments]


def _with_postcode(rng: random.Random, spans: list[Span], postcode: str) -> list[Span]:
    if rng.random() < 0.3:
        return [*spans, S("  邮编:", "label"), S(postcode, "address")]
    return spans


def hand_font(p: Pen, px: float, *, cjk: bool) -> ImageFont.FreeTypeFont:
    """A handwriting-like face (signatures, notes) at ``px`` scaled like the pen's fonts."""
    return fonts.load(fonts.choose_hand(p.r, cjk=cjk), max(10, round(px * p.s)))


def joined_address(
    lines: tuple[AddressLine, ...] | list[AddressLine], sep: str = ", "
) -> list[Span]:
    """Address lines written on one line, ``sep`` (ordinary) between them."""
    out: list[Span] = []
    for i, ln in enumerate(lines):
        if i:
            out.append(S(sep, "other"))
        out.extend(S(t, k) for t, k in ln.segments)
    return out


def street_spans(street: str, sep: str = ", ") -> list[Span]:
    """A European street line whose flat or floor follows the last comma ("Calle Mayor,
    12, 3º B", "Hauptstr. 5, Whg. 7") as ``address`` then ``door``, ``sep`` between them
    (a hand may leave the comma out)."""
    road, comma, flat = street.rpartition(", ")
    if not comma or not any(ch.isalpha() for ch in flat):
        return [S(street, "address")]
    return [S(road, "address"), S(sep, "other"), S(flat, "door")]


def biz(text: str, kind: str) -> Span:
    """A business's own data (its line, office, account, SIRET) as a span: ``pii`` None,
    neither personal nor ordinary (Span.of would make it ordinary)."""
    return Span(text, kind, None)
