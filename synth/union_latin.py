"""An English union membership application with a Direct Debit instruction and a German
Beitrittserklärung with a SEPA-Lastschriftmandat for :mod:`synth.layouts_union`.

Personal: the member and the account holder (``name``; the title Mr / Ms ticked is
ordinary), the home to the flat or Whg. (``address`` + ``door``), phones, e-mails,
the date of birth, NI number, payroll or staff number, Personalnummer, sort code and
account number, IBAN and the Mitgliedsnummer (``id_number``). Ordinary: employers,
workplaces, jobs, pay bands, dues, the BIC (a bank's code), dates signed, printed words.
The union's address, line, service user number and Gläubiger-ID are business data.
"""

from __future__ import annotations

import random

from .fakedata import AddressLine
from .fakedata_surveys import SurveyFaker
from .formkit import fit, handwritten, sheet
from .formkit_blanks import char_boxes, corner_rows, over_caption, tick_box
from .formkit_fill import ruled_entry
from .formkit_marks import word_wrap
from .kit import S, _finish, biz, joined_address, street_spans
from .render import Canvas, Span
from .union_words import (
    DE_BICS,
    DE_FIRMS,
    DE_JOBS,
    DE_UNIONS,
    EN_EMPLOYERS,
    EN_JOBS,
    EN_UNIONS,
    EN_WORKPLACES,
)


def en_application(rng: random.Random, fk: SurveyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1300), 1.55, cjk=False, base=1200, margin=0.06)
    s, w = p.s, right - m
    union, uaddr, uphone, sun = rng.choice(EN_UNIONS)
    hand = rng.random() < 0.8
    y = m + 40 * s
    c.text(m, y, union, p.font(26, bold=True), "shop")
    y += 26 * s
    c.line(
        m, y, [biz(uaddr, "shop_address"), S("  ", "other"), biz(uphone, "shop_phone")], p.font(14)
    )
    y += 54 * s
    c.text(m, y, "Join us - membership application", p.font(28, bold=True), "label")
    y += 50 * s
    name = fk.en_name()
    first, last = name.split()[0], name.split()[-1]
    x = c.line(m, y, [S("Title:", "label")], p.font(17)) + 12 * s
    pick = rng.randrange(4)
    for i, t in enumerate(("Mr", "Mrs", "Ms", "Mx")):
        x = tick_box(p, x, y, t, i == pick, p.font(17)) + 18 * s
    y += 58 * s
    cf = p.font(13)
    block = fk.uk_block()
    if not any(k == "door" for ln in block for _, k in ln.segments):
        block = (AddressLine(((f"Flat {rng.randint(1, 40)}", "door"),)), *block)
    born, _ = fk.born(1960, 2006, "dmy")
    lines: list[list[tuple[str, list[Span]]]] = [
        [("First name", [S(first, "name")]), ("Surname", [S(last, "name")])],
        [("Home address", joined_address(block[:-1]))],
        [
            ("Town / postcode", joined_address(block[-1:])),
            ("Date of birth", [S(born, "id_number")]),
        ],
        [("Mobile", [S(fk.uk_mobile(), "phone")]), ("E-mail", [S(fk.email(name), "email")])],
        [
            ("National Insurance number", [S(fk.ni_number(), "id_number")]),
            ("Payroll / staff number", [S(fk.payroll_no(), "id_number")]),
        ],
        [
            ("Employer", [S(rng.choice(EN_EMPLOYERS), "other")]),
            ("Workplace", [S(rng.choice(EN_WORKPLACES), "other")]),
        ],
        [
            ("Job title", [S(rng.choice(EN_JOBS), "other")]),
            ("Hours per week", [S(str(rng.choice((16, 24, 30, 37.5))), "other")]),
        ],
    ]
    for row in lines:
        cw = (w - 30 * s * (len(row) - 1)) / len(row)
        for k, (caption, value) in enumerate(row):
            over_caption(
                p, m + k * (cw + 30 * s), y, cw, caption, value, cf, 28, hand=hand, cjk=False
            )
        y += 70 * s
    y += 10 * s
    c.draw.rectangle([m, y, right, y + 44 * s], fill=(30, 30, 30))
    c.text(
        m + 12 * s,
        y + 31 * s,
        "Instruction to your bank or building society to pay by Direct Debit",
        fit(p, p.font(18, bold=True), "x" * 70, w - 24 * s),
        "label",
        fill=(255, 255, 255),
    )
    y += 44 * s
    holder: list[Span] = [S(name, "name")]
    rows = [
        [
            ("Name(s) of account holder(s)", holder),
            (
                "Bank or building society",
                [S(rng.choice(("Barclays", "Lloyds Bank", "Nationwide", "NatWest")), "other")],
            ),
        ],
        [
            ("Branch sort code", [S(fk.uk_sort_code(), "id_number")]),
            ("Account number", [S(fk.uk_account(), "id_number")]),
            ("Service user number", [biz(sun, "shop_account")]),
        ],
        [
            ("Reference (membership number)", [S(fk.union_member_no("en"), "id_number")]),
            ("Date", [S(f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/2026", "date")]),
        ],
    ]
    y = corner_rows(p, m, right, y, rows, 64 * s, hand) + 30 * s
    text = "Please pay the union Direct Debits from the account detailed in this instruction subject to the safeguards assured by the Direct Debit Guarantee."
    y = word_wrap(p, m, y, [S(text, "footer")], p.font(14), w, 22 * s) + 40 * s
    x = c.line(m, y, [S("Signature", "label")], p.font(18)) + 14 * s
    c.hline(x, m + w * 0.55, y + 8 * s, width=1)
    handwritten(
        p,
        x + 10 * s,
        y,
        [S(name if rng.random() < 0.5 else f"{first[0]}. {last}", "name")],
        32,
        cjk=False,
        width=w * 0.35,
    )
    return _finish(c, y, m // 2, pad=24 * s)


def de_beitritt(rng: random.Random, fk: SurveyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1300), 1.5, cjk=False, base=1200, margin=0.06)
    s, w = p.s, right - m
    union, uaddr, creditor = rng.choice(DE_UNIONS)
    hand = rng.random() < 0.85
    y = m + 40 * s
    c.text(m, y, union, fit(p, p.font(24, bold=True), union, w), "shop")
    y += 26 * s
    c.line(m, y, [biz(uaddr, "shop_address")], p.font(14))
    y += 60 * s
    c.text(m, y, "Beitrittserklärung", p.font(32, bold=True), "label")
    y += 54 * s
    name = fk.eu_name("de")
    street, town = fk.eu_address("de")
    born, _ = fk.born(1960, 2006, "de")
    f = p.font(17)
    half = (w - 30 * s) / 2
    pairs: list[tuple[tuple[str, list[Span]], tuple[str, list[Span]] | None]] = [
        (("Name:", [S(name.split()[-1], "name")]), ("Vorname:", [S(name.split()[0], "name")])),
        (("Straße, Hausnr.:", street_spans(street)), ("PLZ, Ort:", [S(town, "address")])),
        (("Geburtsdatum:", [S(born, "id_number")]), ("Telefon:", [S(fk.eu_phone("de"), "phone")])),
        (("E-Mail:", [S(fk.eu_email(name), "email")]), None),
        (
            ("Betrieb/Dienststelle:", [S(rng.choice(DE_FIRMS), "other")]),
            ("Personalnummer:", [S(fk.payroll_no(), "id_number")]),
        ),
        (
            ("Tätigkeit:", [S(rng.choice(DE_JOBS), "other")]),
            ("Bruttoeinkommen:", [S(f"{rng.randrange(1900, 5200, 50)} EUR", "other")]),
        ),
    ]
    for left, rgt in pairs:
        ruled_entry(p, m, m + (half if rgt else w), y, left, hand, f, hand_px=26)
        if rgt:
            ruled_entry(p, m + half + 30 * s, right, y, rgt, hand, f, hand_px=26)
        y += 52 * s
    c.line(m, y, [S("Monatsbeitrag: 1 % des Bruttoeinkommens", "other")], f)
    y += 56 * s
    c.draw.rectangle([m, y - 30 * s, right, y + 10 * s], fill=(225, 225, 225))
    c.text(m + 10 * s, y, "SEPA-Lastschriftmandat", p.font(19, bold=True), "label")
    c.line(
        right - 10 * s - p.width("Gläubiger-ID: " + creditor, p.font(14)),
        y,
        [S("Gläubiger-ID: ", "label"), biz(creditor, "shop_account")],
        p.font(14),
    )
    y += 40 * s
    text = "Ich ermächtige die Gewerkschaft, Zahlungen von meinem Konto mittels Lastschrift einzuziehen."
    y = word_wrap(p, m, y, [S(text, "footer")], p.font(15), w, 24 * s) + 20 * s
    ruled_entry(p, m, m + w * 0.6, y, ("Kontoinhaber/in:", [S(name, "name")]), hand, f, hand_px=26)
    ruled_entry(
        p, m + w * 0.63, right, y, ("BIC:", [S(rng.choice(DE_BICS), "other")]), hand, f, hand_px=26
    )
    y += 30 * s
    c.text(m, y + 30 * s, "IBAN", f, "label")
    iban = fk.de_iban().replace(" ", "")
    char_boxes(p, m + 70 * s, y, iban, "id_number", box=min(36 * s, (w - 80 * s) / 22), hand=hand)
    y += 90 * s
    x = (
        c.line(
            m,
            y,
            [S("Mitgliedsnummer (wird von der Gewerkschaft eingetragen):", "label")],
            p.font(15),
        )
        + 10 * s
    )
    if rng.random() < 0.6:
        handwritten(p, x, y, [S(fk.union_member_no("de"), "id_number")], 26, cjk=False)
    y += 80 * s
    for k, (label, value) in enumerate(
        (
            (
                "Ort, Datum",
                f"{town.split(' ', 1)[1]}, {rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026",
            ),
            ("Unterschrift", name),
        )
    ):
        x = m + k * w * 0.5
        kind = "name" if k else "other"
        handwritten(p, x + 10 * s, y - 6 * s, [S(value, kind)], 28, cjk=False, width=w * 0.4)
        c.hline(x, x + w * 0.44, y + 10 * s, width=1)
        c.text(x, y + 32 * s, label, p.font(14), "label")
    y += 32 * s
    return _finish(c, y, m // 2, pad=20 * s)
