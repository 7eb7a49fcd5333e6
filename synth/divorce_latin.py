"""An English separation and parenting agreement and a French convention de divorce par
consentement mutuel for :mod:`synth.layouts_divorce`.

Personal: both parents, the children, the solicitors or avocats and a witness
(``name``; after Maître, Mr or Mrs only the name), dates of birth, a sort code and
account number (``id_number``), homes with their flat (``door``), phones. Ordinary:
handover places, weekends and holidays, amounts, towns of birth, professions, the
barreau, clauses and dates; a firm's address and phone are business data.
"""

from __future__ import annotations

import random

from .divorce_words import (
    EN_FIRMS,
    EN_HANDOVERS,
    EN_HOLIDAYS,
    EN_KIDS,
    EN_MEN,
    EN_WEEKENDS,
    EN_WOMEN,
    FR_BARREAUX,
    FR_CABINETS,
    FR_JOBS,
    FR_KIDS,
    FR_MEN,
    FR_RESIDENCE,
    FR_TOWNS,
    FR_VISITS,
    FR_WOMEN,
)
from .fakedata_filings import FilingFaker
from .formkit import Cell, handwritten, sheet, table
from .formkit_fill import template_spans
from .formkit_marks import word_wrap
from .formkit_slips import label_cell
from .kit import EN_MONTHS, S, _finish, joined_address, street_spans
from .render import Canvas, Span


def _en_date(rng: random.Random, first: int, last: int) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(EN_MONTHS)} {rng.randint(first, last)}"


def en_parenting(rng: random.Random, fk: FilingFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1180), 1.9, cjk=False, base=1100, margin=0.08)
    s, w = p.s, right - m
    f, lh = p.font(16), 26 * s
    surname = fk.en_name().split()[-1]
    dad = f"{rng.choice(EN_MEN)} {surname}"
    mum_first, maiden = rng.choice(EN_WOMEN), fk.en_name().split()[-1]
    mum = f"{mum_first} {surname if rng.random() < 0.6 else maiden}"
    y = m + 30 * s
    c.text(
        c.width / 2,
        y,
        "SEPARATION AND PARENTING AGREEMENT",
        p.font(24, bold=True),
        "label",
        anchor="ms",
    )
    y += 56 * s
    y = word_wrap(
        p,
        m,
        y,
        [S(f"THIS AGREEMENT is made on {_en_date(rng, 2026, 2026)} BETWEEN:", "other")],
        f,
        w,
        lh,
    )
    y += 8 * s
    for k, (who, role) in enumerate(((dad, "the Father"), (mum, "the Mother"))):
        spans = [S(f"({k + 1}) ", "other"), S(who.upper(), "name")]
        if role == "the Mother" and rng.random() < 0.5:
            spans += [S(" (née ", "other"), S(maiden.upper(), "name"), S(")", "other")]
        spans += [
            S(" of ", "other"),
            *joined_address(fk.uk_block(), ", "),
            S(f' ("{role}")', "other"),
        ]
        y = word_wrap(p, m + 24 * s, y, spans, f, w - 24 * s, lh) + 6 * s
    y = word_wrap(
        p,
        m,
        y + 10 * s,
        [S('together "the Parents", in respect of their children:', "other")],
        f,
        w,
        lh,
    )
    rows = [[label_cell(t) for t in ("Full name of child", "Date of birth", "School year")]]
    kids = []
    for _ in range(rng.choice((1, 2, 2, 3))):
        kid = f"{rng.choice([k for k in EN_KIDS if k not in kids])} {surname}"
        kids.append(kid.split()[0])
        born = rng.randint(2011, 2021)
        dob = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{born}"
        rows.append(
            [
                Cell.of(kid, "name"),
                Cell.of(dob, "id_number", align="c"),
                Cell.of(f"Year {2021 - born}" if born < 2021 else "Reception", "other", align="c"),
            ]
        )
    y = table(p, m, y + 6 * s, [w * 0.5, w * 0.25, w * 0.25], rows, 40 * s, f, cjk=False) + 40 * s
    home = rng.choice(("Mother", "Father"))
    with_, other = (mum, dad) if home == "Mother" else (dad, mum)
    names = " and ".join(kids)
    acct = (fk.uk_sort_code(), fk.digits(8, True))
    clauses = [
        (
            "1. Living arrangements. ",
            f"{names} will live with the {home} and spend time with {{other}} {rng.choice(EN_WEEKENDS)}.",
        ),
        (
            "2. Handover. ",
            f"Handovers will take place {rng.choice(EN_HANDOVERS)}. {{other}} will collect and {{with}} will be told of any delay by text to {{mob}}.",
        ),
        ("3. Holidays. ", rng.choice(EN_HOLIDAYS)),
        (
            "4. Child maintenance. ",
            f"{{other}} will pay £{rng.randint(3, 12) * 50} per month by standing order on the 1st of each month to {{with}}'s account, sort code {{sort}}, account number {{acct}}.",
        ),
        (
            "5. Communication. ",
            f"The children may telephone {{other}} on {{mob2}} each evening before 7.30 pm. Neither parent will speak negatively of the other in front of {names}.",
        ),
    ]
    parts = {
        "other": (other.split()[0], "name"),
        "with": (with_.split()[0], "name"),
        "mob": (fk.uk_phone(), "phone"),
        "mob2": (fk.uk_phone(), "phone"),
        "sort": (acct[0], "id_number"),
        "acct": (acct[1], "id_number"),
    }
    for head, body in clauses:
        spans = [S(head, "label"), *template_spans(body, {**parts}, "other")]
        y = word_wrap(p, m, y, _names_in(spans, kids), f, w, lh) + 10 * s
    y += 30 * s
    for who in (dad, mum):
        x = c.line(m, y, [S("Signed: ", "label")], f) + 8 * s
        handwritten(p, x, y, [S(who.split()[-1], "name")], 30, cjk=False)
        c.line(m + w * 0.5, y, [S("Print name: ", "label"), S(who, "name")], f)
        y += 50 * s
    x = c.line(m, y, [S("Witness: ", "label")], f) + 8 * s
    handwritten(p, x, y, [S(fk.en_name(), "name")], 28, cjk=False)
    y += 56 * s
    firm, addr, phone = rng.choice(EN_FIRMS)
    c.hline(m, right, y - 24 * s, width=1)
    c.line(
        m,
        y,
        [
            S("Prepared by ", "footer"),
            S(firm, "shop"),
            S(", ", "footer"),
            Span(addr, "shop_address", None),
        ],
        p.font(14),
    )
    y += 24 * s
    c.line(
        m,
        y,
        [
            S("Tel ", "footer"),
            Span(phone, "shop_phone", None),
            S(f"   Our ref: FAM/{fk.digits(5)}", "footer"),
        ],
        p.font(14),
    )
    return _finish(c, y, m // 2, pad=20 * s)


def _names_in(spans: list[Span], names: list[str]) -> list[Span]:
    """The children's first names inside a clause's ordinary words become names."""
    out: list[Span] = []
    for sp in spans:
        if sp.category != "other":
            out.append(sp)
            continue
        rest = sp.text
        while rest:
            hits = [(rest.find(n), n) for n in names if rest.find(n) >= 0]
            if not hits:
                out.append(S(rest, "other"))
                break
            at, n = min(hits)
            if at:
                out.append(S(rest[:at], "other"))
            out.append(S(n, "name"))
            rest = rest[at + len(n) :]
    return out


def fr_convention(rng: random.Random, fk: FilingFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1180), 2.0, cjk=False, base=1100, margin=0.08)
    s, w = p.s, right - m
    f, lh = p.font(16), 25 * s
    nom = fk.eu_name("fr").split()[-1]
    lui = f"{rng.choice(FR_MEN)} {nom.upper()}"
    elle_nom = fk.eu_name("fr").split()[-1]
    elle_prenom = rng.choice(FR_WOMEN)
    y = m + 30 * s
    c.text(
        c.width / 2,
        y,
        "CONVENTION DE DIVORCE PAR CONSENTEMENT MUTUEL",
        p.font(21, bold=True),
        "label",
        anchor="ms",
    )
    y += 28 * s
    c.text(
        c.width / 2,
        y,
        "(articles 229-1 et suivants du Code civil)",
        p.font(15),
        "other",
        anchor="ms",
    )
    y += 44 * s
    c.text(m, y, "ENTRE LES SOUSSIGNÉS :", p.font(17, bold=True), "label")
    y += 34 * s
    cabinets = rng.sample(FR_CABINETS, 2)
    people = (
        ("Monsieur ", [S(lui, "name")], "né"),
        (
            "Madame ",
            [
                S(f"{elle_prenom} {elle_nom.upper()}", "name"),
                S(" épouse ", "other"),
                S(nom.upper(), "name"),
            ],
            "née",
        ),
    )
    for (title, who, born), (cab, cab_addr) in zip(people, cabinets, strict=True):
        street, town = fk.eu_address("fr")
        dob = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1970, 1994)}"
        spans = [
            S(title, "other"),
            *who,
            S(f", {born} le ", "other"),
            S(dob, "id_number"),
            S(
                f" à {rng.choice(FR_TOWNS)}, de nationalité française, {rng.choice(FR_JOBS)}, demeurant ",
                "other",
            ),
            *street_spans(street),
            S(", ", "other"),
            S(town, "address"),
            S(", téléphone ", "other"),
            S(fk.eu_phone("fr"), "phone"),
            S(" ;", "other"),
        ]
        y = word_wrap(p, m, y, spans, f, w, lh) + 4 * s
        avocat = fk.eu_name("fr")
        spans = [
            S("Assisté(e) de Maître ", "other"),
            S(avocat, "name"),
            S(f", avocat au Barreau de {rng.choice(FR_BARREAUX)}, ", "other"),
            S(cab, "shop"),
            S(", ", "other"),
            Span(cab_addr, "shop_address", None),
        ]
        y = word_wrap(p, m + 30 * s, y, spans, p.font(15), w - 30 * s, 23 * s) + 12 * s
        if title == "Monsieur ":
            c.text(m, y, "ET", p.font(17, bold=True), "label")
            y += 30 * s
    wed = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2005, 2016)}"
    y = (
        word_wrap(
            p,
            m,
            y + 6 * s,
            [
                S(
                    f"Les époux se sont mariés le {wed} devant l'officier de l'état civil de {rng.choice(FR_TOWNS)}, sans contrat de mariage préalable.",
                    "other",
                )
            ],
            f,
            w,
            lh,
        )
        + 10 * s
    )
    c.text(m, y, "ARTICLE 1 – LES ENFANTS", p.font(17, bold=True), "label")
    y += 30 * s
    y = word_wrap(p, m, y, [S("De cette union sont issus :", "other")], f, w, lh)
    for _ in range(rng.choice((1, 2, 2))):
        kid = f"{rng.choice(FR_KIDS)} {nom.upper()}"
        dob = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2009, 2022)}"
        spans = [
            S("– ", "other"),
            S(kid, "name"),
            S(", né(e) le ", "other"),
            S(dob, "id_number"),
            S(f" à {rng.choice(FR_TOWNS)}", "other"),
        ]
        y = word_wrap(p, m + 30 * s, y, spans, f, w - 30 * s, lh)
    y += 10 * s
    for text in (rng.choice(FR_RESIDENCE), rng.choice(FR_VISITS)):
        y = word_wrap(p, m, y, [S(text, "other")], f, w, lh) + 8 * s
    amount = rng.choice((150, 200, 250, 300, 400))
    pay = [
        S("Monsieur ", "other"),
        S(lui, "name"),
        S(" versera à Madame ", "other"),
        S(elle_nom.upper(), "name"),
        S(
            f" une contribution à l'entretien et à l'éducation des enfants de {amount} euros par mois et par enfant, indexée, payable avant le 5 de chaque mois.",
            "other",
        ),
    ]
    y = word_wrap(p, m, y, pay, f, w, lh) + 14 * s
    c.text(m, y, "ARTICLE 2 – LIQUIDATION DU RÉGIME MATRIMONIAL", p.font(17, bold=True), "label")
    y += 30 * s
    y = (
        word_wrap(
            p,
            m,
            y,
            [
                S(
                    "Les époux déclarent ne posséder aucun bien immobilier et avoir procédé au partage amiable de leurs biens mobiliers.",
                    "other",
                )
            ],
            f,
            w,
            lh,
        )
        + 24 * s
    )
    y = (
        word_wrap(
            p,
            m,
            y,
            [
                S(
                    f"Fait à {rng.choice(FR_TOWNS)}, le {rng.randint(1, 28):02d}/{rng.randint(1, 11):02d}/2026, en quatre exemplaires originaux.",
                    "other",
                )
            ],
            f,
            w,
            lh,
        )
        + 30 * s
    )
    for k, who in enumerate((lui, f"{elle_prenom} {elle_nom.upper()}")):
        x0 = m + k * w / 2
        c.text(x0, y, ("L'époux" if k == 0 else "L'épouse"), p.font(15), "label")
        handwritten(p, x0, y + 46 * s, [S(who.split()[-1].title(), "name")], 30, cjk=False)
    return _finish(c, y + 46 * s, m // 2, pad=20 * s)
