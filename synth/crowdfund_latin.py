"""An English or French medical fundraising page on a phone for
:mod:`synth.layouts_crowdfund`: the site's bar, the photo, the title naming the
patient by first name, the amount raised, "<organiser> is organising this fundraiser
on behalf of <beneficiary>" (or "… a créé cette cagnotte pour …"), the story naming a
relative, an update signed by the organiser naming the doctor (Dr + surname: only the
surname is the name), words of support by donors (names, or Anonymous / Anonyme).

Personal: organiser, beneficiary, relatives, doctor and donors (``name``), the photo
(``face``). Ordinary: sites, titles' other words, illnesses, hospitals, towns,
amounts, counts, months, ages, kin words, buttons and comments.
"""

from __future__ import annotations

import random

from .crowdfund_words import PAGE_WORDS
from .fakedata_money import MoneyFaker
from .formkit import face_photo
from .formkit_fill import template_spans
from .formkit_marks import word_wrap
from .kit import S, _finish
from .layouts_payapp import _nav, _phone_canvas
from .render import Canvas

_GREEN = (2, 169, 92)
_GREY = (100, 100, 106)


def _money(lang: str, v: int) -> str:
    if lang == "fr":
        return f"{v:,}".replace(",", " ") + " €"
    return f"£{v:,}"


def latin_page(rng: random.Random, fk: MoneyFaker) -> Canvas:
    lang = rng.choice(("en", "en", "fr"))
    words = PAGE_WORDS[lang]
    c, p, y = _phone_canvas(rng, False, 2.6)
    s, w = p.s, c.width
    x0, width = 36 * s, w - 72 * s
    y = _nav(p, y, rng.choice(words["site"]))
    face_photo(p, 0, y + 2, w, 320 * s)
    y += 370 * s
    person = (lambda: fk.en_name()) if lang == "en" else (lambda: fk.eu_name("fr"))
    beneficiary = person()
    first, family = beneficiary.split()[0], beneficiary.split()[-1]
    organiser = person()
    if rng.random() < 0.5:  # a relative organising shares the family name
        organiser = f"{organiser.split()[0]} {family}"
    illness = rng.choice(words["illness"])
    title = rng.choice(words["titles"])
    parts = {"first": (first, "name"), "illness": (illness, "label")}
    y = (
        word_wrap(
            p, x0, y, template_spans(title, parts, "label"), p.font(34, bold=True), width, 44 * s
        )
        + 14 * s
    )
    goal = rng.choice((5000, 10000, 20000, 30000))
    raised = rng.randint(goal // 10, goal)
    text = words["raised"].format(raised=_money(lang, raised), goal=_money(lang, goal))
    c.text(x0, y, text, p.font(24, bold=True), "other")
    y += 22 * s
    c.draw.rounded_rectangle([x0, y, w - x0, y + 10 * s], radius=5 * s, fill=(230, 230, 230))
    c.draw.rounded_rectangle(
        [x0, y, x0 + width * raised / goal, y + 10 * s], radius=5 * s, fill=_GREEN
    )
    y += 46 * s
    c.text(x0, y, words["count"].format(n=rng.randint(20, 900)), p.font(21), "other", fill=_GREY)
    y += 50 * s
    c.draw.ellipse([x0, y - 30 * s, x0 + 50 * s, y + 20 * s], fill=(205, 215, 230))
    spans = [
        S(organiser, "name"),
        S(words["organising"], "other"),
        S(beneficiary, "name"),
        S(".", "other"),
    ]
    y = word_wrap(p, x0 + 66 * s, y, spans, p.font(21), width - 66 * s, 32 * s) + 24 * s
    kin = rng.choice(words["kin"])
    other = person().split()[0]
    story = words["story"]
    parts = {
        "first": (first, "name"),
        "month": (rng.choice(words["months"]), "footer"),
        "hospital": (rng.choice(words["hospitals"]), "footer"),
        "kin": (kin, "footer"),
        "other": (other, "name"),
        "pron": (rng.choice(("him", "her")) if lang == "en" else "lui", "footer"),
    }
    y = word_wrap(p, x0, y, template_spans(story, parts), p.font(22), width, 34 * s) + 30 * s
    c.draw.rectangle([0, y, w, y + 16 * s], fill=(242, 242, 245))
    y += 64 * s
    c.text(x0, y, f"{words['updates']} (1)", p.font(26, bold=True), "label")
    y += 42 * s
    when = f"{rng.randint(1, 28)} {rng.choice(words['months'])} 2026"
    c.line(
        x0,
        y,
        [
            S(when + " ", "date"),
            S(words["by"], "other"),
            S(organiser, "name"),
            S(words["organiser"], "other"),
        ],
        p.font(19),
        fill=_GREY,
    )
    y += 38 * s
    doctor = person().split()[-1]
    update = template_spans(
        words["update"], {"first": (first, "name"), "doctor": (doctor, "name")}, "other"
    )
    y = word_wrap(p, x0, y, update, p.font(22), width, 34 * s) + 30 * s
    c.draw.rectangle([0, y, w, y + 16 * s], fill=(242, 242, 245))
    y += 64 * s
    c.text(x0, y, words["support"], p.font(26, bold=True), "label")
    y += 48 * s
    for _ in range(rng.randint(2, 4)):
        if y > c.height - 240 * s:  # the screenshot ends here
            break
        anon = rng.random() < 0.2
        who = [S(words["anon"], "other")] if anon else [S(person(), "name")]
        c.line(x0, y, who, p.font(22, bold=True))
        gift = _money(lang, rng.choice((10, 20, 25, 50, 100)))
        c.text(
            w - x0,
            y,
            f"{gift} · {rng.choice(words['ago'])}",
            p.font(19),
            "other",
            anchor="rs",
            fill=_GREY,
        )
        y += 34 * s
        comment = rng.choice(words["comments"])
        if comment:
            c.text(x0, y, comment, p.font(21), "other")
            y += 34 * s
        y += 18 * s
    y += 10 * s
    half = (w - 3 * x0) / 2
    c.draw.rounded_rectangle(
        [x0, y, x0 + half, y + 70 * s], radius=12 * s, outline=(60, 60, 60), width=2
    )
    c.text(x0 + half / 2, y + 46 * s, words["share"], p.font(24), "other", anchor="ms")
    c.draw.rounded_rectangle([2 * x0 + half, y, w - x0, y + 70 * s], radius=12 * s, fill=_GREEN)
    c.text(
        w - x0 - half / 2,
        y + 46 * s,
        words["donate"],
        p.font(24, bold=True),
        "other",
        anchor="ms",
        fill=(255, 255, 255),
    )
    return _finish(c, y + 70 * s, 0, pad=20 * s)
