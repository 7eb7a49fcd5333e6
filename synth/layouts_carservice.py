"""Car servicing and maintenance: a 4S dealer's or garage's 维修保养结算单 / 派工单 (the
owner, the person who brought the car in and their phone, 车牌号, the 17-character
车架号 (VIN), 发动机号, mileage, 服务顾问 and 维修技师, the work and parts with prices,
labour hours, the next service and the customer's signature), an English job card /
service invoice with a stamped service-book entry, or a German Werkstattrechnung
(Kunde in the window block, Kundennummer, Kennzeichen, FIN, Annahme and Mechaniker).

Personal: owners', drop-off drivers', advisers' and technicians' names, phones, the
owner's address, plate, VIN, engine and customer numbers (``id_number``). Ordinary:
the garage's name, address, hotline and stamp (business data), car models, colours,
mileage, dates, the work, parts, part numbers, hours, prices, totals, VAT and terms.
"""

from __future__ import annotations

import random

from .fakedata_households import HouseholdFaker
from .formkit import Cell, box_stamp, handwritten, seal, sheet, table
from .formkit_fill import ruled_entry
from .formkit_marks import word_wrap
from .formkit_slips import grid_rows, label_cell
from .garage_words import (
    CN_COLOURS,
    CN_DEALER_B,
    CN_DEALERS,
    CN_GARAGES,
    CN_MODELS,
    CN_WORK,
    DE_GARAGES,
    DE_MODELS,
    DE_WORK,
    EN_GARAGES,
    EN_MODELS,
    EN_WORK,
    MON,
    VIN_CHARS,
    WMI,
)
from .kit import S, _finish, joined_address
from .render import Canvas, Span


def _vin(fk: HouseholdFaker) -> str:
    return fk.r.choice(WMI) + "".join(fk.r.choice(VIN_CHARS) for _ in range(14))


def _visit(rng: random.Random) -> tuple[int, int, int, int, int]:
    """The day the car came in (year, month, day) and the year and month six months on,
    when the next service falls due."""
    y, mo, d = rng.randint(2022, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return y, mo, d, y + (mo > 6), (mo + 5) % 12 + 1


def _money(amount: float, en: bool) -> str:
    """£12.50 in English, 12,50 € in German (decimal comma)."""
    return f"£{amount:.2f}" if en else f"{amount:.2f} €".replace(".", ",")


def _engine_no(fk: HouseholdFaker) -> str:
    return fk.r.choice(("", "DJ", "CSS", "M20A")) + fk.alnum(fk.r.choice((6, 7, 8))).upper()


def _cn(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    c, p, m, right = sheet(rng, (940, 1020), 1.4, cjk=True, base=940, margin=(0.04, 0.06))
    W, s, w = c.width, p.s, right - m
    y0, mo, d, y1, mo1 = _visit(rng)
    dealer = rng.random() < 0.6
    firm = (
        fk.r.choice(CN_DEALERS) + "滨江" + rng.choice(CN_DEALER_B)
        if dealer
        else rng.choice(CN_GARAGES)
    )
    y = m + 36 * s
    c.text(W / 2, y, firm, p.font(28, bold=True), "shop", anchor="ms")
    y += 26 * s
    addr = fk.shop_address("cn")
    line = [S("地址:", "label"), Span(addr, "shop_address", None), S("  服务热线:", "label")]
    line.append(Span(fk.cn_landline(), "shop_phone", None))
    c.line(m, y, line, p.font(16))
    y += 44 * s
    title = rng.choice(("维修保养结算单", "派工单", "车辆维修结算清单"))
    c.text(W / 2, y, title, p.font(26, bold=True), "label", anchor="ms")
    y += 30 * s
    f = p.font(17)
    c.line(m, y, [S("工单号:", "label"), S("WX" + fk.digits(10), "other")], f)
    c.line(
        W / 2 + 80 * s,
        y,
        [S("进厂时间:", "label"), S(f"{y0}-{mo:02d}-{d:02d} {fk.time(False)}", "date")],
        f,
    )
    y += 12 * s
    owner = fk.cn_name(honorific=0.0)
    # The car is often brought in by someone other than its registered owner.
    driver = owner if rng.random() < 0.5 else fk.cn_name(honorific=0.0)
    hand = rng.random() < 0.35
    mileage = rng.randint(3000, 180000)
    rows = [
        [("车主/单位", owner, "name"), ("车牌号码", fk.cn_plate(), "id_number")],
        [("送修人", driver, "name"), ("联系电话", fk.cn_mobile(), "phone")],
        [("车架号(VIN)", _vin(fk), "id_number"), ("发动机号", _engine_no(fk), "id_number")],
        [("车型", rng.choice(CN_MODELS), "other"), ("颜色", rng.choice(CN_COLOURS), "other")],
        [
            ("进厂里程", f"{mileage} km", "other"),
            ("燃油", rng.choice(("1/4", "1/2", "3/4", "满")), "other"),
        ],
        [
            ("服务顾问", fk.cn_name(honorific=0.0), "name"),
            ("维修技师", fk.cn_name(honorific=0.0), "name"),
        ],
    ]
    widths = (w * 0.15, w * 0.35, w * 0.15, w * 0.35)
    y = table(p, m, y, widths, grid_rows(rows, hand=hand), 40 * s, f, hand_px=22) + 24 * s
    c.text(m, y, "维修项目及材料", p.font(17, bold=True), "label")
    y += 10 * s
    head = [
        label_cell(t) for t in ("序号", "项目/配件名称", "单位", "数量", "单价", "工时", "金额")
    ]
    body, total = [], 0.0
    for k, (work, unit, (lo, hi)) in enumerate(rng.sample(CN_WORK, rng.randint(4, 7)), 1):
        qty = rng.choice((1, 1, 2, 4)) if unit in ("个", "升") else 1
        price = rng.randint(lo, hi) if hi else 0
        hours = rng.choice(("0.5", "1.0", "0.3", "0.2"))
        total += qty * price
        body.append(
            [
                Cell.of(str(k), "other", align="c"),
                Cell.of(work, "item"),
                Cell.of(unit, "other", align="c"),
                Cell.of(str(qty), "other", align="c"),
                Cell.of(f"{price:.2f}", "price", align="r"),
                Cell.of(hours, "other", align="c"),
                Cell.of(f"{qty * price:.2f}" if price else "免费", "price", align="r"),
            ]
        )
    widths = [w * k for k in (0.07, 0.35, 0.08, 0.08, 0.14, 0.12, 0.16)]
    y = table(p, m, y, widths, [head, *body], 38 * s, p.font(17)) + 30 * s
    c.line(m, y, [S("合计金额:", "label"), S(f"¥{total:.2f}", "price")], p.font(18, bold=True))
    c.line(
        W / 2,
        y,
        [S("结算方式:", "label"), S(rng.choice(("微信", "现金", "刷卡", "会员卡")), "other")],
        f,
    )
    y += 34 * s
    km = (mileage // 1000 + rng.choice((5, 7, 10))) * 1000
    nxt = [
        S("下次保养:", "label"),
        S(f"{km} km 或 {y1}年{mo1}月{d}日", "other"),
        S("(以先到者为准)", "footer"),
    ]
    c.line(m, y, nxt, f)
    y += 30 * s
    note = "本单所列项目已按要求完成,旧件已交还客户。质保期:更换配件3个月或5000公里。"
    y = c.wrap(m, y, [S(note, "footer")], p.font(15), w, 22 * s, max_lines=2) + 30 * s
    c.text(m, y, "客户签字:", f, "label")
    handwritten(p, m + 90 * s, y, [S(driver, "name")], 30, cjk=True)
    c.text(W / 2, y, "结算员:", f, "label")
    c.text(W / 2 + 70 * s, y, fk.cn_name(honorific=0.0), f, "name")
    seal(p, right - 90 * s, y - 50 * s, 80 * s, "结算专用章")
    return _finish(c, y, 0, pad=m)


def _latin(rng: random.Random, fk: HouseholdFaker) -> Canvas:
    en = rng.random() < 0.6
    c, p, m, right = sheet(rng, (860, 940), 1.5, cjk=False, base=860, margin=(0.05, 0.07))
    W, s, w = c.width, p.s, right - m
    y0, mo, d, _y1, _mo1 = _visit(rng)
    f = p.font(15)
    garage = rng.choice(EN_GARAGES if en else DE_GARAGES)
    y = m + 34 * s
    c.text(m, y, garage, p.font(26, bold=True), "shop")
    lang = "en" if en else "de"
    office = fk.office_address(lang)
    for k, text in enumerate(office):
        c.text(right, y - 14 * s + k * 20 * s, text, p.font(13), "shop_address", anchor="rs")
    tel = fk.office_phone(lang)
    c.text(
        right, y + 26 * s, ("Tel " if en else "Tel. ") + tel, p.font(13), "shop_phone", anchor="rs"
    )
    y += 70 * s
    owner = fk.en_name_plain(False) if en else fk.eu_name("de")
    if en:
        block = joined_address(fk.uk_address())
    else:
        street, town = fk.eu_address("de")
        block = [S(street, "address"), S(", ", "other"), S(town, "address")]
    c.text(m, y, owner, f, "name")
    y = word_wrap(p, m, y + 22 * s, block, f, w * 0.5, 22 * s)
    phone = fk.uk_phone() if en else fk.eu_phone("de")
    c.line(m, y, [S("Tel: ", "label"), S(phone, "phone")], f)
    title = rng.choice(("JOB CARD", "SERVICE INVOICE")) if en else "RECHNUNG / Werkstattauftrag"
    c.text(right, y - 40 * s, title, p.font(22, bold=True), "label", anchor="rs")
    no = ("Invoice no. " if en else "Rechnungs-Nr. ") + fk.digits(6)
    c.text(right, y - 12 * s, no, f, "other", anchor="rs")
    y += 40 * s
    plate = fk.uk_plate() if en else fk.de_plate()
    miles = rng.randint(8, 160)  # thousands on the clock
    if en:
        labels = ("Registration", "VIN", "Make / model", "Mileage", "Customer no.", "Date in")
    else:
        labels = ("Kennzeichen", "FIN", "Fahrzeug", "km-Stand", "Kunden-Nr.", "Auftragsdatum")
    values = (
        (plate, "id_number"),
        (_vin(fk), "id_number"),
        (rng.choice(EN_MODELS if en else DE_MODELS), "other"),
        (f"{miles},{fk.digits(3)}" if en else f"{miles}.{fk.digits(3)}", "other"),
        (fk.digits(rng.choice((5, 6, 7))), "id_number"),
        (
            f"{d:02d}-{MON[mo - 1]}-{y0}" if en else f"{d:02d}.{mo:02d}.{y0}",
            "date",
        ),
    )
    rows = [
        [(labels[i], v, k), (labels[i + 1], v2, k2)]
        for i, ((v, k), (v2, k2)) in ((0, values[:2]), (2, values[2:4]), (4, values[4:]))
    ]
    y = (
        table(
            p,
            m,
            y,
            (w * 0.17, w * 0.33, w * 0.17, w * 0.33),
            grid_rows(rows, hand=False),
            36 * s,
            f,
        )
        + 26 * s
    )
    adviser, tech = (
        (fk.en_first(upper=False), fk.en_name_plain(False))
        if en
        else (fk.eu_name("de"), fk.eu_name("de"))
    )
    roles = ("Advisor: ", "Technician: ") if en else ("Annahme: ", "Mechaniker: ")
    c.line(m, y, [S(roles[0], "label"), S(adviser, "name")], f)
    c.line(W / 2, y, [S(roles[1], "label"), S(tech, "name")], f)
    y += 24 * s
    cols = (
        ("Description", "Qty", "Unit", "Amount")
        if en
        else ("Position", "Menge", "Einzelpreis", "Betrag")
    )
    head = [label_cell(t) for t in cols]
    body, total = [], 0.0
    for text, (lo, hi) in rng.sample(EN_WORK if en else DE_WORK, rng.randint(3, 5)):
        qty = rng.choice((1, 1, 2))
        price = rng.uniform(lo, hi)
        total += qty * price
        amount, unit = _money(qty * price, en), _money(price, en).removesuffix(" €")
        body.append(
            [
                Cell.of(text, "item"),
                Cell.of(str(qty), "other", align="c"),
                Cell.of(unit, "price", align="r"),
                Cell.of(amount, "price", align="r"),
            ]
        )
    y = table(p, m, y, (w * 0.52, w * 0.1, w * 0.18, w * 0.2), [head, *body], 34 * s, f) + 30 * s
    vat = ("VAT 20%: ", "Total: ") if en else ("zzgl. 19 % MwSt.: ", "Gesamtbetrag: ")
    rate = 0.2 if en else 0.19
    c.line(right - 260 * s, y, [S(vat[0], "label"), S(_money(total * rate, en), "price")], f)
    y += 26 * s
    c.line(
        right - 260 * s,
        y,
        [S(vat[1], "label"), S(_money(total * (1 + rate), en), "price")],
        p.font(17, bold=True),
    )
    y += 40 * s
    nxt = "Next service due: " if en else "Nächste Inspektion: "
    c.line(
        m,
        y,
        [
            S(nxt, "label"),
            S(
                f"{miles + rng.choice((6, 10, 12))},000 miles / {d:02d}-{MON[mo - 1]}-{y0 + 1}"
                if en
                else f"{d:02d}.{mo:02d}.{y0 + 1}",
                "other",
            ),
        ],
        f,
    )
    y += 40 * s
    if en and rng.random() < 0.6:  # the service book's page, stamped and signed
        c.hline(m, right, y, width=1, dash=int(8 * s))
        y += 30 * s
        c.text(m, y, "SERVICE RECORD - Service book entry", p.font(16, bold=True), "label")
        y += 34 * s
        for label, value, kind in (
            ("Reg. no.", plate, "id_number"),
            ("Mileage", values[3][0], "other"),
            ("Date", values[5][0], "date"),
        ):
            ruled_entry(p, m, m + w * 0.45, y, (label, [S(value, kind)]), True, f, hand_px=24)
            y += 36 * s
        ruled_entry(
            p, m, m + w * 0.45, y, ("Technician signature", [S(tech, "name")]), True, f, hand_px=26
        )
        box_stamp(p, right - w * 0.25, y - 60 * s, [garage.upper(), "SERVICED", values[5][0]], 14)
        y += 20 * s
    terms = (
        "All work guaranteed for 12 months or 12,000 miles. Vehicles are left at the owner's risk."
        if en
        else "Gewährleistung gemäß unseren AGB. Zahlbar sofort ohne Abzug."
    )
    y = word_wrap(p, m, y + 10 * s, [S(terms, "footer")], p.font(12), w, 18 * s) + 20 * s
    sign = "Customer signature:" if en else "Unterschrift Kunde:"
    ruled_entry(
        p,
        m,
        m + w * 0.55,
        y,
        (sign, [S(owner.split()[-1] if rng.random() < 0.4 else owner, "name")]),
        True,
        f,
        hand_px=28,
    )
    return _finish(c, y, 0, pad=m)


def car_service_record(rng: random.Random) -> Canvas:
    """A garage's 维修保养结算单 / 派工单, an English job card or service invoice with a
    stamped service-book entry, or a German Werkstattrechnung."""
    fk = HouseholdFaker(rng)
    return rng.choices((_cn, _latin), weights=(55, 45))[0](rng, fk)


LAYOUTS = {"car_service_record": car_service_record}
