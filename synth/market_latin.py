"""An English council's street trading licence and a French mairie's autorisation
d'occupation temporaire du domaine public for :mod:`synth.layouts_market`.

Personal: the licence holder or titulaire, the assistants, the licensing officer and
the maire (``name``; M. / Mme ordinary), the home and its flat, the date of birth, the
licence number, the arrêté's number and the trading van's registration
(``id_number``), the holder's phone, the photo (``face``). Ordinary: the Act, pitches
and emplacements, goods, days, hours, fees, dates, conditions and articles; the
council's or mairie's office and line and the trader's SIRET are business data.
"""

from __future__ import annotations

import random

from .fakedata_dues import DuesFaker
from .formkit import Cell, face_photo, sheet, table
from .formkit_marks import word_wrap
from .kit import EN_MONTHS, S, _finish, biz, hand_font, street_spans
from .market_words import (
    EN_CONDITIONS,
    EN_COUNCILS,
    EN_DAYS,
    EN_GOODS,
    EN_PITCHES,
    FR_CLAUSES,
    FR_GOODS,
    FR_MARKETS,
    FR_TOWNS,
)
from .render import Canvas, Span


def en_licence(rng: random.Random, fk: DuesFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1200), 1.4, cjk=False, base=1100, margin=0.07)
    s, w = p.s, right - m
    council, office, line = rng.choice(EN_COUNCILS)
    y = m + 36 * s
    c.text(c.width / 2, y, council, p.font(26, bold=True), "shop", anchor="ms")
    y += 28 * s
    c.text(c.width / 2, y, office, p.font(14), "shop_address", anchor="ms")
    y += 22 * s
    tel = [S("Tel ", "label"), biz(line, "shop_phone")]
    c.line(c.width / 2 - p.width("Tel " + line, p.font(14)) / 2, y, tel, p.font(14))
    y += 56 * s
    c.text(
        c.width / 2,
        y,
        rng.choice(("STREET TRADING LICENCE", "STREET TRADING CONSENT")),
        p.font(28, bold=True),
        "label",
        anchor="ms",
    )
    y += 28 * s
    c.text(
        c.width / 2,
        y,
        "Local Government (Miscellaneous Provisions) Act 1982, Schedule 4",
        p.font(14),
        "footer",
        anchor="ms",
    )
    y += 44 * s
    c.line(
        m,
        y,
        [S("Licence No. ", "label"), S(fk.uk_trading_licence(), "id_number")],
        p.font(20, bold=True),
    )
    y += 24 * s
    holder = fk.en_name()
    address: list[Span] = []
    for k, ln in enumerate(fk.uk_block()):
        address += ([S(", ", "other")] if k else []) + [S(t, kd) for t, kd in ln.segments]
    helpers = [fk.en_name() for _ in range(rng.randint(1, 2))]
    assist: list[Span] = []
    for k, who in enumerate(helpers):
        assist += ([S(", ", "other")] if k else []) + [S(who, "name")]
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    fields: list[tuple[str, list[Span]]] = [
        ("Licence holder", [S(holder, "name")]),
        ("Home address", address),
        ("Telephone", [S(fk.uk_phone(), "phone")]),
        ("Date of birth", [S(fk.born(1955, 2004, "dmy")[0], "id_number")]),
        ("Named assistant(s)", assist),
        ("Pitch / location", [S(rng.choice(EN_PITCHES), "other")]),
        ("Days and hours", [S(rng.choice(EN_DAYS), "other")]),
        ("Goods", [S(rng.choice(EN_GOODS), "other")]),
        (
            "Vehicle / stall",
            [
                S(
                    rng.choice(
                        ("Catering trailer, reg. ", "Ice cream van, reg. ", "Box van, reg. ")
                    ),
                    "other",
                ),
                S(fk.uk_plate(), "id_number"),
            ],
        ),
        (
            "Valid",
            [S(f"{day} {EN_MONTHS[month - 1]} 2026 to {day} {EN_MONTHS[month - 1]} 2027", "date")],
        ),
        ("Annual fee", [S(f"£{rng.choice((420, 650, 980, 1250))}.00", "price")]),
    ]
    photo = w * 0.2
    rows = [[Cell.of(label, "label"), Cell(tuple(value))] for label, value in fields]
    top = y
    y = table(
        p, m, y, [w * 0.26, w * 0.74 - photo - 12 * s], rows, 40 * s, p.font(16), cjk=False, line=1
    )
    face_photo(p, right - photo + 6 * s, top + 6 * s, photo - 12 * s, photo * 1.28)
    y += 34 * s
    for cond in EN_CONDITIONS:
        y = word_wrap(p, m, y, [S(cond, "footer")], p.font(14), w, 21 * s) + 4 * s
    y += 50 * s
    officer = fk.en_name()
    c.line(m, y, [S(officer, "name")], hand_font(p, 30, cjk=False), fill=(25, 35, 120))
    y += 30 * s
    c.line(m, y, [S(officer, "name"), S(", Licensing Manager", "other")], p.font(16))
    c.text(right, y, f"Issued {day:02d}/{month:02d}/2026", p.font(16), "date", anchor="rs")
    return _finish(c, y, m // 2, pad=20 * s)


def fr_autorisation(rng: random.Random, fk: DuesFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1200), 1.45, cjk=False, base=1100, margin=0.08)
    s, w = p.s, right - m
    town, office, line = rng.choice(FR_TOWNS)
    y = m + 30 * s
    c.text(m, y, "RÉPUBLIQUE FRANÇAISE", p.font(15, bold=True), "label")
    y += 28 * s
    c.text(m, y, f"Commune de {town}", p.font(22, bold=True), "shop")
    y += 24 * s
    c.text(m, y, office, p.font(13), "shop_address")
    y += 20 * s
    c.line(m, y, [S("Tél. ", "label"), biz(line, "shop_phone")], p.font(13))
    y += 56 * s
    number = f"{rng.randint(2025, 2026)}-DP-{fk.digits(3, True)}"
    c.text(c.width / 2, y, "ARRÊTÉ MUNICIPAL", p.font(24, bold=True), "label", anchor="ms")
    y += 32 * s
    c.line(
        c.width / 2 - p.width(f"N° {number}", p.font(18)) / 2,
        y,
        [S("N° ", "label"), S(number, "id_number")],
        p.font(18),
    )
    y += 30 * s
    c.text(
        c.width / 2,
        y,
        "portant autorisation d'occupation temporaire du domaine public",
        p.font(16),
        "label",
        anchor="ms",
    )
    y += 50 * s
    f = p.font(16)
    y = (
        word_wrap(
            p,
            m,
            y,
            [
                S(
                    f"Le Maire de la commune de {town}, vu le Code général des collectivités territoriales, vu le règlement des marchés,",
                    "footer",
                )
            ],
            f,
            w,
            25 * s,
        )
        + 10 * s
    )
    c.text(c.width / 2, y, "ARRÊTE", p.font(18, bold=True), "label", anchor="ms")
    y += 36 * s
    name = fk.eu_name("fr")
    street, place = fk.eu_address("fr")
    sex = rng.choice(("M. ", "Mme "))
    article = [
        S("Article 1 : ", "label"),
        S(sex, "footer"),
        S(name, "name"),
        S(", né le " if sex == "M. " else ", née le ", "footer"),
        S(fk.born(1955, 2003, "dmy")[0], "id_number"),
        S(", demeurant ", "footer"),
        *street_spans(street),
        S(", ", "footer"),
        S(place, "address"),
        S(", immatriculé(e) sous le SIRET ", "footer"),
        biz(fk.siret(), "tax_id"),
        S(", est autorisé(e) à occuper l'emplacement n° ", "footer"),
        S(str(rng.randint(1, 80)), "other"),
        S(
            f" {rng.choice(FR_MARKETS)} pour la vente de {rng.choice(FR_GOODS)}, sur une longueur de {rng.randint(3, 12)} mètres linéaires.",
            "footer",
        ),
    ]
    y = word_wrap(p, m, y, article, f, w, 25 * s) + 10 * s
    y = (
        word_wrap(
            p,
            m,
            y,
            [
                S("Article 2 : ", "label"),
                S(
                    f"La présente autorisation est valable du 1er {rng.choice(('janvier', 'avril', 'juin'))} au 31 décembre 2026.",
                    "footer",
                ),
            ],
            f,
            w,
            25 * s,
        )
        + 10 * s
    )
    for k, clause in enumerate(FR_CLAUSES):
        y = (
            word_wrap(
                p, m, y, [S(f"Article {k + 3} : ", "label"), S(clause, "footer")], f, w, 25 * s
            )
            + 6 * s
        )
    y += 12 * s
    y = (
        word_wrap(
            p,
            m,
            y,
            [S("Contact du titulaire : ", "label"), S(fk.eu_phone("fr"), "phone")],
            f,
            w,
            25 * s,
        )
        + 24 * s
    )
    x = right - w * 0.42
    c.text(
        x, y, f"Fait à {town}, le {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026", f, "date"
    )
    y += 34 * s
    c.text(x, y, "Le Maire,", f, "label")
    y += 50 * s
    mayor = fk.eu_name("fr")
    c.line(x, y, [S(mayor, "name")], hand_font(p, 30, cjk=False), fill=(25, 35, 120))
    y += 30 * s
    c.line(x, y, [S(mayor, "name")], f)
    return _finish(c, y, m // 2, pad=20 * s)
