"""Drawing pieces the form families share: ruled tables, stacked label/value pairs,
bilingual labels, values filled in by hand, a portrait photo, a round seal.

Used by the families of :mod:`synth.families` (bank slips, registration cards,
reports, certificates...). Every piece records ground truth through the canvas,
so a family only decides what goes where and what each piece means.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont

from .kit import Faces, Pen, S, _ink, _paper, hand_font
from .render import Canvas, Item, Span, rect_poly

#: Ballpoint inks for values written by hand (blue, black-blue, black).
HAND_INKS: tuple[tuple[int, int, int], ...] = ((25, 35, 120), (20, 30, 80), (30, 30, 35))
RED = (200, 35, 35)


def bilingual(rng: random.Random, cn: str, en: str, *, colon: float = 0.4) -> str:
    """One label in the ways printed forms pair the two languages: 姓名/Name, 姓名 Name..."""
    style = rng.randrange(6)
    text = (f"{cn}/{en}", f"{cn} {en}", f"{cn}({en})", f"{cn} / {en.upper()}", cn, en)[style]
    return text + ("：" if rng.random() < colon and style != 5 else "")


@dataclass(frozen=True)
class Cell:
    """One table cell: its spans, whether they are written by hand, columns it spans."""

    spans: tuple[Span, ...]
    hand: bool = False
    span: int = 1
    align: str = "l"  # l, c or r

    @staticmethod
    def of(text: str, category: str, *, hand: bool = False, span: int = 1, align: str = "l"):
        return Cell((S(text, category),) if text else (), hand, span, align)


def fit(p: Pen, font: ImageFont.FreeTypeFont, text: str, width: float) -> ImageFont.FreeTypeFont:
    """``font`` made smaller until ``text`` fits ``width`` (forms squeeze long values)."""
    size = font.size
    while size > 10 and p.width(text, font) > width:
        size = max(10, int(size * 0.9))
        font = font.font_variant(size=size)
    return font


def table(
    p: Pen,
    x0: float,
    y0: float,
    widths: Sequence[float],
    rows: Sequence[Sequence[Cell]],
    row_h: float,
    font: ImageFont.FreeTypeFont,
    *,
    hand_px: float = 30,
    cjk: bool = True,
    ink: tuple[int, int, int] | None = None,
    line: int = 2,
) -> float:
    """A ruled grid: every row ``row_h`` high, cells laid left to right over ``widths``.

    Values sit inside their cells (beside a row header or under a column header);
    a hand cell is written in a handwriting face in ballpoint ink. Returns the bottom y.
    """
    c = p.c
    hf = hand_font(p, hand_px, cjk=cjk)
    pen_ink = ink or p.r.choice(HAND_INKS)
    pad = 8 * p.s
    y = y0
    right = x0 + sum(widths)
    c.hline(x0, right, y, width=line)
    for row in rows:
        x = x0
        col = 0
        for cell in row:
            w = sum(widths[col : col + cell.span])
            text = "".join(sp.text for sp in cell.spans)
            if text:
                f = fit(p, hf if cell.hand else font, text, w - 2 * pad)
                base = y + row_h / 2 + f.size * 0.36
                tw = p.width(text, f)
                tx = {"l": x + pad, "c": x + (w - tw) / 2, "r": x + w - pad - tw}[cell.align]
                c.line(tx, base, cell.spans, f, fill=pen_ink if cell.hand else None)
            x += w
            col += cell.span
            if col < len(widths):
                c.vline(x, y, y + row_h, width=max(1, line - 1))
        y += row_h
        c.hline(x0, right, y, width=max(1, line - 1))
    c.vline(x0, y0, y, width=line)
    c.vline(right, y0, y, width=line)
    return y


def stacked(
    p: Pen,
    x: float,
    y: float,
    label: str,
    value: Sequence[Span],
    label_font: ImageFont.FreeTypeFont,
    value_font: ImageFont.FreeTypeFont,
    width: float,
    *,
    fill: tuple[int, int, int] | None = None,
) -> float:
    """A small label with its value on the line below (cards, boarding passes)."""
    p.c.text(x, y, label, label_font, "label", fill=(90, 90, 90))
    y += value_font.size * 1.25
    vf = fit(p, value_font, "".join(sp.text for sp in value), width)
    p.c.line(x, y, value, vf, fill=fill)
    return y


def role_line(p: Pen, x: float, y: float, role: str, name: str, font, *, sep: str = " ") -> float:
    """A role word and a person with no colon between them: "Cashier Mary", "经办 王芳"."""
    return p.c.line(x, y, [S(role, "label"), S(sep, "other"), S(name, "name")], font)


def handwritten(
    p: Pen, x: float, y: float, spans: Sequence[Span], px: float, *, cjk: bool, width: float = 0
) -> float:
    """Spans filled in by hand on a printed line (baseline ``y``); returns the x after."""
    f = hand_font(p, px, cjk=cjk)
    if width:
        f = fit(p, f, "".join(sp.text for sp in spans), width)
    return p.c.line(x, y, spans, f, fill=p.r.choice(HAND_INKS))


def face_photo(p: Pen, x0: float, y0: float, w: float, h: float) -> None:
    """A portrait-like photo (backdrop, shoulders, head, hair, eyes) recorded as ``face``."""
    r = p.r
    w, h = int(w), int(h)
    bg = r.choice(((70, 120, 200), (230, 230, 232), (200, 40, 40), (245, 245, 250)))
    photo = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(photo)
    skin = (r.randint(200, 240), r.randint(160, 200), r.randint(130, 170))
    cloth = r.choice(((30, 30, 40), (40, 60, 110), (240, 240, 240), (90, 90, 95)))
    hair = (r.randint(10, 60),) * 3
    cx, hx, hy, hcy = w / 2, w * 0.25, h * 0.28, h * 0.42
    d.ellipse([w * 0.08, h * 0.72, w * 0.92, h * 1.25], fill=cloth)  # shoulders, cut by the frame
    d.rectangle([cx - w * 0.09, h * 0.58, cx + w * 0.09, h * 0.78], fill=skin)
    d.ellipse([cx - hx * 1.08, hcy - hy * 1.12, cx + hx * 1.08, hcy + hy * 0.5], fill=hair)
    d.ellipse([cx - hx, hcy - hy * 0.8, cx + hx, hcy + hy], fill=skin)
    for dx in (-0.4, 0.4):
        ex, ey = cx + dx * hx, hcy - hy * 0.05
        d.ellipse([ex - w * 0.03, ey - h * 0.015, ex + w * 0.03, ey + h * 0.015], fill=hair)
    d.line(
        [(cx - hx * 0.3, hcy + hy * 0.5), (cx + hx * 0.3, hcy + hy * 0.5)],
        fill=(150, 70, 70),
        width=max(2, int(3 * p.s)),
    )
    p.c.img.paste(photo, (int(x0), int(y0)))
    x0, y0 = int(x0), int(y0)
    p.c.items.append(Item("portrait photo", "face", True, rect_poly(x0, y0, x0 + w, y0 + h)))


def seal(p: Pen, cx: float, cy: float, radius: float, text: str) -> None:
    """A red round seal with a star and the issuer's words (ordinary text)."""
    c = p.c
    c.draw.ellipse(
        [cx - radius, cy - radius, cx + radius, cy + radius],
        outline=RED,
        width=max(3, int(5 * p.s)),
    )
    c.text(cx, cy - radius * 0.1, "★", p.font(radius * 0.45 / p.s), "other", anchor="mm", fill=RED)
    f = fit(p, p.font(radius * 0.24 / p.s), text, radius * 1.6)
    c.text(cx, cy + radius * 0.5, text, f, "other", anchor="mm", fill=RED)


def memo(
    p: Pen,
    x: float,
    y: float,
    label: str,
    spans: Sequence[Span],
    font: ImageFont.FreeTypeFont,
    width: float,
    *,
    hand: bool = False,
    cjk: bool = True,
) -> float:
    """A remark/purpose line: its label, then free text that may hold a name or phone.

    Returns the next baseline.
    """
    x1 = p.c.line(x, y, [S(label, "label")], font) + 8 * p.s
    if hand:
        handwritten(p, x1, y, spans, font.size / p.s * 1.2, cjk=cjk, width=x + width - x1)
        return y + font.size * 1.8
    return p.c.wrap(x1, y, list(spans), font, x + width - x1, font.size * 1.5, max_lines=2)


def sheet(
    rng: random.Random,
    widths: tuple[int, ...],
    aspect: float,
    *,
    cjk: bool,
    base: int,
    margin: float | tuple[float, float],
) -> tuple[Canvas, Pen, int, int]:
    """A blank sheet: width from ``widths``, generous height (trimmed later), paper and
    ink, faces scaled to ``base`` pixels; returns canvas, pen, margin and right edge."""
    w = rng.choice(widths)
    c = Canvas(w, int(w * aspect), paper=_paper(rng), ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=cjk), w / base)
    m = int(w * (rng.uniform(*margin) if isinstance(margin, tuple) else margin))
    return c, p, m, w - m


def box_stamp(p: Pen, cx: float, cy: float, lines: Sequence[str], px: float) -> None:
    """A red rectangular rubber stamp (an office's name and a word such as "PAID"),
    slightly tilted ink is left to the photo; its words are ordinary text."""
    c = p.c
    f = p.font(px, bold=True)
    w = max(p.width(t, f) for t in lines) + 30 * p.s
    h = (len(lines) + 0.3) * f.size * 1.4 + 16 * p.s
    x0, y0 = cx - w / 2, cy - h / 2
    c.draw.rectangle([x0, y0, x0 + w, y0 + h], outline=RED, width=max(3, int(4 * p.s)))
    for k, text in enumerate(lines):
        c.text(cx, y0 + 8 * p.s + (k + 0.8) * f.size * 1.4, text, f, "other", anchor="ms", fill=RED)
