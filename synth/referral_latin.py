"""An English GP's referral letter and a German Überweisungsschein (Muster 6) for
:mod:`synth.layouts_referral`.

Personal: the patient, the relative given as a contact, the specialist written to and
the referring doctor (``name``; after Mrs or Dr only the name), the date of birth, NHS
number, Versichertennummer and Arzt-Nr. (``id_number``), the patient's home with the
flat or Whg. (``door``), phones. Ordinary: titles, ages, history, medication,
diagnoses and ICD codes, hospitals and departments, the insurer, Status, the Auftrag;
the practice's address and phone, the insurer's Kostenträgerkennung and the
Betriebsstätten-Nr. (the practice's site) are business data.
"""

from __future__ import annotations

import random

from .fakedata_homes import HomeFaker
from .formkit import handwritten, sheet
from .formkit_blanks import corner_rows, tick_box
from .formkit_fill import template_spans
from .formkit_marks import word_wrap
from .kit import EN_MONTHS, S, _finish, biz, joined_address, street_spans
from .mortgage_words import EN_MEN, EN_WOMEN
from .referral_words import (
    DE_AUFTRAG,
    DE_DIAG,
    DE_FACH,
    DE_KASSEN,
    DE_PRAXEN,
    EN_HISTORY,
    EN_HOSPITALS,
    EN_MEDS,
    EN_PRACTICES,
    EN_RELS,
)
from .render import Canvas


def en_letter(rng: random.Random, fk: HomeFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1200), 1.45, cjk=False, base=1100, margin=0.09)
    s, w = p.s, right - m
    practice, paddr, pline = rng.choice(EN_PRACTICES)
    hospital, dept, post = rng.choice(EN_HOSPITALS)
    y = m + 20 * s
    c.text(right, y, practice, p.font(22, bold=True), "shop", anchor="rs")
    y += 26 * s
    c.text(right, y, paddr, p.font(14), "shop_address", None, anchor="rs")
    y += 22 * s
    c.line(
        right - p.width("Tel: " + pline, p.font(14)),
        y,
        [S("Tel: ", "label"), biz(pline, "shop_phone")],
        p.font(14),
    )
    y += 50 * s
    f, lh = p.font(17), 28 * s
    consultant = fk.en_name()
    for t, kind in ((f"Dr {consultant}", ""), (post, "other"), (dept, "other"), (hospital, "shop")):
        if kind:
            c.text(m, y, t, f, kind)
        else:
            c.line(m, y, [S("Dr ", "other"), S(consultant, "name")], f)
        y += lh
    day = f"{rng.randint(1, 28)} {rng.choice(EN_MONTHS)} 2026"
    c.text(right, y, day, f, "date", anchor="rs")
    y += lh * 1.6
    c.line(m, y, [S("Dear Dr ", "other"), S(consultant.split()[-1], "name"), S(",", "other")], f)
    y += lh * 1.5
    first, last = rng.choice(EN_WOMEN), fk.en_name().split()[-1]
    title = rng.choice(("Mrs", "Ms", "Miss"))
    born, age = fk.born(1938, 1975, "dmy")
    bold = p.font(17, bold=True)
    c.line(
        m,
        y,
        [
            S("Re: ", "label"),
            S(f"{title} ", "other"),
            S(f"{first} {last}", "name"),
            S("   DOB: ", "label"),
            S(born, "id_number"),
            S("   NHS No: ", "label"),
            S(fk.nhs_checked(), "id_number"),
        ],
        bold,
    )
    y += lh
    c.line(m + p.width("Re: ", bold), y, joined_address(fk.uk_block(), ", "), f)
    y += lh * 1.6
    hist = EN_HISTORY[rng.randrange(len(EN_HISTORY))].format(
        age=age, who=rng.choice(("lady", "woman"))
    )
    y = word_wrap(p, m, y, [S(hist, "other")], f, w, lh)
    y += lh * 0.5
    meds = ", ".join(rng.sample(EN_MEDS, 3))
    y = word_wrap(p, m, y, [S("Current medication: ", "label"), S(meds + ".", "other")], f, w, lh)
    y += lh * 0.5
    rel = rng.choice(EN_RELS)
    kin = f"{rng.choice(EN_MEN if rel in ('son', 'husband') else EN_WOMEN)} "
    kin += last if rel != "niece" else fk.en_name().split()[-1]
    parts = {
        "rel": (rel, "other"),
        "kin": (kin, "name"),
        "phone": (fk.uk_phone(), "phone"),
        "last": (last, "name"),
    }
    tpl = rng.choice(
        (
            "She lives alone but her {rel} {kin} visits daily and would like to attend "
            "appointments with her; please contact {kin} on {phone}.",
            "Mrs {last} is happy to be contacted directly; her {rel}, {kin}, is her next of kin "
            "(tel. {phone}).",
        )
    )
    y = word_wrap(p, m, y, template_spans(tpl, parts, "other"), f, w, lh)
    y += lh * 0.5
    y = word_wrap(
        p,
        m,
        y,
        [S("I would be grateful for your assessment and advice on further management.", "other")],
        f,
        w,
        lh,
    )
    y += lh
    c.text(m, y, "Yours sincerely,", f, "other")
    y += lh * 2
    gp = fk.en_name()
    handwritten(p, m, y, [S(gp.split()[-1], "name")], 34, cjk=False)
    y += lh * 1.2
    c.line(
        m,
        y,
        [S("Dr ", "other"), S(gp, "name"), S("   GMC ", "label"), S(fk.gmc_number(), "id_number")],
        f,
    )
    y += lh * 1.6
    c.line(
        m,
        y,
        [
            S("cc: ", "label"),
            S(f"{title} ", "other"),
            S(f"{first} {last}", "name"),
            S(" (patient)", "other"),
        ],
        p.font(15),
    )
    return _finish(c, y, m, pad=20 * s)


def de_ueberweisung(rng: random.Random, fk: HomeFaker) -> Canvas:
    """A Muster 6 Überweisungsschein: the pink form's boxes with corner labels."""
    c, p, m, right = sheet(rng, (1100, 1200), 0.95, cjk=False, base=1100, margin=0.05)
    s, w = p.s, right - m
    c.img.paste((252, 232, 236), (0, 0, c.width, c.height))  # the form's pink
    praxis, paddr, ptel = rng.choice(DE_PRAXEN)
    hand = rng.random() < 0.3
    y = m + 24 * s
    c.text(m, y, "Überweisungsschein", p.font(24, bold=True), "label")
    c.text(right, y, "Muster 6", p.font(14), "label", anchor="rs")
    y += 16 * s
    half = m + w * 0.58
    name = fk.eu_name("de")
    street, town = fk.eu_address("de")
    born, _ = fk.born(1940, 2005, "de")
    y0 = y
    y = corner_rows(
        p,
        m,
        half,
        y,
        [[("Krankenkasse bzw. Kostenträger", [S(rng.choice(DE_KASSEN), "other")])]],
        56 * s,
        False,
    )
    y = corner_rows(
        p,
        m,
        half,
        y,
        [
            [
                (
                    "Name, Vorname des Versicherten",
                    [S(name.split()[-1] + ", " + name.split()[0], "name")],
                ),
            ]
        ],
        56 * s,
        False,
    )
    c.box(m, y, half, y + 76 * s, width=1)
    c.line(m + 12 * s, y + 30 * s, street_spans(street), p.font(19))
    c.line(m + 12 * s, y + 60 * s, [S(town, "address")], p.font(19))
    y = corner_rows(
        p,
        m,
        half,
        y + 76 * s,
        [
            [
                ("geb. am", [S(born, "id_number")]),
                ("Status", [S(rng.choice(("1000000", "3000000", "5000000")), "other")]),
            ],
            [
                ("Kostenträgerkennung", [biz("10" + fk.digits(7), "tax_id")]),
                ("Versicherten-Nr.", [S(fk.kvnr(), "id_number")]),
            ],
            [
                ("Betriebsstätten-Nr.", [biz(fk.digits(9, True), "tax_id")]),
                ("Arzt-Nr.", [S(fk.lanr(), "id_number")]),
                ("Datum", [S(f"{rng.randint(1, 28):02d}.{rng.randint(1, 11):02d}.26", "date")]),
            ],
        ],
        56 * s,
        False,
    )
    # the practice stamp beside the patient's boxes
    doc = fk.eu_name("de")
    sx, sy = half + 30 * s, y0 + 40 * s
    c.box(sx - 12 * s, sy - 30 * s, right, sy + 110 * s, width=1)
    for k, spans in enumerate(
        (
            [S(praxis, "shop")],
            [S("Dr. med. ", "other"), S(doc, "name")],
            [S("Facharzt für Allgemeinmedizin", "other")],
            [biz(paddr, "shop_address")],
            [S("Tel. ", "label"), biz(ptel, "shop_phone")],
        )
    ):
        c.line(sx, sy + k * 26 * s, spans, p.font(15), fill=(40, 60, 140))
    y += 30 * s
    fach = rng.choice(DE_FACH)
    c.line(m, y, [S("Überweisung an: ", "label"), S(fach, "other")], p.font(18, bold=True))
    y += 40 * s
    x = m
    auftrag = rng.choice(DE_AUFTRAG)
    for opt in DE_AUFTRAG:
        x = tick_box(p, x, y, opt, opt == auftrag, p.font(16)) + 30 * s
    diag, icd = rng.choice(DE_DIAG)
    y += 20 * s
    y = corner_rows(
        p,
        m,
        right,
        y,
        [
            [("Diagnose/Verdachtsdiagnose", [S(f"{diag}  {icd}", "other")])],
            [("Befund/Medikation", [S("s. Anlage; Ramipril 5 mg 1-0-0", "other")])],
            [("Auftrag", [S("Abklärung, Therapieempfehlung erbeten", "other")])],
        ],
        66 * s,
        hand,
    )
    y += 60 * s
    c.text(m, y, "Unterschrift des Arztes", p.font(14), "label")
    handwritten(p, m + 220 * s, y, [S(doc.split()[-1], "name")], 32, cjk=False)
    return _finish(c, y, m, pad=20 * s)
