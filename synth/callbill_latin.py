"""A UK itemised mobile bill and a French facture détaillée for
:mod:`synth.layouts_callbill`: the subscriber's block in the envelope window, the account
number and line, then the calls table, whose numbers the carrier prints whole or with the
last digits hidden (07700 900***, 06 12 34 XX XX: still a person's phone), and the texts.

Personal: the account holder (``name``; Mr / M. / Mme ordinary), the address and flat,
the account number (``id_number``), the own line and every number called (``phone``).
Ordinary: carriers, periods, dates, times, destinations, durations, costs, totals and
notes; voicemail, freephone and the carrier's own lines are business data.
"""

from __future__ import annotations

import random

from .callbill_words import EN_BILL, FR_BILL, BillWords
from .fakedata_deeds import DeedFaker
from .formkit import Cell, sheet, table
from .formkit_slips import label_cell
from .kit import S, _finish, street_spans
from .render import Canvas, Span


def _masked(number: str, fr: bool, hide: bool) -> str:
    """A number as the bill prints it: whole, or with its last digits hidden."""
    if not hide:
        return number
    return number[:-6] + " XX XX" if fr else number[:-3] + "***"


def _call(
    rng: random.Random, words: BillWords, pool: list[str], fr: bool, hide: bool
) -> tuple[Span, str]:
    """A number called and its description, which follows from the number."""
    mobile, landline, voicemail, freephone = words.kinds
    r = rng.random()
    if r < 0.08:
        return Span("888" if fr else "901", "shop_phone", None), voicemail
    if r < 0.14:
        free = (
            f"0 800 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
            if fr
            else f"0800 {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        )
        return Span(free, "shop_phone", None), freephone
    number = rng.choice(pool)
    kind = mobile if number.startswith(("06", "07")) else landline
    return S(_masked(number, fr, hide), "phone"), kind


def latin_bill(rng: random.Random, fk: DeedFaker) -> Canvas:
    fr, hide = rng.random() < 0.45, rng.random() < 0.5
    words = FR_BILL if fr else EN_BILL
    c, p, m, right = sheet(rng, (1100, 1200), 1.4, cjk=False, base=1100, margin=0.06)
    s, w = p.s, right - m
    carrier, phone = rng.choice(words.carriers)
    y = m + 34 * s
    c.text(m, y, carrier, p.font(26, bold=True), "shop")
    c.line(
        right - 280 * s,
        y,
        [S("Service client " if fr else "Help ", "label"), Span(phone, "shop_phone", None)],
        p.font(15),
    )
    y += 70 * s
    f = p.font(17)
    if fr:
        name = fk.eu_name("fr")
        street, town = fk.eu_address("fr")
        block = [
            [S(rng.choice(("M. ", "Mme ")), "other"), S(name, "name")],
            street_spans(street),
            [S(town, "address")],
        ]
        own = fk.fr_mobile()
        pool = [fk.fr_mobile() for _ in range(4)] + [fk.fr_landline()]
    else:
        name = fk.en_name(upper=rng.random() < 0.5)
        lines = fk.uk_block()
        block = [[S(rng.choice(("Mr ", "Ms ", "Mrs ", "")), "other"), S(name, "name")]]
        block += [[S(t, k) for t, k in ln.segments] for ln in lines]
        own = fk.uk_phone()
        pool = [fk.uk_phone() for _ in range(5)]
    top = y
    for ln in block:  # the window of the envelope
        c.line(m + 20 * s, y, ln, f)
        y += 26 * s
    x, month = m + w * 0.55, rng.randint(1, 12)
    info = [
        (words.holder, S(name, "name")),
        (
            words.account,
            S(
                f"{fk.digits(3, True)} {fk.digits(4)} {fk.digits(3)}"
                if not fr
                else f"{fk.digits(9, True)}",
                "id_number",
            ),
        ),
        (words.line, S(own, "phone")),
        (words.period, S(f"01/{month:02d}/2026 – 28/{month:02d}/2026", "date")),
    ]
    yy = top
    for label, value in info:
        c.line(x, yy, [S(f"{label}: ", "label"), value], p.font(15))
        yy += 26 * s
    y = max(y, yy) + 40 * s
    c.text(m, y, words.title, p.font(24, bold=True), "label")
    y += 16 * s
    rows = [[label_cell(h) for h in words.heads]]
    day = 1
    cost = 0.0
    for _ in range(rng.randint(12, 18)):
        day = min(28, day + rng.choice((0, 1, 2)))
        number, kind = _call(rng, words, pool, fr, hide)
        sec = int(rng.expovariate(1 / 160)) + 4
        dur = f"{sec // 60:02d}:{sec % 60:02d}" if not fr else f"{sec // 60}min {sec % 60:02d}s"
        price = 0.0 if rng.random() < 0.6 else round(sec / 60 * rng.choice((0.12, 0.35)), 2)
        cost += price
        amount = f"{price:.2f}".replace(".", ",") if fr else f"{price:.2f}"
        rows.append(
            [
                Cell.of(f"{day:02d}/{month:02d}", "date"),
                Cell.of(f"{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}", "date"),
                Cell((number,)),
                Cell.of(kind, "other"),
                Cell.of(dur, "other", align="r"),
                Cell.of(amount, "price", align="r"),
            ]
        )
    widths = [w * k for k in (0.12, 0.1, 0.26, 0.22, 0.15, 0.15)]
    y = table(p, m, y, widths, rows, 32 * s, p.font(14), cjk=False, line=1) + 40 * s
    c.text(m, y, words.texts, p.font(18, bold=True), "label")
    y += 12 * s
    texts = [
        [label_cell(h) for h in (words.heads[0], words.heads[1], words.heads[2], words.heads[5])]
    ]
    for _ in range(rng.randint(3, 5)):
        texts.append(
            [
                Cell.of(f"{rng.randint(1, 28):02d}/{month:02d}", "date"),
                Cell.of(f"{rng.randint(7, 23):02d}:{rng.randint(0, 59):02d}", "date"),
                Cell((S(_masked(rng.choice(pool), fr, hide), "phone"),)),
                Cell.of("0,10" if fr else "0.00", "price", align="r"),
            ]
        )
    y = (
        table(
            p,
            m,
            y,
            [w * k for k in (0.2, 0.2, 0.4, 0.2)],
            texts,
            32 * s,
            p.font(14),
            cjk=False,
            line=1,
        )
        + 40 * s
    )
    total = f"{cost:.2f}".replace(".", ",") + " €" if fr else f"£{cost:.2f}"
    c.line(m, y, [S(f"{words.total}: ", "label"), S(total, "price")], p.font(16, bold=True))
    y += 32 * s
    if hide:
        c.text(m, y, words.note, p.font(13), "footer")
    return _finish(c, y, m // 2, pad=12 * s)
