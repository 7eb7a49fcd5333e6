"""An alterations tag pinned to the garment, filled in by hand, used by
:mod:`synth.layouts_tailor` (see its docstring for what is personal): often only a
surname and the last four digits of a phone, the work to do, the ready date and a
price, the ticket number repeated on a tear-off stub."""

from __future__ import annotations

import random

from .fakedata_errands import ErrandFaker
from .formkit import RED, fit
from .kit import Faces, Pen, S, _finish, _ink, hand_font
from .render import Canvas, Span

_CN_ALTER = ("裤长改短3cm", "袖长改短2cm", "收腰", "换拉链", "裙摆改短5cm")
_EN_ALTER = ("Shorten sleeves 2cm", "Take in waist", "Hem trousers 3cm", "New zip", "Let out seat")
_IT_ALTER = ("Accorciare maniche 2 cm", "Stringere vita", "Orlo pantaloni", "Cambio zip")


def alteration_tag(rng: random.Random, fk: ErrandFaker) -> Canvas:
    """A hand-filled alterations tag with a hole for the safety pin and a tear-off stub."""
    cjk = rng.random() < 0.5
    lang = "cn" if cjk else rng.choice(("en", "en", "it"))
    W = rng.choice((440, 480))
    c = Canvas(
        W,
        int(W * 2.6),
        paper=rng.choice(((255, 250, 205), (255, 225, 225), (240, 240, 240))),
        ink=_ink(rng),
    )
    p = Pen(rng, c, Faces.pick(rng, cjk=cjk), W / 460)
    s, m = p.s, int(W * 0.08)
    right = W - m
    c.draw.ellipse(
        [W / 2 - 14 * s, 24 * s, W / 2 + 14 * s, 52 * s], outline=c.ink, width=max(2, int(3 * s))
    )
    no = str(rng.randint(100, 9999))
    y = 110 * s
    title = {"cn": "改衣单", "en": "ALTERATIONS", "it": "RIPARAZIONI"}[lang]
    c.text(W / 2, y, title, p.font(28, bold=True), "label", anchor="ms")
    y += 36 * s
    shop = {"cn": "快剪修改衣店", "en": "Stitch in Time", "it": "Sartoria Lucia"}[lang]
    c.text(W / 2, y, shop, p.font(16), "shop", anchor="ms")
    y += 60 * s
    c.line(m, y, [S("No. ", "label"), S(no, "other")], p.font(30, bold=True), fill=RED)
    y += 64 * s
    words = {
        "cn": ("姓名", "电话", "项目", "取衣", "价格"),
        "en": ("Name", "Tel", "Work", "Ready", "Price"),
        "it": ("Nome", "Tel.", "Lavoro", "Pronto", "Prezzo"),
    }[lang]
    if cjk:
        name = fk.cn_surname() + rng.choice(("", "女士", "先生", "姐"))
        tel = (
            [S("尾号", "other"), S(fk.tail4(), "phone")]
            if rng.random() < 0.7
            else [S(fk.cn_mobile("plain"), "phone")]
        )
    else:
        name = (
            rng.choice(("Mr ", "Mrs ", "Sig. " if lang == "it" else "Ms ", ""))
            + fk.en_name().split()[-1]
        )
        tel = (
            [S("***", "other"), S(fk.tail4(), "phone")]
            if rng.random() < 0.7
            else [S(fk.uk_phone(), "phone")]
        )
    jobs = {"cn": _CN_ALTER, "en": _EN_ALTER, "it": _IT_ALTER}[lang]
    hf = hand_font(p, 34, cjk=cjk)
    ink = (25, 35, 120)
    price = {"cn": "¥{}", "en": "£{}", "it": "{} EUR"}[lang].format(rng.choice((8, 12, 15, 25, 30)))
    ready = f"{rng.randint(1, 28)}/{rng.randint(1, 12)}"
    values: list[list[Span]] = [
        [S(name, "name")],
        tel,
        [S(rng.choice(jobs), "item")],
        [S(ready, "date")],
        [S(price, "price")],
    ]
    for label, value in zip(words, values, strict=True):
        x = c.line(m, y, [S(label, "label")], p.font(18)) + 14 * s
        c.hline(x, right, y + 8 * s, width=1)
        text = "".join(sp.text for sp in value)
        c.line(x + 6 * s, y, value, fit(p, hf, text, right - x - 12 * s), fill=ink)
        y += 62 * s
    y += 10 * s
    c.hline(0, W, y, width=1, dash=int(6 * s))
    y += 60 * s
    c.line(m, y, [S("No. ", "label"), S(no, "other")], p.font(30, bold=True), fill=RED)
    x = c.line(m + (right - m) * 0.5, y, [S(words[3] + " ", "label")], p.font(16))
    c.line(x, y, [S(ready, "date")], hf, fill=ink)
    return _finish(c, y, 0, pad=m * 1.5)
