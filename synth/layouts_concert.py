"""Concerts and live events: a real-name ticket (实名制门票) printed on thick paper at a
ticket machine, or a Spanish promoter's named ticket (entrada nominativa).

The holder's name and identity number are printed because entry checks them:
the Chinese ticket prints the attendee after "观演人" and the ID with its middle
starred, then repeats the name alone, with no label, on the tear-off stub beside
the seat; the Spanish ticket prints "Titular" and "DNI" stacked over their values.
The QR code for the gate is personal (it opens to the holder's order). The show,
the venue, the date, the stand, row and seat, the price and the small print are
ordinary, as is the ticket's own serial.
"""

from __future__ import annotations

import random

from .fakedata_occasions import OccasionFaker
from .formkit import RED, fit, stacked
from .kit import Faces, Pen, S, _ink, _paper
from .render import Canvas

_CN_SHOWS = ("星河巡回演唱会", "夏夜民谣音乐节", "经典交响音乐会", "脱口秀年度专场", "国风音乐会")
_CN_VENUES = ("奥体中心体育场", "大剧院歌剧厅", "体育馆", "国际会展中心", "音乐厅")
_ES_SHOWS = (
    "Gira Luna Llena 2026",
    "Festival de Verano",
    "Noche de Flamenco",
    "Orquesta Sinfónica",
)
_ES_VENUES = ("Palacio de los Deportes", "Teatro Real de Villaverde", "Estadio Municipal")


def _frame(rng: random.Random) -> tuple[Canvas, Pen, float]:
    W = rng.choice((1300, 1400))
    band = rng.choice(((200, 30, 60), (30, 60, 140), (20, 20, 20), (120, 40, 140)))
    c = Canvas(W, int(W * 0.42), paper=_paper(rng), ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=True), W / 1300)
    c.draw.rectangle([0, 0, W, 70 * p.s], fill=band)
    return c, p, W * 0.74  # the stub starts at the perforation


def _cn(rng: random.Random, fk: OccasionFaker) -> Canvas:
    c, p, cut = _frame(rng)
    H, s = c.height, p.s
    m = 40 * s
    c.text(
        m,
        50 * s,
        rng.choice(("乐享票务", "城市票务", "票务中心")) + " 实名制门票",
        p.font(26, bold=True),
        "brand",
        fill=(255, 255, 255),
    )
    show = rng.choice(_CN_SHOWS)
    f = p.font(22)
    y = 125 * s
    c.text(m, y, show, fit(p, p.font(38, bold=True), show, cut - 2 * m), "item")
    y += 50 * s
    city = rng.choice(("江城", "临海", "青川"))
    venue = f"{city}{rng.choice(_CN_VENUES)}"
    zone, row = rng.choice("ABCDEFG"), rng.randint(1, 40)
    for lab, val, kind in (
        ("场馆", venue, "other"),
        ("时间", f"{fk.date('cn')} 19:30", "date"),
        (
            "座位",
            f"{rng.choice('ABCDEFG')}区 {rng.randint(1, 40)}排 {rng.randint(1, 60)}号",
            "other",
        ),
        ("票价", f"¥{rng.choice((380, 580, 880, 1280))}", "price"),
    ):
        c.line(m, y, [S(f"{lab} ", "label"), S(val, kind)], f)
        y += 38 * s
    name = fk.cn_name(honorific=0.0)
    ident = fk.cn_resident_id()
    shown = ident[:6] + "********" + ident[-4:] if rng.random() < 0.7 else ident
    y += 10 * s
    c.line(m, y, [S("观演人 ", "label"), S(name, "name")], p.font(24, bold=True))
    y += 38 * s
    c.line(m, y, [S("证件号 ", "label"), S(shown, "id_number")], f)
    c.qr(int(cut - 220 * s), int(110 * s), f"T{fk.digits(16)}", size=int(180 * s))
    serial = fk.ticket_serial()
    c.text(cut - 220 * s, 320 * s, serial, p.font(16, mono=True), "other")
    c.text(
        m, H - 24 * s, "一人一票一证,凭票及本人证件入场。票品售出不退不换。", p.font(16), "footer"
    )
    # The stub: perforation, then the name alone over the seat.
    for k in range(int(80 * s), H, int(18 * s)):
        c.vline(cut, k, k + 9 * s, width=1)
    sx = cut + 24 * s
    c.text(sx, 120 * s, "副券", p.font(20, bold=True), "label")
    c.text(sx, 175 * s, name, p.font(30, bold=True), "name")
    c.text(sx, 215 * s, shown[-4:], p.font(20, mono=True), "id_number")
    c.text(sx, 265 * s, f"{zone}区 {row}排", f, "other")
    c.text(sx, 305 * s, "入场口 " + rng.choice(("东门", "西门", "2号口")), f, "other")
    c.text(sx, H - 24 * s, serial, p.font(14, mono=True), "other")
    return c


def _es(rng: random.Random, fk: OccasionFaker) -> Canvas:
    c, p, cut = _frame(rng)
    W, H, s = c.width, c.height, p.s
    m = 40 * s
    c.text(m, 50 * s, "ENTRADA NOMINATIVA", p.font(26, bold=True), "label", fill=(255, 255, 255))
    show = rng.choice(_ES_SHOWS)
    y = 130 * s
    c.text(m, y, show, fit(p, p.font(38, bold=True), show, cut - 2 * m), "item")
    y += 44 * s
    c.text(m, y, rng.choice(_ES_VENUES), p.font(22), "other")
    y += 36 * s
    c.text(m, y, f"{fk.date('dmy')} · 21:00 h · Apertura de puertas 19:30", p.font(20), "date")
    lf, vf = p.font(15), p.font(24, bold=True)
    y += 50 * s
    row = rng.randint(1, 30)
    cols = (
        ("Puerta", str(rng.randint(1, 12))),
        ("Sector", rng.choice(("Pista", "Grada A", "Tribuna"))),
        ("Fila", str(row)),
        ("Asiento", str(rng.randint(1, 40))),
        ("Precio", f"{rng.choice((35, 48, 65))},00 €"),
    )
    x = m
    for lab, val in cols:  # labels stacked over their values
        stacked(p, x, y, lab, [S(val, "price" if "€" in val else "other")], lf, vf, 150 * s)
        x += 150 * s
    y += 90 * s
    name = fk.eu_name("es")
    stacked(p, m, y, "Titular", [S(name.upper(), "name")], lf, vf, 420 * s)
    stacked(p, m + 440 * s, y, "DNI/NIE", [S(fk.eu_id("es"), "id_number")], lf, vf, 220 * s)
    c.qr(int(cut - 200 * s), int(110 * s), f"E{fk.digits(14)}", size=int(170 * s))
    serial = fk.ticket_serial()
    c.text(cut - 200 * s, 305 * s, serial, p.font(15, mono=True), "other")
    c.text(
        m,
        H - 22 * s,
        "Entrada personal e intransferible. Se exigirá documento de identidad.",
        p.font(15),
        "footer",
    )
    for k in range(int(80 * s), H, int(18 * s)):
        c.vline(cut, k, k + 9 * s, width=1)
    sx = cut + 24 * s
    c.text(sx, 120 * s, "Resguardo", p.font(20, bold=True), "label", fill=RED)
    c.text(
        sx, 170 * s, name.split()[0], fit(p, p.font(26, bold=True), name, W - sx - 20 * s), "name"
    )
    c.text(
        sx, 210 * s, " ".join(name.split()[1:]), fit(p, p.font(22), name, W - sx - 20 * s), "name"
    )
    c.text(sx, 260 * s, f"Fila {row}", p.font(20), "other")
    c.text(sx, H - 22 * s, serial, p.font(14, mono=True), "other")
    return c


def concert_ticket(rng: random.Random) -> Canvas:
    """A real-name concert ticket with its stub: Chinese machine-printed or Spanish."""
    fk = OccasionFaker(rng)
    return _cn(rng, fk) if rng.random() < 0.6 else _es(rng, fk)


LAYOUTS = {"concert_ticket": concert_ticket}
