"""An English lasting power of attorney extract and a German Vollmacht for
:mod:`synth.layouts_attorney`.

Personal: the donor, attorneys, replacement attorneys, people to notify, the
certificate provider and witnesses, Vollmachtgeber and Bevollmächtigte (``name``; after
Mr, Herrn or Frau only the name), dates of birth, the OPG reference and a
Personalausweis number (``id_number``), homes (``address`` with a flat or Whg.
``door``), e-mails and phones. Ordinary: titles, how decisions are made, professions,
matters, clauses, headings and dates.
"""

from __future__ import annotations

import random

from .attorney_words import (
    DE_BINDING,
    DE_KINDS,
    DE_MATTERS,
    EN_DECISIONS,
    EN_LPA_TITLES,
    EN_PROFESSIONS,
)
from .fakedata_homes import HomeFaker
from .formkit import handwritten, sheet
from .formkit_blanks import corner_rows, tick_box
from .formkit_marks import word_wrap
from .kit import S, _finish, joined_address, street_spans
from .mortgage_words import EN_MEN, EN_WOMEN
from .render import Canvas, Span


def _person_rows(
    rng: random.Random, fk: HomeFaker, email: bool
) -> list[list[tuple[str, list[Span]]]]:
    title, firsts = rng.choice(
        (("Mr", EN_MEN), ("Mrs", EN_WOMEN), ("Ms", EN_WOMEN), ("Dr", EN_MEN))
    )
    first, last = rng.choice(firsts), fk.en_name().split()[-1]
    born, _ = fk.born(1930, 1995, "dmy")
    rows = [
        [
            ("Title", [S(title, "other")]),
            ("First names", [S(first, "name")]),
            ("Last name", [S(last, "name")]),
        ],
        [
            ("Date of birth", [S(born.replace("/", " / "), "id_number")]),
            ("Email address (optional)", [S(fk.email(last.lower()), "email")] if email else []),
        ],
        [("Address", joined_address(fk.uk_block(), ", "))],
    ]
    return rows


def _band(c: Canvas, p, x0: float, x1: float, y: float, text: str) -> float:
    s = p.s
    c.draw.rectangle([x0, y, x1, y + 32 * s], fill=(0, 94, 86))
    c.text(x0 + 10 * s, y + 23 * s, text, p.font(16, bold=True), "label", fill=(255, 255, 255))
    return y + 40 * s


def en_lpa(rng: random.Random, fk: HomeFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1260), 1.9, cjk=False, base=1200, margin=0.06)
    s = p.s
    hand = rng.random() < 0.6
    y = m + 30 * s
    kind = rng.randrange(2)
    c.text(m, y, ("LP1F", "LP1H")[kind], p.font(16, bold=True), "label")
    if rng.random() < 0.6:  # registered copies carry the OPG's reference
        c.line(
            right - 300 * s,
            y,
            [S("OPG reference ", "label"), S(fk.lpa_ref(), "id_number")],
            p.font(15),
        )
    y += 40 * s
    c.text(m, y, EN_LPA_TITLES[kind], p.font(24, bold=True), "label")
    y += 30 * s
    y = _band(c, p, m, right, y, "Section 1  The donor")
    y = corner_rows(p, m, right, y, _person_rows(rng, fk, True), 62 * s, hand) + 18 * s
    y = _band(c, p, m, right, y, "Section 2  The attorneys")
    for k in range(rng.randint(1, 2)):
        c.text(m, y + 12 * s, f"Attorney {k + 1}", p.font(15, bold=True), "label")
        rows = _person_rows(rng, fk, rng.random() < 0.5)
        y = corner_rows(p, m, right, y + 22 * s, rows, 62 * s, hand) + 14 * s
    y = _band(c, p, m, right, y, "Section 3  How should your attorneys make decisions?")
    pick = rng.choice(EN_DECISIONS)
    for opt in EN_DECISIONS:
        y += 28 * s
        tick_box(p, m + 10 * s, y, opt[0].upper() + opt[1:], opt == pick, p.font(15))
    y += 30 * s
    extra = rng.choice(("replacement", "notify", "certificate"))
    if extra == "replacement":
        y = _band(c, p, m, right, y, "Section 4  Replacement attorneys")
        y = corner_rows(p, m, right, y, _person_rows(rng, fk, False)[:2], 62 * s, hand) + 14 * s
    elif extra == "notify":
        y = _band(c, p, m, right, y, "Section 6  People to notify")
        for _ in range(rng.randint(1, 2)):
            first, last = fk.en_name().split()
            row = [
                [
                    ("Name", [S(f"{first} {last}", "name")]),
                    ("Address", joined_address(fk.uk_block(), ", ")),
                ]
            ]
            y = corner_rows(p, m, right, y, row, 62 * s, hand)
        y += 14 * s
    else:
        y = _band(c, p, m, right, y, "Section 10  Certificate provider")
        first, last = fk.en_name().split()
        rows = [
            [
                ("Full name", [S(f"{first} {last}", "name")]),
                ("Profession / how you know the donor", [S(rng.choice(EN_PROFESSIONS), "other")]),
            ],
            [("Address", joined_address(fk.uk_block(), ", "))],
        ]
        y = corner_rows(p, m, right, y, rows, 62 * s, hand) + 40 * s
        x = c.line(m, y, [S("Signature", "label")], p.font(15)) + 14 * s
        handwritten(p, x, y, [S(f"{first[0]} {last}", "name")], 30, cjk=False)
        c.line(
            right - 300 * s,
            y,
            [
                S("Date ", "label"),
                S(f"{rng.randint(1, 28):02d}/{rng.randint(1, 11):02d}/2026", "date"),
            ],
            p.font(15),
        )
        y += 20 * s
    return _finish(c, y, m, pad=10 * s)


def de_vollmacht(rng: random.Random, fk: HomeFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1150, 1200), 1.5, cjk=False, base=1150, margin=0.09)
    s, w = p.s, right - m
    y = m + 50 * s
    c.text(c.width / 2, y, rng.choice(DE_KINDS), p.font(34, bold=True), "label", anchor="ms")
    y += 70 * s
    f, lh = p.font(18), 30 * s
    giver, taker = fk.eu_name("de"), fk.eu_name("de")
    g_born, _ = fk.born(1930, 1975, "de")
    t_born, _ = fk.born(1955, 2000, "de")
    g_street, g_town = fk.eu_address("de")
    t_street, t_town = fk.eu_address("de")
    title = rng.choice(("", " Herrn/Frau"))  # the printed form leaves both
    spans: list[Span] = [
        S("Ich, ", "other"),
        S(giver, "name"),
        S(", geb. am ", "other"),
        S(g_born, "id_number"),
        S(", wohnhaft ", "other"),
        *street_spans(g_street, ", "),
        S(", ", "other"),
        S(g_town, "address"),
    ]
    if rng.random() < 0.4:
        spans += [S(", Personalausweis-Nr. ", "other"), S(fk.eu_id("de"), "id_number")]
    spans += [
        S(f", bevollmächtige hiermit{title} ", "other"),
        S(taker, "name"),
        S(", geb. am ", "other"),
        S(t_born, "id_number"),
        S(", wohnhaft ", "other"),
        *street_spans(t_street, ", "),
        S(", ", "other"),
        S(t_town, "address"),
    ]
    if rng.random() < 0.5:
        spans += [S(", Tel. ", "other"), S(fk.eu_phone("de"), "phone")]
    spans.append(S(", mich in den folgenden Angelegenheiten zu vertreten:", "other"))
    y = word_wrap(p, m, y, spans, f, w, lh) + 16 * s
    for matter in rng.sample(DE_MATTERS, rng.randint(2, 4)):
        tick_box(p, m + 10 * s, y, "", True, f)
        y = word_wrap(p, m + 44 * s, y, [S(matter, "other")], f, w - 44 * s, lh) + 6 * s
    y += 10 * s
    for clause in rng.sample(DE_BINDING, 2):
        y = word_wrap(p, m, y, [S(clause, "other")], f, w, lh) + 4 * s
    y += 60 * s
    place = g_town.split(" ", 1)[1]
    date = f"{rng.randint(1, 28):02d}.{rng.randint(1, 11):02d}.2026"
    handwritten(p, m, y, [S(f"{place}, {date}", "date")], 26, cjk=False, width=w * 0.4)
    handwritten(p, m + w * 0.52, y, [S(giver, "name")], 30, cjk=False, width=w * 0.45)
    y += 14 * s
    c.hline(m, m + w * 0.42, y, width=1)
    c.hline(m + w * 0.52, right, y, width=1)
    y += 24 * s
    c.text(m, y, "Ort, Datum", p.font(14), "label")
    c.text(m + w * 0.52, y, "Unterschrift Vollmachtgeber/in", p.font(14), "label")
    if rng.random() < 0.6:
        y += 70 * s
        handwritten(p, m + w * 0.52, y, [S(taker, "name")], 30, cjk=False, width=w * 0.45)
        y += 14 * s
        c.hline(m + w * 0.52, right, y, width=1)
        y += 24 * s
        c.text(m + w * 0.52, y, "Unterschrift Bevollmächtigte/r", p.font(14), "label")
    return _finish(c, y, m, pad=10 * s)
