"""Fuel stations and fuel cards. A station's 加油小票 from its POS on thermal paper (the
company and station, 站点编码 and the station's phone; 小票号, time, 油枪号, 油品, 单价,
升数, 金额, discounts; paid by 加油卡 with the card number whole or starred to its last
four, the holder's name whole or starred, the card's balance, the plate, the member's
mobile starred, 积分, an invoice title that is a person or a firm with its tax number;
sometimes the customer's signature), a 加油卡 申领 / 充值 登记表 filled in by pen
(business ticked, personal or company card, the holder's name, ID, phone, firm, address
to the room; the vehicles with their plates and each 副卡's holder and mobile; the
amount; the declaration; signatures and the outlet's seal), a fuel app's 订单详情
screenshot (the station, pump and grade, litres, coupon, paid; 订单编号, time, the card's
last four, the member's name and starred mobile, the plate); an English fleet card
statement or a German Tankquittung (:mod:`synth.fuel_latin`).

Personal: holders, 副卡 holders, drivers and signers (``name``, whole or starred), fuel
card numbers whole or by their last four (``card_number``), IDs, plates and the app's
order numbers (``id_number``), phones whole or starred, homes to the room. Ordinary:
companies, stations, grades, prices, litres, amounts, balances, points, coupons, ticket
numbers, pumps and dates; a station's address and phone and a firm's tax number are
business data.
"""

from __future__ import annotations

import random

from .fakedata_filings import FilingFaker, spaced4
from .formkit import Cell, box_stamp, handwritten, sheet, table
from .formkit_blanks import tick_box
from .formkit_slips import grid_rows, label_cell
from .fuel_latin import de_quittung, en_statement
from .fuel_words import (
    CN_BRANDS,
    CN_CAR_MODELS,
    CN_COUPONS,
    CN_FORM_NOTES,
    CN_GRADES,
    CN_PAYMENTS,
    CN_SLIP_END,
    CN_STATIONS,
)
from .kit import Pen, S, _finish, joined_address
from .layouts_payapp import _GREY, _nav, _phone_canvas, _rows
from .render import Canvas, Span


def _card_shown(rng: random.Random, number: str) -> str:
    """A card number as a slip prints it: whole in fours, starred to the last four, or
    only 尾号 digits."""
    return rng.choice((spaced4(number), "*" * (len(number) - 4) + number[-4:], number))


def _star(name: str) -> str:
    """A holder's name with the given name's first character starred (张*明, 李*)."""
    return name[0] + "*" + name[2:]


def _dash(p: Pen, y: float, x0: float, x1: float) -> float:
    p.c.hline(x0, x1, y, width=max(1, round(p.s)), dash=int(6 * p.s))
    return y + 34 * p.s


def _cn_slip(rng: random.Random, fk: FilingFaker) -> Canvas:
    c, p, m, right = sheet(rng, (560, 600), 2.6, cjk=True, base=560, margin=0.05)
    s = p.s
    brand, branch = rng.choice(CN_BRANDS)
    station, addr, phone = rng.choice(CN_STATIONS)
    f = p.font(19, mono=rng.random() < 0.4)
    lh = 31 * s
    y = m + 34 * s
    c.text(c.width / 2, y, brand, p.font(28, bold=True), "shop", anchor="ms")
    y += 36 * s
    c.text(c.width / 2, y, f"{branch}{station}", p.font(19), "shop", anchor="ms")
    y += 32 * s
    c.line(m, y, [S("站点编码:", "label"), S(fk.digits(8, True), "other")], f)
    y += lh
    c.line(m, y, [S("地址:", "label"), Span(addr, "shop_address", None)], f)
    y += lh
    c.line(m, y, [S("电话:", "label"), Span(phone, "shop_phone", None)], f)
    y = _dash(p, y + 14 * s, m, right)
    grade, price = rng.choice(CN_GRADES)
    litres = rng.uniform(18, 62)
    amount = round(litres * price, 2)
    off = rng.choice((0, 0, 5, 10, round(amount * 0.03, 2)))
    stamp = f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d} {fk.time()}"
    rows: list[list[Span]] = [
        [S("小票号:", "label"), S(f"{fk.digits(4)}{fk.digits(8)}{fk.digits(4)}", "other")],
        [S("交易时间:", "label"), S(stamp, "date")],
        [S("油枪号:", "label"), S(f"{rng.randint(1, 16):02d}", "other")],
        [S("油品:", "label"), S(grade, "item")],
        [S("单价:", "label"), S(f"{price:.2f}元/升", "price")],
        [S("升数:", "label"), S(f"{litres:.2f}升", "other")],
        [S("金额:", "label"), S(f"{amount:.2f}元", "price")],
    ]
    if off:
        rows += [
            [S("优惠金额:", "label"), S(f"-{off:.2f}", "price")],
            [S("实收金额:", "label"), S(f"{amount - off:.2f}元", "price")],
        ]
    pay = rng.choice(CN_PAYMENTS)
    rows.append([S("支付方式:", "label"), S(pay, "other")])
    holder = fk.cn_name(honorific=0.0)
    if pay == "加油卡":
        rows += [
            [S("卡号:", "label"), S(_card_shown(rng, fk.cn_fuel_card()), "card_number")],
            [S("持卡人:", "label"), S(holder if rng.random() < 0.6 else _star(holder), "name")],
            [S("卡余额:", "label"), S(f"{rng.uniform(50, 3000):.2f}元", "price")],
        ]
    else:  # a member paying another way is still named by the loyalty scheme
        rows.append([S("会员:", "label"), S(_star(holder), "name")])
    if rng.random() < 0.75:
        rows.append([S("车牌号:", "label"), S(fk.cn_plate(), "id_number")])
    if rng.random() < 0.7:
        rows.append([S("会员手机:", "label"), S(fk.masked_mobile(), "phone")])
        rows.append([S("本次积分:", "label"), S(f"+{int(amount)}", "other")])
    for spans in rows:
        c.line(m, y, spans, f)
        y += lh
    y = _dash(p, y - 10 * s, m, right)
    if rng.random() < 0.5:
        if rng.random() < 0.5:
            c.line(m, y, [S("发票抬头:", "label"), S(holder, "name")], f)
        else:
            c.line(m, y, [S("发票抬头:", "label"), S(fk.cn_company(), "other")], f)
            y += lh
            c.line(m, y, [S("税号:", "label"), Span(fk.tax_id(), "tax_id", None)], f)
        y += lh
    if rng.random() < 0.4:
        x = c.line(m, y + 10 * s, [S("客户签名:", "label")], f) + 8 * s
        handwritten(p, x, y + 10 * s, [S(holder, "name")], 30, cjk=True)
        y += 50 * s
    c.text(c.width / 2, y + 10 * s, rng.choice(CN_SLIP_END), p.font(17), "footer", anchor="ms")
    return _finish(c, y + 10 * s, m, pad=10 * s)


def _ticks(p: Pen, x: float, y: float, label: str, options: tuple[str, ...], pick: int) -> None:
    x = p.c.line(x, y, [S(label, "label")], p.font(17)) + 10 * p.s
    for k, opt in enumerate(options):
        x = tick_box(p, x, y, opt, k == pick, p.font(17)) + 22 * p.s


def _cn_form(rng: random.Random, fk: FilingFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1280), 1.45, cjk=True, base=1200, margin=0.06)
    s, w = p.s, right - m
    brand, branch = rng.choice(CN_BRANDS)
    y = m + 34 * s
    c.text(c.width / 2, y, f"{brand}{branch}", p.font(22, bold=True), "shop", anchor="ms")
    y += 50 * s
    title = rng.choice(("加油卡业务登记表", "加油IC卡申领/充值登记表", "加油卡申请表"))
    c.text(c.width / 2, y, title, p.font(30, bold=True), "label", anchor="ms")
    y += 44 * s
    station = rng.choice(CN_STATIONS)[0]
    c.line(m, y, [S("受理网点:", "label"), S(station, "shop")], p.font(17))
    c.line(
        right - 260 * s,
        y,
        [S("日期:", "label"), S(f"2026.{rng.randint(1, 11)}.{rng.randint(1, 28)}", "date")],
        p.font(17),
    )
    y += 46 * s
    company = rng.random() < 0.4
    _ticks(p, m, y, "业务类型:", ("申领新卡", "充值", "补卡", "挂失"), rng.choice((0, 0, 1, 2)))
    y += 40 * s
    _ticks(p, m, y, "卡片类型:", ("个人记名卡", "单位卡", "不记名卡"), 1 if company else 0)
    y += 22 * s
    hand = rng.random() < 0.85
    holder = fk.cn_name(honorific=0.0)
    firm = fk.cn_company() if company else ""
    grid = [
        [
            ("持卡人姓名", holder, "name"),
            ("证件类型", "居民身份证", "other"),
            ("证件号码", fk.id_born(1966, 2002), "id_number"),
        ],
        [
            ("联系电话", fk.cn_mobile(rng.choice(("plain", "dash"))), "phone"),
            ("单位名称", firm, "other"),
        ],
        [("通讯地址", joined_address([fk.cn_address(with_door=1.0)[0]], ""), "")],
    ]
    if company:
        grid.insert(2, [("统一社会信用代码", [Span(fk.tax_id(), "tax_id", None)], "")])
    widths = [w * k for k in (0.13, 0.2, 0.11, 0.2, 0.11, 0.25)]
    y = table(
        p, m, y, widths, grid_rows(grid, hand=hand, columns=6), 54 * s, p.font(17), hand_px=26
    )
    y += 40 * s
    c.text(m, y, "车辆及副卡信息", p.font(19, bold=True), "label")
    head = ("序号", "车牌号码", "车型", "副卡持卡人", "联系电话", "限加油品")
    rows = [[label_cell(t) for t in head]]
    for k in range(rng.randint(1, 4) if company else rng.randint(1, 2)):
        cells = [
            Cell.of(str(k + 1), "other", align="c"),
            Cell.of(fk.cn_plate(), "id_number", hand=hand, align="c"),
            Cell.of(rng.choice(CN_CAR_MODELS), "other", hand=hand, align="c"),
            Cell.of(
                fk.cn_name(honorific=0.0) if company or k else "", "name", hand=hand, align="c"
            ),
            Cell.of(fk.cn_mobile_digits() if company or k else "", "phone", hand=hand, align="c"),
            Cell.of(rng.choice(("92#", "95#", "92#/95#", "0#柴油")), "other", hand=hand, align="c"),
        ]
        rows.append(cells)
    y = table(
        p,
        m,
        y + 14 * s,
        [w * k for k in (0.08, 0.18, 0.15, 0.19, 0.24, 0.16)],
        rows,
        48 * s,
        p.font(17),
        hand_px=25,
    )
    y += 44 * s
    sum_ = rng.choice((500, 1000, 2000, 3000, 5000))
    c.line(m, y, [S("充值金额(小写):", "label")], p.font(17))
    handwritten(p, m + 170 * s, y, [S(f"¥{sum_}.00", "price")], 26, cjk=True)
    c.line(m + w * 0.45, y, [S("卡号(补卡/充值填写):", "label")], p.font(17))
    if rng.random() < 0.6:
        handwritten(
            p,
            m + w * 0.45 + 210 * s,
            y,
            [S(fk.cn_fuel_card(), "card_number")],
            24,
            cjk=True,
            width=w * 0.55 - 220 * s,
        )
    y += 44 * s
    y = c.wrap(m, y, [S(rng.choice(CN_FORM_NOTES), "footer")], p.font(15), w, 24 * s) + 30 * s
    x = c.line(m, y, [S("申请人签名:", "label")], p.font(17)) + 8 * s
    handwritten(p, x, y, [S(holder, "name")], 30, cjk=True)
    x = c.line(m + w * 0.5, y, [S("经办人:", "label")], p.font(17)) + 8 * s
    handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 28, cjk=True)
    box_stamp(p, right - 120 * s, y - 20 * s, [station[:8], "业务受理章"], 14)
    return _finish(c, y, m // 2, pad=30 * s)


def _cn_app(rng: random.Random, fk: FilingFaker) -> Canvas:
    c, p, y = _phone_canvas(rng, True, tall=2.3)
    s, W = p.s, c.width
    brand, _ = rng.choice(CN_BRANDS)
    station, addr, _phone = rng.choice(CN_STATIONS)
    y = _nav(p, y, "订单详情") + 80 * s
    green = (7, 160, 96)
    c.text(40 * s, y, "支付成功", p.font(34, bold=True), "other", fill=green)
    y += 60 * s
    c.text(40 * s, y, f"{brand}{station}", p.font(27, bold=True), "shop")
    y += 40 * s
    c.line(40 * s, y, [Span(addr, "shop_address", None)], p.font(22), fill=_GREY)
    y += 30 * s
    c.draw.rectangle([0, y, W, y + 16 * s], fill=(242, 242, 245))
    y += 70 * s
    grade, price = rng.choice(CN_GRADES)
    litres = rng.uniform(20, 58)
    amount = round(litres * price, 2)
    coupon = rng.choice([k for k in CN_COUPONS if not k.startswith("满300") or amount >= 300])
    off = (
        10
        if "10" in coupon
        else 15
        if "15" in coupon
        else 20
        if "20" in coupon
        else round(amount * 0.05, 2)
    )
    rows = [
        ("油枪/油品", [S(f"{rng.randint(1, 12)}号枪 {grade}", "other")]),
        ("加油升数", [S(f"{litres:.2f}L", "other")]),
        ("油站价", [S(f"¥{price:.2f}/L", "price")]),
        ("订单金额", [S(f"¥{amount:.2f}", "price")]),
        ("优惠券", [S(f"{coupon} -¥{off:.2f}", "other")]),
        ("实付金额", [S(f"¥{amount - off:.2f}", "price")]),
    ]
    y = _rows(p, y, rows, 60) + 10 * s
    c.draw.rectangle([0, y, W, y + 16 * s], fill=(242, 242, 245))
    y += 70 * s
    c.text(40 * s, y, "订单信息", p.font(28, bold=True), "label")
    y += 62 * s
    card = fk.cn_fuel_card()
    name = fk.cn_name(honorific=0.0)
    name = name if rng.random() < 0.4 else _star(name)
    rows = [
        ("订单编号", [S(fk.fuel_order_no(), "id_number")]),
        (
            "下单时间",
            [S(f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d} {fk.time()}", "date")],
        ),
        ("支付方式", [S("加油卡(尾号", "other"), S(card[-4:], "card_number"), S(")", "other")]),
        ("会员", [S(name, "name")]),
        ("手机号", [S(fk.masked_mobile(), "phone")]),
        ("车牌号", [S(fk.cn_plate(), "id_number")]),
    ]
    y = _rows(p, y, rows, 60) + 30 * s
    for k, word in enumerate(("申请开票", "再来一单")):
        x0 = 40 * s + k * (W / 2 - 20 * s)
        c.draw.rounded_rectangle(
            [x0, y - 50 * s, x0 + W / 2 - 60 * s, y + 20 * s],
            30 * s,
            outline=(200, 200, 200),
            width=2,
        )
        c.text(x0 + (W / 2 - 60 * s) / 2, y - 15 * s, word, p.font(26), "label", anchor="mm")
    return _finish(c, y + 20 * s, 0, pad=40 * s)


def fuel_card_receipt(rng: random.Random) -> Canvas:
    """A station's 加油小票, a 加油卡 登记表 by pen, a fuel app's order screenshot, an
    English fleet card statement or a German Tankquittung."""
    fk = FilingFaker(rng)
    draw = rng.choices(
        (_cn_slip, _cn_form, _cn_app, en_statement, de_quittung), weights=(30, 22, 16, 16, 16)
    )[0]
    return draw(rng, fk)


LAYOUTS = {"fuel_card_receipt": fuel_card_receipt}
