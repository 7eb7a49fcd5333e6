"""Ferries and passenger manifests. A ferry company's 客船旅客名单 / 乘客信息登记表 kept
for the maritime authority (ship, voyage, sailing time, ports and counts above; rows of
passengers: name in Chinese or a foreigner's in capitals, sex, the document's kind and
number, phone or 同上, seat or berth, ticket number; the vehicle deck's list: plate,
kind, driver and phone, people aboard; the declaration; the master and the clerk by
hand; the company's seal), a real-name 船票 (the company on a tinted band, the ports
large, ship, time, cabin and seat, fare, the passenger as a full name, the ID starred,
the 票号, the gate, the QR; the rules), a thermal 登船凭证 printed at the pier (seat
large, passenger, starred ID, ticket number and its barcode), or an English passenger
and vehicle booking or an Italian carta d'imbarco (:mod:`synth.ferry_latin`).

Personal: passengers, drivers, masters and clerks (``name``), ID and passport numbers
full or starred, ticket numbers (``id_number``: sold in one traveller's real name),
booking references, dates of birth and vehicles' plates (``id_number``), phones and the
codes on tickets (``code``). Ordinary: ships, voyages, ports, times, cabins, seats,
berths, gates, fares, vehicle kinds, counts, rules and declarations; the company's line
is business data.
"""

from __future__ import annotations

import random

from .fakedata_dues import DuesFaker
from .fakedata_kin import star_id
from .ferry_latin import en_booking, it_carta
from .ferry_words import (
    CN_COMPANIES,
    CN_DECLARATION,
    CN_GATES,
    CN_ID_KINDS,
    CN_ROUTES,
    CN_SEATS,
    CN_TICKET_RULES,
    CN_VEHICLES,
)
from .formkit import RED, Cell, fit, handwritten, seal, sheet, table
from .formkit_slips import grid_rows, label_cell
from .kit import Faces, Pen, S, _finish, _paper, biz
from .render import Canvas

_TINTS = ((205, 225, 245), (210, 236, 226), (250, 232, 210))


def _sailing(rng: random.Random) -> tuple[str, str]:
    """The sailing's date and time (ordinary)."""
    return (
        f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        f"{rng.randint(6, 21):02d}:{rng.choice(('00', '15', '30', '45'))}",
    )


def _seat(rng: random.Random) -> str:
    kind = rng.choice(CN_SEATS)
    if "舱" in kind:
        return f"{kind}{rng.randint(1, 30):02d}舱{rng.randint(1, 8)}号铺"
    return f"{kind}{rng.randint(1, 40)}排{rng.randint(1, 12)}号"


def _document(rng: random.Random, fk: DuesFaker) -> tuple[str, str, str]:
    """A passenger's name, document kind and number (a foreigner's passport with a Latin
    name in capitals now and then)."""
    kind = rng.choice(CN_ID_KINDS)
    if kind == "护照" and rng.random() < 0.5:
        return fk.en_name(upper=True), kind, f"{fk.upper(2)}{fk.digits(7)}"
    number = (
        fk.id_born(1940, 2020)
        if kind == "身份证"
        else fk.passport()
        if kind == "护照"
        else f"C{fk.digits(8)}"
    )
    return fk.cn_name(honorific=0.0), kind, number


def _cn_manifest(rng: random.Random, fk: DuesFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1300, 1400), 1.45, cjk=True, base=1300, margin=0.045)
    s, w = p.s, right - m
    company, line, ships = rng.choice(CN_COMPANIES)
    dep, arr = rng.choice(CN_ROUTES)
    day, time = _sailing(rng)
    y = m + 30 * s
    c.text(c.width / 2, y, company, p.font(22, bold=True), "shop", anchor="ms")
    y += 46 * s
    title = rng.choice(("客船旅客名单", "乘客信息登记表", "旅客及车辆登记名单"))
    c.text(c.width / 2, y, title, p.font(30, bold=True), "label", anchor="ms")
    y += 22 * s
    n = rng.randint(12, 18)
    hand = rng.random() < 0.4
    head = grid_rows(
        [
            [
                ("船名", rng.choice(ships), "other"),
                ("航次", fk.voyage_no(), "other"),
                ("开航时间", f"{day} {time}", "date"),
            ],
            [("始发港", dep, "other"), ("到达港", arr, "other"), ("旅客人数", f"{n}人", "other")],
        ],
        hand=hand,
        columns=6,
    )
    y = (
        table(p, m, y, [w * k for k in (0.1, 0.2, 0.1, 0.2, 0.12, 0.28)], head, 44 * s, p.font(16))
        + 16 * s
    )
    heads = ("序号", "姓名", "性别", "证件类型", "证件号码", "联系电话", "座位/铺位", "票号")
    rows = [[label_cell(h) for h in heads]]
    for k in range(n):
        name, kind, number = _document(rng, fk)
        phone = (
            Cell.of("同上", "other", align="c")
            if k and rng.random() < 0.2
            else Cell.of(fk.cn_mobile(rng.choice(("plain", "plain", "space"))), "phone", align="c")
        )
        rows.append(
            [
                Cell.of(str(k + 1), "other", align="c"),
                Cell.of(name, "name", align="c"),
                Cell.of(fk.sex(), "other", align="c"),
                Cell.of(kind, "other", align="c"),
                Cell.of(number, "id_number", align="c"),
                phone,
                Cell.of(_seat(rng), "other", align="c"),
                Cell.of(fk.ferry_ticket_no(), "id_number", align="c"),
            ]
        )
    widths = [w * k for k in (0.05, 0.13, 0.05, 0.1, 0.2, 0.15, 0.16, 0.16)]
    y = table(p, m, y, widths, rows, 36 * s, p.font(14), line=1) + 40 * s
    if rng.random() < 0.75:  # the vehicle deck
        c.text(m, y, "随船车辆", p.font(18, bold=True), "label")
        cars = [[label_cell(h) for h in ("车牌号", "车型", "驾驶员", "联系电话", "随车人数")]]
        for _ in range(rng.randint(2, 5)):
            cars.append(
                [
                    Cell.of(fk.cn_plate(), "id_number", align="c"),
                    Cell.of(rng.choice(CN_VEHICLES), "other", align="c"),
                    Cell.of(fk.cn_name(honorific=0.0), "name", align="c"),
                    Cell.of(fk.cn_mobile_digits(), "phone", align="c"),
                    Cell.of(f"{rng.randint(1, 5)}人", "other", align="c"),
                ]
            )
        y = (
            table(
                p,
                m,
                y + 12 * s,
                [w * k for k in (0.2, 0.2, 0.18, 0.24, 0.18)],
                cars,
                36 * s,
                p.font(15),
                line=1,
            )
            + 40 * s
        )
    y = c.wrap(m, y, [S(CN_DECLARATION, "footer")], p.font(15), w, 24 * s, max_lines=3) + 40 * s
    f = p.font(17)
    for x0, role in ((m, "船长(签字):"), (m + w * 0.36, "制表人:")):
        x = c.line(x0, y, [S(role, "label")], f) + 8 * s
        handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 28, cjk=True)
    c.line(m + w * 0.66, y, [S("客服电话:", "label"), biz(line, "shop_phone")], p.font(15))
    seal(p, right - 90 * s, y - 70 * s, 64 * s, "客运专用章")
    return _finish(c, y, m // 2, pad=24 * s)


def _cn_ticket(rng: random.Random, fk: DuesFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1200), 0.8, cjk=True, base=1100, margin=0.04)
    s, w = p.s, right - m
    company, line, ships = rng.choice(CN_COMPANIES)
    dep, arr = rng.choice(CN_ROUTES)
    day, time = _sailing(rng)
    c.draw.rectangle([m, m, right, m + 80 * s], fill=rng.choice(_TINTS))
    c.text(m + 24 * s, m + 52 * s, company, p.font(26, bold=True), "shop")
    c.text(right - 24 * s, m + 52 * s, "实名制船票", p.font(24, bold=True), "label", anchor="rs")
    y = m + 160 * s
    big = p.font(40, bold=True)
    x = c.line(m + 30 * s, y, [S(dep, "other")], big)
    x = c.line(x + 24 * s, y, [S("→", "other")], big)
    c.line(x + 24 * s, y, [S(arr, "other")], big)
    y += 60 * s
    name = fk.cn_name(honorific=0.0)
    idn = fk.id_born(1945, 2018)
    ticket = fk.ferry_ticket_no()
    rows = (
        ("船    名:", S(rng.choice(ships), "other")),
        ("开航时间:", S(f"{day} {time}", "date")),
        ("舱位座位:", S(_seat(rng), "other")),
        ("票    价:", S(f"¥{rng.choice((35, 48, 72, 120, 198, 265))}.00", "price")),
        ("旅客姓名:", S(name, "name")),
        ("证件号码:", S(star_id(idn) if rng.random() < 0.8 else idn, "id_number")),
        ("票    号:", S(ticket, "id_number")),
        ("检 票 口:", S(rng.choice(CN_GATES), "other")),
    )
    f = p.font(21)
    for label, value in rows:
        c.line(m + 30 * s, y, [S(label, "label"), S(" ", "other"), value], f)
        y += 38 * s
    q = int(200 * s)
    c.qr(int(right - q - 40 * s), int(m + 200 * s), f"FT{ticket}{fk.alnum(10)}", size=q)
    c.text(right - q / 2 - 40 * s, m + 230 * s + q, "扫码检票", p.font(16), "label", anchor="ms")
    y += 10 * s
    for rule in rng.sample(CN_TICKET_RULES, 3):
        y = c.wrap(m + 30 * s, y, [S(rule, "footer")], p.font(14), w - 60 * s, 22 * s, max_lines=2)
    c.line(m + 30 * s, y + 8 * s, [S("服务热线:", "label"), biz(line, "shop_phone")], p.font(15))
    c.box(m, m, right, y + 30 * s, width=2)
    return _finish(c, y + 30 * s, m, pad=0)


def _cn_stub(rng: random.Random, fk: DuesFaker) -> Canvas:
    """A thermal 登船凭证 from the pier's machine: narrow, the seat large."""
    W = rng.choice((560, 600))
    c = Canvas(W, int(W * 2.0), paper=_paper(rng, thermal=True), ink=(30, 30, 34))
    p = Pen(rng, c, Faces.pick(rng, cjk=True), W / 600)
    s, m = p.s, 36 * p.s
    company, line, ships = rng.choice(CN_COMPANIES)
    dep, arr = rng.choice(CN_ROUTES)
    day, time = _sailing(rng)
    y = 70 * s
    c.text(
        W / 2, y, company, fit(p, p.font(24, bold=True), company, W - 2 * m), "shop", anchor="ms"
    )
    y += 50 * s
    c.text(W / 2, y, "登船凭证 BOARDING PASS", p.font(24, bold=True), "label", anchor="ms")
    y += 20 * s
    c.hline(m, W - m, y, width=2, dash=6)
    y += 50 * s
    f = p.font(21)
    ticket = fk.ferry_ticket_no()
    for label, value in (
        ("航线:", S(f"{dep}-{arr}", "other")),
        ("船名:", S(rng.choice(ships), "other")),
        ("日期:", S(day, "date")),
        ("开航:", S(time, "date")),
    ):
        c.line(m, y, [S(label, "label"), value], f)
        y += 38 * s
    y += 30 * s
    c.text(
        W / 2,
        y,
        f"{rng.randint(1, 40)}排{rng.randint(1, 12)}号",
        p.font(48, bold=True),
        "other",
        anchor="ms",
    )
    y += 60 * s
    for label, value in (
        ("姓名:", S(fk.cn_name(honorific=0.0), "name")),
        ("证件:", S(star_id(fk.id_born(1945, 2018)), "id_number")),
        ("票号:", S(ticket, "id_number")),
        ("登船口:", S(rng.choice(CN_GATES), "other")),
    ):
        c.line(m, y, [S(label, "label"), value], f)
        y += 38 * s
    y += 10 * s
    c.barcode(
        int(m),
        int(y),
        ticket,
        height=int(70 * s),
        module=2,
        max_width=int(W - 2 * m),
        category="code",
    )
    y += 110 * s
    c.text(W / 2, y, "请妥善保管,凭此登船", p.font(17), "footer", anchor="ms")
    y += 34 * s
    c.text(W / 2, y, f"打印 {day} {fk.time()}", p.font(15), "date", anchor="ms")
    if rng.random() < 0.5:
        c.text(W - m, 250 * s, "已检", p.font(30, bold=True), "other", anchor="rs", fill=RED)
    return _finish(c, y, 0, pad=40 * s)


def ferry_passenger_manifest(rng: random.Random) -> Canvas:
    """A 客船旅客名单, a real-name 船票, a pier's 登船凭证, an English passenger and vehicle
    booking or an Italian carta d'imbarco."""
    fk = DuesFaker(rng)
    draw = rng.choices(
        (_cn_manifest, _cn_ticket, _cn_stub, en_booking, it_carta), weights=(34, 20, 14, 18, 14)
    )[0]
    return draw(rng, fk)


LAYOUTS = {"ferry_passenger_manifest": ferry_passenger_manifest}
