"""An English debt collection letter and a German Inkasso-Mahnung for
:mod:`synth.layouts_debt`: the agency's letterhead, the debtor's block in the envelope
window, the references on the right, the salutation, the prose, the balance or the
Forderungsaufstellung, a payment plan or the agency's account, and the agent.

Personal: the debtor (``name``; Mr / Frau ordinary, after them only the surname), the
home and its flat, "Our reference", "Your account number", the Aktenzeichen and
Kundennummer (``id_number``), the agent by first name or in full. Ordinary: creditors,
products, balances, fees, instalments, dates and prose; the agency's office, line and
account (sort code and account, IBAN) are business data.
"""

from __future__ import annotations

import random

from .debt_words import (
    DE_AGENCIES,
    DE_BODY,
    DE_CREDITORS,
    DE_DEMAND,
    DE_FEES,
    EN_AGENCIES,
    EN_AGENTS,
    EN_BODY,
    EN_CLOSE,
    EN_CREDITORS,
    EN_TITLES,
)
from .fakedata_dues import DuesFaker
from .formkit import Cell, sheet, table
from .formkit_fill import template_spans
from .formkit_marks import word_wrap
from .formkit_slips import label_cell
from .kit import EN_MONTHS, S, _finish, biz, hand_font, street_spans
from .render import Canvas


def en_letter(rng: random.Random, fk: DuesFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1200), 1.45, cjk=False, base=1100, margin=0.075)
    s, w = p.s, right - m
    agency, line, office = rng.choice(EN_AGENCIES)
    creditor, product = rng.choice(EN_CREDITORS)
    y = m + 30 * s
    c.text(right, y, agency, p.font(26, bold=True), "shop", anchor="rs")
    for k, part in enumerate(office):
        c.text(right, y + (26 + 20 * k) * s, part, p.font(14), "shop_address", anchor="rs")
    c.line(
        right - p.width("Tel: " + line, p.font(14)),
        y + 70 * s,
        [S("Tel: ", "label"), biz(line, "shop_phone")],
        p.font(14),
    )
    y += 130 * s
    title, first = rng.choice(("Mr", "Mrs", "Ms", "Miss", "")), fk.en_name()
    surname = first.split()[-1]
    block = [
        [
            S(f"{title} " if title else "", "other"),
            S(first if rng.random() < 0.6 else first.upper(), "name"),
        ]
    ]
    block += [[S(t, k) for t, k in ln.segments] for ln in fk.uk_block()]
    f = p.font(17)
    top = y
    for ln in block:
        c.line(m + 10 * s, y, ln, f)
        y += 25 * s
    ref, account = f"{fk.upper(2)}{fk.digits(7, True)}", fk.digits(rng.choice((8, 10, 12)), True)
    day, month = rng.randint(1, 28), rng.randint(1, 9)
    info = [
        ("Our reference", S(ref, "id_number")),
        ("Your account number", S(account, "id_number")),
        ("Original creditor", S(creditor, "other")),
        ("Date", S(f"{day} {EN_MONTHS[month - 1]} 2026", "date")),
    ]
    yy = top
    for label, value in info:
        c.line(m + w * 0.5, yy, [S(f"{label}: ", "label"), value], p.font(15))
        yy += 25 * s
    y = max(y, yy) + 40 * s
    c.text(m, y, rng.choice(EN_TITLES), p.font(22, bold=True), "label")
    y += 44 * s
    greet = [
        S("Dear ", "footer"),
        *([S(f"{title} ", "footer"), S(surname, "name")] if title else [S(first, "name")]),
        S(",", "footer"),
    ]
    c.line(m, y, greet, f)
    y += 36 * s
    parts = {"creditor": (creditor, "other"), "product": (product, "other")}
    y = word_wrap(p, m, y, template_spans(rng.choice(EN_BODY), parts), f, w, 26 * s) + 14 * s
    balance = rng.randint(180, 4800) + rng.randint(0, 99) / 100
    c.line(
        m,
        y,
        [S("Balance outstanding: ", "label"), S(f"£{balance:,.2f}", "price")],
        p.font(18, bold=True),
    )
    y += 40 * s
    if rng.random() < 0.7:  # a plan the agency proposes
        c.text(m, y, "Proposed payment plan", p.font(17, bold=True), "label")
        rows = [[label_cell(h) for h in ("Instalment", "Due date", "Amount")]]
        n = rng.randint(3, 6)
        for k in range(n):
            rows.append(
                [
                    Cell.of(f"{k + 1} of {n}", "other", align="c"),
                    Cell.of(f"{day:02d}/{(month + k) % 12 + 1:02d}/2026", "date", align="c"),
                    Cell.of(f"£{balance / n:,.2f}", "price", align="r"),
                ]
            )
        y = (
            table(
                p,
                m,
                y + 12 * s,
                [w * 0.2, w * 0.25, w * 0.2],
                rows,
                30 * s,
                p.font(14),
                cjk=False,
                line=1,
            )
            + 36 * s
        )
    sort = fk.uk_sort_code()
    pay = [
        S("Pay by bank transfer to ", "footer"),
        S(agency, "shop"),
        S(", sort code ", "footer"),
        biz(sort, "tax_id"),
        S(", account ", "footer"),
        biz(fk.uk_account(), "tax_id"),
        S(", quoting reference ", "footer"),
        S(ref, "id_number"),
        S(".", "footer"),
    ]
    y = word_wrap(p, m, y, pay, f, w, 26 * s) + 10 * s
    agent = rng.choice(EN_AGENTS)
    call = [
        S("To discuss your account, please call ", "footer"),
        S(agent, "name"),
        S(" on ", "footer"),
        biz(line, "shop_phone"),
        S(" (Mon-Fri 8am-8pm).", "footer"),
    ]
    y = word_wrap(p, m, y, call, f, w, 26 * s) + 10 * s
    y = word_wrap(p, m, y, [S(EN_CLOSE, "footer")], p.font(15), w, 22 * s) + 20 * s
    c.text(m, y, "Yours sincerely,", f, "footer")
    y += 54 * s
    c.line(m, y, [S(agent, "name")], hand_font(p, 30, cjk=False), fill=(25, 35, 120))
    y += 30 * s
    c.line(
        m,
        y,
        [
            S(agent, "name"),
            S(" " + fk.en_name().split()[-1], "name") if rng.random() < 0.4 else S("", "other"),
            S(", Collections Team", "other"),
        ],
        f,
    )
    return _finish(c, y, m // 2, pad=16 * s)


def de_mahnung(rng: random.Random, fk: DuesFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1200), 1.45, cjk=False, base=1100, margin=0.075)
    s, w = p.s, right - m
    agency, street, town, line = rng.choice(DE_AGENCIES)
    creditor = rng.choice(DE_CREDITORS)
    y = m + 30 * s
    c.text(m, y, agency, p.font(26, bold=True), "shop")
    c.text(right, y, f"{street} · {town}", p.font(14), "shop_address", anchor="rs")
    c.line(
        right - p.width("Tel. " + line, p.font(14)),
        y + 22 * s,
        [S("Tel. ", "label"), biz(line, "shop_phone")],
        p.font(14),
    )
    y += 90 * s
    c.text(m + 10 * s, y, f"{agency} · {street} · {town}", p.font(11), "shop_address")
    y += 32 * s
    sex = rng.choice(("Frau", "Herrn"))
    name = fk.eu_name("de")
    home, place = fk.eu_address("de")
    top = y
    f = p.font(17)
    for ln in ([S(sex, "other")], [S(name, "name")], street_spans(home), [S(place, "address")]):
        c.line(m + 10 * s, y, ln, f)
        y += 25 * s
    file_no = f"{rng.randint(24, 26)}/{fk.digits(6, True)}"
    due = f"{rng.randint(1, 28):02d}.{rng.randint(2, 12):02d}.2026"
    info = [
        ("Aktenzeichen", S(file_no, "id_number")),
        ("Kundennummer", S(fk.digits(8, True), "id_number")),
        ("Gläubiger", S(creditor, "other")),
        ("Datum", S(f"{rng.randint(1, 28):02d}.{rng.randint(1, 11):02d}.2026", "date")),
    ]
    yy = top
    for label, value in info:
        c.line(m + w * 0.55, yy, [S(f"{label}: ", "label"), value], p.font(15))
        yy += 25 * s
    y = max(y, yy) + 44 * s
    c.text(
        m,
        y,
        rng.choice(
            ("Mahnung", "Zahlungsaufforderung", "Letzte Mahnung vor gerichtlichem Mahnverfahren")
        ),
        p.font(21, bold=True),
        "label",
    )
    y += 40 * s
    surname = name.split()[-1]
    c.line(
        m,
        y,
        [
            S("Sehr geehrte Frau " if sex == "Frau" else "Sehr geehrter Herr ", "footer"),
            S(surname, "name"),
            S(",", "footer"),
        ],
        f,
    )
    y += 34 * s
    y = (
        word_wrap(p, m, y, template_spans(DE_BODY, {"creditor": (creditor, "other")}), f, w, 26 * s)
        + 12 * s
    )
    c.text(m, y, "Forderungsaufstellung", p.font(17, bold=True), "label")
    rows = [[label_cell("Position"), label_cell("Betrag EUR")]]
    total = 0.0
    for label, lo, hi in DE_FEES:
        v = round(rng.uniform(lo, hi), 2)
        total += v
        rows.append(
            [
                Cell.of(label, "other"),
                Cell.of(
                    f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."),
                    "price",
                    align="r",
                ),
            ]
        )
    rows.append(
        [
            Cell.of("Gesamtforderung", "label"),
            Cell.of(
                f"{total:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."),
                "price",
                align="r",
            ),
        ]
    )
    y = (
        table(p, m, y + 12 * s, [w * 0.5, w * 0.22], rows, 30 * s, p.font(15), cjk=False, line=1)
        + 36 * s
    )
    y = word_wrap(p, m, y, template_spans(DE_DEMAND, {"due": (due, "date")}), f, w, 26 * s) + 12 * s
    for label, value in (
        ("Empfänger", S(agency, "shop")),
        ("IBAN", biz(fk.de_agency_iban(), "tax_id")),
        ("BIC", biz(f"{fk.upper(4)}DE{fk.upper(2)}XXX", "tax_id")),
        ("Verwendungszweck", S(file_no, "id_number")),
    ):
        c.line(m + 20 * s, y, [S(f"{label}: ", "label"), value], f)
        y += 28 * s
    y += 24 * s
    c.text(m, y, "Mit freundlichen Grüßen", f, "footer")
    y += 54 * s
    clerk = fk.eu_name("de")
    c.line(m, y, [S(clerk, "name")], hand_font(p, 28, cjk=False), fill=(25, 35, 120))
    y += 30 * s
    c.line(
        m,
        y,
        [
            S(clerk, "name"),
            S(
                rng.choice((", Sachbearbeiterin", ", Sachbearbeiter", " (Forderungsmanagement)")),
                "other",
            ),
        ],
        f,
    )
    return _finish(c, y, m // 2, pad=16 * s)
