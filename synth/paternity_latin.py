"""An English DNA paternity test report and a French rapport d'expertise génétique for
:mod:`synth.layouts_paternity`, and the loci grid both languages print.

Personal: the alleged father, the mother, the child, the laboratory director and the
expert (``name``; after Mr, M. or Mme only the name), dates of birth, sample IDs and
the expert's n° d'agrément (``id_number``). Ordinary: roles, ethnicity, sample types,
collection dates, loci, alleles, paternity indices, probabilities, the case number and
the court's RG number (the laboratory's and the court's own dockets); the laboratory's
address and phone are business data.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from .fakedata_homes import HomeFaker
from .formkit import Cell, handwritten, sheet, table
from .formkit_fill import template_spans
from .formkit_marks import word_wrap
from .formkit_slips import label_cell
from .kit import Pen, S, _finish, biz
from .mortgage_words import EN_MEN, EN_WOMEN
from .paternity_words import EN_LABS, EN_SAMPLES, FR_COURTS, FR_LABS, FR_MEN, FR_WOMEN, profiles
from .render import Canvas


def loci_grid(
    p: Pen, x: float, y: float, w: float, heads: Sequence[str], rows: Sequence[Sequence[str]]
) -> float:
    """The STR result table: a locus per row, a person's alleles per column (ordinary
    numbers); returns the bottom y."""
    grid: list[list[Cell]] = [[label_cell(h) for h in heads]]
    grid += [[Cell.of(t, "other", align="c") for t in row] for row in rows]
    return table(p, x, y, [w / len(heads)] * len(heads), grid, 30 * p.s, p.font(14), line=1)


def en_report(rng: random.Random, fk: HomeFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1260), 1.9, cjk=False, base=1200, margin=0.06)
    s, w = p.s, right - m
    lab, addr, phone = rng.choice(EN_LABS)
    y = m + 30 * s
    c.text(m, y, lab, p.font(24, bold=True), "shop")
    c.line(
        right - 300 * s,
        y,
        [S("Case No. ", "label"), S(f"PT{fk.digits(6, True)}", "other")],
        p.font(16),
    )
    y += 26 * s
    c.line(
        m,
        y,
        [biz(addr, "shop_address"), S("  Tel ", "label"), biz(phone, "shop_phone")],
        p.font(14),
    )
    y += 50 * s
    c.text(m, y, "DNA Paternity Test Report", p.font(28, bold=True), "label")
    y += 20 * s
    trio = rng.random() < 0.6
    father = f"{rng.choice(EN_MEN)} {fk.en_name().split()[-1]}"
    mother = f"{rng.choice(EN_WOMEN)} {fk.en_name().split()[-1]}"
    child = fk.en_name().split()[0] + " " + rng.choice((father, mother)).split()[-1]
    people = [("Alleged Father", father, 1970, 1996), ("Child", child, 2012, 2025)]
    if trio:
        people.insert(0, ("Mother", mother, 1975, 1998))
    heads = ("", "Name", "Date of birth", "Sample ID", "Sample type", "Collected")
    rows: list[list[Cell]] = [[label_cell(h) for h in heads]]
    day = f"{rng.randint(1, 28):02d}/{rng.randint(1, 10):02d}/2026"
    for role, name, lo, hi in people:
        born, _ = fk.born(lo, hi, "dmy")
        rows.append(
            [
                Cell.of(role, "label"),
                Cell.of(name, "name"),
                Cell.of(born, "id_number"),
                Cell.of(f"{fk.upper(2)}{fk.digits(7, True)}", "id_number"),
                Cell.of(rng.choice(EN_SAMPLES), "other"),
                Cell.of(day, "date"),
            ]
        )
    y = table(
        p,
        m,
        y,
        [w * k for k in (0.16, 0.24, 0.15, 0.17, 0.15, 0.13)],
        rows,
        40 * s,
        p.font(15),
        cjk=False,
    )
    y += 40 * s
    included = rng.random() < 0.8
    loci = profiles(rng, included, rng.choice((16, 20)))
    heads2 = ("Locus",) + (("Mother",) if trio else ()) + ("Child", "Alleged Father", "PI")
    grid = [[lo] + ([mo] if trio else []) + [ch, fa, pi] for lo, mo, ch, fa, pi in loci]
    y = loci_grid(p, m, y, w, heads2, grid) + 40 * s
    f, lh = p.font(17), 28 * s
    cpi = f"{rng.randint(100000, 9999999):,}" if included else "0"
    prob = rng.choice(("99.99%", "99.998%", "99.9999%")) if included else "0%"
    c.line(
        m,
        y,
        [
            S("Combined Paternity Index: ", "label"),
            S(cpi, "other"),
            S("     Probability of Paternity: ", "label"),
            S(prob, "other"),
        ],
        f,
    )
    y += lh * 1.6
    if included:
        tpl = (
            "Conclusion: The alleged father, {father}, cannot be excluded as the biological "
            "father of the child, {child}. Based on the genetic testing results obtained, "
            "the probability of paternity is {prob}."
        )
    else:
        tpl = (
            "Conclusion: The alleged father, {father}, is excluded as the biological father "
            "of the child, {child}. He lacks the obligate paternal alleles at several loci."
        )
    parts = {"father": (father, "name"), "child": (child, "name"), "prob": (prob, "other")}
    y = word_wrap(p, m, y, template_spans(tpl, parts, "other"), f, w, lh)
    y += lh * 2
    director = fk.en_name()
    handwritten(p, m, y, [S(director.split()[-1], "name")], 34, cjk=False)
    y += lh
    c.line(m, y, [S(director, "name"), S(", PhD - Laboratory Director", "other")], f)
    c.text(
        right, y, f"Report date: {rng.randint(1, 28):02d}/11/2026", p.font(15), "date", anchor="rs"
    )
    return _finish(c, y, m, pad=20 * s)


def fr_rapport(rng: random.Random, fk: HomeFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1260), 1.9, cjk=False, base=1200, margin=0.07)
    s, w = p.s, right - m
    lab, addr, phone = rng.choice(FR_LABS)
    y = m + 30 * s
    c.text(m, y, lab, p.font(22, bold=True), "shop")
    y += 24 * s
    c.line(
        m,
        y,
        [biz(addr, "shop_address"), S(" - Tél. ", "label"), biz(phone, "shop_phone")],
        p.font(14),
    )
    y += 56 * s
    c.text(
        c.width / 2, y, "RAPPORT D'EXPERTISE GÉNÉTIQUE", p.font(26, bold=True), "label", anchor="ms"
    )
    y += 30 * s
    c.text(c.width / 2, y, "Recherche de paternité", p.font(18), "label", anchor="ms")
    y += 50 * s
    f, lh = p.font(16), 27 * s
    father = f"{rng.choice(FR_MEN)} {fk.eu_name('fr').split()[-1]}"
    mother = f"{rng.choice(FR_WOMEN)} {fk.eu_name('fr').split()[-1]}"
    child = fk.eu_name("fr")
    child = child.split()[0] + " " + rng.choice((mother, father)).split()[-1]
    court = rng.choice(FR_COURTS)
    rg = f"{rng.randint(21, 26)}/{fk.digits(5, True)}"
    tpl = (
        "Nous, soussigné(e), expert près la Cour d'appel, agissant en exécution de "
        "l'ordonnance du {court} (RG n° {rg}), avons procédé à l'examen des empreintes "
        "génétiques de M. {father}, père allégué, de l'enfant {child} et de sa mère, "
        "Mme {mother}."
    )
    parts = {
        "court": (court, "other"),
        "rg": (rg, "other"),
        "father": (father, "name"),
        "child": (child, "name"),
        "mother": (mother, "name"),
    }
    y = word_wrap(p, m, y, template_spans(tpl, parts, "other"), f, w, lh) + 14 * s
    heads = ("Qualité", "Nom et prénom", "Né(e) le", "N° de prélèvement")
    rows: list[list[Cell]] = [[label_cell(h) for h in heads]]
    for role, name, lo, hi in (
        ("Père allégué", father, 1968, 1995),
        ("Enfant", child, 2010, 2025),
        ("Mère", mother, 1972, 1998),
    ):
        born, _ = fk.born(lo, hi, "dmy")
        last, first = name.split()[-1].upper(), name.split()[0]
        rows.append(
            [
                Cell.of(role, "other"),
                Cell.of(f"{last} {first}", "name"),
                Cell.of(born, "id_number"),
                Cell.of(f"P{fk.digits(8, True)}", "id_number"),
            ]
        )
    y = table(p, m, y, [w * k for k in (0.2, 0.34, 0.2, 0.26)], rows, 38 * s, p.font(15), cjk=False)
    y += 36 * s
    included = rng.random() < 0.8
    loci = profiles(rng, included, 16)
    y = (
        loci_grid(
            p,
            m,
            y,
            w,
            ("Marqueur", "Mère", "Enfant", "Père allégué", "IP"),
            [[lo, mo, ch, fa, pi] for lo, mo, ch, fa, pi in loci],
        )
        + 36 * s
    )
    if included:
        tpl = (
            "CONCLUSION : la probabilité de paternité de M. {father} à l'égard de l'enfant "
            "{child} est supérieure à 99,9999 %. La paternité est pratiquement prouvée."
        )
    else:
        tpl = (
            "CONCLUSION : M. {father} est exclu de la paternité de l'enfant {child} "
            "(incompatibilités sur plusieurs marqueurs)."
        )
    y = word_wrap(p, m, y, template_spans(tpl, parts, "other"), p.font(16, bold=True), w, lh)
    y += lh * 2
    expert = fk.eu_name("fr")
    c.line(
        m,
        y,
        [S(f"Fait à {court.split(' de ')[-1]}, le {rng.randint(1, 28)} novembre 2026", "date")],
        f,
    )
    y += lh * 1.5
    c.line(
        m,
        y,
        [
            S("L'expert : ", "label"),
            S(expert, "name"),
            S("  - agrément n° ", "label"),
            S(f"{rng.randint(10, 99)}-{fk.digits(4, True)}", "id_number"),
        ],
        f,
    )
    handwritten(p, m + w * 0.62, y + 10 * s, [S(expert.split()[-1], "name")], 34, cjk=False)
    return _finish(c, y + 20 * s, m, pad=20 * s)
