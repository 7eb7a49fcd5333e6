"""An English season pass confirmation e-mail, printed, and an Austrian/German
Saisonkarte (a keycard) for :mod:`synth.layouts_ski`.

Personal: the pass holder and the buyer (``name``; after Hi only the first name), the
pass number, order number (one buyer's web order), date of birth, Kartennummer and
the keycard's WTP number (``id_number``), the pass's barcode (``code``), e-mails,
photos (``face``). Ordinary: products, prices, seasons, the pick-up instructions, the
resort's name; the resort's office address and phone are business data.
"""

from __future__ import annotations

import random

from .fakedata_homes import HomeFaker
from .formkit import face_photo, sheet
from .formkit_marks import word_wrap
from .kit import Faces, Pen, S, _finish, _ink, biz
from .mortgage_words import EN_MEN, EN_WOMEN
from .render import Canvas
from .ski_words import DE_KARTEN, DE_RESORTS, EN_PRODUCTS, EN_RESORTS


def en_confirmation(rng: random.Random, fk: HomeFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1200), 1.35, cjk=False, base=1100, margin=0.06)
    s, w = p.s, right - m
    resort, office, phone = rng.choice(EN_RESORTS)
    f, lh = p.font(16), 28 * s
    first = rng.choice(EN_MEN + EN_WOMEN)
    last = fk.en_name().split()[-1]
    mail = fk.email(f"{first}.{last}".lower())
    y = m + 20 * s
    for label, spans in (
        ("From:", [S(f"{resort} Tickets", "shop")]),
        ("To:", [S(mail, "email")]),
        ("Subject:", [S("Your season pass is confirmed - please read", "other")]),
        (
            "Date:",
            [
                S(
                    f"{rng.choice(('Mon', 'Tue', 'Fri'))}, {rng.randint(1, 28)} Oct 2026 "
                    f"{rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}",
                    "date",
                )
            ],
        ),
    ):
        c.line(m, y, [S(label + " ", "label"), *spans], p.font(15))
        y += 24 * s
    c.hline(m, right, y, width=1)
    y += 50 * s
    c.text(m, y, resort, p.font(26, bold=True), "shop")
    y += 50 * s
    c.line(m, y, [S("Hi ", "other"), S(first, "name"), S(",", "other")], p.font(18))
    y += lh * 1.4
    order = f"{rng.choice(('AR', 'SP', 'W'))}{fk.digits(8, True)}"
    tpl = [
        S("Thank you for your order ", "other"),
        S(order, "id_number"),
        S(
            ". Your pass is loaded and ready to collect. Please bring photo ID and this "
            "e-mail to the ticket office; passes are non-transferable.",
            "other",
        ),
    ]
    y = word_wrap(p, m, y, tpl, f, w, lh) + 20 * s
    top = y
    face_photo(p, m, y, 150 * s, 190 * s)
    x = m + 180 * s
    holders = [(f"{first} {last}", fk.born(1960, 2008, "dmy")[0])]
    product = rng.choice(EN_PRODUCTS)
    rows = (
        ("Pass holder", S(holders[0][0], "name")),
        ("Date of birth", S(holders[0][1], "id_number")),
        ("Product", S(product, "other")),
        ("Pass number", S(f"{fk.digits(4, True)} {fk.digits(4)} {fk.digits(4)}", "id_number")),
        (
            "Price",
            S(
                f"${rng.randint(499, 1199)}.00"
                if "+1" in phone
                else f"£{rng.randint(299, 699)}.00",
                "price",
            ),
        ),
    )
    for label, span in rows:
        c.text(x, y + 20 * s, label, p.font(14), "label", fill=(110, 110, 110))
        c.line(x + 190 * s, y + 20 * s, [span], p.font(17, bold=True))
        y += 36 * s
    y = max(y, top + 200 * s) + 20 * s
    code = f"{fk.digits(4, True)}{fk.digits(8)}"
    c.barcode(m, int(y), code, height=int(70 * s), max_width=int(w * 0.6))
    y += 110 * s
    y = word_wrap(
        p,
        m,
        y,
        [
            S("Collect at: ", "label"),
            biz(office, "shop_address"),
            S(". Questions? Call ", "other"),
            biz(phone, "shop_phone"),
            S(".", "other"),
        ],
        p.font(15),
        w,
        24 * s,
    )
    y += 10 * s
    c.text(m, y, "See you on the slopes!", p.font(15), "footer")
    return _finish(c, y, m, pad=10 * s)


def _wtp(fk: HomeFaker) -> str:
    """A keycard's WTP number (8-3-3 characters as printed on the chip card)."""
    return f"{fk.alnum(8)}-{fk.alnum(3)}-{fk.alnum(3)}"


def de_saisonkarte(rng: random.Random, fk: HomeFaker) -> Canvas:
    """A keycard: the resort's band, the card kind, photo, name, birth, numbers."""
    w = rng.choice((1000, 1080))
    h = int(w * 0.63)
    c = Canvas(w, h, paper=(248, 248, 245), ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=False), w / 1000)
    s = p.s
    resort, addr, phone = rng.choice(DE_RESORTS)
    band = rng.choice(((0, 70, 140), (170, 20, 30), (20, 20, 20)))
    c.draw.rounded_rectangle(
        [0, 0, w - 1, h - 1], radius=int(40 * s), outline=(180, 180, 180), width=2
    )
    c.draw.rectangle([0, int(30 * s), w, int(130 * s)], fill=band)
    c.text(40 * s, 96 * s, resort, p.font(38, bold=True), "shop", fill=(255, 255, 255))
    c.text(40 * s, 180 * s, rng.choice(DE_KARTEN), p.font(26, bold=True), "label")
    face_photo(p, w - 260 * s, 160 * s, 210 * s, 260 * s)
    y = 240 * s
    lang = rng.choice(("de", "de", "fr"))
    name = fk.eu_name(lang)
    born, _ = fk.born(1950, 2012, "de")
    rows = (
        ("Name / Nom" if lang == "fr" else "Name", S(name, "name")),
        ("Geburtsdatum", S(born, "id_number")),
        ("Kartennummer", S(f"{fk.digits(2, True)}-{fk.digits(4)}-{fk.digits(6)}", "id_number")),
        ("WTP-Nr.", S(_wtp(fk), "id_number")),
    )
    for label, span in rows:
        c.text(40 * s, y, label, p.font(17), "label", fill=(100, 100, 100))
        c.line(260 * s, y, [span], p.font(24, bold=span.category == "name"))
        y += 52 * s
    c.text(40 * s, h - 70 * s, "Nicht übertragbar. Gültig mit Lichtbild.", p.font(16), "footer")
    c.line(
        40 * s,
        h - 40 * s,
        [biz(addr, "shop_address"), S(" · Tel. ", "label"), biz(phone, "shop_phone")],
        p.font(15),
    )
    return c
