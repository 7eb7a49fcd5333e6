"""An English organ donor register confirmation letter and a French carte de donneur
for :mod:`synth.layouts_donor`.

Personal: the donor and the next of kin named in a sentence, the French person to
contact (``name``; after Mr, Mrs, Ms only the name), the donor number, the NHS number
and the date of birth (``id_number``), the home with its flat (``door``), phones.
Ordinary: decisions, organs, relations, dates and the registers' wording; the
service's address and line are business data.
"""

from __future__ import annotations

import random

from .donor_words import EN_DECISIONS, EN_RELATIONS, EN_SERVICE, EN_TEXT, FR_RELATIONS, FR_TEXT
from .fakedata_consents import ConsentFaker
from .formkit import handwritten, sheet
from .formkit_fill import ruled_entry, template_spans
from .formkit_marks import word_wrap
from .kit import EN_MONTHS, Faces, Pen, S, _finish, _paper, biz
from .render import Canvas


def ribbon(p: Pen, cx: float, cy: float, r: float, colour: tuple[int, int, int]) -> None:
    """A donor card's mark: a heart of two circles and a triangle (no words)."""
    d = p.c.draw
    d.ellipse([cx - r, cy - r * 0.7, cx, cy + r * 0.3], fill=colour)
    d.ellipse([cx, cy - r * 0.7, cx + r, cy + r * 0.3], fill=colour)
    d.polygon(
        [(cx - r * 0.97, cy - r * 0.05), (cx + r * 0.97, cy - r * 0.05), (cx, cy + r)], fill=colour
    )


def en_letter(rng: random.Random, fk: ConsentFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1200), 1.45, cjk=False, base=1100, margin=0.08)
    s, w = p.s, right - m
    service, saddr, sphone = EN_SERVICE
    y = m + 30 * s
    c.text(right, y, service, p.font(20, bold=True), "shop", anchor="rs")
    y += 24 * s
    c.text(right, y, "Organ Donor Register", p.font(16), "shop", anchor="rs")
    y += 70 * s
    title = rng.choice(("Mr", "Mrs", "Ms", "Miss"))
    name = fk.en_name()
    f, lh = p.font(19), 30 * s
    c.line(m, y, [S(f"{title} ", "other"), S(name, "name")], f)
    for ln in fk.uk_block():
        y += lh
        c.line(m, y, [S(t, k) for t, k in ln.segments], f)
    top = m + 124 * s
    for label, value, kind in (
        ("Date:", f"{rng.randint(1, 28)} {rng.choice(EN_MONTHS)} 2026", "date"),
        ("Donor number:", fk.odr_no(), "id_number"),
        ("NHS number:", fk.nhs_checked(), "id_number"),
    ):
        c.line(m + w * 0.56, top, [S(label + " ", "label"), S(value, kind)], p.font(17))
        top += 28 * s
    y = max(y, top) + 70 * s
    c.line(
        m,
        y,
        [
            S("Dear ", "other"),
            S(title, "other"),
            S(" ", "other"),
            S(name.split()[-1], "name"),
            S(",", "other"),
        ],
        f,
    )
    y += 50 * s
    y = word_wrap(p, m, y, [S(EN_TEXT, "other")], f, w, lh) + 20 * s
    c.line(
        m,
        y,
        [S("Your decision: ", "label"), S(rng.choice(EN_DECISIONS), "other")],
        p.font(18, bold=False),
    )
    y += 50 * s
    kin = fk.en_name()
    parts = {"kin": (kin, "name"), "phone": (fk.uk_phone(), "phone")}
    text = f"You told us that {{kin}} (your {rng.choice(EN_RELATIONS)}) knows about your decision and can be contacted on {{phone}}."
    y = word_wrap(p, m, y, template_spans(text, parts, "other"), f, w, lh) + 30 * s
    c.text(m, y, "Yours sincerely,", f, "other")
    y += 60 * s
    handwritten(p, m, y, [S(fk.en_name(), "name")], 32, cjk=False)
    y += 34 * s
    c.text(m, y, "Organ Donation Services Team", p.font(17), "other")
    y += 60 * s
    c.line(
        m,
        y,
        [biz(saddr, "shop_address"), S("   Tel ", "footer"), biz(sphone, "shop_phone")],
        p.font(14),
    )
    return _finish(c, y, m // 2, pad=20 * s)


def fr_carte(rng: random.Random, fk: ConsentFaker) -> Canvas:
    """A carte de donneur filled in by hand on its rules, scanned alone."""
    W = rng.choice((1000, 1100))
    c = Canvas(W, int(W * 0.75), paper=_paper(rng), ink=(30, 30, 30))
    p = Pen(rng, c, Faces.pick(rng, cjk=False), W / 1000)
    s, m = p.s, 40 * p.s
    colour = rng.choice(((30, 90, 160), (20, 130, 80)))
    ribbon(p, W - m - 60 * s, m + 60 * s, 44 * s, colour)
    y = m + 50 * s
    c.text(m, y, "Carte de donneur", p.font(34, bold=True), "label", fill=colour)
    y += 36 * s
    c.text(m, y, "Don d'organes et de tissus", p.font(20), "label")
    y += 40 * s
    y = word_wrap(p, m, y, [S(FR_TEXT, "other")], p.font(17), W - 2 * m - 140 * s, 26 * s) + 20 * s
    first, last = fk.eu_name("fr").split(" ", 1)
    f = p.font(19)
    fields = (
        ("Nom :", [S(last.upper(), "name")]),
        ("Prénom :", [S(first, "name")]),
        ("Né(e) le :", [S(fk.born(1950, 2007, "dmy")[0], "id_number")]),
        (
            "Personne à prévenir :",
            [S(fk.eu_name("fr"), "name"), S(f" ({rng.choice(FR_RELATIONS)})", "other")],
        ),
        ("Téléphone :", [S(fk.eu_phone("fr"), "phone")]),
    )
    for field in fields:
        ruled_entry(p, m, W - m, y, field, True, f, hand_px=28)
        y += 48 * s
    ruled_entry(p, m, W * 0.6, y, ("Signature :", [S(last, "name")]), True, f, hand_px=30)
    c.trim(int(y + 2 * m))
    c.draw.rounded_rectangle(
        [m / 2, m / 2, W - m / 2, c.height - m / 2],
        radius=int(24 * s),
        outline=colour,
        width=int(4 * s),
    )
    return c
