"""Package tours. A travel agency's 旅游团游客名单 (团号, 线路名称, 出发日期, the tour
leader or guide with a guide licence number and mobile; a table of 序号, 姓名, 性别,
证件类型, 证件号码 or passport, 出生日期, 联系电话, 分房 pairing and 备注 such as 素食; an
emergency contact line; the itinerary), a hotel rooming list whose room numbers the
guide writes in by hand at check-in, an English passenger manifest / rooming list
(Surname, Given names, Passport no., Nationality, DOB, Room type TWN/DBL, Dietary) or an
Italian lista partecipanti (Cognome, Nome, Data di nascita, Documento n.).

Personal: tourists, guides, leaders and emergency contacts (``name``), their ID and
passport numbers, dates of birth and guide licence numbers (``id_number``), mobiles
(``phone``). Ordinary: the route, itinerary, flights, times, hotels, hotel room numbers
and types (a hotel room is nobody's home, as on a hotel registration card), sex,
nationality, document types, dietary notes, prices and notices; the agency's name,
licence number and hotline are business data.
"""

from __future__ import annotations

import random

from .fakedata_money import MoneyFaker
from .formkit import Cell, sheet, table
from .formkit_slips import hand_cell, label_cell
from .kit import S, _finish
from .render import Canvas, Span
from .tour_words import (
    CN_AGENCY,
    CN_HOTELS,
    CN_NOTES,
    CN_ROUTES,
    EN_DIET,
    EN_HOTELS,
    EN_TOURS,
    IT_FIRST,
    IT_LAST,
    IT_TOURS,
    NATIONS,
    itinerary,
)


def _agency_head(c: Canvas, p, fk: MoneyFaker, y: float, m: float, right: float) -> float:
    """The agency's name, licence number and hotline (its own, business data)."""
    s = p.s
    name = fk.r.choice(CN_AGENCY)
    c.text(c.width / 2, y, name, p.font(24, bold=True), "shop", anchor="ms")
    y += 34 * s
    licence = f"经营许可证号:L-{fk.r.choice(('ZJ', 'JS', 'SC', 'GD'))}-{fk.r.choice(('CJ', 'GN'))}{fk.digits(5)}"
    c.text(m, y, licence, p.font(15), "tax_id")
    hot = [
        S("24小时服务热线:", "label"),
        Span(f"400-{fk.digits(3)}-{fk.digits(4)}", "shop_phone", None),
    ]
    c.line(right - 330 * s, y, hot, p.font(15))
    return y


def _guide(fk: MoneyFaker, rng: random.Random) -> list[Span]:
    licence = f"D-{rng.choice(('3301', '3201', '5101', '4401'))}-{fk.digits(6)}"
    return [
        S(rng.choice(("全陪导游:", "领队:", "导游:")), "label"),
        S(fk.cn_name(honorific=0.0), "name"),
        S("  导游证号:", "label"),
        S(licence, "id_number"),
        S("  电话:", "label"),
        S(fk.cn_mobile(rng.choice(("plain", "space"))), "phone"),
    ]


def _cn_roster(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1500, 1600), 1.3, cjk=True, base=1500, margin=0.035)
    s = p.s
    y = _agency_head(c, p, fk, m + 40 * s, m, right) + 50 * s
    c.text(
        c.width / 2,
        y,
        rng.choice(("旅游团游客名单", "出团游客名单", "团队游客名单表")),
        p.font(30, bold=True),
        "label",
        anchor="ms",
    )
    y += 46 * s
    route, days = rng.choice(CN_ROUTES)
    f = p.font(17)
    mon, day = rng.randint(1, 12), rng.randint(1, 28)
    group = f"{rng.choice(('HZ', 'NJ', 'CD', 'GZ'))}2026{mon:02d}{day:02d}{rng.choice(('YN', 'XM', 'TH', 'JP'))}{rng.randint(1, 9)}"
    c.line(m, y, [S("团号:", "label"), Span(group, "order_number", None)], f)
    c.line(m + 360 * s, y, [S("线路名称:", "label"), S(route, "other")], f)
    c.line(right - 300 * s, y, [S("出发日期:", "label"), S(f"2026-{mon:02d}-{day:02d}", "date")], f)
    y += 34 * s
    c.line(m, y, _guide(fk, rng), f)
    y += 16 * s
    heads = ("序号", "姓名", "性别", "证件类型", "证件号码", "出生日期", "联系电话", "分房", "备注")
    frac = (0.05, 0.1, 0.05, 0.08, 0.22, 0.12, 0.15, 0.07, 0.16)
    widths = [(right - m) * k for k in frac]
    rows: list[list[Cell]] = [[label_cell(h) for h in heads]]
    room = 1
    n = rng.randint(10, 16)
    for i in range(n):
        passport = "护照" in route or rng.random() < 0.1
        ident = fk.passport() if passport else fk.cn_resident_id()
        if not passport and rng.random() < 0.3:
            ident = ident[:6] + "********" + ident[-4:]
        phone = fk.cn_mobile_digits() if i % 2 == 0 or rng.random() < 0.3 else ""
        rows.append(
            [
                Cell.of(str(i + 1), "other", align="c"),
                Cell.of(fk.cn_name(honorific=0.0), "name"),
                Cell.of(rng.choice("男女"), "other", align="c"),
                Cell.of("护照" if passport else "身份证", "other", align="c"),
                Cell.of(ident, "id_number"),
                Cell.of(fk.dob(rng.choice(("iso", "dot"))), "id_number"),
                Cell.of(phone, "phone"),
                Cell.of(str(room), "other", align="c"),
                Cell.of(rng.choice(CN_NOTES), "other"),
            ]
        )
        room += i % 2
    y = table(p, m, y, widths, rows, 38 * s, p.font(15), line=1)
    y += 36 * s
    tourist = rows[rng.randint(1, n)][1].spans[0].text
    contact = [
        S("紧急联系人:", "label"),
        S(fk.cn_name(honorific=0.0), "name"),
        S("(游客", "other"),
        S(tourist, "name"),
        S(f"之{rng.choice(('女', '子', '妻'))})  ", "other"),
        S(fk.cn_mobile_digits(), "phone"),
    ]
    c.line(m, y, contact, f)
    y += 40 * s
    for line in itinerary(rng, route, days):
        c.text(m, y, line, p.font(15), "other")
        y += 28 * s
    y += 12 * s
    c.text(
        m,
        y,
        "请游客出行时携带本人有效身份证件原件;老人、儿童须有家属陪同。",
        p.font(14),
        "footer",
        fill=(90, 90, 90),
    )
    c.line(
        right - 260 * s, y, [S("计调:", "label"), S(fk.cn_name(honorific=0.0), "name")], p.font(16)
    )
    return _finish(c, y, m // 2, pad=10 * s)


def _rooming(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """A hotel's rooming list; the guide writes the room numbers in at check-in."""
    en = rng.random() < 0.4
    c, p, m, right = sheet(rng, (1200, 1280), 1.3, cjk=not en, base=1200, margin=0.05)
    s = p.s
    y = m + 40 * s
    hotel = rng.choice(EN_HOTELS if en else CN_HOTELS)
    c.text(m, y, hotel, p.font(22, bold=True), "other")
    y += 44 * s
    c.text(m, y, "ROOMING LIST" if en else "分房名单 Rooming List", p.font(28, bold=True), "label")
    y += 40 * s
    tour = rng.choice(EN_TOURS) if en else rng.choice(CN_ROUTES)[0]
    f = p.font(17)
    c.line(m, y, [S("Group: " if en else "团队:", "label"), S(tour, "other")], f)
    y += 32 * s
    c.line(
        m,
        y,
        [
            S("Check-in: " if en else "入住:", "label"),
            S(fk.date("iso"), "date"),
            S("  Nights: " if en else "  晚数:", "label"),
            S(str(rng.randint(1, 4)), "other"),
        ],
        f,
    )
    y += 16 * s
    heads = (
        ("Room", "Type", "Guest 1", "Guest 2", "Notes")
        if en
        else ("房号", "房型", "客人1", "客人2", "备注")
    )
    widths = [(right - m) * k for k in (0.12, 0.12, 0.28, 0.28, 0.2)]
    rows: list[list[Cell]] = [[label_cell(h) for h in heads]]
    floor = rng.randint(3, 18)
    for _ in range(rng.randint(7, 11)):
        pair = rng.random() < 0.8
        if en:
            kind = rng.choice(("TWN", "DBL")) if pair else "SGL"
            one = f"{fk.en_name().split()[1].upper()}, {fk.en_first(upper=False)}"
            two = f"{fk.en_name().split()[1].upper()}, {fk.en_first(upper=False)}" if pair else ""
            note = rng.choice(EN_DIET)
        else:
            kind = rng.choice(("标间", "大床")) if pair else "单间"
            one, two = fk.cn_name(honorific=0.0), fk.cn_name(honorific=0.0) if pair else ""
            note = rng.choice(CN_NOTES)
        num = f"{floor}{rng.randint(1, 40):02d}"
        rows.append(
            [
                hand_cell(num, "other"),
                Cell.of(kind, "other", align="c"),
                Cell.of(one, "name"),
                Cell.of(two, "name"),
                Cell.of(note, "other"),
            ]
        )
    y = table(p, m, y, widths, rows, 46 * s, p.font(17), cjk=not en, hand_px=28)
    y += 40 * s
    if en:
        lead = [
            S("Tour leader: ", "label"),
            S(fk.en_name(), "name"),
            S("  Mobile: ", "label"),
            S(fk.uk_phone(), "phone"),
        ]
    else:
        lead = _guide(fk, rng)
    c.line(m, y, lead, f)
    y += 36 * s
    foot = (
        "Breakfast 07:00–09:30 · Check-out by 12:00"
        if en
        else "早餐 07:00-09:30  退房时间 12:00前  房费已由旅行社统一结算"
    )
    c.text(m, y, foot, p.font(15), "footer")
    return _finish(c, y, m // 2, pad=10 * s)


def _latin(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """An English passenger manifest or an Italian lista partecipanti."""
    it = rng.random() < 0.4
    c, p, m, right = sheet(rng, (1500, 1560), 1.1, cjk=False, base=1500, margin=0.035)
    s = p.s
    y = m + 40 * s
    agency = (
        rng.choice(("Viaggi Sole S.r.l.", "Girasole Tour Operator"))
        if it
        else rng.choice(("Horizon Coach Holidays", "Bluebird Tours Ltd"))
    )
    c.text(m, y, agency, p.font(24, bold=True), "shop")
    ref = f"P.IVA {fk.digits(11)}" if it else f"ATOL {fk.digits(4)} · ABTA P{fk.digits(4)}"
    c.text(right, y, ref, p.font(15), "tax_id", anchor="rs")
    y += 50 * s
    c.text(
        m,
        y,
        "Lista partecipanti"
        if it
        else rng.choice(("Passenger manifest", "Rooming list / Passenger manifest")),
        p.font(30, bold=True),
        "label",
    )
    y += 40 * s
    tour = rng.choice(IT_TOURS if it else EN_TOURS)
    f = p.font(17)
    c.line(
        m,
        y,
        [
            S("Viaggio: " if it else "Tour: ", "label"),
            S(tour, "other"),
            S("   Partenza: " if it else "   Departure: ", "label"),
            S(fk.date("iso"), "date"),
        ],
        f,
    )
    y += 34 * s
    flight = f"{rng.choice(('BA', 'FR', 'AZ', 'U2'))}{rng.randint(100, 8999)}  {rng.choice(('LGW', 'MAN', 'FCO', 'MXP'))} {rng.randint(6, 11):02d}:{rng.choice(('05', '25', '40'))} → {rng.choice(('VRN', 'BRI', 'CDG', 'INN'))}"
    c.line(m, y, [S("Volo: " if it else "Flight: ", "label"), S(flight, "other")], f)
    y += 34 * s
    lead = f"{rng.choice(IT_FIRST)} {rng.choice(IT_LAST)}" if it else fk.en_name()
    phone = f"+39 3{fk.digits(2)} {fk.digits(3)} {fk.digits(4)}" if it else fk.uk_phone()
    c.line(
        m,
        y,
        [
            S("Accompagnatore: " if it else "Tour manager: ", "label"),
            S(lead, "name"),
            S("  Cell. " if it else "  Mobile ", "label"),
            S(phone, "phone"),
        ],
        f,
    )
    y += 16 * s
    if it:
        heads = (
            "N.",
            "Cognome",
            "Nome",
            "Data di nascita",
            "Documento n.",
            "Telefono",
            "Camera",
            "Note",
        )
    else:
        heads = (
            "No.",
            "Surname",
            "Given names",
            "DOB",
            "Passport no.",
            "Nationality",
            "Room type",
            "Dietary",
        )
    widths = [(right - m) * k for k in (0.05, 0.14, 0.15, 0.13, 0.15, 0.14, 0.1, 0.14)]
    rows: list[list[Cell]] = [[label_cell(h) for h in heads]]
    for i in range(rng.randint(10, 15)):
        if it:
            first, last = rng.choice(IT_FIRST), rng.choice(IT_LAST)
            doc = rng.choice(("CA", "YA")) + fk.digits(5) + fk.upper(2)
            cells = [
                Cell.of(fk.dob("dmy"), "id_number"),
                Cell.of(doc, "id_number"),
                Cell.of(f"3{fk.digits(2)} {fk.digits(7)}", "phone"),
                Cell.of(rng.choice(("DBL", "TWN", "SGL")), "other"),
                Cell.of(rng.choice(("", "celiaco", "vegetariano", "")), "other"),
            ]
        else:
            first, last = fk.en_first(upper=False), fk.en_name().split()[1]
            cells = [
                Cell.of(fk.dob("mon"), "id_number"),
                Cell.of(fk.digits(9), "id_number"),
                Cell.of(rng.choice(NATIONS), "other"),
                Cell.of(rng.choice(("TWN", "DBL", "SGL", "TWN")), "other"),
                Cell.of(rng.choice(EN_DIET), "other"),
            ]
        rows.append(
            [
                Cell.of(str(i + 1), "other"),
                Cell.of(last.upper(), "name"),
                Cell.of(first, "name"),
                *cells,
            ]
        )
    y = table(p, m, y, widths, rows, 38 * s, p.font(15), cjk=False, line=1)
    y += 36 * s
    foot = (
        "Documento valido per l'espatrio obbligatorio. Ritrovo in aeroporto 2 ore prima."
        if it
        else "Passports must be valid for 6 months after return. Meet at the coach 30 minutes before departure."
    )
    c.text(m, y, foot, p.font(15), "footer", fill=(90, 90, 90))
    return _finish(c, y, m // 2, pad=10 * s)


def tour_group_roster(rng: random.Random) -> Canvas:
    """A tour group's roster: the agency's list, a rooming list, an English manifest or
    an Italian participants' list."""
    fk = MoneyFaker(rng)
    draw = rng.choices((_cn_roster, _rooming, _latin), weights=(45, 25, 30))[0]
    return draw(rng, fk)


LAYOUTS = {"tour_group_roster": tour_group_roster}
