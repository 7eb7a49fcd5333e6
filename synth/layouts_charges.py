"""Charges: a car rental agreement (English or bilingual) and a property management
fee notice (物业费催缴通知) posted in a building or slipped under a door.

The rental agreement boxes the renter's particulars (name, address, date of birth,
licence number, phone, e-mail) and an additional driver beside the vehicle and the
rental period, itemises charges, marks damage on a drawn car, and ends with terms
and the renter's signature. The posted notice lists households in arrears (room
and owner, the name often half-masked) under a body of printed boilerplate; the
door notice addresses one household and itemises its fees, with a parking plate.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from .fakedata_records import RecordFaker
from .formkit import RED, Cell, bilingual, handwritten, seal, sheet, stacked, table
from .kit import Pen, S, _finish
from .render import Canvas, Span

_CARS = (
    "Toyota Corolla",
    "VW Golf",
    "Ford Focus Estate",
    "Kia Sportage",
    "Nissan Leaf",
    "BYD Atto 3",
)
_BRANCHES = (
    "Heathrow T5",
    "Manchester Airport",
    "Edinburgh Waverley",
    "Hong Kong Airport",
    "Kowloon Station",
)


def _box_title(p: Pen, x: float, y: float, w: float, title: str) -> float:
    c = p.c
    c.box(x, y, x + w, y + 40 * p.s, width=1, fill=(225, 225, 228))
    c.text(x + 10 * p.s, y + 29 * p.s, title, p.font(19, bold=True), "label")
    return y + 40 * p.s


def _car_outline(p: Pen, x: float, y: float, w: float) -> None:
    """A top-view car for marking damage: body, windows, wheels, and a few X marks."""
    d, s, ink = p.c.draw, p.s, p.c.ink
    h = w * 0.45
    d.rounded_rectangle(
        [x, y, x + w, y + h], radius=int(h * 0.35), outline=ink, width=max(2, int(2 * s))
    )
    d.rectangle([x + w * 0.28, y + h * 0.15, x + w * 0.42, y + h * 0.85], outline=ink, width=1)
    d.rectangle([x + w * 0.7, y + h * 0.18, x + w * 0.8, y + h * 0.82], outline=ink, width=1)
    for wx in (0.18, 0.78):
        for wy in (-0.06, 0.96):
            d.rectangle([x + w * wx, y + h * wy, x + w * (wx + 0.1), y + h * (wy + 0.1)], fill=ink)
    for _ in range(p.r.randint(0, 3)):
        cx, cy, r = x + p.r.uniform(0.1, 0.9) * w, y + p.r.uniform(0.2, 0.8) * h, 9 * s
        d.line([(cx - r, cy - r), (cx + r, cy + r)], fill=RED, width=3)
        d.line([(cx - r, cy + r), (cx + r, cy - r)], fill=RED, width=3)


def car_rental_agreement(rng: random.Random) -> Canvas:
    """RENTAL AGREEMENT: renter and driver boxes, vehicle and period, charges, damage, terms."""
    fk = RecordFaker(rng)
    hk = rng.random() < 0.35
    c, p, m, right = sheet(rng, (1150, 1250), 1.45, cjk=hk, base=1200, margin=(0.04, 0.05))
    f, lf = p.font(rng.uniform(19, 21)), p.font(15)
    lab = (lambda cn, en: bilingual(rng, cn, en, colon=0.0)) if hk else (lambda cn, en: en)  # noqa: E731
    brand = rng.choice(("Swift", "Citylink", "Roadstar", "Greenmile")) + rng.choice(
        (" Car Rental", " Rent-a-Car", " Hire")
    )
    y = m + 44 * p.s
    c.text(m, y, brand + (" 租車" if hk else ""), p.font(30, bold=True), "brand")
    c.text(
        right,
        y,
        rng.choice(("RENTAL AGREEMENT", "VEHICLE HIRE AGREEMENT")),
        p.font(24, bold=True),
        "label",
        anchor="rs",
    )
    y += 36 * p.s
    c.line(
        right - 380 * p.s,
        y,
        [S("Agreement No. ", "label"), Span(f"RA{fk.digits(9)}", "order_number", None)],
        f,
    )
    c.text(
        m,
        y,
        f"{rng.choice(_BRANCHES)} · Tel {fk.digits(4)} {fk.digits(4)}",
        p.font(16),
        "shop_address",
        None,
    )
    y += 30 * p.s
    col = (right - m - 20 * p.s) / 2
    surname = fk.en_name().split()[-1]
    name = fk.hk_name() if hk and rng.random() < 0.6 else fk.en_name(upper=rng.random() < 0.5)
    block = fk.uk_block() if not hk else ((fk.uk_block()[0],))
    addr = [S(t + " ", k) for ln in block for t, k in ln.segments]
    renter: list[tuple[str, list[Span]]] = [
        (lab("租用人", "Renter name"), [S(name, "name")]),
        (lab("地址", "Home address"), addr),
        (lab("出生日期", "Date of birth"), [S(fk.dob(rng.choice(("dmy", "mon"))), "id_number")]),
        (lab("駕駛執照號碼", "Driving licence no."), [S(fk.driving_licence(surname), "id_number")]),
        (lab("電話", "Mobile"), [S(fk.hk_phone() if hk else fk.uk_phone(), "phone")]),
    ]
    if rng.random() < 0.6:
        renter.append((lab("電郵", "Email"), [S(fk.email(name), "email")]))
    top = y
    yy = _box_title(p, m, y, col, lab("租用人資料", "RENTER"))
    for label, val in renter:
        yy = stacked(p, m + 12 * p.s, yy + 24 * p.s, label, val, lf, f, col - 24 * p.s) + 10 * p.s
    if rng.random() < 0.5:
        yy = (
            stacked(
                p,
                m + 12 * p.s,
                yy + 24 * p.s,
                lab("附加駕駛者", "Additional driver"),
                [S(fk.en_name(), "name")],
                lf,
                f,
                col - 24 * p.s,
            )
            + 10 * p.s
        )
    left_end = yy + 14 * p.s
    x2 = m + col + 20 * p.s
    vy = _box_title(p, x2, y, col, lab("車輛", "VEHICLE"))
    days = rng.randint(2, 14)
    out = date(rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28))
    vehicle = [
        (lab("車型", "Make / model"), [S(rng.choice(_CARS), "item")]),
        (
            lab("車牌", "Registration"),
            [S(fk.uk_plate() if not hk else f"{fk.upper(2)} {fk.digits(4)}", "id_number")],
        ),
        (lab("取車", "Pick-up"), [S(f"{out:%d-%b-%Y} {fk.time(False)}", "date")]),
        (
            lab("還車", "Return due"),
            [S(f"{out + timedelta(days=days):%d-%b-%Y} {fk.time(False)}", "date")],
        ),
        (lab("里數", "Mileage out"), [S(f"{rng.randint(3000, 90000):,} mi", "other")]),
        (lab("油量", "Fuel out"), [S(rng.choice(("Full", "3/4", "8/8")), "other")]),
    ]
    for label, val in vehicle:
        vy = stacked(p, x2 + 12 * p.s, vy + 24 * p.s, label, val, lf, f, col - 24 * p.s) + 10 * p.s
    bottom = max(left_end, vy + 14 * p.s)
    c.box(m, top, m + col, bottom, width=1)
    c.box(x2, top, right, bottom, width=1)
    y = bottom + 30 * p.s
    rate = rng.randint(28, 95)
    charges = [
        ("Time & mileage", f"{days} days × £{rate}", days * rate),
        ("Collision damage waiver", f"{days} days", days * rng.randint(8, 20)),
    ]
    if rng.random() < 0.5:
        charges.append(("Child seat", "per rental", 35))
    charges.append(("VAT 20%", "", round(sum(v for *_, v in charges) * 0.2, 2)))
    body = [[Cell.of(h, "label") for h in ("Charge", "Basis", "Amount")]]
    body += [
        [Cell.of(k, "item"), Cell.of(b, "other"), Cell.of(f"£{v:,.2f}", "price", align="r")]
        for k, b, v in charges
    ]
    body.append(
        [
            Cell.of("TOTAL ESTIMATE", "label"),
            Cell.of("", "other"),
            Cell.of(f"£{sum(v for *_, v in charges):,.2f}", "price", align="r"),
        ]
    )
    tw = (right - m) * 0.62
    ty = table(p, m, y, [tw * 0.45, tw * 0.3, tw * 0.25], body, 42 * p.s, f, line=1)
    c.text(m + tw + 30 * p.s, y + 20 * p.s, "Damage at pick-up", lf, "label")
    _car_outline(p, m + tw + 30 * p.s, y + 40 * p.s, right - m - tw - 40 * p.s)
    y = ty + 40 * p.s
    c.line(
        m,
        y,
        [
            S("Payment card ", "label"),
            S(fk.card_pos_masked(), "card_number"),
            S(f"  Deposit £{rng.choice((250, 500, 1000))}", "other"),
        ],
        f,
    )
    y += 44 * p.s
    terms = (
        "The renter agrees to return the vehicle on the date shown with the same fuel level. Late returns are charged "
        "a further day. The renter is liable for parking and traffic penalties incurred during the rental. Smoking "
        "is not permitted in any vehicle."
    )
    y = c.wrap(m, y, [S(terms, "footer")], p.font(15), right - m, 22 * p.s, max_lines=4) + 20 * p.s
    x = c.line(m, y, [S(lab("租用人簽署", "Renter's signature"), "label")], f)
    handwritten(p, x + 20 * p.s, y, [S(name, "name")], 34, cjk=False, width=320 * p.s)
    c.line(
        right - 330 * p.s,
        y,
        [S("Checked out by ", "label"), S(fk.en_first(upper=False), "name")],
        f,
    )
    return _finish(c, y, m, pad=30 * p.s)


_ESTATES = ("锦绣花园", "翠湖山庄", "滨江华府", "万科城", "阳光100", "金色家园")
_NOTICE = (
    "根据《物业服务合同》约定,业主应按时交纳物业服务费。截至目前,以下业主仍未交清物业服务费,"
    "请相关业主于本月底前到物业服务中心缴纳。逾期未缴的,物业服务中心将依法追缴。"
)


def _arrears_board(rng: random.Random, fk: RecordFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1200), 1.35, cjk=True, base=1150, margin=(0.07, 0.09))
    f = p.font(rng.uniform(21, 24))
    estate = rng.choice(_ESTATES) + rng.choice(("", "二期", "北区"))
    y = m + 50 * p.s
    c.text(
        c.width / 2,
        y,
        rng.choice(("关于催缴物业服务费的通知", "物业费欠费公示", "催 缴 通 知")),
        p.font(36, bold=True),
        "label",
        anchor="ms",
    )
    y += 70 * p.s
    c.text(m, y, "各位业主:", f, "other")
    y += f.size * 1.8
    y = c.wrap(
        m + 2 * f.size,
        y,
        [S(_NOTICE, "other")],
        f,
        right - m - 2 * f.size,
        f.size * 1.8,
        indent=-2 * f.size,
        max_lines=5,
    )
    masked = rng.random() < 0.6
    phone_col = rng.random() < 0.4
    heads = [
        "序号",
        "房号",
        "业主姓名",
        "欠费期间",
        "欠费金额(元)",
        *(["联系电话"] if phone_col else []),
    ]
    ws = [0.09, 0.2, 0.18, 0.3, 0.23] if not phone_col else [0.08, 0.17, 0.15, 0.22, 0.17, 0.21]
    rows = [[Cell.of(h, "label", align="c") for h in heads]]
    for i in range(rng.randint(5, 10)):
        start = rng.randint(2023, 2025)
        owner = fk.cn_name_masked() if masked else fk.cn_name(honorific=0.0)
        rows.append(
            [
                Cell.of(str(i + 1), "other", align="c"),
                Cell.of(fk.cn_door(), "door", align="c"),
                Cell.of(owner, "name", align="c"),
                Cell.of(
                    f"{start}.{rng.randint(1, 12):02d}-{start + 1}.{rng.randint(1, 12):02d}",
                    "date",
                    align="c",
                ),
                Cell.of(
                    f"{rng.randint(600, 9000)}.{rng.choice(('00', '50', '40'))}", "price", align="r"
                ),
                *([Cell.of(fk.masked_mobile(), "phone", align="c")] if phone_col else []),
            ]
        )
    y = table(p, m, y + 10 * p.s, [(right - m) * w for w in ws], rows, 48 * p.s, p.font(19))
    y += 50 * p.s
    y = c.wrap(
        m,
        y,
        [
            S(
                "缴费方式:物业服务中心前台(工作日8:30-17:30),或通过“智慧社区”小程序在线缴纳。",
                "footer",
            )
        ],
        p.font(19),
        right - m,
        30 * p.s,
        max_lines=2,
    )
    c.line(
        m,
        y,
        [
            S("咨询电话:", "label"),
            Span(f"0{rng.randint(20, 29)}-{fk.digits(8)}", "shop_phone", None),
        ],
        p.font(19),
    )
    y += 70 * p.s
    org = f"{estate}物业服务中心"
    c.text(right, y, org, f, "shop", anchor="rs")
    seal(p, right - 120 * p.s, y - 20 * p.s, 75 * p.s, "物业服务中心")
    y += f.size * 1.8
    c.text(right, y, fk.date("cn"), f, "date", anchor="rs")
    return _finish(c, y, m, pad=30 * p.s)


def _door_notice(rng: random.Random, fk: RecordFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1000, 1100), 1.0, cjk=True, base=1050, margin=(0.05, 0.06))
    f = p.font(rng.uniform(20, 22))
    y = m + 30 * p.s
    c.text(m, y, f"{rng.choice(_ESTATES)}物业服务中心", p.font(19), "shop")
    y += 50 * p.s
    c.text(
        c.width / 2,
        y,
        rng.choice(("物业服务费缴费通知单", "缴 费 通 知 单")),
        p.font(32, bold=True),
        "label",
        anchor="ms",
    )
    y += 60 * p.s
    name = fk.cn_name_forms() if rng.random() < 0.5 else fk.cn_name(honorific=0.0)
    room = fk.cn_door()
    if rng.random() < 0.5:
        c.line(
            m,
            y,
            [
                S("尊敬的", "other"),
                S(room, "door"),
                S("业主", "other"),
                S(name, "name"),
                S(":", "other"),
            ],
            f,
        )
    else:
        c.line(
            m, y, [S("房号:", "label"), S(room, "door"), S("   业主:", "label"), S(name, "name")], f
        )
    y += f.size * 1.9
    area = rng.uniform(60, 160)
    y = c.wrap(
        m,
        y,
        [
            S(
                f"您的房屋建筑面积{area:.2f}㎡,本期应缴费用明细如下,请于{rng.randint(10, 25)}日前缴纳。",
                "other",
            )
        ],
        f,
        right - m,
        f.size * 1.8,
    )
    price = rng.choice((1.8, 2.5, 3.2))
    fees = [
        ("物业管理费", f"{price}元/㎡·月", area * price * 3),
        ("公共水电分摊", "按实", rng.uniform(20, 80)),
        ("生活垃圾处理费", "10元/户·月", 30.0),
    ]
    plate = rng.random() < 0.6
    if plate:
        fees.append(("车位管理费", "", rng.choice((150.0, 300.0, 450.0))))
    body = [[Cell.of(h, "label", align="c") for h in ("收费项目", "计费标准", "金额(元)")]]
    for k, (item, basis, amt) in enumerate(fees):
        cell = (
            Cell((S("车牌 ", "other"), S(fk.cn_plate(), "id_number")))
            if plate and k == len(fees) - 1
            else Cell.of(basis, "other")
        )
        body.append([Cell.of(item, "item"), cell, Cell.of(f"{amt:.2f}", "price", align="r")])
    body.append(
        [
            Cell.of("合计", "label", align="c"),
            Cell.of("", "other"),
            Cell.of(f"{sum(a for *_, a in fees):.2f}", "price", align="r"),
        ]
    )
    y = table(p, m, y, [(right - m) * w for w in (0.35, 0.4, 0.25)], body, 50 * p.s, f)
    y += 50 * p.s
    yr, q = rng.randint(2024, 2026), rng.choice((1, 4, 7, 10))
    c.line(m, y, [S("计费周期:", "label"), S(f"{yr}-{q:02d}-01 至 {yr}-{q + 2:02d}-30", "date")], f)
    y += 50 * p.s
    c.line(
        m,
        y,
        [
            S("管家:", "label"),
            S(fk.cn_name(honorific=0.0), "name"),
            S("  ", "other"),
            S(fk.cn_mobile("plain"), "phone"),
        ],
        f,
    )
    c.text(right, y, fk.date("cn"), f, "date", anchor="rs")
    return _finish(c, y, m, pad=40 * p.s)


def fee_arrears_notice(rng: random.Random) -> Canvas:
    """A building's posted list of households in arrears, or one household's fee notice."""
    fk = RecordFaker(rng)
    return _arrears_board(rng, fk) if rng.random() < 0.55 else _door_notice(rng, fk)


LAYOUTS = {"car_rental_agreement": car_rental_agreement, "fee_arrears_notice": fee_arrears_notice}
