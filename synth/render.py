"""Drawing text, rules, barcodes and QR codes while recording ground truth.

Every drawn piece of text becomes an :class:`Item` whose polygon is the tight
bounding box of the ink actually drawn (not the font's advance box), so a scorer
can demand that nearly all of it is covered.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from PIL import Image, ImageDraw, ImageFont

from . import barcodes

Point = tuple[float, float]
Poly = tuple[Point, Point, Point, Point]
RGB = tuple[int, int, int]

#: Categories whose items are personal data (pii true). ``face``: a photo of a person
#: (ID-like cards); its item's text is a description, not printed words.
PII_CATEGORIES = frozenset(
    {
        "name",
        "phone",
        "address",
        "door",
        "id_number",
        "card_number",
        "email",
        "tracking",
        "code",
        "face",
    }
)


@dataclass(frozen=True)
class Item:
    text: str
    category: str
    pii: bool | None
    poly: Poly

    def to_json(self) -> dict:
        return {
            "text": self.text,
            "category": self.category,
            "pii": self.pii,
            "poly": [[round(x, 1), round(y, 1)] for x, y in self.poly],
        }


@dataclass(frozen=True)
class Span:
    """A piece of one printed line with its ground-truth meaning."""

    text: str
    category: str
    pii: bool | None = None

    @staticmethod
    def of(text: str, category: str) -> Span:
        # Default pii from the category: personal categories are true, the rest false.
        return Span(text, category, category in PII_CATEGORIES)


def rect_poly(x0: float, y0: float, x1: float, y1: float) -> Poly:
    return ((x0, y0), (x1, y0), (x1, y1), (x0, y1))


@dataclass
class Canvas:
    """A label or receipt being drawn, in its own upright coordinates."""

    width: int
    height: int
    paper: RGB = (255, 255, 255)
    ink: RGB = (20, 20, 20)
    items: list[Item] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.img = Image.new("RGB", (self.width, self.height), self.paper)
        self.draw = ImageDraw.Draw(self.img)

    # ------------------------------------------------------------------ primitives
    def add(
        self, text: str, category: str, pii: bool | None, box: tuple[float, float, float, float]
    ) -> None:
        self.items.append(Item(text, category, pii, rect_poly(*box)))

    def ink_box(
        self, x: float, y: float, text: str, font: ImageFont.FreeTypeFont, anchor: str, stroke: int
    ) -> tuple[int, int, int, int] | None:
        """Tight box of the pixels ``text`` would cover (``None`` if it has no ink)."""
        box = self.draw.textbbox((x, y), text, font=font, anchor=anchor, stroke_width=stroke)
        x0, y0 = int(box[0]) - 1, int(box[1]) - 1
        w, h = int(box[2]) - x0 + 2, int(box[3]) - y0 + 2
        if w <= 0 or h <= 0:
            return None
        scratch = Image.new("L", (w, h), 0)
        ImageDraw.Draw(scratch).text(
            (x - x0, y - y0),
            text,
            font=font,
            anchor=anchor,
            fill=255,
            stroke_width=stroke,
            stroke_fill=255,
        )
        # Ignore the faintest anti-aliasing fringe so the box hugs visible ink.
        bb = scratch.point(lambda v: 255 if v > 40 else 0).getbbox()
        if bb is None:
            return None
        return (x0 + bb[0], y0 + bb[1], x0 + bb[2], y0 + bb[3])

    def text(
        self,
        x: float,
        y: float,
        text: str,
        font: ImageFont.FreeTypeFont,
        category: str,
        pii: bool | None = None,
        *,
        anchor: str = "ls",
        fill: RGB | None = None,
        stroke: int = 0,
        record: bool = True,
    ) -> tuple[int, int, int, int] | None:
        """Draw one item; ``y`` is the baseline for the default anchor."""
        if pii is None and category in PII_CATEGORIES:
            pii = True
        elif pii is None and category in ORDINARY:
            pii = False
        fill = fill or self.ink
        self.draw.text(
            (x, y), text, font=font, anchor=anchor, fill=fill, stroke_width=stroke, stroke_fill=fill
        )
        box = self.ink_box(x, y, text, font, anchor, stroke)
        if record and box is not None and text.strip():
            self.add(text.strip(), category, pii, box)
        return box

    def line(
        self,
        x: float,
        baseline: float,
        spans: Sequence[Span],
        font: ImageFont.FreeTypeFont,
        *,
        fill: RGB | None = None,
        stroke: int = 0,
        fonts: Sequence[ImageFont.FreeTypeFont | None] | None = None,
    ) -> float:
        """Draw spans one after another on a baseline; returns the x after the last.

        Leading/trailing blanks of a span are drawn (they move the pen) but kept
        out of its polygon, so neighbouring items do not overlap.
        """
        for i, sp in enumerate(spans):
            f = fonts[i] if fonts and fonts[i] is not None else font
            lead = sp.text[: len(sp.text) - len(sp.text.lstrip())]
            core = sp.text.strip()
            if lead:
                x += self.draw.textlength(lead, font=f)
            if core:
                self.text(x, baseline, core, f, sp.category, sp.pii, fill=fill, stroke=stroke)
                x += self.draw.textlength(core, font=f)
            trail = sp.text[len(lead) + len(core) :] if core else ""
            if trail:
                x += self.draw.textlength(trail, font=f)
        return x

    def wrap(
        self,
        x: float,
        baseline: float,
        spans: Sequence[Span],
        font: ImageFont.FreeTypeFont,
        max_width: float,
        line_height: float,
        *,
        indent: float = 0.0,
        fill: RGB | None = None,
        stroke: int = 0,
        max_lines: int = 3,
    ) -> float:
        """Wrap spans into lines no wider than ``max_width``; returns the next baseline.

        Breaks fall between characters (as thermal label printers do for Chinese),
        preferring spaces for Latin text.  Continuation lines start at ``x + indent``
        and carry no keyword: just the rest of the data.
        """
        lines: list[list[Span]] = [[]]
        width = 0.0

        def newline() -> None:
            nonlocal width
            lines.append([])
            width = 0.0

        for sp in spans:
            rest = sp.text
            while rest:
                avail = max_width - (indent if len(lines) > 1 else 0.0) - width
                n = self._fit(rest, font, avail, stroke, at_start=width == 0)
                if n == 0:
                    if len(lines) < max_lines:
                        newline()
                        rest = rest.lstrip()
                        continue
                    n = len(rest)  # out of lines: overflow rather than lose text
                piece, rest = rest[:n], rest[n:]
                lines[-1].append(Span(piece, sp.category, sp.pii))
                width += self.draw.textlength(piece, font=font)
                if rest:
                    if len(lines) < max_lines:
                        newline()
                        rest = rest.lstrip()
                    else:
                        lines[-1].append(Span(rest, sp.category, sp.pii))
                        rest = ""
        y = baseline
        for i, ln in enumerate(lines):
            if not ln:
                continue
            self.line(x + (indent if i else 0.0), y, _merge(ln), font, fill=fill, stroke=stroke)
            y += line_height
        return y

    def _fit(
        self, text: str, font: ImageFont.FreeTypeFont, avail: float, stroke: int, *, at_start: bool
    ) -> int:
        """Number of leading characters of ``text`` to put in ``avail`` pixels.

        0 means "start a new line first".  Latin text breaks after a space; a
        Latin word is only split when it alone is wider than a whole line.
        """
        if self.draw.textlength(text, font=font) + 2 * stroke <= avail:
            return len(text)
        lo, hi = 0, len(text)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.draw.textlength(text[:mid], font=font) + 2 * stroke <= avail:
                lo = mid
            else:
                hi = mid - 1
        n = lo
        if text.isascii():
            cut = text.rfind(" ", 0, n + 1)
            if cut > 0:
                return cut + 1
            if not at_start:
                return 0
        return max(n, 1) if at_start else n

    def text_vertical(
        self,
        x: int,
        y: int,
        text: str,
        font: ImageFont.FreeTypeFont,
        category: str,
        pii: bool | None = None,
        *,
        clockwise: bool = True,
    ) -> tuple[int, int, int, int] | None:
        """Text turned 90 degrees (edge tags such as 派件联), top-left at (x, y)."""
        x, y = int(x), int(y)
        box = self.draw.textbbox((0, 0), text, font=font, anchor="lt")
        patch = Image.new("L", (int(box[2]) + 4, int(box[3]) + 4), 0)
        ImageDraw.Draw(patch).text((2, 2), text, font=font, anchor="lt", fill=255)
        patch = patch.transpose(
            Image.Transpose.ROTATE_270 if clockwise else Image.Transpose.ROTATE_90
        )
        self.img.paste(self.ink, (x, y), patch)
        bb = patch.point(lambda v: 255 if v > 40 else 0).getbbox()
        if bb is None:
            return None
        out = (x + bb[0], y + bb[1], x + bb[2], y + bb[3])
        if pii is None:
            pii = category in PII_CATEGORIES if category in PII_CATEGORIES | ORDINARY else None
        self.add(text, category, pii, out)
        return out

    def trim(self, height: int) -> None:
        """Cut the sheet off below ``height`` (layouts size it generously first)."""
        height = max(1, min(self.height, int(height)))
        if height < self.height:
            self.img = self.img.crop((0, 0, self.width, height))
            self.draw = ImageDraw.Draw(self.img)
            self.height = height
            self.items = [it for it in self.items if max(y for _, y in it.poly) <= height]

    # ------------------------------------------------------------------ graphics
    def hline(self, x0: float, x1: float, y: float, width: int = 2, dash: int = 0) -> None:
        if dash:
            x = x0
            while x < x1:
                self.draw.line([(x, y), (min(x + dash, x1), y)], fill=self.ink, width=width)
                x += 2 * dash
        else:
            self.draw.line([(x0, y), (x1, y)], fill=self.ink, width=width)

    def vline(self, x: float, y0: float, y1: float, width: int = 2) -> None:
        self.draw.line([(x, y0), (x, y1)], fill=self.ink, width=width)

    def box(
        self, x0: float, y0: float, x1: float, y1: float, width: int = 2, fill: RGB | None = None
    ) -> None:
        self.draw.rectangle([x0, y0, x1, y1], outline=self.ink, width=width, fill=fill)

    def barcode(
        self,
        x: int,
        y: int,
        text: str,
        *,
        height: int,
        module: int = 2,
        max_width: int | None = None,
        category: str = "code",
        pii: bool | None = True,
    ) -> tuple[int, int, int, int]:
        """Code 128 symbol at (x, y); returns its box (bars only, no quiet zone)."""
        x, y, height = int(x), int(y), int(height)
        bits = barcodes.code128_modules(text)
        if max_width:
            while module > 1 and len(bits) * module > max_width:
                module -= 1
        x1 = barcodes.draw_modules(self.draw, x, y, bits, module, height, self.ink)
        box = (x, y, x1, y + height)
        self.add(text, category, pii, box)
        return box

    def qr(
        self,
        x: int,
        y: int,
        text: str,
        *,
        size: int,
        category: str = "code",
        pii: bool | None = True,
    ) -> tuple[int, int, int, int]:
        x, y = int(x), int(y)
        img = barcodes.qr_image(text, size)
        mask = img.point(lambda v: 255 if v < 128 else 0)
        self.img.paste(self.ink, (x, y), mask)
        box = mask.getbbox()
        assert box is not None
        box = (x + box[0], y + box[1], x + box[2], y + box[3])
        self.add(text, category, pii, box)
        return box


#: Ordinary, non-personal categories (pii false).
ORDINARY = frozenset({"label", "item", "price", "date", "shop", "brand", "footer", "other"})


def _merge(spans: Sequence[Span]) -> list[Span]:
    out: list[Span] = []
    for sp in spans:
        if out and out[-1].category == sp.category and out[-1].pii == sp.pii:
            out[-1] = Span(out[-1].text + sp.text, sp.category, sp.pii)
        else:
            out.append(sp)
    return out


def jitter(rng: random.Random, v: float, frac: float) -> float:
    return v * (1.0 + rng.uniform(-frac, frac))
