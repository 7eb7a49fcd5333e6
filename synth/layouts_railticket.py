"""Rail travel. A China rail blue ticket alone or pasted on a 差旅费报销粘贴单 (the
claimant, department and trip written on the sheet by hand; on the ticket its red
serial, stations with pinyin, train, time, 05车12F号, price, 网, the passenger's ID
starred in the middle and the name on one line, the QR code, 仅供报销使用 and the
sales office code); a 12306 order screenshot (订单号 E…, each 乘车人 with 证件号 and
seat, the booker's phone starred); a British e-ticket (passenger "Mr J Smith",
booking reference, ticket number, Railcard, route, coach and seat, the barcode) or a
German DB Online-Ticket (Reisender, Auftragsnummer, BahnCard and its number,
Zugbindung, Wagen / Platz, the Aztec code, the ID to show).

Personal: passengers', claimants' and approvers' names, ID numbers (starred or not),
order numbers and booking references, ticket numbers of an e-ticket, BahnCard and
Railcard numbers (``id_number``), the booker's phone, the ticket's QR or Aztec code
(``code``; it encodes the traveller).
Ordinary: the paper ticket's red serial (a blank's number, like a cheque's), stations,
trains, times, coaches and seats, classes, fares, railcard kinds, sales office codes,
notices, the company on the sheet.
"""

from __future__ import annotations

import random

from .fakedata_money import MoneyFaker
from .formkit import fit, handwritten
from .kit import Faces, Pen, S, _finish, _ink, _paper
from .rail_paper_ticket import CN_SEATS, CN_STATIONS, paper_ticket, train_no
from .render import Canvas

_UK_STATIONS = (
    "London Euston",
    "Manchester Piccadilly",
    "Leeds",
    "York",
    "Bristol Temple Meads",
    "Reading",
)
_UK_TICKETS = ("Off-Peak Return", "Anytime Day Single", "Advance Single", "Super Off-Peak Return")
_RAILCARDS = ("16-25 Railcard", "Two Together", "Senior Railcard", "Network Railcard")
_DE_STATIONS = (
    "Berlin Hbf",
    "München Hbf",
    "Hamburg Hbf",
    "Köln Hbf",
    "Frankfurt(Main)Hbf",
    "Leipzig Hbf",
)


def _cn_sheet(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """差旅费报销粘贴单 with one or two tickets pasted on it."""
    w = rng.choice((1100, 1240))
    c = Canvas(w, int(w * 1.5), paper=_paper(rng), ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=True), w / 1200)
    s, m = p.s, 60 * p.s
    y = 90 * s
    company = fk.cn_company()
    c.text(w / 2, y, company, p.font(30, bold=True), "shop", anchor="ms")
    y += 60 * s
    c.text(w / 2, y, "差旅费报销粘贴单", p.font(40, bold=True), "label", anchor="ms")
    y += 70 * s
    claimant = fk.cn_name(honorific=0.0)
    f = p.font(26)
    fields = [
        ("报销人：", [S(claimant, "name")]),
        ("部门：", [S(rng.choice(("销售部", "工程部", "财务部", "市场部")), "other")]),
        ("出差事由：", [S(rng.choice(("客户拜访", "项目验收", "参加培训", "设备调试")), "other")]),
        ("单据张数：", [S(str(rng.randint(1, 2)), "other")]),
    ]
    for i, (label, value) in enumerate(fields):
        x = m + (i % 2) * (w - 2 * m) / 2
        x1 = c.line(x, y, [S(label, "label")], f) + 8 * s
        c.hline(x1, x + (w - 2 * m) / 2 - 30 * s, y + 8 * s, width=1)
        handwritten(p, x1 + 6 * s, y, value, 32, cjk=True)
        y += 60 * s if i % 2 else 0
    c.hline(m, w - m, y, width=1, dash=int(10 * s))
    c.text(w / 2, y + 34 * s, "粘贴处", p.font(22), "other", anchor="ms", fill=(105, 105, 105))
    y += 70 * s
    traveller = claimant if rng.random() < 0.7 else fk.cn_name(honorific=0.0)
    for _ in range(rng.randint(1, 2)):
        x0 = m + rng.uniform(0, 120) * s
        y = paper_ticket(p, fk, x0, y, (w - 2 * m) * rng.uniform(0.78, 0.86), traveller) + 40 * s
    roles = ("部门负责人：", "财务审核：", "领导审批：")
    for i, role in enumerate(roles[: rng.randint(2, 3)]):
        x = m + i * (w - 2 * m) / 3
        x1 = c.line(x, y + 20 * s, [S(role, "label")], p.font(22)) + 6 * s
        handwritten(p, x1, y + 20 * s, [S(fk.cn_name(honorific=0.0), "name")], 28, cjk=True)
    return _finish(c, y + 20 * s, 0, pad=50 * s)


def _cn_app(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """A 12306 order detail screenshot: order number, trip, passengers and seats."""
    w = rng.choice((720, 750))
    c = Canvas(w, int(w * 2.0), paper=(242, 244, 247), ink=(25, 25, 30))
    p = Pen(rng, c, Faces.pick(rng, cjk=True), w / 750)
    s = p.s
    c.text(
        36 * s,
        44 * s,
        f"{rng.randint(7, 23)}:{rng.randint(0, 59):02d}",
        p.font(24, bold=True),
        "other",
    )
    c.draw.rectangle([0, 70 * s, w, 150 * s], fill=(50, 120, 220))
    c.text(
        w / 2,
        122 * s,
        "订单详情",
        p.font(32, bold=True),
        "label",
        anchor="ms",
        fill=(255, 255, 255),
    )
    y = 200 * s
    f = p.font(26)
    grey = (100, 100, 108)
    c.line(36 * s, y, [S("订单号：", "label"), S("E" + fk.digits(9), "id_number")], f, fill=grey)
    c.text(
        w - 36 * s,
        y,
        rng.choice(("已支付", "已出票", "已检票")),
        f,
        "other",
        anchor="rs",
        fill=(240, 120, 20),
    )
    y += 40 * s
    c.draw.rounded_rectangle(
        [24 * s, y, w - 24 * s, y + 230 * s], radius=16 * s, fill=(255, 255, 255)
    )
    (a, _), (b, _) = rng.sample(CN_STATIONS, 2)
    y += 80 * s
    big = p.font(40, bold=True)
    c.text(60 * s, y, a, big, "other")
    c.text(w / 2, y - 10 * s, train_no(rng), p.font(28, bold=True), "other", anchor="ms")
    c.text(w - 60 * s, y, b, big, "other", anchor="rs")
    y += 56 * s
    dep, arr = (
        f"{rng.randint(6, 15):02d}:{rng.choice(('05', '18', '30', '42'))}",
        f"{rng.randint(16, 22):02d}:{rng.choice(('00', '27', '51'))}",
    )
    c.text(60 * s, y, dep, p.font(30), "other")
    c.text(w - 60 * s, y, arr, p.font(30), "other", anchor="rs")
    c.text(w / 2, y, fk.date(), p.font(22), "date", anchor="ms", fill=grey)
    y += 130 * s
    for _ in range(rng.randint(1, 3)):
        c.draw.rounded_rectangle(
            [24 * s, y - 50 * s, w - 24 * s, y + 110 * s], radius=16 * s, fill=(255, 255, 255)
        )
        c.line(
            60 * s,
            y,
            [
                S(fk.cn_name(honorific=0.0), "name"),
                S(rng.choice(("  成人票", "  学生票", "  儿童票")), "other"),
            ],
            p.font(30, bold=True),
        )
        c.text(
            w - 60 * s, y, f"¥{rng.randint(50, 800)}.{rng.choice('05')}", f, "price", anchor="rs"
        )
        y += 44 * s
        c.line(
            60 * s,
            y,
            [S("中国居民身份证 ", "label"), S(fk.cn_id_masked(), "id_number")],
            p.font(22),
            fill=grey,
        )
        y += 40 * s
        seat = f"{rng.randint(1, 16):02d}车{rng.randint(1, 20):02d}{rng.choice('ABCDF')}号"
        c.line(60 * s, y, [S(rng.choice(CN_SEATS) + " ", "other"), S(seat, "other")], f)
        y += 130 * s
    y -= 40 * s
    c.line(36 * s, y, [S("联系手机：", "label"), S(fk.cn_mobile("masked"), "phone")], f, fill=grey)
    y += 50 * s
    c.text(
        36 * s,
        y,
        "温馨提示：请携带购票时所使用的有效身份证件原件进站乘车。",
        p.font(20),
        "footer",
        fill=grey,
    )
    y += 70 * s
    for label in ("改签", "退票", "变更到站"):
        c.text(
            w / 2 + (("改签", "退票", "变更到站").index(label) - 1) * 220 * s,
            y,
            label,
            f,
            "other",
            anchor="ms",
            fill=(50, 120, 220),
        )
    return _finish(c, y, 0, pad=60 * s)


def _latin(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """A British e-ticket or a German DB Online-Ticket printed on A4."""
    de = rng.random() < 0.45
    w = rng.choice((1240, 1400))
    c = Canvas(w, int(w * 1.2), paper=(250, 250, 250), ink=(20, 20, 25))
    p = Pen(rng, c, Faces.pick(rng, cjk=False), w / 1240)
    s, m = p.s, 70 * p.s
    y = 100 * s
    f, lf = p.font(26), p.font(20)
    grey = (100, 100, 105)
    a, b = rng.sample(_DE_STATIONS if de else _UK_STATIONS, 2)
    code_size = int(260 * s)
    c.qr(int(w - m - code_size), int(y - 40 * s), fk.alnum(24), size=code_size)
    if de:
        c.text(m, y, "Online-Ticket", p.font(40, bold=True), "label")
        y += 60 * s
        rows = [
            ("Reisender", [S(fk.eu_name("de"), "name")]),
            ("Auftragsnummer", [S(fk.upper(2) + fk.alnum(4), "id_number")]),
            ("Hinfahrt", [S(f"{a} → {b}", "other")]),
            (
                "Fahrkarte",
                [
                    S(
                        rng.choice(("Flexpreis", "Sparpreis", "Super Sparpreis")) + ", 2. Klasse",
                        "other",
                    )
                ],
            ),
            (
                "Zugbindung",
                [
                    S(
                        f"ICE {rng.randint(500, 1999)}, {fk.date()[8:]}.{fk.date()[5:7]}., ab {fk.time(False)}",
                        "other",
                    )
                ],
            ),
            (
                "Platzreservierung",
                [S(f"Wagen {rng.randint(1, 14)}, Platz {rng.randint(11, 128)}", "other")],
            ),
            (
                "BahnCard",
                [
                    S(rng.choice(("BahnCard 25", "BahnCard 50")) + " Nr. ", "other"),
                    S("7081 " + " ".join(fk.digits(4) for _ in range(3)), "id_number"),
                ],
            ),
            (
                "Gesamtpreis",
                [S(f"{rng.randint(17, 140)},{rng.choice(('90', '99', '50'))} €", "price")],
            ),
        ]
        note = "Bitte weisen Sie sich mit Ihrer BahnCard oder einem amtlichen Lichtbildausweis aus."
    else:
        c.text(m, y, "Your e-ticket", p.font(40, bold=True), "label")
        y += 60 * s
        rail = rng.random() < 0.6
        full = fk.en_name()
        short = f"{full[0]} {full.split()[-1]}" if rng.random() < 0.7 else full
        rows = [
            (
                "Passenger",
                [S(rng.choice(("Mr ", "Ms ", "Mrs ", "Dr ")), "other"), S(short, "name")],
            ),
            ("Booking reference", [S(fk.upper(3) + fk.digits(5), "id_number")]),
            (
                "Ticket number",
                [S(fk.digits(3) + " " + fk.alnum(5) + " " + fk.digits(4), "id_number")],
            ),
            (
                "Ticket type",
                [
                    S(
                        rng.choice(_UK_TICKETS)
                        + (", Standard" if rng.random() < 0.8 else ", First"),
                        "other",
                    )
                ],
            ),
            ("From / To", [S(f"{a} to {b}", "other")]),
            (
                "Route",
                [
                    S(
                        rng.choice(("Any permitted", "Not via London", "Avanti West Coast only")),
                        "other",
                    )
                ],
            ),
            (
                "Reservation",
                [
                    S(
                        f"Coach {rng.choice('ABCDEFGH')}, Seat {rng.randint(1, 80)}{rng.choice(('', 'A', 'F'))}",
                        "other",
                    )
                ],
            ),
            ("Price", [S(f"£{rng.randint(9, 180)}.{rng.choice(('00', '50', '80'))}", "price")]),
        ]
        if rail:
            rows.insert(
                4,
                (
                    "Railcard",
                    [
                        S(rng.choice(_RAILCARDS) + " ", "other"),
                        S(fk.digits(4) + " " + fk.digits(4), "id_number"),
                    ],
                ),
            )
        note = "Valid only with the railcard shown. Show this ticket on your phone or printed at the gate."
    y += code_size * 0.7
    x_val = m + 320 * s
    for label, value in rows:
        c.text(m, y, label, lf, "label", fill=grey)
        vf = fit(p, f, "".join(sp.text for sp in value), w - m - x_val)
        c.line(x_val, y, value, vf)
        y += 56 * s
    y += 30 * s
    c.hline(m, w - m, y, width=1)
    y += 50 * s
    y = c.wrap(m, y, [S(note, "footer")], lf, w - 2 * m, 32 * s, max_lines=3)
    c.text(
        m,
        y + 20 * s,
        "Deutsche Bahn AG · Tarifbestimmungen gelten"
        if de
        else "National Rail Conditions of Travel apply",
        lf,
        "footer",
        fill=grey,
    )
    return _finish(c, y + 20 * s, 0, pad=60 * s)


def _cn_lone(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """One paper ticket on its own, as kept in a wallet and photographed."""
    w = rng.choice((900, 1000))
    c = Canvas(w, int(w * 0.72), paper=(rng.randint(226, 240),) * 3, ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=True), w / 1000)
    bottom = paper_ticket(p, fk, 30 * p.s, 30 * p.s, w - 60 * p.s, fk.cn_name(honorific=0.0))
    return _finish(c, bottom, 0, pad=30 * p.s)


def rail_ticket(rng: random.Random) -> Canvas:
    """A ticket alone or on an expense sheet, a 12306 order, a British or German e-ticket."""
    fk = MoneyFaker(rng)
    kinds = (_cn_lone, _cn_sheet, _cn_app, _latin)
    return rng.choices(kinds, weights=(15, 30, 22, 33))[0](rng, fk)


LAYOUTS = {"rail_ticket": rail_ticket}
