"""Museums, parks and scenic areas. A real-name 电子门票 printed at a scenic area's
self-service machine (the area on a tinted band; 票种, 票价, 游玩日期; the visitor as a
full name or 张*明 and the ID starred in the middle; the 订单号 and the ticket's serial;
the gate QR; the rules; a stub repeating kind, date, visitor and serial; the service
line), a museum's 预约成功 page on a phone (date, entry period, 预约编号, each visitor's
name and starred ID, the 核销码 in digits and as a QR, the notes and buttons), a travel
agency's 团队游客入园名单 for the gate (guide with 导游证号 and mobile, escort, a table of
names, ID or passport numbers in full and ticket kinds with the gate's ticks by hand,
the agency's seal, the checker's name), an English attraction e-ticket or an Italian
biglietto nominativo (:mod:`synth.scenic_latin`).

Personal: visitors, guides, escorts and checkers (``name``; starred names too), ID and
passport numbers full or starred, the 订单号, 预约编号, 核销码, booking references and
codici prenotazione, a guide's licence number (``id_number``: each leads to the visitor
or guide), mobiles, e-mails and the gate codes (``code``). Ordinary: areas, museums,
kinds, prices, dates, periods, serials of the ticket stock, group codes, ticks, rules and
buttons; service lines are business data.
"""

from __future__ import annotations

import random

from .fakedata_kin import KinFaker, star_id
from .formkit import RED, Cell, fit, handwritten, seal, sheet, table
from .formkit_slips import grid_rows, label_cell
from .kit import S, _finish
from .layouts_payapp import _GREY, _nav, _phone_canvas, _rows
from .render import Canvas, Span
from .scenic_latin import en_eticket, it_biglietto
from .scenic_words import (
    CN_AGENCIES,
    CN_AREAS,
    CN_ID_KINDS,
    CN_KINDS,
    CN_MUSEUM_NOTES,
    CN_MUSEUMS,
    CN_RULES,
    CN_SELLERS,
    CN_SLOTS,
)

_TINTS = ((214, 232, 222), (220, 228, 244), (246, 226, 206), (236, 222, 240))


def _visitor(rng: random.Random, fk: KinFaker) -> tuple[str, str]:
    """The visitor as a ticket prints them: a full name or 张*明, the ID starred or not."""
    name = fk.cn_star_name() if rng.random() < 0.5 else fk.cn_name(honorific=0.0)
    idn = fk.id_born(1950, 2012)
    return name, star_id(idn) if rng.random() < 0.85 else idn


def _visit_date(rng: random.Random) -> str:
    return f"2026-{rng.randint(4, 10):02d}-{rng.randint(1, 28):02d}"


def _cn_ticket(rng: random.Random, fk: KinFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1300), 0.62, cjk=True, base=1200, margin=0.035)
    s = p.s
    area, line = rng.choice(CN_AREAS)
    cut = c.width * 0.72  # the stub starts at the perforation
    c.draw.rectangle([m, m, right, m + 92 * s], fill=rng.choice(_TINTS))
    c.text(m + 24 * s, m + 58 * s, area, fit(p, p.font(34, bold=True), area, cut - 80 * s), "shop")
    c.text(cut + 24 * s, m + 58 * s, "电子门票", p.font(28, bold=True), "label")
    kind, price = rng.choice(CN_KINDS)
    name, idn = _visitor(rng, fk)
    serial = fk.digits(10, True)
    rows: list[tuple[str, list[Span]]] = [
        ("票    种:", [S(kind, "other")]),
        ("票    价:", [S(f"¥{price:.2f}", "price")]),
        ("游玩日期:", [S(_visit_date(rng), "date"), S("  当日有效", "other")]),
        ("游客姓名:", [S(name, "name")]),
        ("证件号码:", [S(idn, "id_number")]),
        ("订 单 号:", [S(fk.ticket_order(), "id_number")]),
        ("票    号:", [S(serial, "other")]),
    ]
    f, y = p.font(22), m + 150 * s
    for label, value in rows:
        c.line(m + 24 * s, y, [S(label, "label"), S(" ", "other"), *value], f)
        y += 40 * s
    q = int(170 * s)
    c.qr(int(cut - q - 30 * s), int(m + 120 * s), f"TK{serial}{fk.alnum(8)}", size=q)
    c.text(
        cut - q / 2 - 30 * s,
        m + 120 * s + q + 28 * s,
        "检票二维码",
        p.font(16),
        "label",
        anchor="ms",
    )
    y += 6 * s
    for rule in sorted(rng.sample(CN_RULES, 3)):
        y = c.wrap(
            m + 24 * s, y, [S(rule, "footer")], p.font(14), cut - m - 60 * s, 22 * s, max_lines=2
        )
    y += 10 * s
    seller = [S("售票点: ", "label"), S(rng.choice(CN_SELLERS), "other")]
    x = c.line(m + 24 * s, y, seller, p.font(15))
    c.line(x + 30 * s, y, [S("服务热线: ", "label"), Span(line, "shop_phone", None)], p.font(15))
    # the stub: a dashed perforation, then kind, date, visitor and serial again
    yy = m + 100 * s
    while yy < y + 10 * s:
        c.vline(cut, yy, yy + 10 * s, width=2)
        yy += 20 * s
    sf, sy = p.font(19), m + 150 * s
    stub = (
        ("副券", [S(kind, "other")]),
        ("日期", [S(rows[2][1][0].text, "date")]),
        ("游客", [S(name, "name")]),
        ("票号", [S(serial, "other")]),
    )
    for label, value in stub:
        c.line(
            cut + 24 * s,
            sy,
            [S(label, "label"), S(" ", "other"), *value],
            fit(p, sf, serial + "副券 ", right - cut - 40 * s),
        )
        sy += 44 * s
    c.box(cut + 24 * s, sy, right - 24 * s, sy + 70 * s, width=1)
    c.text(cut + 36 * s, sy + 28 * s, "检票处", p.font(15), "label", fill=_GREY)
    if rng.random() < 0.6:
        c.text(
            right - 40 * s,
            sy + 58 * s,
            "已检",
            p.font(24, bold=True),
            "other",
            anchor="rs",
            fill=RED,
        )
    c.box(m, m, right, y + 24 * s, width=2)
    return _finish(c, y + 24 * s, m, pad=0)


def _cn_reserve(rng: random.Random, fk: KinFaker) -> Canvas:
    c, p, y = _phone_canvas(rng, True, tall=2.6)
    s, W = p.s, c.width
    museum, _line = rng.choice(CN_MUSEUMS)
    y = _nav(p, y, "预约详情") + 100 * s
    green = (7, 172, 96)
    c.draw.ellipse([W / 2 - 40 * s, y - 40 * s, W / 2 + 40 * s, y + 40 * s], fill=green)
    c.text(
        W / 2,
        y,
        "✓",
        p.font(44, bold=True),
        "other",
        anchor="mm",
        fill=(255, 255, 255),
        record=False,
    )
    y += 96 * s
    c.text(W / 2, y, "预约成功", p.font(36, bold=True), "other", anchor="ms")
    y += 50 * s
    c.text(W / 2, y, museum, p.font(26), "shop", anchor="ms", fill=_GREY)
    y += 80 * s
    n = rng.randint(1, 4)
    rows = [
        ("参观日期", [S(f"{_visit_date(rng)} {rng.choice(('周六', '周日', '周三'))}", "date")]),
        ("入馆时段", [S(rng.choice(CN_SLOTS), "other")]),
        ("预约人数", [S(f"{n}人", "other")]),
        ("预约编号", [S(f"YY{fk.digits(12, True)}", "id_number")]),
    ]
    y = _rows(p, y, rows, 64) + 10 * s
    c.draw.rectangle([0, y, W, y + 16 * s], fill=(242, 242, 245))
    y += 70 * s
    c.text(40 * s, y, "参观人信息", p.font(28, bold=True), "label")
    y += 62 * s
    for _ in range(n):
        name, idn = _visitor(rng, fk)
        c.text(40 * s, y, name, p.font(28), "name")
        c.text(
            W - 40 * s,
            y,
            rng.choice(("待核销", "待入馆")),
            p.font(24),
            "other",
            anchor="rs",
            fill=green,
        )
        y += 44 * s
        c.line(40 * s, y, [S("身份证 ", "label"), S(idn, "id_number")], p.font(24), fill=_GREY)
        y += 30 * s
        c.hline(40 * s, W - 40 * s, y, width=1)
        y += 52 * s
    c.draw.rectangle([0, y - 20 * s, W, y - 4 * s], fill=(242, 242, 245))
    y += 50 * s
    c.text(W / 2, y, "入馆核销码", p.font(26), "label", anchor="ms")
    code = fk.digits(8, True)
    y += 70 * s
    c.text(
        W / 2, y, " ".join((code[:4], code[4:])), p.font(48, bold=True), "id_number", anchor="ms"
    )
    q = int(260 * s)
    y += 30 * s
    c.qr(int(W / 2 - q / 2), int(y), f"MUS{code}", size=q)
    y += q + 60 * s
    for note in CN_MUSEUM_NOTES:
        y = c.wrap(
            40 * s, y, [S(note, "footer")], p.font(22), W - 80 * s, 34 * s, max_lines=3, fill=_GREY
        )
        y += 8 * s
    y += 40 * s
    for k, word in enumerate(("取消预约", "返回首页")):
        x0 = 40 * s + k * (W / 2 - 20 * s)
        c.draw.rounded_rectangle(
            [x0, y - 50 * s, x0 + W / 2 - 60 * s, y + 20 * s],
            30 * s,
            outline=(200, 200, 200),
            width=2,
        )
        c.text(x0 + (W / 2 - 60 * s) / 2, y - 15 * s, word, p.font(26), "label", anchor="mm")
    return _finish(c, y + 20 * s, 0, pad=40 * s)


def _cn_group(rng: random.Random, fk: KinFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1280), 1.4, cjk=True, base=1200, margin=0.06)
    s, w = p.s, right - m
    agency = rng.choice(CN_AGENCIES)
    area, _line = rng.choice(CN_AREAS)
    y = m + 36 * s
    c.text(c.width / 2, y, agency, p.font(22, bold=True), "shop", anchor="ms")
    y += 50 * s
    title = rng.choice(("团队游客入园名单", "团体票游客信息登记表"))
    c.text(c.width / 2, y, title, p.font(30, bold=True), "label", anchor="ms")
    y += 48 * s
    f = p.font(17)
    date = _visit_date(rng)
    x = c.line(
        m,
        y,
        [S("团号: ", "label"), S(f"QL{date.replace('-', '')}{rng.choice('ABCD')}", "other")],
        f,
    )
    x = c.line(x + 40 * s, y, [S("景区: ", "label"), S(area, "other")], f)
    c.line(right - 230 * s, y, [S("入园日期: ", "label"), S(date, "date")], f)
    y += 18 * s
    people = rng.randint(10, 16)
    head = grid_rows(
        [
            [
                ("导游", fk.cn_name(honorific=0.0), "name"),
                ("导游证号", f"D-{fk.digits(4, True)}-{fk.digits(6)}", "id_number"),
                ("手机", fk.cn_mobile(rng.choice(("plain", "dash"))), "phone"),
            ],
            [
                ("领队", fk.cn_name(honorific=0.0), "name"),
                ("手机", fk.cn_mobile_digits(), "phone"),
                ("人数", f"{people}人", "other"),
            ],
        ],
        hand=False,
        columns=6,
    )
    widths = [w * k for k in (0.1, 0.2, 0.13, 0.25, 0.1, 0.22)]
    y = table(p, m, y, widths, head, 46 * s, f) + 20 * s
    heads = ("序号", "姓名", "性别", "证件类型", "证件号码", "票种", "核验")
    rows = [[label_cell(h) for h in heads]]
    ticks = rng.random() < 0.7
    for k in range(people):
        kind = rng.choice(CN_ID_KINDS)
        number = fk.id_born(1945, 2016)
        born = int(number[6:10])
        ticket = "儿童票" if born > 2012 else "老人票" if born < 1962 else "成人票"
        if kind != "身份证":  # a passport or a permit for Hong Kong and Macao
            number = fk.passport() if kind == "护照" else f"C{fk.digits(8)}"
        rows.append(
            [
                Cell.of(str(k + 1), "other", align="c"),
                Cell.of(fk.cn_name(honorific=0.0), "name", align="c"),
                Cell.of(fk.sex(), "other", align="c"),
                Cell.of(kind, "other", align="c"),
                Cell.of(number, "id_number", align="c"),
                Cell.of(ticket, "other", align="c"),
                Cell.of("√" if ticks and rng.random() < 0.9 else "", "other", hand=True, align="c"),
            ]
        )
    widths = [w * k for k in (0.07, 0.14, 0.07, 0.13, 0.33, 0.14, 0.12)]
    y = table(p, m, y, widths, rows, 40 * s, p.font(16), hand_px=24, line=1) + 40 * s
    c.text(m, y, "以上游客信息真实有效,如有不实由本社承担责任。", p.font(15), "footer")
    y += 100 * s
    c.text(m, y, "旅行社(盖章)", f, "label")
    seal(p, m + 220 * s, y - 16 * s, 66 * s, agency.removesuffix("有限公司")[:10])
    x = c.line(c.width * 0.55, y, [S("检票员:", "label")], f) + 10 * s
    handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 28, cjk=True)
    y += 46 * s
    x = c.line(c.width * 0.55, y, [S("入园时间:", "label")], f) + 10 * s
    handwritten(
        p, x, y, [S(f"{rng.randint(8, 10)}:{rng.randint(0, 59):02d}", "date")], 26, cjk=True
    )
    return _finish(c, y, m // 2, pad=30 * s)


def scenic_area_ticket(rng: random.Random) -> Canvas:
    """A real-name scenic-area ticket, a museum's reservation page, a tour group's gate
    list, an English attraction e-ticket or an Italian biglietto nominativo."""
    fk = KinFaker(rng)
    draw = rng.choices(
        (_cn_ticket, _cn_reserve, _cn_group, en_eticket, it_biglietto), weights=(30, 22, 16, 18, 14)
    )[0]
    return draw(rng, fk)


LAYOUTS = {"scenic_area_ticket": scenic_area_ticket}
