"""Libraries: a public library's checkout receipt printed at the self-service kiosk,
or a photographed library membership card.

The receipt is thermal small print in columns of labels with no colon
("Borrower", "Due", "Item ID"): the borrower's name and card number, and the
card's barcode, are personal; the library's name, branch, opening hours, book
titles, the books' own copy numbers, due dates and fines are ordinary. The card
prints the library's name and the member's name and number over a barcode, with a
signature strip signed by hand.
"""

from __future__ import annotations

import random

from .fakedata_community import CommunityFaker
from .formkit import handwritten
from .kit import Faces, Pen, S, _finish, _ink, _paper
from .render import Canvas

_LIBRARIES = ("Northgate", "Elmwood", "Castlebridge", "Harbourside", "Millbrook", "Westfield")
_HOURS = (
    "Mon-Fri 9am-7pm  Sat 9am-5pm",
    "Open 7 days: 10:00-18:00",
    "Tue-Sat 9.30-17.30, closed Sun/Mon",
)


def _receipt(rng: random.Random, fk: CommunityFaker) -> Canvas:
    W = rng.choice((560, 600, 640))
    c = Canvas(W, int(W * 3.2), paper=_paper(rng, thermal=True), ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=False), W / 600)
    s, m = p.s, int(W * 0.06)
    right = W - m
    mono = rng.random() < 0.6  # kiosk printers mostly print a fixed-pitch face
    f = p.font(21, mono=mono)
    lh = f.size * 1.45
    place = rng.choice(_LIBRARIES)
    y = m + 30 * s
    c.text(W / 2, y, f"{place} Library", p.font(28, bold=True), "shop", anchor="ms")
    y += lh
    c.text(
        W / 2,
        y,
        rng.choice(("Central Library", "Branch library", "Community Hub")),
        f,
        "shop",
        anchor="ms",
    )
    y += lh
    c.text(W / 2, y, f"Tel 0{rng.randint(1000, 1999)} {fk.digits(6)}", f, "other", anchor="ms")
    y += lh * 1.5
    c.text(
        W / 2,
        y,
        rng.choice(("CHECKOUT RECEIPT", "Items borrowed", "Loan receipt")),
        p.font(24, bold=True, mono=mono),
        "label",
        anchor="ms",
    )
    y += lh * 0.6
    c.hline(m, right, y, width=1, dash=int(6 * s))
    y += lh * 1.2
    col = m + 170 * s
    name = fk.en_name(initial=rng.random() < 0.3)
    card = fk.library_card()
    full = rng.random() < 0.6  # or printed with all but its last digits starred
    heads = [
        ("Borrower", S(name, "name")),
        ("Card", S(card if full else "*" * 6 + card[-4:], "id_number")),
    ]
    if rng.random() < 0.4:  # the kiosk also e-mailed the receipt
        heads.append(("E-mail", S(fk.email(name), "email")))
    out, due = fk.loan_dates(rng.choice((2, 3, 4)))
    heads.append(("Date", S(f"{out} {fk.time(False)}", "date")))
    for lab, val in heads:
        c.text(m, y, lab, f, "label")  # labels with no colon, values in a column
        c.line(col, y, [val], f)
        y += lh
    y += lh * 0.4
    c.hline(m, right, y, width=1, dash=int(6 * s))
    y += lh * 1.2
    n = rng.randint(2, 5)
    for k, title in enumerate(fk.book_titles(n)):
        y = c.wrap(m, y, [S(f"{k + 1}. {title}", "item")], f, right - m, lh, max_lines=2)
        for lab, val in (
            ("Item ID", S(fk.book_barcode(), "other")),
            ("Due", S(due, "date")),
        ):
            c.text(m + 30 * s, y, lab, f, "label")
            c.line(col, y, [val], f)
            y += lh
        y += lh * 0.4
    c.hline(m, right, y, width=1, dash=int(6 * s))
    y += lh * 1.2
    for lab, val in (
        ("Total items", str(n)),
        ("Overdue", str(rng.choice((0, 0, 1)))),
        ("Holds ready", str(rng.choice((0, 1, 2)))),
        ("Balance", f"£{rng.choice(('0.00', '0.00', '1.20', '2.50'))}"),
    ):
        c.text(m, y, lab, f, "label")
        c.text(right, y, val, f, "price" if val.startswith("£") else "other", anchor="rs")
        y += lh
    y += lh * 0.5
    small = p.font(17, mono=mono)
    for line in (
        f"Renew online at {place.lower()}libraries.example.org",
        "or by phone, quoting your card number.",
        rng.choice(_HOURS),
    ):
        y = c.wrap(m, y, [S(line, "footer")], small, right - m, small.size * 1.4, max_lines=2)
    if full and rng.random() < 0.6:  # the borrower's card number as a barcode
        y += 10 * s
        c.barcode(
            m + 20 * s,
            int(y),
            card,
            height=int(70 * s),
            module=2,
            max_width=int(right - m - 40 * s),
        )
        y += 90 * s
    c.text(
        W / 2,
        y + lh,
        rng.choice(("Thank you for using self-service", "Happy reading!")),
        f,
        "footer",
        anchor="ms",
    )
    return _finish(c, y + lh, 0, pad=m)


def _card(rng: random.Random, fk: CommunityFaker) -> Canvas:
    W = rng.choice((1000, 1100))
    H = int(W * 0.63)
    band = rng.choice(((30, 90, 150), (120, 40, 90), (20, 110, 90), (200, 110, 20)))
    c = Canvas(W, H, paper=(248, 248, 245), ink=(25, 25, 30))
    p = Pen(rng, c, Faces.pick(rng, cjk=False), W / 1000)
    s, m = p.s, int(W * 0.06)
    place = rng.choice(_LIBRARIES)
    c.draw.rectangle([0, 0, W, 170 * s], fill=band)
    c.text(m, 80 * s, f"{place}", p.font(48, bold=True), "shop", fill=(255, 255, 255))
    c.text(
        m,
        135 * s,
        rng.choice(("Libraries", "Public Library", "Library & Archives")),
        p.font(30),
        "shop",
        fill=(255, 255, 255),
    )
    c.text(
        W - m,
        80 * s,
        rng.choice(("MEMBERSHIP CARD", "LIBRARY CARD", "Adult member")),
        p.font(26, bold=True),
        "label",
        anchor="rs",
        fill=(255, 255, 255),
    )
    y = 240 * s
    card = fk.library_card()
    name = fk.en_name(upper=rng.random() < 0.5)
    if rng.random() < 0.5:
        c.text(m, y, "Name", p.font(20), "label", fill=(90, 90, 90))
        y += 40 * s
    c.text(m, y, name, p.font(36, bold=True), "name")
    y += 60 * s
    c.line(m, y, [S("Card no. ", "label"), S(card, "id_number")], p.font(28, mono=True))
    y += 30 * s
    c.barcode(m, int(y), card, height=int(90 * s), module=3, max_width=int(W * 0.6))
    sx, sy = W * 0.66, H - 150 * s
    c.draw.rectangle([sx, sy, W - m, sy + 80 * s], fill=(235, 235, 228), outline=(170, 170, 170))
    c.text(sx + 8 * s, sy + 100 * s, "Signature", p.font(18), "label", fill=(90, 90, 90))
    handwritten(
        p,
        sx + 16 * s,
        sy + 60 * s,
        [S(name.title(), "name")],
        38,
        cjk=False,
        width=W - m - sx - 32 * s,
    )
    c.line(
        m,
        H - 110 * s,
        [
            S(rng.choice(("Valid until ", "Expires ")), "label"),
            S(f"{rng.randint(1, 12):02d}/{rng.randint(2027, 2031)}", "date"),
        ],
        p.font(22),
    )
    c.text(m, H - 70 * s, f"www.{place.lower()}libraries.example.org", p.font(20), "other")
    c.text(m, H - 30 * s, f"If found, please return to any {place} library.", p.font(18), "footer")
    return c


def library_loan_receipt(rng: random.Random) -> Canvas:
    """A kiosk's checkout receipt, or a photographed membership card."""
    fk = CommunityFaker(rng)
    return _receipt(rng, fk) if rng.random() < 0.7 else _card(rng, fk)


LAYOUTS = {"library_loan_receipt": library_loan_receipt}
