"""Parcel delivery attempts: a "Sorry we missed you" card left through the door
(English or German), or a Chinese courier's 快递未妥投通知单, filled in by hand.

The courier writes the addressee's name and address on the card's blanks, ticks
where the parcel went (a neighbour's name and house number may follow), and signs
with a first name and a mobile number; the tracking number is printed with its
barcode. The pick-up point's name, address and opening hours are a business's, so
ordinary like a shop's address on a receipt; the courier company's hotline, the
tick-box options, dates and times are ordinary too. The Chinese card puts the same
items in a ruled grid with tick boxes for the reason and what was done.
"""

from __future__ import annotations

import random

from .fakedata_errands import ErrandFaker
from .formkit import RED, Cell, handwritten, sheet, table
from .formkit_blanks import tick_box
from .kit import S, _finish
from .render import Canvas, Span

_WORDS = {
    "en": {
        "title": "Sorry we missed you",
        "to": "To",
        "addr": "Address",
        "called": "We called on",
        "item": "Your item is:",
        "opts": (
            "with your neighbour at no.",
            "in your safe place",
            "at the collection point below",
            "coming back tomorrow",
        ),
        "from": "Collect from",
        "hours": "Mon-Sat 8:00-19:00, Sun 10:00-16:00",
        "ref": "Tracking ref",
        "by": "Card left by",
        "mob": "Mobile",
        "foot": "Bring this card and photo ID. Rebook online or call 0345 600 7000.",
        "points": (
            "Post Office, 12 Market Street",
            "Corner Shop, 4 Station Parade",
            "Depot, Unit 7 Riverside Ind. Est.",
        ),
    },
    "de": {
        "title": "Benachrichtigungskarte",
        "to": "An",
        "addr": "Anschrift",
        "called": "Zustellversuch am",
        "item": "Ihre Sendung ist:",
        "opts": (
            "beim Nachbarn, Hausnr.",
            "am Ablageort",
            "in der Filiale unten",
            "morgen erneut unterwegs",
        ),
        "from": "Abholung in",
        "hours": "Mo-Fr 9-18 Uhr, Sa 9-13 Uhr",
        "ref": "Sendungsnummer",
        "by": "Ihr Zusteller",
        "mob": "Mobil",
        "foot": "Bitte Karte und Ausweis mitbringen. Abholung ab dem nächsten Werktag.",
        "points": (
            "Paketshop Kiosk am Markt, Marktplatz 3",
            "Filiale Bahnhofstraße 12",
            "Packstation 114, Kirchweg",
        ),
    },
}
_CN_REASONS = ("无人签收", "电话无法接通", "地址不详", "收件人要求改期")
_CN_DONE = ("已放至驿站", "已放快递柜", "次日再投")


def _latin(rng: random.Random, fk: ErrandFaker) -> Canvas:
    lang = rng.choice(("en", "en", "de"))
    t = _WORDS[lang]
    c, p, m, right = sheet(rng, (800, 860), 1.6, cjk=False, base=800, margin=(0.05, 0.06))
    W, s, w = c.width, p.s, right - m
    band = rng.choice(((200, 30, 40), (250, 200, 0), (20, 90, 170)))
    text_on = (255, 255, 255) if band[2] > 30 or band[0] < 220 else (20, 20, 20)
    c.draw.rectangle([0, 0, W, 150 * s], fill=band)
    brand = rng.choice(("ParcelDash", "SwiftDrop", "PaketBlitz", "Courier One"))
    c.text(m, 60 * s, brand, p.font(30, bold=True), "brand", fill=text_on)
    c.text(m, 120 * s, t["title"], p.font(36, bold=True), "label", fill=text_on)
    f, hp = p.font(21), 32
    y = 220 * s
    if lang == "en":
        name, (street, town) = fk.en_name(), fk.uk_address()
        addr = [[S(x, k) for x, k in street.segments], [S(x, k) for x, k in town.segments]]
        phone, neighbour = fk.uk_phone(), fk.en_name()
    else:
        name, (street, town) = fk.eu_name("de"), fk.eu_address("de")
        addr = [[S(street, "address")], [S(town, "address")]]
        phone, neighbour = fk.eu_phone("de"), fk.eu_name("de")

    def blank(y: float, label: str, value: list[Span], x: float = m, x1: float = right) -> None:
        lx = c.line(x, y, [S(label, "label")], f) + 12 * s if label else x
        c.hline(lx, x1, y + 8 * s, width=1)
        handwritten(p, lx + 6 * s, y, value, hp, cjk=False, width=x1 - lx - 12 * s)

    blank(y, t["to"], [S(name, "name")])
    y += 56 * s
    blank(y, t["addr"], addr[0])
    y += 56 * s
    blank(y, "", addr[1])
    y += 56 * s
    blank(
        y,
        t["called"],
        [S(fk.date("dmy"), "date"), S(f"  {fk.time(False)}", "other")],
        x1=m + w * 0.75,
    )
    y += 64 * s
    c.text(m, y, t["item"], p.font(22, bold=True), "label")
    chosen = rng.randrange(4)
    for k, opt in enumerate(t["opts"]):
        y += 44 * s
        x = tick_box(p, m + 10 * s, y, opt, k == chosen, f)
        if k == 0 and chosen == 0:
            handwritten(
                p,
                x + 12 * s,
                y,
                [S(str(rng.randint(1, 90)), "address"), S(" ", "other"), S(neighbour, "name")],
                30,
                cjk=False,
            )
    y += 64 * s
    track = fk.ups_tracking() if rng.random() < 0.5 else fk.cn22_tracking()
    c.line(m, y, [S(t["ref"] + " ", "label"), S(track, "tracking")], p.font(22, mono=True))
    y += 14 * s
    c.barcode(int(m), int(y), track, height=int(70 * s), module=2, max_width=int(w))
    y += 120 * s
    c.text(m, y, t["from"], p.font(22, bold=True), "label")
    y += 36 * s
    c.text(m, y, rng.choice(t["points"]), f, "other")  # a business's address: ordinary
    y += 32 * s
    c.text(m, y, t["hours"], p.font(18), "other")
    y += 60 * s
    blank(
        y,
        t["by"],
        [S(fk.en_first(upper=False) if lang == "en" else fk.eu_name("de").split()[0], "name")],
        x1=m + w * 0.55,
    )
    blank(y, t["mob"], [S(phone, "phone")], x=m + w * 0.58)
    y += 60 * s
    y = c.wrap(m, y, [S(t["foot"], "footer")], p.font(16), w, 24 * s, max_lines=2)
    return _finish(c, y, 0, pad=m * 0.6)


def _cn(rng: random.Random, fk: ErrandFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1000, 1100), 1.2, cjk=True, base=1000, margin=(0.05, 0.06))
    W, s, w = c.width, p.s, right - m
    f = p.font(21)
    brand = rng.choice(("迅达速递", "顺通快运", "邻里快递", "鸿雁速运"))
    y = m + 40 * s
    c.text(m, y, brand, p.font(28, bold=True), "brand", fill=RED)
    c.text(
        right, y, f"客服热线 400-{fk.digits(3)}-{fk.digits(4)}", p.font(18), "other", anchor="rs"
    )
    y += 50 * s
    c.text(
        W / 2,
        y,
        rng.choice(("快递未妥投通知单", "投递未成功通知")),
        p.font(32, bold=True),
        "label",
        anchor="ms",
    )
    y += 24 * s
    addr, _pc = fk.cn_address(with_door=1.0)
    lab = lambda t: Cell.of(t, "label", align="c")  # noqa: E731
    hand = lambda t, k, n=1: Cell.of(t, k, hand=True, span=n)  # noqa: E731
    station = f"{rng.choice(('幸福里', '阳光', '锦绣', '翠湖'))}{rng.choice(('菜鸟驿站', '快递超市', '便民服务点'))}"
    station_addr = f"{rng.choice(('小区南门', '小区北门商铺', '物业楼一层'))}{rng.randint(1, 30)}号"
    rows = [
        [
            lab("收件人"),
            hand(fk.cn_name(honorific=0.3), "name"),
            lab("电话"),
            hand(fk.cn_mobile("plain"), "phone"),
        ],
        [lab("地址"), Cell(tuple(S(t, k) for t, k in addr.segments), hand=True, span=3)],
        [lab("运单号"), Cell.of(fk.waybill_cn(), "tracking", span=3)],
        [
            lab("投递时间"),
            hand(f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日", "date"),
            lab("时间"),
            hand(fk.time(False), "other"),
        ],
        [lab("自提点"), Cell.of(station, "shop"), lab("地址"), Cell.of(station_addr, "other")],
        [
            lab("派件员"),
            hand(fk.cn_name(honorific=0.0), "name"),
            lab("手机"),
            hand(fk.cn_mobile("plain"), "phone"),
        ],
    ]
    widths = (w * 0.16, w * 0.36, w * 0.14, w * 0.34)
    y = table(p, m, y, widths, rows, 62 * s, f, hand_px=30)
    y += 46 * s
    for label, opts in (("未妥投原因:", _CN_REASONS), ("处理方式:", _CN_DONE)):
        x = c.line(m, y, [S(label, "label")], f) + 12 * s
        chosen = rng.randrange(len(opts))
        for k, opt in enumerate(opts):
            x = tick_box(p, x, y, opt, k == chosen, f) + 22 * s
        y += 50 * s
    if rng.random() < 0.5:  # the courier's note in the margin
        handwritten(p, m, y + 10 * s, [S("已电话联系,本人同意放驿站", "other")], 30, cjk=True)
        y += 60 * s
    for line in (
        "请凭取件码或本通知单于3日内取件,逾期将退回寄件人。",
        "自提点营业时间 08:30-21:00",
    ):
        c.text(m, y, line, p.font(17), "footer")
        y += 28 * s
    return _finish(c, y, 0, pad=m * 0.6)


def missed_delivery_card(rng: random.Random) -> Canvas:
    """A "Sorry we missed you" card (English or German) or a Chinese 未妥投 card."""
    fk = ErrandFaker(rng)
    return _cn(rng, fk) if rng.random() < 0.5 else _latin(rng, fk)


LAYOUTS = {"missed_delivery_card": missed_delivery_card}
