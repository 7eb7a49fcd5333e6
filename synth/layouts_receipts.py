"""Thermal-paper layouts: food-delivery receipts (外卖小票) and bank-card POS slips (签购单).

Personal data here mostly does not follow a "keyword: value" pattern: honorific-only
names, virtual numbers with extensions, a phone tail, a free-text note that may hold
a phone or a door, and the cardholder's name printed or signed *under* a signature
label.  The shop's own name, phone and address are business data.
"""

from __future__ import annotations

import random

from .fakedata_more import MoreFaker
from .kit import Faces, Pen, S, _finish, _ink, _paper, hand_font
from .render import Canvas, Span

_PLATFORMS = ("袋鼠外卖", "饱了么", "速达外卖", "蜂鸟送餐", "美味到家", "小象快送")


def _sep(c: Canvas, p: Pen, m: float, right: float, y: float, lh: float, title: str = "") -> float:
    """A dashed rule, sometimes with a centred caption (-------- 1号口袋 --------)."""
    y += lh * 0.55
    if title:
        f = p.font(16)
        c.text((m + right) / 2, y + f.size * 0.35, title, f, "other", anchor="ms")
        w = p.width(title, f) / 2 + 8 * p.s
        c.hline(m, (m + right) / 2 - w, y, width=1, dash=int(5 * p.s))
        c.hline((m + right) / 2 + w, right, y, width=1, dash=int(5 * p.s))
    else:
        c.hline(m, right, y, width=1, dash=int(p.r.choice((4, 6, 8)) * p.s))
    return y + lh * 0.45


def _note_spans(fk: MoreFaker, rng: random.Random) -> list[Span]:
    """备注 free text; about half of the notes carry personal data."""
    kind = rng.randrange(8)
    if kind == 0:
        return [S("放门口就行,到了打电话", "other")]
    if kind == 1:
        return [S(rng.choice(("不要辣", "少放葱,多加醋", "不要香菜 谢谢")), "other")]
    if kind == 2:
        return [S("放门口 ", "other"), S(fk.cn_door(), "door")]
    if kind == 3:
        return [S("到了打这个电话 ", "other"), S(fk.cn_mobile("plain"), "phone")]
    if kind == 4:
        return [S("送到", "other"), S(fk.cn_door(), "door"), S("门口,别敲门孩子在睡觉", "other")]
    if kind == 5:
        return [S("收餐人", "other"), S(fk.cn_name(honorific=0.0), "name"), S(" 放前台", "other")]
    if kind == 6:
        return [S("【如遇高峰请耐心等待】", "other")]
    return [S("备用号码", "other"), S(fk.cn_mobile(rng.choice(("plain", "space"))), "phone")]


def cn_food_delivery(rng: random.Random) -> Canvas:
    """外卖小票: platform header, serial #, order number, items, 备注, 收货人 block, shop info."""
    fk = MoreFaker(rng)
    W = rng.choice((384, 448, 576))
    n_items = rng.randint(1, 6)
    H = int((1900 + n_items * 70) * W / 448)
    c = Canvas(W, H, paper=_paper(rng, thermal=True), ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=True), W / 448)
    m = int(W * rng.uniform(0.03, 0.07))
    right = W - m
    mono = rng.random() < 0.4
    f = p.font(rng.uniform(17, 21), mono=mono)
    lh = p.lh(f, 1.3, 1.6)
    big = p.font(rng.uniform(28, 40), bold=True)

    y = m + big.size
    serial = f"#{rng.randint(1, 99)}"
    plat = rng.choice(_PLATFORMS)
    if rng.random() < 0.5:
        c.text(W / 2, y, f"{serial} {plat}", big, "brand", anchor="ms")
    else:
        c.text(m, y, serial, big, "other")
        c.text(right, y, plat, p.font(24, bold=True), "brand", anchor="rs")
    y += lh * 1.1
    c.text(
        W / 2, y, rng.choice(("*已在线支付*", "--已支付--", "[货到付款]")), f, "other", anchor="ms"
    )
    y += lh * 1.2
    c.text(W / 2, y, fk.restaurant(), p.font(rng.uniform(20, 26), bold=True), "shop", anchor="ms")
    y = _sep(c, p, m, right, y, lh)

    # Order data: order number (tracking), times, delivery mode.
    rows = [
        (
            rng.choice(("订单号:", "订单编号:", "订单号 ")),
            S(fk.digits(rng.choice((16, 18, 19)), True), "tracking"),
        ),
        (rng.choice(("下单时间:", "下单时间 ")), S(f"{fk.date()} {fk.time()}", "date")),
        (
            rng.choice(("期望送达:", "送达时间:")),
            S(rng.choice(("立即送达", fk.time(False) + "前")), "other"),
        ),
    ]
    if rng.random() < 0.5:
        rows[0], rows[1] = rows[1], rows[0]
    for key, val in rows:
        y += lh
        x = c.line(m, y, [S(key, "label")], f)
        if x + p.width(val.text, f) > right:
            y += lh
            x = m
        c.line(x, y, [val], f)

    # Items, possibly in bags.
    bags = rng.choice((1, 1, 2))
    total = 0.0
    for b in range(bags):
        y = _sep(c, p, m, right, y, lh, f"{b + 1}号口袋" if bags > 1 or rng.random() < 0.5 else "")
        for _ in range(max(1, n_items // bags)):
            y += lh
            price = float(fk.price(2, 48))
            qty = rng.choice((1, 1, 2))
            total += price * qty
            c.wrap(m, y, [S(fk.dish(), "item")], f, right - m - 150 * p.s, lh, max_lines=1)
            c.text(right - 80 * p.s, y, f"x{qty}", f, "other", anchor="rs")
            c.text(right, y, f"{price * qty:.2f}", f, "price", anchor="rs")
    y = _sep(c, p, m, right, y, lh, rng.choice(("其他", "")))
    for key in rng.sample(("配送费", "包装费", "满减优惠", "红包"), rng.randint(1, 3)):
        y += lh
        c.text(m, y, key, f, "label")
        c.text(
            right,
            y,
            ("-" if key in ("满减优惠", "红包") else "") + fk.price(1, 9),
            f,
            "price",
            anchor="rs",
        )
    y += lh * 1.3
    c.text(m, y, rng.choice(("实付:", "顾客实付", "合计")), big, "label")
    c.text(right, y, f"¥{total:.2f}", big, "price", anchor="rs")

    # 备注 (free text, big and bold on many printers).
    y = _sep(c, p, m, right, y, lh)
    nf = p.font(rng.uniform(20, 28), bold=rng.random() < 0.6)
    y += p.lh(nf, 1.1, 1.3)
    x = c.line(m, y, [S(rng.choice(("备注:", "备注：", "顾客备注:")), "label")], nf)
    # Continuation lines either hang under the text or go back to the margin.
    indent = 0.0 if rng.random() < 0.5 else m - x
    y = c.wrap(
        x + 6 * p.s,
        y,
        _note_spans(fk, rng),
        nf,
        right - x - 6 * p.s,
        p.lh(nf, 1.15, 1.35),
        indent=indent - 6 * p.s if indent else 0.0,
        max_lines=3,
    )
    y -= p.lh(nf, 1.0, 1.0)

    # Recipient block: name forms, virtual number / masked / tail, address.
    y = _sep(c, p, m, right, y, lh)
    af = p.font(rng.uniform(22, 32), bold=rng.random() < 0.7)
    alh = p.lh(af, 1.2, 1.45)
    region, street, door = fk.cn_address_parts()
    addr = [S(street, "address"), S(door, "door")]
    if rng.random() < 0.4 and region:
        addr.insert(0, S(region, "address"))
    name = fk.cn_name_forms()
    phone = fk.cn_virtual()
    tail = fk.tail4() if rng.random() < 0.6 else ""
    glue = rng.choice(("收货人:", "收货人：", "收货人 ", "顾客:", "收餐人:"))
    order = rng.randrange(3)
    if order == 0:  # address first, big; then name + phone
        y += alh
        y = c.wrap(m, y, addr, af, right - m, alh, max_lines=3)
        x = c.line(m, y, [S(glue, "label")], f)
        c.line(x, y, [S(name, "name")], f)
        y += lh
        c.line(m, y, [S(phone, "phone")], f)
    else:
        y += alh
        x = c.line(m, y, [S(glue, "label")], af)
        x = c.line(x, y, [S(name, "name")], af)
        if order == 1 and x + p.width(" " + phone, f) < right:
            c.line(x + 12 * p.s, y, [S(phone, "phone")], f)
        else:
            y += lh
            x = c.line(m, y, [S(rng.choice(("电话:", "联系电话:", "顾客电话 ")), "label")], f)
            c.line(x, y, [S(phone, "phone")], f)
        y += alh
        if rng.random() < 0.5:
            x = c.line(m, y, [S(rng.choice(("地址:", "收货地址:")), "label")], af)
            y = c.wrap(x, y, addr, af, right - x, alh, max_lines=3)
        else:
            y = c.wrap(m, y, addr, af, right - m, alh, max_lines=3)
        y -= alh
    if tail:
        y += lh
        c.line(
            m,
            y,
            [S(rng.choice(("手机尾号", "顾客手机尾号:", "尾号")), "label"), S(tail, "phone")],
            f,
        )
        if rng.random() < 0.5:
            c.text(right, y, rng.choice(("(隐私号保护中)", "号码保护")), f, "other", anchor="rs")

    # Shop (business data) and footer.
    y = _sep(c, p, m, right, y, lh)
    sf = p.font(rng.uniform(15, 18))
    slh = p.lh(sf, 1.25, 1.5)
    y += slh
    x = c.line(m, y, [S(rng.choice(("商家电话:", "门店电话:")), "label")], sf)
    c.text(
        x,
        y,
        fk.cn_landline() if rng.random() < 0.6 else fk.cn_mobile("plain"),
        sf,
        "shop_phone",
        None,
    )
    y += slh
    x = c.line(m, y, [S(rng.choice(("商家地址:", "门店地址:")), "label")], sf)
    shop_addr = fk.cn_address(with_door=0.0)[0].text
    y = c.wrap(x, y, [Span(shop_addr, "shop_address", None)], sf, right - x, slh, max_lines=2)
    if rng.random() < 0.5:
        qs = int(rng.uniform(100, 140) * p.s)
        box = c.qr(int(W / 2 - qs / 2), int(y), f"https://wm.example.cn/o/{fk.digits(12)}", size=qs)
        y = box[3] + lh
    c.text(
        W / 2,
        y,
        f"{serial} 完 " + rng.choice(("祝您用餐愉快", "欢迎再次光临", "")),
        f,
        "footer",
        anchor="ms",
    )
    return _finish(c, y, m, pad=rng.uniform(10, 50) * p.s)


# =========================================================================== POS slip

_BANKS = ("招商银行", "中国工商银行", "中国建设银行", "交通银行", "浦发银行", "中国银行")


def cn_pos_slip(rng: random.Random) -> Canvas:
    """签购单: bilingual keys, masked card, the cardholder's name under the signature label."""
    fk = MoreFaker(rng)
    W = rng.choice((384, 480, 576))
    H = int(2000 * W / 480)
    c = Canvas(W, H, paper=_paper(rng, thermal=True), ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=True), W / 480)
    m = int(W * rng.uniform(0.03, 0.07))
    right = W - m
    f = p.font(rng.uniform(16, 19), mono=rng.random() < 0.5)
    vf = p.font(f.size / p.s * rng.uniform(1.0, 1.25), bold=rng.random() < 0.5)
    lh = p.lh(f, 1.3, 1.55)
    below = rng.random() < 0.55  # value on the line under its key (common on 签购单)
    paren = rng.choice(("()", "（）", "  "))

    def key(cn: str, en: str) -> str:
        if paren == "  ":
            return f"{cn} {en}"
        return f"{cn}{paren[0]}{en}{paren[1]}"

    y = m + int(36 * p.s)
    c.text(
        W / 2,
        y,
        rng.choice(("银联POS签购单", "中国银联 UnionPay", "POS 签购单")),
        p.font(26, bold=True),
        "brand",
        anchor="ms",
    )
    y += lh
    copy = rng.choice(
        ("商户存根 MERCHANT COPY", "持卡人存根 CARDHOLDER COPY", "银行存根 BANK COPY")
    )
    c.text(W / 2, y, copy, f, "footer", anchor="ms")
    y += lh * 0.5
    c.hline(m, right, y, width=1, dash=int(5 * p.s))
    cardholder_cn = fk.cn_name(honorific=0.0)
    cardholder_py = fk.pinyin_name()
    card = fk.card_pos_masked() if rng.random() < 0.9 else fk.card_pos_full()

    fields: list[tuple[str, list[Span]]] = [
        (
            key("商户名称", "MERCHANT NAME"),
            [S(fk.cn_shop() + rng.choice(("", "有限公司")), "shop")],
        ),
        (key("商户编号", "MERCHANT NO."), [Span(fk.digits(15), "tax_id", None)]),
        (key("终端编号", "TERMINAL NO."), [S(fk.digits(8), "other")]),
        (key("操作员号", "OPERATOR NO."), [S(f"{rng.randint(1, 9):02d}", "other")]),
        (key("发卡行", "ISSUER"), [S(rng.choice(_BANKS), "other")]),
        (
            key("卡号", "CARD NO"),
            [S(card, "card_number"), S(rng.choice(("", " /S", " /C", " I")), "other")],
        ),
        (
            key("交易类型", "TRANS TYPE"),
            [S(rng.choice(("消费/SALE", "消费 SALE", "预授权完成")), "other")],
        ),
        (key("批次号", "BATCH NO."), [S(fk.digits(6), "other")]),
        (key("凭证号", "VOUCHER NO."), [S(fk.digits(6), "other")]),
        (key("授权码", "AUTH NO."), [S(fk.alnum(6), "other")]),
        (key("参考号", "REFER NO."), [Span(fk.digits(12), "order_number", None)]),
        (key("日期/时间", "DATE/TIME"), [S(f"{fk.date().replace('-', '/')} {fk.time()}", "date")]),
    ]
    if rng.random() < 0.5:
        fields.insert(
            6,
            (key("有效期", "EXP DATE"), [S(rng.choice(("**/**", "2029/12", "2031/06")), "other")]),
        )
    val_indent = rng.choice((0, 0, 24, 40)) * p.s
    named_after_card = rng.random() < 0.3  # "TAN AH KOW/" on the line under the card number
    for i, (k, val) in enumerate(fields):
        y += lh
        x = c.line(m, y, [S(k, "label")], f)
        text_w = sum(p.width(s.text, vf) for s in val)
        if below or x + 10 * p.s + text_w > right:
            y += lh
            x = m + val_indent
        c.line(x + 6 * p.s, y, val, vf)
        if "CARD NO" in k and named_after_card:
            y += lh
            c.line(m, y, [S(cardholder_py if rng.random() < 0.7 else cardholder_cn, "name")], vf)
        if i in (4, 9):
            y += lh * 0.4
            c.hline(m, right, y, width=1, dash=int(5 * p.s))
    y += lh * 1.6
    amt = p.font(rng.uniform(24, 30), bold=True)
    c.text(m, y, key("金额", "AMOUNT") if rng.random() < 0.7 else "AMOUNT:", f, "label")
    y += p.lh(amt, 1.2, 1.4)
    c.text(right, y, f"RMB {fk.price(5, 3000)}", amt, "price", anchor="rs")
    y += lh * 0.6
    c.hline(m, right, y, width=1, dash=int(5 * p.s))
    if rng.random() < 0.4:
        y += lh
        c.line(m, y, [S(key("备注", "REFERENCE"), "label")], f)

    # Signature area: label, then the name written and/or printed on the line(s) under it.
    y += lh * 1.2
    sig = rng.choice(
        (
            "持卡人签名 CARDHOLDER SIGNATURE",
            "持卡人签名(CARDHOLDER SIGNATURE):",
            "持卡人签名:\nCARDHOLDER SIGNATURE",
        )
    )
    for part in sig.split("\n"):
        c.text(m, y, part, f, "label")
        y += lh
    style = rng.randrange(4)  # 0 signed, 1 printed, 2 signed + printed, 3 printed pinyin + cn
    blue = (rng.randint(10, 40), rng.randint(20, 50), rng.randint(90, 140))
    if style in (0, 2):
        cjk_sig = rng.random() < 0.6
        hf = hand_font(p, rng.uniform(34, 50), cjk=cjk_sig)
        who = cardholder_cn if cjk_sig else cardholder_py.replace("/", " ").title().strip()
        y += hf.size * 0.9
        c.text(
            m + rng.uniform(20, 90) * p.s,
            y,
            who,
            hf,
            "name",
            fill=blue if rng.random() < 0.6 else None,
        )
        y += lh * 0.4
    if style == 0 or rng.random() < 0.3:
        c.hline(m, right, y + 4 * p.s, width=1)
        y += lh * 0.6
    if style in (1, 2, 3):
        y += lh
        printed = cardholder_py if style != 1 or rng.random() < 0.5 else cardholder_cn
        c.line(m + rng.choice((0, 0, 30)) * p.s, y, [S(printed, "name")], vf)
        if style == 3:
            y += lh
            c.line(m, y, [S(cardholder_cn, "name")], vf)
    y += lh * 1.2
    for text in (
        "本人确认以上交易,同意将其记入本卡账户",
        "I ACKNOWLEDGE SATISFACTORY RECEIPT OF RELATIVE GOODS/SERVICES",
    ):
        y = c.wrap(m, y, [S(text, "footer")], p.font(14), right - m, lh * 0.85, max_lines=3)
    if rng.random() < 0.5:
        c.text(
            W / 2,
            y + lh * 0.3,
            rng.choice(("服务热线 95516", "请妥善保管您的签购单")),
            f,
            "footer",
            anchor="ms",
        )
        y += lh * 0.3
    return _finish(c, y, m, pad=rng.uniform(10, 60) * p.s)


LAYOUTS = {"cn_food_delivery": cn_food_delivery, "cn_pos_slip": cn_pos_slip}
