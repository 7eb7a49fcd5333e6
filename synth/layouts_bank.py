"""Money and bills: a bank transfer slip filled in by hand (转账汇款凭证) and a utility
bill (电费/水费缴费通知单) with the account holder and the metered address.

Personal values sit in ruled cells beside row headers or under column headers, in
a memo line, after role words with no colon, and in a salutation.
"""

from __future__ import annotations

import random

from .fakedata_forms import FormFaker
from .formkit import Cell, bilingual, handwritten, memo, role_line, seal, sheet, table
from .kit import S, _finish
from .render import Canvas, Span

_AMOUNT_WORDS = ("壹仟元整", "叁仟伍佰元整", "贰万元整", "捌佰陆拾元整", "伍仟元整", "壹万贰仟元整")


def bank_transfer_slip(rng: random.Random) -> Canvas:
    """转账汇款凭证: payer and payee (户名/账号/开户行), amount, purpose, staff roles."""
    fk = FormFaker(rng)
    c, p, m, right = sheet(rng, (1100, 1200, 1300), 1.2, cjk=True, base=1200, margin=(0.03, 0.05))
    W = c.width
    f = p.font(rng.uniform(20, 24))
    bank = fk.cn_bank()

    y = m + 50 * p.s
    c.text(m, y, bank, p.font(30, bold=True), "shop")
    title = rng.choice(("转账汇款凭证", "个人业务凭证", "跨行汇款申请书"))
    c.text(W / 2, y + 40 * p.s, title, p.font(36, bold=True), "label", anchor="ms")
    y += 90 * p.s
    if rng.random() < 0.6:
        c.text(W / 2, y, "PERSONAL REMITTANCE SLIP", p.font(18), "label", anchor="ms")
        y += 40 * p.s
    x = c.line(m, y, [S(bilingual(rng, "日期", "Date", colon=1.0), "label")], f)
    handwritten(p, x + 10 * p.s, y, [S(fk.date("cn"), "date")], 28, cjk=True)
    c.text(right, y, f"No. {fk.digits(8)}", f, "other", anchor="rs")
    y += 24 * p.s

    payer, payee = fk.cn_name(honorific=0.0), fk.cn_name(honorific=0.0)
    parties = (
        ("付款人", "Payer", payer, fk.bank_account(), fk.cn_branch()),
        ("收款人", "Payee", payee, fk.bank_account(), fk.cn_branch()),
    )
    rh = rng.uniform(56, 66) * p.s
    if rng.random() < 0.5:  # row headers: one party per row, fields under column headers
        heads = [
            bilingual(rng, k, e, colon=0)
            for k, e in (("户名", "Name"), ("账号", "Account No."), ("开户行", "Bank"))
        ]
        widths = [0.14, 0.2, 0.34, 0.32]
        rows = [[Cell.of("", "other"), *(Cell.of(h, "label", align="c") for h in heads)]]
        for cn, en, who, acct, branch in parties:
            rows.append(
                [
                    Cell.of(bilingual(rng, cn, en, colon=0), "label"),
                    Cell.of(who, "name", hand=True),
                    Cell.of(acct, "id_number", hand=True),
                    Cell.of(branch, "other", hand=True),
                ]
            )
    else:  # two blocks side by side, a field label beside each value
        widths = [0.1, 0.12, 0.28, 0.1, 0.12, 0.28]
        labels = (("全称", "户名"), ("账号", "账号"), ("开户行", "开户银行"))
        rows = []
        for i, key in enumerate(labels):
            row: list[Cell] = []
            for cn, _en, who, acct, branch in parties:
                value = (who, acct, branch)[i]
                cat = ("name", "id_number", "other")[i]
                row += [
                    Cell.of(cn if i == 1 else "", "label"),
                    Cell.of(rng.choice(key), "label"),
                    Cell.of(value, cat, hand=True),
                ]
            rows.append(row)
    y = table(p, m, y, [w * (right - m) for w in widths], rows, rh, f, hand_px=30)

    amount = rng.choice(_AMOUNT_WORDS)
    money = f"¥{rng.randint(5, 200) * 100:,}.00"
    y = table(
        p,
        m,
        y,
        [0.18 * (right - m), 0.52 * (right - m), 0.3 * (right - m)],
        [
            [
                Cell.of("金额(大写)", "label"),
                Cell((S("人民币 ", "label"), S(amount, "price")), hand=False),
                Cell.of(money, "price", hand=True, align="r"),
            ]
        ],
        rh,
        f,
    )
    y += 50 * p.s
    if rng.random() < 0.6:
        x = c.line(m, y, [S(rng.choice(("证件号码:", "身份证号:", "证件号码 ID No.")), "label")], f)
        handwritten(p, x + 10 * p.s, y, [S(fk.cn_resident_id(), "id_number")], 28, cjk=False)
        y += 50 * p.s
    x = c.line(m, y, [S(rng.choice(("联系电话:", "电话 Tel:", "手机:")), "label")], f)
    handwritten(p, x + 10 * p.s, y, [S(fk.cn_mobile("plain"), "phone")], 28, cjk=False)
    y += 50 * p.s
    purpose = rng.choice(
        (
            [S("代", "other"), S(fk.cn_name(honorific=0.0), "name"), S("还款", "other")],
            [S("房租 联系人", "other"), S(fk.cn_mobile("plain"), "phone")],
            [S("货款", "other")],
            [S(fk.cn_name(honorific=0.0), "name"), S("学费", "other")],
        )
    )
    y = memo(
        p,
        m,
        y,
        rng.choice(("用途:", "附言:", "汇款用途 Purpose:")),
        purpose,
        f,
        right - m,
        hand=rng.random() < 0.6,
    )
    y += 20 * p.s
    c.hline(m, right, y, width=1, dash=int(8 * p.s))
    y += 50 * p.s
    x = m
    for role in rng.sample(("会计主管", "复核", "记账", "经办", "柜员"), 3):
        x = (
            role_line(p, x, y, role, fk.cn_name(honorific=0.0), f, sep=rng.choice((" ", "  ")))
            + 60 * p.s
        )
    y += 50 * p.s
    x = c.line(m, y, [S("客户签名:", "label")], f)
    handwritten(p, x + 10 * p.s, y + 4 * p.s, [S(payer, "name")], 40, cjk=True)
    seal(
        p, right - 110 * p.s, y - 40 * p.s, 80 * p.s, rng.choice(("业务受理章", "转讫", "现金收讫"))
    )
    y += 60 * p.s
    c.text(
        m,
        y,
        rng.choice(
            ("请用黑色或蓝色签字笔填写,字迹清楚。", "以上内容请客户认真核对,银行打印信息为准。")
        ),
        p.font(17),
        "footer",
    )
    return _finish(c, y, m, border=rng.choice((0, 2)), pad=30 * p.s)


_UTILITIES = (
    ("供电局", "电费缴费通知单", "用电地址", "kWh", ("峰时段", "平时段", "谷时段")),
    ("自来水有限公司", "水费账单", "用水地址", "m³", ("第一阶梯", "第二阶梯", "污水处理费")),
    ("燃气有限公司", "燃气费缴费通知", "用气地址", "m³", ("第一档", "第二档", "燃气附加")),
)


def utility_bill(rng: random.Random) -> Canvas:
    """电费/水费/燃气费 bill: 户号/户名/地址/表号 grid, usage table, salutation with the name."""
    fk = FormFaker(rng)
    c, p, m, right = sheet(rng, (1000, 1100, 1240), 1.6, cjk=True, base=1100, margin=(0.04, 0.06))
    W = c.width
    f = p.font(rng.uniform(20, 24))
    company, title, addr_key, unit, tiers = rng.choice(_UTILITIES)
    city = rng.choice(("深圳市", "杭州市", "成都市", "南京市", "厦门市"))

    y = m + 50 * p.s
    c.text(W / 2, y, city + company, p.font(34, bold=True), "shop", anchor="ms")
    y += 56 * p.s
    c.text(W / 2, y, title, p.font(30, bold=True), "label", anchor="ms")
    y += 44 * p.s
    period = f"{rng.randint(2023, 2026)}年{rng.randint(1, 12)}月"
    c.line(m, y, [S("账期:", "label"), S(period, "date")], f)
    c.text(right, y, f"账单编号 {fk.digits(12)}", f, "other", anchor="rs")
    y += 20 * p.s

    name = fk.cn_name(honorific=0.0)
    region, street, door = fk.cn_address_parts()
    phone = fk.cn_mobile(rng.choice(("plain", "masked")))
    bi = rng.random() < 0.4
    lab = (lambda cn, en: bilingual(rng, cn, en, colon=0)) if bi else (lambda cn, en: cn)
    q = (right - m) / 4
    rows = [
        [
            Cell.of(lab("户号", "Account No."), "label"),
            Cell.of(fk.utility_account(), "id_number"),
            Cell.of(lab("户名", "Name"), "label"),
            Cell.of(name, "name"),
        ],
        [
            Cell.of(lab(addr_key, "Address"), "label"),
            Cell((Span(region + street, "address", True), S(door, "door")), span=3),
        ],
        [
            Cell.of(lab("表号", "Meter No."), "label"),
            Cell.of(fk.meter_no(), "id_number"),
            Cell.of(lab("联系电话", "Tel"), "label"),
            Cell.of(phone, "phone"),
        ],
        [
            Cell.of("抄表日期", "label"),
            Cell.of(fk.date(), "date"),
            Cell.of("用户类别", "label"),
            Cell.of(rng.choice(("居民生活", "一户一表", "居民合表")), "other"),
        ],
    ]
    y = table(p, m, y, [q * 0.8, q * 1.2, q * 0.8, q * 1.2], rows, rng.uniform(52, 60) * p.s, f)

    heads = ("计费项目", "上期示数", "本期示数", "用量", "单价(元)", "金额(元)")
    body = []
    total = 0.0
    last = rng.randint(1000, 9000)
    for tier in tiers[: rng.randint(2, 3)]:
        use = rng.randint(20, 400)
        price = rng.choice((0.4883, 0.5383, 0.7883, 2.85, 3.45, 1.20))
        total += use * price
        body.append(
            [
                Cell.of(tier, "item"),
                Cell.of(str(last), "other", align="r"),
                Cell.of(str(last + use), "other", align="r"),
                Cell.of(f"{use}{unit}", "other", align="r"),
                Cell.of(f"{price}", "price", align="r"),
                Cell.of(f"{use * price:.2f}", "price", align="r"),
            ]
        )
        last += use
    y += 30 * p.s
    y = table(
        p,
        m,
        y,
        [(right - m) / 6] * 6,
        [[Cell.of(h, "label", align="c") for h in heads], *body],
        50 * p.s,
        f,
    )
    y += 50 * p.s
    c.line(m, y, [S("本期应缴金额:", "label"), S(f"¥{total:.2f}", "price")], p.font(26, bold=True))
    c.line(right - 360 * p.s, y, [S("缴费截止日:", "label"), S(fk.date(), "date")], f)
    y += 60 * p.s
    y = c.wrap(
        m,
        y,
        [
            S("尊敬的", "other"),
            S(name, "name"),
            S(rng.choice(("客户:", "用户,您好!")), "other"),
            S(
                "您本期账单已出,请于截止日前通过营业厅、银行代扣或手机APP缴纳,逾期将按日加收违约金。",
                "other",
            ),
        ],
        f,
        right - m,
        f.size * 1.6,
        max_lines=3,
    )
    y += 10 * p.s
    role_line(p, m, y, rng.choice(("抄表员", "抄表人", "催费员")), fk.cn_name(honorific=0.0), f)
    c.line(
        right - 420 * p.s,
        y,
        [S("客服热线:", "label"), Span(f"95{fk.digits(3)}", "shop_phone", None)],
        f,
    )
    y += 50 * p.s
    c.text(m, y, "本通知单仅作缴费提示,不作报销凭证。", p.font(17), "footer")
    return _finish(c, y, m, border=rng.choice((0, 2)), pad=30 * p.s)


LAYOUTS = {"bank_transfer_slip": bank_transfer_slip, "utility_bill": utility_bill}
