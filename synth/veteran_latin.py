"""An English (British Army) certificate of service and a French état signalétique et
des services for :mod:`synth.layouts_veteran`.

Personal: the serviceman or -woman, the next of kin, parents and the officer who signs
(``name``; after a rank such as Maj or a title such as Le lieutenant-colonel only the
name), the service number, matricule, carte du combattant number and dates of birth
(``id_number``), homes with their flat (``door``), a phone. Ordinary: ranks, regiments,
corps, dates of enlistment and discharge, reasons, conduct, medals, campaigns, places
of birth, relations and the forms' words.
"""

from __future__ import annotations

import random

from .divorce_words import EN_MEN, EN_WOMEN, FR_MEN, FR_WOMEN
from .fakedata_filings import FilingFaker
from .formkit import Cell, box_stamp, handwritten, sheet, table
from .formkit_blanks import corner_rows
from .formkit_marks import word_wrap
from .formkit_slips import label_cell
from .kit import EN_MONTHS, S, _finish, joined_address, street_spans
from .render import Canvas
from .veteran_words import (
    EN_CONDUCT,
    EN_MEDALS,
    EN_PLACES,
    EN_RANKS,
    EN_REASONS,
    EN_RELATIONS,
    EN_UNITS,
    FR_CAMPAIGNS,
    FR_GRADES,
    FR_TOWNS,
    FR_UNITS,
)


def _en_day(rng: random.Random, year: int) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(EN_MONTHS)[:3]} {year}"


def en_service(rng: random.Random, fk: FilingFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1180), 1.35, cjk=False, base=1100, margin=0.06)
    s = p.s
    hand = rng.random() < 0.4
    y = m + 30 * s
    c.text(c.width / 2, y, "ARMY FORM B108", p.font(14), "other", anchor="ms")
    y += 40 * s
    c.text(c.width / 2, y, "CERTIFICATE OF SERVICE", p.font(28, bold=True), "label", anchor="ms")
    y += 30 * s
    first, last = fk.en_name().split()
    rank = rng.choice(EN_RANKS)
    born = rng.randint(1960, 2000)
    enlisted = born + rng.randint(17, 24)
    out = enlisted + rng.choice((4, 6, 9, 12, 22))
    kin_rel = rng.choice(EN_RELATIONS)
    sex = {"Father": EN_MEN, "Husband": EN_MEN, "Partner": EN_MEN + EN_WOMEN}.get(kin_rel, EN_WOMEN)
    kin = f"{rng.choice(sex)} {last if kin_rel != 'Partner' else fk.en_name().split()[-1]}"
    home = fk.uk_block()
    rows = (
        (
            ("Service No.", [S(fk.uk_service_no(), "id_number")]),
            ("Rank", [S(rank, "other")]),
            ("Surname", [S(last.upper(), "name")]),
        ),
        (
            ("Forenames", [S(first, "name")]),
            ("Date of birth", [S(_en_day(rng, born), "id_number")]),
            ("Place of birth", [S(rng.choice(EN_PLACES), "other")]),
        ),
        (
            ("Regiment / Corps", [S(rng.choice(EN_UNITS), "other")]),
            ("Date of enlistment", [S(_en_day(rng, enlisted), "other")]),
        ),
        (
            ("Date of discharge", [S(_en_day(rng, out), "other")]),
            ("Cause of discharge", [S(rng.choice(EN_REASONS), "other")]),
        ),
        (
            ("Military conduct", [S(rng.choice(EN_CONDUCT), "other")]),
            ("Medals and awards", [S(rng.choice(EN_MEDALS), "other")]),
        ),
        (("Address on discharge", joined_address(home, ", ")),),
        (
            ("Next of kin", [S(kin, "name")]),
            ("Relationship", [S(kin_rel, "other")]),
            ("NOK telephone", [S(fk.uk_phone(), "phone")]),
        ),
    )
    y = corner_rows(p, m, right, y + 20 * s, rows, 66 * s, hand, drop=16) + 40 * s
    c.text(m, y, "Testimonial", p.font(17, bold=True), "label")
    y += 30 * s
    words = [
        S(f"{rank} ", "other"),
        S(last.title(), "name"),
        S(
            " has served with distinction. A reliable and hard-working soldier who can be trusted "
            "with responsibility; recommended for civilian employment.",
            "other",
        ),
    ]
    y = word_wrap(p, m, y, words, p.font(16), right - m, 26 * s) + 30 * s
    officer = fk.en_name().split()[-1]
    x = c.line(m, y, [S("Signed ", "label")], p.font(16)) + 10 * s
    handwritten(p, x, y, [S(officer, "name")], 30, cjk=False)
    y += 34 * s
    rank = rng.choice(("Maj", "Capt", "Lt Col"))
    c.line(
        m,
        y,
        [
            S(f"{rank} ", "other"),
            S(officer.upper(), "name"),
            S("  for Officer i/c Records", "other"),
        ],
        p.font(15),
    )
    box_stamp(p, right - 150 * s, y - 30 * s, ["ARMY PERSONNEL CENTRE", "GLASGOW"], 13)
    return _finish(c, y, m // 2, pad=30 * s)


def fr_etat(rng: random.Random, fk: FilingFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1180), 1.4, cjk=False, base=1100, margin=0.07)
    s, w = p.s, right - m
    f = p.font(16)
    y = m + 30 * s
    c.text(m, y, "MINISTÈRE DES ARMÉES", p.font(16, bold=True), "other")
    y += 44 * s
    title = "ÉTAT SIGNALÉTIQUE ET DES SERVICES"
    c.text(c.width / 2, y, title, p.font(24, bold=True), "label", anchor="ms")
    y += 44 * s
    first = rng.choice(FR_MEN)
    nom = fk.eu_name("fr").split()[-1].upper()
    born = rng.randint(1962, 2000)
    street, town = fk.eu_address("fr")
    father = f"{rng.choice(FR_MEN)} {nom.title()}"
    mother = f"{rng.choice(FR_WOMEN)} {fk.eu_name('fr').split()[-1]}"
    lines = [
        [S("Matricule : ", "label"), S(fk.fr_matricule(), "id_number")],
        [S("Nom : ", "label"), S(nom, "name"), S("     Prénoms : ", "label"), S(first, "name")],
        [
            S("Né le : ", "label"),
            S(f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{born}", "id_number"),
            S(f" à {rng.choice(FR_TOWNS)}", "other"),
        ],
        [
            S("Fils de : ", "label"),
            S(father, "name"),
            S(" et de ", "other"),
            S(mother, "name"),
        ],
        [S("Domicile : ", "label"), *street_spans(street), S(", ", "other"), S(town, "address")],
    ]
    for spans in lines:
        y = word_wrap(p, m, y, spans, f, w, 28 * s) + 6 * s
    y += 20 * s
    rows = [[label_cell(t) for t in ("Date", "Services et mouvements")]]
    year = born + rng.randint(18, 23)
    unit = rng.choice(FR_UNITS)
    events = [
        (year, f"Engagé volontaire pour 5 ans, incorporé au {unit}"),
        (year + 1, f"Nommé {rng.choice(FR_GRADES[:2])}"),
        (year + rng.randint(2, 4), rng.choice(FR_CAMPAIGNS)),
        (year + rng.randint(4, 6), f"Nommé {rng.choice(FR_GRADES[2:])}"),
        (year + rng.randint(7, 12), "Rayé des contrôles de l'activité, renvoyé dans ses foyers"),
    ]
    for yr, text in events:
        rows.append(
            [
                Cell.of(
                    f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{yr}", "other", align="c"
                ),
                Cell.of(text, "other"),
            ]
        )
    y = table(p, m, y, [w * 0.18, w * 0.82], rows, 40 * s, p.font(15), cjk=False, line=1) + 36 * s
    card = [
        S("Titulaire de la carte du combattant n° ", "other"),
        S(f"{fk.digits(2)}/{fk.digits(6, True)}", "id_number"),
        S(
            f" délivrée le {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year + rng.randint(5, 12)}.",
            "other",
        ),
    ]
    if rng.random() < 0.7:
        y = word_wrap(p, m, y, card, f, w, 28 * s) + 20 * s
    y = (
        word_wrap(
            p, m, y, [S("Certifié conforme aux registres matricules.", "other")], f, w, 28 * s
        )
        + 30 * s
    )
    officer = fk.eu_name("fr")
    c.text(m + w * 0.5, y, "Le chef du bureau des archives,", p.font(15), "other")
    y += 40 * s
    handwritten(p, m + w * 0.5, y, [S(officer.split()[-1], "name")], 30, cjk=False)
    y += 30 * s
    c.line(m + w * 0.5, y, [S("Le commandant ", "other"), S(officer, "name")], p.font(15))
    box_stamp(p, m + 150 * s, y - 40 * s, ["SERVICE HISTORIQUE", "DE LA DÉFENSE"], 13)
    return _finish(c, y, m // 2, pad=30 * s)
