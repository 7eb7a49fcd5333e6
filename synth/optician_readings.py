"""The numbers of an eye test (refraction for both eyes) and an autorefractor's
thermal printout, used by :mod:`synth.layouts_optician` (see its docstring for what
is personal on an optician's papers)."""

from __future__ import annotations

import random

from .fakedata_errands import ErrandFaker
from .formkit import handwritten
from .kit import Faces, Pen, S, _finish, _ink, _paper, hand_font
from .render import Canvas


def dioptre(rng: random.Random, lo: float, hi: float) -> str:
    """A lens power in quarter dioptres with its sign ("-3.25", "+1.50", "0.00")."""
    v = round(rng.uniform(lo, hi) * 4) / 4
    return "0.00" if v == 0 else f"{v:+.2f}"


def refraction(rng: random.Random) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Right and left eye: SPH, CYL, AXIS, ADD, VA (ordinary numbers, close between eyes)."""
    base = rng.uniform(-6.5, 3.0)
    add = dioptre(rng, 0.75, 2.75) if rng.random() < 0.35 else ""
    eyes = []
    for _ in range(2):
        cyl = dioptre(rng, -2.0, 0.0)
        axis = str(rng.randint(1, 180)) if cyl != "0.00" else ""
        va = rng.choice(("1.0", "1.2", "0.8", "6/6", "6/9"))
        eyes.append((dioptre(rng, base - 0.75, base + 0.75), cyl, axis, add, va))
    return eyes[0], eyes[1]


def autorefractor_slip(rng: random.Random, fk: ErrandFaker) -> Canvas:
    """An autorefractor's thermal slip: readings in a monospaced face, the customer's
    name and phone or member number written on it by the assistant."""
    W = rng.choice((420, 460))
    c = Canvas(W, W * 3, paper=_paper(rng, thermal=True), ink=_ink(rng))
    cjk = rng.random() < 0.5
    p = Pen(rng, c, Faces.pick(rng, cjk=cjk), W / 440)
    s, m = p.s, int(W * 0.07)
    f = p.font(19, mono=True)
    lh = f.size * 1.5
    y = m + 30 * s
    for text in ("REF/KER", f"{fk.date()}  {fk.time(False)}", f"No. {rng.randint(1, 9999):04d}"):
        c.text(m, y, text, f, "other")
        y += lh
    c.text(m, y, "NAME:", f, "label")
    who = fk.cn_name(honorific=0.0) if cjk else fk.en_name().split()[-1].upper()
    handwritten(p, m + 90 * s, y + 4 * s, [S(who, "name")], 30, cjk=cjk)
    y += lh * 1.5
    r_eye, l_eye = refraction(rng)
    for tag, (sph, cyl, axis, _add, _va) in (("<R>", r_eye), ("<L>", l_eye)):
        c.text(m, y, f"{tag}   S      C     A", f, "label")
        y += lh
        for _ in range(3):
            jitter = dioptre(rng, -0.25, 0.25)
            reading = f"{float(sph) + float(jitter):+6.2f} {cyl:>6} {axis or '0':>4}"
            c.text(m + 20 * s, y, reading, f, "other")
            y += lh
        c.text(m + 20 * s, y, f"{float(sph):+6.2f} {cyl:>6} {axis or '0':>4}  AVG", f, "other")
        y += lh * 1.3
    c.text(m, y, f"PD  {rng.randint(56, 70)} mm", f, "other")
    y += lh * 1.6
    extra = [S(fk.cn_mobile("plain") if cjk else fk.uk_phone(), "phone")]
    if rng.random() < 0.4:
        extra = [S("会员 " if cjk else "card ", "other"), S(fk.member_card(), "id_number")]
    handwritten(p, m, y, extra, 28, cjk=cjk, width=W - 2 * m)
    y += lh
    if rng.random() < 0.5:
        c.text(
            m,
            y + 10 * s,
            rng.choice(("复验", "取镜周六") if cjk else ("ok", "re-check", "sat")),
            hand_font(p, 30, cjk=cjk),
            "other",
            fill=(25, 35, 120),
        )
        y += lh
    return _finish(c, y, 0, pad=m)
