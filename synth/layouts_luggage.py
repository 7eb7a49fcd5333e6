"""Luggage and personal belongings: a luggage card filled in by hand (a small
portrait card with a strap hole, on its own or seen hanging on a bag), or an
airline's printed bag tag strip with its claim stub.

The card prints its labels (English, Chinese with English, or French) beside ruled
blanks; the owner writes a name, a phone, an address and an e-mail on them. The
airline strip prints the passenger's name in the SURNAME/GIVEN form, the bag tag
number large and again on the stub (a tracking number tying the bag to its owner,
so personal like a waybill number), its barcode, and the destination turned on its
side along the edge; the carrier, flight, date, airports and handling words are
ordinary.
"""

from __future__ import annotations

import random

from .fakedata_errands import ErrandFaker
from .formkit import RED, fit, handwritten, sheet
from .kit import Faces, Pen, S, _finish, _ink
from .render import Canvas, Span

_CARD_WORDS = {
    "en": ("LUGGAGE TAG", ("Name", "Address", "", "Phone", "E-mail"), "If found, please contact"),
    "cn": (
        "行李牌 LUGGAGE TAG",
        ("姓名 Name", "地址 Address", "", "电话 Tel", "邮箱 E-mail"),
        "拾到请联系 If found",
    ),
    "fr": (
        "ÉTIQUETTE BAGAGE",
        ("Nom", "Adresse", "", "Téléphone", "E-mail"),
        "Si trouvé, merci de contacter",
    ),
}
_FLIGHT = {"en": "Flight", "cn": "航班 Flight", "fr": "Vol"}
_BRANDS = ("VOYAGER", "GLOBETROT", "TRAVEL LIGHT", "旅行家")
_AIRPORTS = ("PEK", "PVG", "CAN", "LHR", "CDG", "FRA", "AMS", "SIN", "HKG", "MAD")
_CARRIERS = (
    "East Crane Airlines",
    "Pacific Gull Air",
    "北方鹤航空 NORTHERN CRANE",
    "Aerolíneas Sol",
)


def _owner(rng: random.Random, fk: ErrandFaker, lang: str) -> list[list[Span]]:
    """The values written on the card's five blanks (the third continues the address)."""
    if lang == "cn":
        addr, _pc = fk.cn_address(with_door=1.0)
        segs = [S(t, k) for t, k in addr.segments]
        name = fk.cn_name(honorific=0.0)
        return [
            [S(name, "name")],
            segs[:1],
            segs[1:],
            [S(fk.cn_mobile("plain"), "phone")],
            [S(fk.email(), "email")],
        ]
    if lang == "fr":
        name = fk.eu_name("fr")
        street, town = fk.eu_address("fr")
        return [
            [S(name, "name")],
            [S(street, "address")],
            [S(town, "address")],
            [S(fk.eu_phone("fr"), "phone")],
            [S(fk.email(name), "email")],
        ]
    name = fk.en_name()
    street, town = fk.uk_address()
    return [
        [S(name, "name")],
        [S(t, k) for t, k in street.segments],
        [S(t, k) for t, k in town.segments],
        [S(fk.uk_phone(), "phone")],
        [S(fk.email(name), "email")],
    ]


def _card(rng: random.Random, fk: ErrandFaker) -> Canvas:
    lang = rng.choice(("en", "cn", "cn", "fr"))
    title, labels, found = _CARD_WORDS[lang]
    on_bag = rng.random() < 0.5
    W = rng.choice((900, 1000)) if on_bag else rng.choice((640, 700))
    c = Canvas(W, int(W * (1.3 if on_bag else 1.75)), paper=(245, 244, 240), ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=lang == "cn"), W / (900 if on_bag else 640))
    s = p.s
    cw = 640 * s * (0.8 if on_bag else 1.0)
    x0 = (W - cw) / 2 if on_bag else 0.0
    y0 = 120 * s if on_bag else 0.0
    if on_bag:  # the bag's fabric, a seam and the strap through the card's hole
        bag = rng.choice(((40, 45, 60), (120, 30, 35), (30, 70, 60), (70, 70, 72)))
        c.draw.rectangle([0, 0, W, c.height], fill=bag)
        for k in range(0, W, int(18 * s)):
            c.draw.line(
                [(k, 40 * s), (k + 9 * s, 40 * s)], fill=tuple(v + 60 for v in bag), width=2
            )
        c.draw.rectangle([W / 2 - 30 * s, 0, W / 2 + 30 * s, y0 + 70 * s], fill=(25, 25, 25))
    ch = cw * 1.55
    band = rng.choice(((20, 90, 160), (200, 60, 40), (30, 120, 90), (230, 170, 30)))
    on_band = (30, 30, 30) if band[2] == 30 else (250, 250, 250)  # dark words on yellow
    c.draw.rounded_rectangle(
        [x0, y0, x0 + cw, y0 + ch],
        radius=int(30 * s),
        fill=(250, 250, 246),
        outline=(120, 120, 120),
        width=2,
    )
    c.draw.rounded_rectangle([x0, y0, x0 + cw, y0 + 190 * s], radius=int(30 * s), fill=band)
    hx, hy = x0 + cw / 2, y0 + 50 * s
    c.draw.ellipse(
        [hx - 22 * s, hy - 22 * s, hx + 22 * s, hy + 22 * s],
        fill=(200, 200, 200),
        outline=(90, 90, 90),
        width=3,
    )
    if on_bag:
        c.draw.rectangle([hx - 12 * s, 0, hx + 12 * s, hy], fill=(25, 25, 25))
    c.text(
        hx,
        y0 + 120 * s,
        rng.choice(_BRANDS),
        p.font(22, bold=True),
        "brand",
        anchor="ms",
        fill=on_band,
    )
    c.text(hx, y0 + 165 * s, title, p.font(28, bold=True), "label", anchor="ms", fill=on_band)
    values = _owner(rng, fk, lang)
    lf = p.font(20)
    x = x0 + 30 * s
    y = y0 + 260 * s
    step = (ch - 380 * s) / 6
    flight = [S(fk.flight(), "other")] if rng.random() < 0.6 else []
    for label, value in zip((*labels, _FLIGHT[lang]), (*values, flight), strict=True):
        lx = c.line(x, y, [S(label, "label")], lf) + 12 * s if label else x
        c.hline(lx, x0 + cw - 30 * s, y + 8 * s, width=1)
        handwritten(p, lx + 6 * s, y, value, 34, cjk=lang == "cn", width=x0 + cw - 40 * s - lx)
        y += step
    c.text(hx, y0 + ch - 70 * s, found, p.font(18), "footer", anchor="ms", fill=(90, 90, 90))
    c.text(
        hx,
        y0 + ch - 36 * s,
        "www.tag.example",
        p.font(16),
        "footer",
        anchor="ms",
        fill=(90, 90, 90),
    )
    return _finish(c, y0 + ch + (60 * s if on_bag else 0), 0)


def _airline(rng: random.Random, fk: ErrandFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1500, 1600), 0.36, cjk=True, base=1500, margin=0.03)
    W, H, s = c.width, c.height, p.s
    c.draw.rectangle([0, 0, W, H], fill=(252, 250, 240))
    dest, orig = rng.sample(_AIRPORTS, 2)
    carrier = rng.choice(_CARRIERS)
    tag = fk.bag_tag()
    flight = f"{tag[:2]}{rng.randint(100, 9999)}"
    day = f"{rng.randint(1, 28):02d}{rng.choice(('JAN', 'MAR', 'JUN', 'SEP', 'DEC'))}"
    stub_x = W * 0.74
    # The destination along the left edge, turned; then the tag's body.
    c.draw.rectangle(
        [0, 0, 110 * s, H], fill=rng.choice(((250, 210, 60), (150, 220, 170), (160, 200, 240)))
    )
    c.text_vertical(18 * s, H * 0.2, dest, p.font(64, bold=True), "other")
    x = 140 * s
    y = 60 * s
    c.text(x, y, carrier, p.font(24, bold=True), "brand")
    c.text(
        stub_x - 30 * s,
        y,
        rng.choice(("PRIORITY", "TRANSFER", "HEAVY")),
        p.font(22, bold=True),
        "label",
        anchor="rs",
        fill=RED,
    )
    y += 100 * s
    c.text(x, y, dest, p.font(96, bold=True), "other")
    c.line(
        x + 260 * s,
        y - 50 * s,
        [S(flight, "other"), S(" / ", "other"), S(day, "date")],
        p.font(34, bold=True),
    )
    c.line(x + 260 * s, y, [S("VIA ", "label"), S(orig, "other")], p.font(26))
    y += 60 * s
    name = (
        fk.pinyin_upper()
        if rng.random() < 0.5
        else f"{fk.en_name(upper=True).split()[-1]}/{fk.en_first()}"
    )
    c.line(x, y, [S("PAX ", "label"), S(name, "name")], p.font(26, mono=True))
    y += 44 * s
    c.line(x, y, [S("BAG TAG ", "label"), S(tag, "tracking")], p.font(34, bold=True, mono=True))
    digits = "0" + "".join(ch for ch in tag if ch.isdigit()).rjust(9, "0")
    y += 20 * s
    c.barcode(
        int(x), int(y), digits, height=int(110 * s), module=3, max_width=int(stub_x - x - 60 * s)
    )
    y += 140 * s
    c.text(x, y, digits, p.font(20, mono=True), "tracking")
    c.text(stub_x - 30 * s, y, "CHECKED BAGGAGE · 托运行李", p.font(18), "label", anchor="rs")
    # The claim stub, torn off for the passenger: the tag number again, its barcode.
    for k in range(0, int(H), int(14 * s)):
        c.vline(stub_x, k, k + 7 * s, width=1)
    sx = stub_x + 30 * s
    c.text(sx, 60 * s, "BAGGAGE CLAIM", p.font(20, bold=True), "label")
    c.text(sx, 110 * s, carrier, fit(p, p.font(18), carrier, right - sx), "brand")
    c.text(sx, 170 * s, tag, p.font(32, bold=True, mono=True), "tracking")
    c.line(
        sx,
        220 * s,
        [S(flight, "other"), S(" ", "other"), S(day, "date"), S(" ", "other"), S(dest, "other")],
        p.font(22),
    )
    c.barcode(
        int(sx), int(250 * s), digits, height=int(80 * s), module=2, max_width=int(right - sx)
    )
    c.text(sx, 380 * s, "Keep this stub", p.font(18), "footer")
    return _finish(c, H - 1, 0)


def luggage_tag(rng: random.Random) -> Canvas:
    """A luggage card filled in by hand (alone or on a bag), or an airline bag tag strip."""
    fk = ErrandFaker(rng)
    return _card(rng, fk) if rng.random() < 0.6 else _airline(rng, fk)


LAYOUTS = {"luggage_tag": luggage_tag}
