"""An English hire purchase agreement and an Italian contratto di finanziamento for
:mod:`synth.layouts_instalment`.

Personal: the debtor or richiedente, a co-signer and the account holder (``name``),
dates of birth, the agreement or pratica number, the goods' serial or IMEI, the
identity document, the codice fiscale, the sort code and account number or the IBAN
(``id_number``), the home, the previous home and the flat, phones and e-mails.
Ordinary: lenders, dealers, goods, prices, rates, the plan, time at an address, banks,
titles, boxes' captions, clauses and dates; a lender's address is business data.
"""

from __future__ import annotations

import random

from .day_first import day_first
from .fakedata_money import MoneyFaker, _with_check_digits
from .formkit import handwritten, sheet
from .formkit_blanks import corner_rows, tick_box
from .formkit_fill import ruled_entry
from .formkit_marks import word_wrap
from .instalment_words import (
    EN_BANKS,
    EN_DEALERS,
    EN_GOODS,
    EN_LENDERS,
    EN_NOTICE,
    EN_TIMES,
    IT_CLAUSES,
    IT_DEALERS,
    IT_GOODS,
    IT_LENDERS,
    IT_TOWNS,
)
from .kit import Pen, S, _finish, joined_address
from .render import Canvas, Span
from .transit_words import IT_FIRST, IT_LAST, IT_STREETS

_GREY = (225, 225, 225)
_MONTHS = "ABCDEHLMPRST"
_ODD = dict(
    zip(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        (1, 0, 5, 7, 9, 13, 15, 17, 19, 21) * 1
        + (
            1,
            0,
            5,
            7,
            9,
            13,
            15,
            17,
            19,
            21,
            2,
            4,
            18,
            20,
            11,
            3,
            6,
            8,
            12,
            14,
            16,
            10,
            22,
            25,
            24,
            23,
        ),
        strict=True,
    )
)


def _letters(word: str, first: bool = False) -> str:
    """The three letters a codice fiscale takes from a surname or a first name (a first
    name with four consonants or more gives its first, third and fourth)."""
    up = "".join(ch for ch in word.upper() if ch.isalpha())
    cons = [ch for ch in up if ch not in "AEIOU"]
    if first and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    vows = [ch for ch in up if ch in "AEIOU"]
    return "".join((cons + vows + ["X"] * 3)[:3])


def codice_fiscale(first: str, last: str, rng: random.Random, female: bool) -> tuple[str, str]:
    """A codice fiscale built as the real ones are (surname, name, year, month letter,
    day + 40 for women, a place code, the check letter) and the date of birth."""
    y, mth, d = rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28)
    place = rng.choice("ABCDEFGHL") + f"{rng.randint(1, 999):03d}"
    body = f"{_letters(last)}{_letters(first, True)}{y % 100:02d}{_MONTHS[mth - 1]}"
    body += f"{d + 40 * female:02d}{place}"
    total = sum(
        _ODD[ch] if i % 2 == 0 else (int(ch) if ch.isdigit() else ord(ch) - 65)
        for i, ch in enumerate(body)
    )
    return body + chr(65 + total % 26), f"{d:02d}/{mth:02d}/{y}"


def _adult_dob(rng: random.Random) -> str:
    return f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1955, 2003)}"


def _section(p: Pen, x0: float, x1: float, y: float, title: str) -> float:
    p.c.draw.rectangle([x0, y, x1, y + 34 * p.s], fill=_GREY)
    p.c.text(x0 + 10 * p.s, y + 25 * p.s, title, p.font(17, bold=True), "label")
    return y + 34 * p.s


def en_hire_purchase(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1180), 1.75, cjk=False, base=1100, margin=0.06)
    s = p.s
    lender, office = rng.choice(EN_LENDERS)
    y = m + 34 * s
    c.text(m, y, lender, p.font(22, bold=True), "shop")
    c.line(
        right - 330 * s,
        y,
        [S("Agreement no. ", "label"), S(f"HP{fk.digits(8)}", "id_number")],
        p.font(17),
    )
    y += 44 * s
    c.text(m, y, "HIRE-PURCHASE AGREEMENT", p.font(28, bold=True), "label")
    y += 28 * s
    c.text(m, y, "regulated by the Consumer Credit Act 1974", p.font(16), "footer")
    y += 34 * s
    f = p.font(16)
    c.line(
        m,
        y,
        [S("Creditor: ", "label"), S(lender + ", ", "other"), Span(office, "shop_address", None)],
        f,
    )
    y += 28 * s
    c.line(m, y, [S("Supplier: ", "label"), S(rng.choice(EN_DEALERS), "other")], f)
    y += 20 * s
    hand = rng.random() < 0.4
    name = fk.en_name()
    line1, town = fk.uk_address()
    prev1, prev_town = fk.uk_address()
    short = rng.random() < 0.5
    title = rng.choice(("Mr", "Mrs", "Ms", "Miss", "Dr"))
    y = _section(p, m, right, y, "Debtor")
    rows = [
        [
            ("Title", [S(title, "other")]),
            ("Full name", [S(name, "name")]),
            ("Date of birth", [S(_adult_dob(rng), "id_number")]),
        ],
        [("Current address", joined_address([line1, town]))],
        [
            ("Time at address", [S(rng.choice(EN_TIMES[3:] if short else EN_TIMES[:3]), "other")]),
            (
                "Previous address (if under 3 years)",
                joined_address([prev1, prev_town]) if short else [],
            ),
        ],
        [("Mobile", [S(fk.uk_phone(), "phone")]), ("Email", [S(fk.email(name), "email")])],
    ]
    y = corner_rows(p, m, right, y, rows, 74 * s, hand) + 16 * s
    goods, price, serial = rng.choice(EN_GOODS)
    y = _section(p, m, right, y, "Goods")
    gl = [("Description", [S(goods, "other")])]
    if serial:
        sn = fk.imei() if "iPhone" in goods else fk.serial()
        gl.append(("IMEI" if "iPhone" in goods else "Serial no.", [S(sn, "id_number")]))
    y = corner_rows(p, m, right, y, [gl], 74 * s, False) + 16 * s
    y = _section(p, m, right, y, "Key financial information")
    deposit = int(price * rng.choice((0.1, 0.15, 0.2)))
    months = rng.choice((12, 24, 36, 48))
    apr = rng.choice((0.0, 9.9, 14.9, 19.9, 29.9))
    credit = price - deposit
    total = round(credit * (1 + apr / 100 * months / 24), 2)
    money = [
        ("Cash price", f"£{price:,.2f}"),
        ("Deposit", f"£{deposit:,.2f}"),
        ("Amount of credit", f"£{credit:,.2f}"),
        ("Total charge for credit", f"£{total - credit:,.2f}"),
        ("Total amount payable", f"£{total + deposit:,.2f}"),
        ("APR", f"{apr}%"),
        ("Repayments", f"{months} monthly payments of £{total / months:,.2f}"),
    ]
    y += 34 * s
    for k, (label, value) in enumerate(money):
        x = m + (k % 2) * (right - m) / 2
        c.line(x + 10 * s, y, [S(label + ": ", "label"), S(value, "price")], f)
        if k % 2:
            y += 30 * s
    y += 44 * s
    y = _section(p, m, right, y, "Instruction to your bank to pay by Direct Debit")
    bank = [
        [
            (
                "Name(s) of account holder(s)",
                [S(name if rng.random() < 0.8 else fk.en_name(), "name")],
            ),
            ("Bank / building society", [S(rng.choice(EN_BANKS), "other")]),
        ],
        [
            ("Sort code", [S(fk.uk_sort_code(), "id_number")]),
            ("Account number", [S(fk.digits(8), "id_number")]),
        ],
    ]
    y = corner_rows(p, m, right, y, bank, 74 * s, hand) + 30 * s
    c.text(m, y, EN_NOTICE[0], p.font(16, bold=True), "footer")
    y += 28 * s
    for text in EN_NOTICE[1:]:
        y = word_wrap(p, m, y, [S(text, "footer")], p.font(15), right - m, 23 * s) + 6 * s
    y += 40 * s
    x = c.line(m, y, [S("Signature of Debtor", "label")], f) + 16 * s
    handwritten(p, x, y, [S(f"{name[0]}. {name.split()[-1]}", "name")], 32, cjk=False)
    c.line(right - 250 * s, y, [S("Date ", "label"), S(day_first(fk.date()), "date")], f)
    y += 64 * s
    x = c.line(m, y, [S("Signed for the Creditor", "label")], f) + 16 * s
    handwritten(p, x, y, [S(fk.en_name(), "name")], 28, cjk=False)
    return _finish(c, y, m // 2, pad=16 * s)


def _euro(v: float) -> str:
    """€ 1.299,00: Italian thousands and decimals."""
    return "€ " + f"{v:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def _it_iban(fk: MoneyFaker) -> str:
    bban = fk.upper(1) + fk.digits(5, True) + fk.digits(5, True) + fk.digits(12)
    raw = _with_check_digits("IT", bban)
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def it_contratto(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1180), 1.6, cjk=False, base=1100, margin=0.07)
    s = p.s
    y = m + 34 * s
    c.text(m, y, rng.choice(IT_LENDERS), p.font(22, bold=True), "shop")
    c.line(
        right - 300 * s,
        y,
        [S("Pratica n. ", "label"), S(fk.digits(9, True), "id_number")],
        p.font(17),
    )
    y += 44 * s
    title = "Contratto di finanziamento finalizzato all'acquisto di beni"
    y = word_wrap(p, m, y, [S(title, "label")], p.font(24, bold=True), right - m, 32 * s)
    c.line(m, y, [S("Convenzionato: ", "label"), S(rng.choice(IT_DEALERS), "other")], p.font(16))
    y += 24 * s
    hand = rng.random() < 0.7
    first, last = rng.choice(IT_FIRST), rng.choice(IT_LAST)
    female = first.endswith("a")
    cf, dob = codice_fiscale(first, last, rng, female)
    f = p.font(17)
    y = _section(p, m, right, y, "Dati del Richiedente") + 46 * s
    mid = (m + right) / 2
    pairs = [
        (("Cognome", [S(last, "name")]), ("Nome", [S(first, "name")])),
        (("Codice fiscale", [S(cf, "id_number")]), ("Nato/a il", [S(dob, "id_number")])),
        (
            ("Residente in", [S(f"{rng.choice(IT_STREETS)} {rng.randint(1, 180)}", "address")]),
            ("int.", [S(str(rng.randint(1, 30)), "door")]),
        ),
        (
            ("CAP e Comune", [S(f"{fk.digits(5, True)} {rng.choice(IT_TOWNS)}", "address")]),
            ("Luogo di nascita", [S(rng.choice(IT_TOWNS), "other")]),
        ),
        (
            ("Cellulare", [S(f"3{fk.digits(2)} {fk.digits(7)}", "phone")]),
            ("E-mail", [S(fk.email(f"{first} {last}"), "email")]),
        ),
        (
            ("Documento", [S(f"C.I. n. CA{fk.digits(5)}{fk.upper(2)}", "id_number")]),
            ("Rilasciato il", [S(day_first(fk.date()), "date")]),
        ),
    ]
    for left, other in pairs:
        ruled_entry(p, m, mid - 20 * s, y, left, hand, f)
        ruled_entry(p, mid + 10 * s, right, y, other, hand, f)
        y += 48 * s
    goods, price, serial = rng.choice(IT_GOODS)
    y = _section(p, m, right, y, "Bene finanziato e piano di rimborso") + 40 * s
    c.line(m, y, [S("Descrizione: ", "label"), S(goods, "other")], f)
    if serial:
        y += 32 * s
        kind, sn = ("IMEI", fk.imei()) if "Smartphone" in goods else ("Telaio n.", fk.serial())
        c.line(m, y, [S(f"{kind}: ", "label"), S(sn, "id_number")], f)
    y += 36 * s
    down = int(price * rng.choice((0, 0.1, 0.2)))
    rate = rng.choice((10, 12, 20, 24, 36))
    terms = [
        ("Prezzo", _euro(price)),
        ("Anticipo", _euro(down)),
        ("Importo finanziato", _euro(price - down)),
        ("N. rate", str(rate)),
        ("Importo rata", _euro((price - down) * 1.08 / rate)),
        ("TAN", f"{rng.choice((0.0, 5.9, 7.5))}%"),
        ("TAEG", f"{rng.choice((0.0, 8.1, 9.7))}%"),
    ]
    for k, (label, value) in enumerate(terms):
        x = m + (k % 3) * (right - m) / 3
        c.line(x, y, [S(label + ": ", "label"), S(value, "price")], f)
        if k % 3 == 2:
            y += 32 * s
    y += 46 * s
    y = _section(p, m, right, y, "Modalità di rimborso") + 40 * s
    x = tick_box(p, m, y, "Addebito diretto SEPA", True, f)
    tick_box(p, x + 40 * s, y, "Bollettino postale", False, f)
    y += 44 * s
    holder = f"{first} {last}" if rng.random() < 0.8 else f"{rng.choice(IT_FIRST)} {last}"
    ruled_entry(p, m, right, y, ("IBAN", [S(_it_iban(fk), "id_number")]), hand, f)
    y += 46 * s
    ruled_entry(p, m, right, y, ("Intestatario del conto", [S(holder, "name")]), hand, f)
    y += 46 * s
    for clause in IT_CLAUSES:
        y = word_wrap(p, m, y, [S(clause, "footer")], p.font(15), right - m, 23 * s) + 6 * s
    y += 40 * s
    c.line(
        m,
        y,
        [
            S("Luogo e data: ", "label"),
            S(f"{rng.choice(IT_TOWNS)}, {day_first(fk.date())}", "date"),
        ],
        f,
    )
    x = c.line(mid, y, [S("Firma del Richiedente", "label")], f) + 14 * s
    handwritten(p, x, y + 4 * s, [S(f"{first[0]}. {last}", "name")], 32, cjk=False)
    return _finish(c, y, m // 2, pad=16 * s)
