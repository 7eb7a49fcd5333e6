"""An English fire door inspection sheet for a block of flats and a German
Feuerlöscher-Prüfprotokoll for :mod:`synth.layouts_firecheck`.

Personal: the responsible person and the assessor or Prüfer (``name``), a private
Betreiber (a landlord: ``name``, Herr / Frau ordinary), a resident named in a finding
(Mr / Mrs + surname: the surname alone), phones, the assessor's register number and the
Sachkunde-Nr. (``id_number``: each names one qualified person), the block's street
address and a private Betreiber's (``address``), and every flat door in the list
(``door``: with the block's address on the same sheet, "Flat 12" is one household's
front door). Ordinary: the block's name, checks and results, findings' other words,
extinguisher types, makers, years, dates. The managing agent's and the service firm's
address and line, and a business Betreiber's name and address, are business data.
"""

from __future__ import annotations

import random

from .fakedata_surveys import SurveyFaker
from .firecheck_words import (
    DE_FIRMS,
    DE_MAKERS,
    DE_SPOTS,
    DE_TYPES,
    EN_AGENTS,
    EN_BLOCKS,
    EN_CHECKS,
    EN_FINDINGS,
)
from .formkit import Cell, fit, handwritten, sheet, table
from .formkit_blanks import corner_rows
from .formkit_fill import template_spans
from .formkit_slips import hand_cell, label_cell
from .kit import EN_MONTHS, S, _finish, biz, joined_address, street_spans
from .render import Canvas, Span


def en_door_sheet(rng: random.Random, fk: SurveyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1300, 1400), 1.35, cjk=False, base=1300, margin=0.05)
    s, w = p.s, right - m
    agent, aaddr, aphone = rng.choice(EN_AGENTS)
    y = m + 34 * s
    c.text(m, y, agent, p.font(20, bold=True), "shop")
    foot = [biz(aaddr, "shop_address"), S("  Tel ", "footer"), biz(aphone, "shop_phone")]
    c.line(right - p.width("".join(sp.text for sp in foot), p.font(14)), y, foot, p.font(14))
    y += 60 * s
    c.text(m, y, "Fire Door Inspection Record", p.font(32, bold=True), "label")
    y += 30 * s
    block = rng.choice(EN_BLOCKS)
    street = [ln for ln in fk.uk_address() if all(k != "door" for _, k in ln.segments)]
    day = f"{rng.randint(1, 28)} {rng.choice(EN_MONTHS)} 2026"
    assessor = fk.en_name()
    hand = rng.random() < 0.6
    y = corner_rows(
        p,
        m,
        right,
        y,
        [
            [("Premises", [S(block, "other")]), ("Address", joined_address(street))],
            [
                ("Responsible person", [S(fk.en_name(), "name")]),
                ("Contact number", [S(fk.uk_phone(), "phone")]),
            ],
            [
                ("Inspected by", [S(assessor, "name")]),
                ("Accreditation no.", [S(fk.assessor_no(), "id_number")]),
                ("Date of inspection", [S(day, "date")]),
            ],
        ],
        64 * s,
        hand,
    )
    y += 30 * s
    heads = ["Door", *EN_CHECKS, "Result", "Comments"]
    unit = w / 20
    widths = [unit * 3] + [unit * 1.4] * len(EN_CHECKS) + [unit * 2, unit * 8]
    rows = [[label_cell(t) for t in heads]]
    flats = sorted(rng.sample(range(1, 48), rng.randint(7, 11)))
    for n in flats:
        finding = rng.choice(EN_FINDINGS)
        bad = not finding.startswith("Satisfactory")
        title = rng.choice(("Mr", "Mrs", "Ms"))
        spans = template_spans(
            finding, {"t": (title, "other"), "s": (fk.en_name().split()[-1], "name")}, "other"
        )
        checks = [hand_cell("N" if bad and rng.random() < 0.4 else "Y", "other") for _ in EN_CHECKS]
        rows.append(
            [
                Cell.of(f"Flat {n}", "door"),
                *checks,
                hand_cell("Fail" if bad else "Pass", "other"),
                Cell(tuple(spans), hand),
            ]
        )
    for spot in rng.sample(("Stair core G", "Bin store", "Riser cupboard L1", "Plant room"), 2):
        rows.append(
            [
                Cell.of(spot, "other"),
                *(hand_cell("Y", "other") for _ in EN_CHECKS),
                hand_cell("Pass", "other"),
                Cell.of("", "other"),
            ]
        )
    y = table(p, m, y, widths, rows, 40 * s, p.font(15), hand_px=24, cjk=False, line=1) + 50 * s
    f = p.font(18)
    x = c.line(m, y, [S("Signed", "label")], f) + 14 * s
    c.hline(x, m + w * 0.45, y + 8 * s, width=1)
    handwritten(p, x + 10 * s, y, [S(assessor, "name")], 30, cjk=False, width=w * 0.3)
    c.line(
        m + w * 0.55,
        y,
        [S("Next inspection due: ", "label"), S(f"{rng.choice(EN_MONTHS)} 2027", "date")],
        f,
    )
    y += 40 * s
    c.text(
        m,
        y,
        "Flat entrance doors are checked every 12 months under the Fire Safety (England) Regulations 2022.",
        fit(p, p.font(14), "x" * 100, w),
        "footer",
    )
    return _finish(c, y, m // 2, pad=20 * s)


def _de_betreiber(rng: random.Random, fk: SurveyFaker) -> list[Span]:
    street, town = fk.eu_address("de")
    if rng.random() < 0.5:
        firm, faddr, _ = rng.choice(
            (
                ("Bäckerei Sonnenschein", "Lindenstraße 3, 34567 Neustadt", ""),
                ("Hausverwaltung Roth & Partner", "Schillerplatz 7, 45678 Kleinfurt", ""),
            )
        )
        return [S(firm, "shop"), S(", ", "other"), biz(faddr, "shop_address")]
    name = fk.eu_name("de")
    lead = rng.choice(("", "Herr ", "Frau "))
    who = [S(lead, "other"), S(name.split()[-1] if lead else name, "name")]
    return [
        *[sp for sp in who if sp.text],
        S(", ", "other"),
        *street_spans(street),
        S(", ", "other"),
        S(town, "address"),
    ]


def de_protokoll(rng: random.Random, fk: SurveyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1300, 1400), 1.35, cjk=False, base=1300, margin=0.05)
    s, w = p.s, right - m
    firm, faddr, fphone = rng.choice(DE_FIRMS)
    y = m + 36 * s
    c.text(m, y, firm, p.font(24, bold=True), "shop")
    c.line(right - 420 * s, y, [biz(faddr, "shop_address")], fit(p, p.font(14), faddr, 420 * s))
    y += 22 * s
    c.line(right - 420 * s, y, [S("Tel. ", "footer"), biz(fphone, "shop_phone")], p.font(14))
    y += 60 * s
    c.text(m, y, "Prüfprotokoll Feuerlöscher", p.font(30, bold=True), "label")
    y += 30 * s
    c.text(m, y, "Instandhaltung nach DIN 14406-4 / ASR A2.2", p.font(16), "label")
    y += 40 * s
    f, lh = p.font(18), 34 * s
    prufer = fk.eu_name("de")
    day = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026"
    c.line(m, y, [S("Betreiber: ", "label"), *_de_betreiber(rng, fk)], fit(p, f, "x" * 70, w))
    y += lh
    c.line(
        m,
        y,
        [
            S("Prüfer: ", "label"),
            S(prufer, "name"),
            S("    Sachkundigen-Nr.: ", "label"),
            S(fk.sachkunde_no(), "id_number"),
        ],
        f,
    )
    y += lh
    c.line(m, y, [S("Prüfdatum: ", "label"), S(day, "date")], f)
    y += 20 * s
    heads = ["Nr.", "Standort", "Typ", "Hersteller", "Baujahr", "Ergebnis", "Nächste Prüfung"]
    widths = [w * k for k in (0.06, 0.22, 0.2, 0.14, 0.1, 0.12, 0.16)]
    rows = [[label_cell(t) for t in heads]]
    for k in range(1, rng.randint(5, 9)):
        ok = rng.random() < 0.85
        rows.append(
            [
                Cell.of(str(k), "other", align="c"),
                Cell.of(rng.choice(DE_SPOTS), "other"),
                Cell.of(rng.choice(DE_TYPES), "other"),
                Cell.of(rng.choice(DE_MAKERS), "other"),
                Cell.of(str(rng.randint(2008, 2024)), "other", align="c"),
                hand_cell("i.O." if ok else "n.i.O.", "other"),
                Cell.of(f"{rng.randint(1, 12):02d}/2028", "date", align="c"),
            ]
        )
    y = table(p, m, y, widths, rows, 40 * s, p.font(15), hand_px=24, cjk=False, line=1) + 40 * s
    c.line(
        m,
        y,
        [
            S("Bemerkungen: ", "label"),
            S(
                rng.choice(
                    (
                        "Keine Mängel.",
                        "Löscher Nr. 3 ausgetauscht, Prüfplakette erneuert.",
                        "Standortkennzeichnung im Keller fehlt.",
                    )
                ),
                "other",
            ),
        ],
        f,
    )
    y += 90 * s
    for k, (label, who) in enumerate(
        (("Unterschrift Prüfer", prufer), ("Unterschrift Betreiber", ""))
    ):
        x = m + k * w * 0.5
        if who or rng.random() < 0.7:
            name = who or fk.eu_name("de")
            handwritten(p, x + 10 * s, y - 6 * s, [S(name, "name")], 30, cjk=False, width=w * 0.35)
        c.hline(x, x + w * 0.4, y + 10 * s, width=1)
        c.text(x, y + 34 * s, label, p.font(15), "label")
    y += 34 * s
    return _finish(c, y, m // 2, pad=20 * s)
