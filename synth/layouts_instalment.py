"""Consumer instalment purchases. A shop's 分期付款购买合同 / 分期购机协议 filled in by
pen (甲方 the shop, its address and phone; 乙方 the buyer's grid: name, ID, mobile,
address to the room, employer, an emergency contact with the relation and phone; the
goods with the phone's IMEI; the plan; the repayment card's holder, bank and number;
clauses naming the buyer; signatures, thumbprint, the salesperson and 工号); a
finance company's printed 分期业务确认单 (loan contract number and its barcode, the
buyer masked as 张*明 and 138****1234, the IMEI in full, the card's tail, the
repayment schedule); an English hire purchase agreement or an Italian contratto di
finanziamento (:mod:`synth.instalment_latin`).

Personal: buyers, contacts, card holders and salespeople (``name``), phones, ID
numbers, the IMEI or serial written beside its owner, loan or agreement numbers and
staff numbers (``id_number``), addresses and rooms, the repayment card
(``card_number``), the contract's barcode (``code``). Ordinary: shops, lenders,
goods, specs, prices, plans, schedules, relations, employers, clauses and dates; the
shop's own address and phone and the lender's hotline are business data.
"""

from __future__ import annotations

import random

from .fakedata_money import MoneyFaker
from .formkit import Cell, fit, handwritten, seal, sheet, table
from .formkit_fill import template_spans
from .formkit_marks import thumbprint
from .formkit_slips import grid_rows, label_cell, serial_title
from .instalment_latin import en_hire_purchase, it_contratto
from .instalment_words import (
    CN_CLAUSES,
    CN_GOODS,
    CN_JOBS_UNITS,
    CN_LENDERS,
    CN_PRINT_NOTES,
    CN_RELATIONS,
    CN_SHOPS,
    CN_TERMS,
)
from .kit import Pen, S, _finish, joined_address
from .render import Canvas, Span


def plan(rng: random.Random, price: int) -> tuple[int, int, int, float]:
    """(down payment, financed amount, months, monthly repayment) of a price."""
    down = int(price * rng.choice((0, 0.1, 0.2, 0.3)))
    months = rng.choice(CN_TERMS)
    rate = rng.choice((0.0, 0.0035, 0.006))
    return down, price - down, months, round((price - down) * (1 / months + rate), 2)


def _schedule(p: Pen, x0: float, x1: float, y: float, months: int, each: float, day: int) -> float:
    """The first repayments and the last one (期数, 还款日, 应还金额, 状态): ordinary."""
    heads = ("期数", "还款日", "应还金额(元)", "状态")
    rows = [[label_cell(h) for h in heads]]
    shown = [*range(1, min(months, 4) + 1), *([months] if months > 4 else [])]
    start = p.r.randint(1, 12)
    for k in shown:
        if k == months and months > 4:
            rows.append([Cell.of("(略)", "other", align="c"), *(Cell.of("", "other"),) * 3])
        year, month = 2026 + (start + k - 1) // 12, (start + k - 1) % 12 + 1
        rows.append(
            [
                Cell.of(f"第{k}期", "other", align="c"),
                Cell.of(f"{year}-{month:02d}-{day:02d}", "date", align="c"),
                Cell.of(f"{each:.2f}", "price", align="r"),
                Cell.of("待还", "other", align="c"),
            ]
        )
    w = x1 - x0
    return table(p, x0, y, [w * 0.2, w * 0.3, w * 0.3, w * 0.2], rows, 38 * p.s, p.font(15), line=1)


def _cn_contract(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1200, 1280), 1.75, cjk=True, base=1200, margin=0.06)
    s = p.s
    shop = rng.choice(CN_SHOPS)
    y = m + 40 * s
    c.text(c.width / 2, y, shop, p.font(22, bold=True), "shop", anchor="ms")
    y += 52 * s
    title = rng.choice(("分期付款购买合同", "分期购机协议", "商品分期付款买卖合同"))
    serial_title(p, y, right, title, fk.digits(7), p.font(18))
    y += 48 * s
    f = p.font(17)
    lines = [
        [S("甲方(出卖人): ", "label"), S(shop, "shop")],
        [
            S("地址: ", "label"),
            Span(fk.shop_address("cn"), "shop_address", None),
            S("   电话: ", "label"),
            Span(fk.cn_landline(), "shop_phone", None),
        ],
    ]
    for line in lines:
        c.line(m, y, line, f)
        y += 32 * s
    c.text(m, y, "乙方(买受人)信息:", f, "label")
    y += 14 * s
    hand = rng.random() < 0.8
    name = fk.cn_name(honorific=0.0)
    home, _ = fk.cn_address(with_door=1.0)
    contact = fk.cn_name(honorific=0.0)
    rows = grid_rows(
        [
            [("姓名", name, "name"), ("性别", fk.sex(), "other")],
            [("身份证号", fk.cn_resident_id(x_prob=0.08), "id_number")],
            [
                ("手机号码", fk.cn_mobile(rng.choice(("plain", "space"))), "phone"),
                ("工作单位", rng.choice(CN_JOBS_UNITS), "other"),
            ],
            [("现住址", joined_address([home], ""), "")],
            [("紧急联系人", contact, "name"), ("关系", rng.choice(CN_RELATIONS), "other")],
            [("联系人电话", fk.cn_mobile_digits(), "phone"), ("", "", "other")],
        ],
        hand=hand,
    )
    widths = [(right - m) * k for k in (0.15, 0.35, 0.15, 0.35)]
    y = table(p, m, y, widths, rows, 54 * s, p.font(17), hand_px=28) + 40 * s
    kind, model, spec, price, imei = rng.choice(CN_GOODS)
    serial = fk.imei() if imei else fk.serial()
    c.text(m, y, "一、购买商品", f, "label")
    heads = (
        "商品名称",
        "品牌型号",
        "规格",
        "串号/IMEI" if imei else "机身编码(SN)",
        "数量",
        "单价(元)",
    )
    goods = [
        [label_cell(h) for h in heads],
        [
            Cell.of(kind, "other", hand=hand),
            Cell.of(model, "other", hand=hand),
            Cell.of(spec, "other", hand=hand),
            Cell.of(serial, "id_number", hand=hand),
            Cell.of("1", "other", hand=hand, align="c"),
            Cell.of(f"{price}.00", "price", hand=hand),
        ],
    ]
    gw = [(right - m) * k for k in (0.13, 0.22, 0.17, 0.27, 0.07, 0.14)]
    y = table(p, m, y + 14 * s, gw, goods, 50 * s, p.font(16), hand_px=26) + 40 * s
    down, financed, months, each = plan(rng, price)
    c.text(m, y, "二、付款方式", f, "label")
    y += 36 * s
    terms = [
        ("首付款", f"{down}元"),
        ("分期金额", f"{financed}元"),
        ("分期期数", f"{months}期"),
        ("每期应还", f"{each:.2f}元"),
    ]
    x = m
    for label, value in terms:
        x = c.line(x, y, [S(label + ": ", "label")], f)
        x = handwritten(p, x + 4 * s, y, [S(value, "price")], 26, cjk=True) + 34 * s
    y += 48 * s
    c.text(m, y, "三、还款账户(乙方授权合作机构从下列账户按期扣款)", f, "label")
    y += 14 * s
    holder = name if rng.random() < 0.8 else contact
    acct = grid_rows(
        [
            [("开户银行", fk.cn_bank(), "other"), ("户名", holder, "name")],
            [("银行卡号", fk.card_pos_full(), "card_number")],
        ],
        hand=hand,
    )
    y = table(p, m, y, widths, acct, 50 * s, p.font(17), hand_px=28) + 40 * s
    c.text(m, y, "四、双方约定", f, "label")
    y += 34 * s
    day = rng.randint(1, 28)
    lead = template_spans(
        "乙方{name}确认已当面验收上述商品,外观完好、功能正常。", {"name": (name, "name")}
    )
    y = c.wrap(m, y, lead, p.font(15), right - m, 25 * s, max_lines=2)
    for k, clause in enumerate(CN_CLAUSES):
        text = f"{k + 1}. " + clause.format(day=day)
        y = c.wrap(m, y, [S(text, "footer")], p.font(15), right - m, 25 * s, max_lines=3)
    y += 10 * s
    if rng.random() < 0.6:
        c.text(m, y, "附:还款计划表", f, "label")
        y = _schedule(p, m, (m + right) / 2, y + 12 * s, months, each, day) + 30 * s
    y += 90 * s
    mid = (m + right) / 2
    c.text(m, y, "甲方(盖章):", f, "label")
    seal(p, m + 230 * s, y - 14 * s, 66 * s, shop[:8])
    x = c.line(mid, y, [S("乙方(签字):", "label")], f) + 12 * s
    end = handwritten(p, x, y, [S(name, "name")], 34, cjk=True)
    if rng.random() < 0.7:
        thumbprint(p, end + 30 * s, y - 14 * s, 22 * s)
    y += 80 * s
    x = c.line(m, y, [S("销售顾问:", "label")], f) + 10 * s
    x = handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 30, cjk=True) + 20 * s
    c.line(x, y, [S("工号:", "label"), S(fk.employee_no(), "id_number")], f)
    c.line(mid, y, [S("签订日期: ", "label"), S(fk.date("cn"), "date")], f)
    return _finish(c, y, m // 2, pad=14 * s)


def _starred(name: str) -> str:
    """张*明 / 李*: the given name's first character starred, as lenders print it."""
    return name[0] + "*" + name[2:] if len(name) > 2 else name[0] + "*"


def _cn_confirmation(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """A finance company's printed confirmation: the buyer masked, the loan in full."""
    c, p, m, right = sheet(rng, (1000, 1080), 1.5, cjk=True, base=1000, margin=0.06)
    s = p.s
    lender = rng.choice(CN_LENDERS)
    y = m + 36 * s
    c.text(c.width / 2, y, lender, p.font(22, bold=True), "shop", anchor="ms")
    y += 46 * s
    c.text(
        c.width / 2,
        y,
        rng.choice(("分期业务确认单", "消费分期还款计划确认书")),
        p.font(28, bold=True),
        "label",
        anchor="ms",
    )
    y += 30 * s
    loan = rng.choice(("HT", "XF", "")) + fk.digits(12)
    c.barcode(int(right - 330 * s), int(y), loan, height=int(50 * s), max_width=int(330 * s))
    y += 84 * s
    kind, model, spec, price, imei = rng.choice(CN_GOODS)
    down, financed, months, each = plan(rng, price)
    full = fk.cn_name(honorific=0.0)
    name = _starred(full) if rng.random() < 0.7 else full
    card = fk.card_pos_full()
    rows = [
        ("合同编号", [S(loan, "id_number")]),
        ("客户姓名", [S(name, "name")]),
        ("证件号码", [S(fk.cn_id_masked(), "id_number")]),
        ("手机号码", [S(fk.cn_mobile("masked"), "phone")]),
        ("商户名称", [S(rng.choice(CN_SHOPS), "shop")]),
        (
            "销售代表",
            [
                S(fk.cn_name(honorific=0.0), "name"),
                S("  工号 ", "other"),
                S(fk.employee_no(), "id_number"),
            ],
        ),
        ("商品信息", [S(f"{model} {spec}", "other")]),
        ("IMEI/SN", [S(fk.imei() if imei else fk.serial(), "id_number")]),
        ("商品总价", [S(f"¥{price:,}.00", "price")]),
        ("首付金额", [S(f"¥{down:,}.00", "price")]),
        ("贷款本金", [S(f"¥{financed:,}.00", "price")]),
        ("分期期数", [S(f"{months}期", "other")]),
        ("每月还款额", [S(f"¥{each:,.2f}", "price")]),
        ("还款账户", [S(fk.cn_bank() + "储蓄卡 尾号", "other"), S(card[-4:], "card_number")]),
    ]
    f = p.font(17)
    for label, value in rows:
        c.text(m, y, label, f, "label")
        c.line(
            m + 170 * s, y, value, fit(p, f, "".join(v.text for v in value), right - m - 170 * s)
        )
        y += 34 * s
    y += 16 * s
    day = rng.randint(1, 28)
    y = _schedule(p, m, right, y, months, each, day) + 36 * s
    for note in rng.sample(CN_PRINT_NOTES, 3):
        y = c.wrap(m, y, [S("※ " + note, "footer")], p.font(15), right - m, 25 * s, max_lines=2)
    y += 30 * s
    y = c.wrap(m, y, [S("本人已仔细阅读并确认以上分期信息无误。", "footer")], f, right - m, 28 * s)
    x = c.line(m, y + 20 * s, [S("客户签名:", "label")], f) + 12 * s
    handwritten(p, x, y + 20 * s, [S(full, "name")], 34, cjk=True)
    c.line(
        (m + right) / 2,
        y + 20 * s,
        [S("客服热线: ", "label"), Span(f"95{fk.digits(3)}", "shop_phone", None)],
        f,
    )
    return _finish(c, y + 20 * s, m // 2, pad=14 * s)


def instalment_purchase_agreement(rng: random.Random) -> Canvas:
    """A shop's instalment contract by pen, a lender's printed confirmation, an English
    hire purchase agreement or an Italian contratto di finanziamento."""
    fk = MoneyFaker(rng)
    draw = rng.choices(
        (_cn_contract, _cn_confirmation, en_hire_purchase, it_contratto), weights=(36, 24, 22, 18)
    )[0]
    return draw(rng, fk)


LAYOUTS = {"instalment_purchase_agreement": instalment_purchase_agreement}
