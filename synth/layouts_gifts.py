"""Weddings and family occasions: a page of the gift ledger (礼簿) kept at a wedding or
a birthday feast, where the bookkeeper writes each guest's name and gift by hand
in red-ruled vertical columns, photographed afterwards by the family.

Guests' names stand alone with no label, top to bottom, some after their village
or work unit ("李家村 王强"), with the amount in capital numerals under them; the
couple are named in the heading without labels, and the bookkeeper and the cashier
sign the page's foot after role words, one of them leaving a phone. The
printed title, the column words "芳名" and "礼金", the greeting, the date and the
amounts are ordinary.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from PIL import ImageFont

from .fakedata_occasions import OccasionFaker
from .formkit import HAND_INKS, RED, handwritten
from .kit import Faces, Pen, S, hand_font
from .render import Canvas

_AMOUNTS = (
    "贰佰元",
    "伍佰元",
    "陆佰元",
    "捌佰捌拾捌元",
    "壹仟元",
    "叁佰元",
    "壹仟贰佰元",
    "贰仟元",
)
_PLACES = ("李家村", "东坡村", "县医院", "二中", "供电所", "同学", "公司同事", "舅家", "姑家")
_GREETINGS = {"婚": "新婚志喜", "寿": "寿诞之喜", "满月": "弄璋之喜", "乔迁": "乔迁之喜"}


def _down(
    p: Pen,
    cx: float,
    y: float,
    text: str,
    font: ImageFont.FreeTypeFont,
    category: str,
    fill: tuple[int, int, int],
) -> float:
    """Characters written top to bottom centred on ``cx`` from ``y``, one ground-truth
    item; returns the y under the last."""
    step = font.size * 1.08
    boxes = []
    for k, ch in enumerate(text):
        cy = y + step * (k + 0.5) + p.r.uniform(-1.5, 1.5) * p.s
        b = p.c.text(
            cx + p.r.uniform(-2, 2) * p.s,
            cy,
            ch,
            font,
            category,
            anchor="mm",
            fill=fill,
            record=False,
        )
        if b:
            boxes.append(b)
    if boxes:
        p.c.add(
            text,
            category,
            category in {"name", "address"},
            (
                min(b[0] for b in boxes),
                min(b[1] for b in boxes),
                max(b[2] for b in boxes),
                max(b[3] for b in boxes),
            ),
        )
    return y + step * len(text)


def _guests(rng: random.Random, fk: OccasionFaker, n: int) -> Sequence[tuple[str, str, str]]:
    """(place or "", name, amount) of ``n`` guests; at least one comes with a place."""
    out = []
    for k in range(n):
        place = rng.choice(_PLACES) if (k == 1 or rng.random() < 0.3) else ""
        name = fk.cn_name(honorific=0.0)
        if rng.random() < 0.15:
            name += rng.choice(("全家", "夫妇"))
        out.append((place, name, rng.choice(_AMOUNTS)))
    return out


def wedding_gift_ledger(rng: random.Random) -> Canvas:
    """礼簿: a red-ruled page of vertical columns, names and gifts written by hand."""
    fk = OccasionFaker(rng)
    W = rng.choice((1400, 1500))
    H = int(W * 0.72)
    paper = rng.choice(((250, 244, 228), (252, 248, 238), (245, 225, 200)))
    c = Canvas(W, H, paper=paper, ink=RED)
    p = Pen(rng, c, Faces.pick(rng, cjk=True), W / 1400)
    s, m = p.s, int(W * 0.04)
    ink = rng.choice((*HAND_INKS, (15, 15, 15)))
    occasion = rng.choice(("婚", "婚", "寿", "满月", "乔迁"))
    # The printed heading on the right: title and greeting, in red.
    title = rng.choice(("礼簿", "贺礼簿", "礼金簿", "人情簿"))
    head_w = 230 * s
    hx = W - m - head_w
    c.box(m, m, W - m, H - m, width=max(3, int(5 * s)))
    c.vline(hx, m, H - m, width=max(2, int(3 * s)))
    if occasion == "婚":
        c.text(
            hx + head_w / 2, m + 90 * s, "囍", p.font(90, bold=True), "other", anchor="mm", fill=RED
        )
    _down(p, hx + head_w * 0.7, m + 170 * s, title, p.font(56, bold=True), "label", RED)
    hf = hand_font(p, 40, cjk=True)
    hosts = [fk.cn_name(honorific=0.0)] + ([fk.cn_name(honorific=0.0)] if occasion == "婚" else [])
    y = m + 170 * s
    for host in hosts:  # the hosts written down the heading, no labels
        _down(p, hx + head_w * 0.3, y, host, hf, "name", ink)
        y += hf.size * 1.08 * (len(host) + 1)
    _down(p, hx + head_w * 0.3, y, _GREETINGS[occasion], p.font(34), "other", RED)
    # The columns: the printed words at their heads on the right, then one per guest.
    name_h = (H - 2 * m) * 0.62
    cols = rng.randint(8, 12)
    col_w = (hx - m) / cols
    lf = p.font(26, bold=True)
    c.hline(m, hx, m + name_h, width=max(1, int(2 * s)))
    _down(p, hx - col_w / 2, m + 30 * s, "芳名", lf, "label", RED)
    _down(p, hx - col_w / 2, m + name_h + 30 * s, "礼金", lf, "label", RED)
    gf = hand_font(p, min(46, col_w / s * 0.62), cjk=True)
    guests = _guests(rng, fk, cols - 2)
    for k, (place, name, amount) in enumerate(guests):
        cx = hx - col_w * (k + 1.5)
        c.vline(cx + col_w / 2, m, H - m, width=max(1, int(2 * s)))
        y = m + 24 * s
        if place:
            y = _down(p, cx, y, place, gf, "address", ink) + gf.size * 0.4
        _down(p, cx, y, name, gf, "name", ink)
        _down(p, cx, m + name_h + 24 * s, amount, gf, "price", ink)
    cx = hx - col_w * (cols - 0.5)
    c.vline(cx + col_w / 2, m, H - m, width=max(1, int(2 * s)))
    _down(p, cx, m + 40 * s, f"{fk.date('cn')}", p.font(20), "date", RED)
    # The foot of the page, in the last column: bookkeeper and cashier, by hand.
    foot = hf.font_variant(size=max(10, int(hf.size * 0.7)))
    rf = p.font(20)
    bottom = m + name_h + 24 * s
    x0 = m + 8 * s
    c.text(x0 + col_w * 0.05, bottom + 10 * s, "记账", rf, "label", fill=RED)
    _down(p, x0 + col_w * 0.3, bottom + 30 * s, fk.cn_name(honorific=0.0), foot, "name", ink)
    if rng.random() < 0.6:
        phone = fk.cn_mobile("plain")
        handwritten(p, x0, H - m - 14 * s, [S(phone, "phone")], 22, cjk=True, width=col_w * 1.8)
    return c


LAYOUTS = {"wedding_gift_ledger": wedding_gift_ledger}
