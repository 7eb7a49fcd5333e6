"""Documents households photograph: a phone screenshot of an order page (订单详情) and a
clinic prescription / registration slip (处方笺, 挂号单).

Both carry a lot of ordinary text that must stay readable (app chrome, buttons,
drug names, the hospital's name) around a few personal fields that are sometimes
labelled, sometimes not (the screenshot's address card has no keyword at all).
"""

from __future__ import annotations

import random

from .fakedata_more import MoreFaker
from .kit import Faces, Pen, S, _finish, _ink, _paper, hand_font
from .render import Canvas, Span

_GREY = (120, 120, 120)


def _card(c: Canvas, x0: float, y0: float, x1: float, y1: float, r: float) -> None:
    c.draw.rounded_rectangle([x0, y0, x1, y1], radius=int(r), fill=(255, 255, 255))


def cn_order_screenshot(rng: random.Random) -> Canvas:
    """订单详情 screenshot: status bar, nav bar, cards (logistics, address, goods, order info), buttons."""
    fk = MoreFaker(rng)
    W = rng.choice((720, 828, 1080))
    H = int(W * rng.uniform(2.0, 2.2))
    bg = rng.choice(((244, 244, 244), (240, 241, 245), (247, 247, 247)))
    c = Canvas(W, H, paper=bg, ink=(rng.randint(10, 40),) * 3)
    p = Pen(rng, c, Faces.pick(rng, cjk=True), W / 750)
    m = int(24 * p.s)
    right = W - m
    f = p.font(rng.uniform(26, 30))
    small = p.font(rng.uniform(22, 25))
    lh = p.lh(f, 1.45, 1.7)
    accent = rng.choice(((255, 80, 0), (230, 30, 50), (250, 100, 30)))

    # Status bar and navigation bar.
    y = int(40 * p.s)
    sb = p.font(24, bold=True)
    c.text(m + 20 * p.s, y, f"{rng.randint(8, 23)}:{rng.randint(0, 59):02d}", sb, "other")
    c.text(
        right - 20 * p.s,
        y,
        f"{rng.choice(('5G', '4G', 'WiFi'))}  {rng.randint(12, 99)}%",
        sb,
        "other",
        anchor="rs",
    )
    y += int(80 * p.s)
    c.text(m + 10 * p.s, y, "<", p.font(36), "other")
    c.text(
        W / 2,
        y,
        rng.choice(("订单详情", "订单详情", "物流详情")),
        p.font(32, bold=True),
        "label",
        anchor="ms",
    )
    c.text(right - 10 * p.s, y, "···", p.font(32, bold=True), "other", anchor="rs")
    y += int(50 * p.s)
    c.text(
        m + 10 * p.s,
        y + 40 * p.s,
        rng.choice(("交易成功", "已签收", "卖家已发货", "待收货")),
        p.font(40, bold=True),
        "other",
    )
    y += int(90 * p.s)

    # Cards in varying order: logistics, address, goods, order info.
    def logistics(y: float) -> float:
        y0 = y
        _card(c, m, y, right, y + 190 * p.s, 20 * p.s)
        y += 60 * p.s
        wb = fk.waybill_cn()
        x = c.line(
            m + 30 * p.s, y, [S(rng.choice(("快递单号:", "运单号 ", "物流单号：")), "label")], small
        )
        x = c.line(x + 6 * p.s, y, [S(wb, "tracking")], small)
        c.text(x + 20 * p.s, y, "复制", small, "other", fill=accent)
        y += lh
        c.wrap(
            m + 30 * p.s,
            y,
            [
                S(
                    f"【{rng.choice(('深圳市', '杭州市', '成都市'))}】"
                    + rng.choice(
                        (
                            "您的快件已签收,签收人:本人",
                            "快件已到达驿站,请及时取件",
                            "派送员正在为您派件",
                        )
                    ),
                    "other",
                )
            ],
            small,
            right - m - 60 * p.s,
            lh,
            max_lines=1,
        )
        y += lh * 0.8
        c.text(m + 30 * p.s, y, f"{fk.date()} {fk.time()}", small, "date", fill=_GREY)
        return y0 + 190 * p.s + 20 * p.s

    region, street, door = fk.cn_address_parts()
    name = fk.cn_name(honorific=0.1)
    phone = fk.cn_mobile(rng.choice(("plain", "masked", "masked", "intl")))
    keyworded = rng.random() < 0.3

    def address(y: float) -> float:
        y0 = y
        h = 200 * p.s
        _card(c, m, y, right, y + h, 20 * p.s)
        c.draw.ellipse([m + 24 * p.s, y + 40 * p.s, m + 60 * p.s, y + 76 * p.s], fill=accent)
        x0 = m + 84 * p.s
        y += 70 * p.s
        nf = p.font(30, bold=True)
        x = c.line(x0, y, [S("收货人:", "label")], f) if keyworded else x0
        x = c.line(x, y, [S(name, "name")], nf)
        c.line(x + 24 * p.s, y, [S(phone, "phone")], f, fill=_GREY if rng.random() < 0.5 else None)
        y += lh
        spans = [
            S(region + rng.choice(("", " ")), "address"),
            S(street, "address"),
            S(door, "door"),
        ]
        if keyworded:
            spans.insert(0, S("收货地址:", "label"))
        yy = c.wrap(x0, y, spans, small, right - x0 - 30 * p.s, lh * 0.85, max_lines=3)
        return max(y0 + h, yy) + 20 * p.s

    def goods(y: float) -> float:
        y0 = y
        n = rng.randint(1, 2)
        h = (110 + 170 * n) * p.s
        _card(c, m, y, right, y + h, 20 * p.s)
        y += 56 * p.s
        c.text(
            m + 30 * p.s,
            y,
            fk.cn_shop() + rng.choice(("旗舰店", "官方店", "")) + " >",
            small,
            "shop",
        )
        for _ in range(n):
            y += 30 * p.s
            c.draw.rounded_rectangle(
                [m + 30 * p.s, y, m + 170 * p.s, y + 140 * p.s],
                radius=int(10 * p.s),
                fill=(225, 225, 228),
            )
            tx = m + 190 * p.s
            c.wrap(
                tx,
                y + 36 * p.s,
                [
                    S(
                        rng.choice(
                            (
                                "加厚保温杯 316不锈钢 500ml",
                                "纯棉短袖T恤 男款 夏季",
                                "无线蓝牙耳机 降噪 长续航",
                                "家用抽纸 3层100抽 24包",
                            )
                        ),
                        "item",
                    )
                ],
                small,
                right - tx - 150 * p.s,
                lh * 0.85,
                max_lines=2,
            )
            c.text(
                tx,
                y + 120 * p.s,
                rng.choice(("颜色分类:黑色", "规格:标准款", "尺码:XL")),
                p.font(20),
                "other",
                fill=_GREY,
            )
            c.text(
                right - 30 * p.s, y + 36 * p.s, f"¥{fk.price(9, 299)}", small, "price", anchor="rs"
            )
            c.text(
                right - 30 * p.s,
                y + 80 * p.s,
                f"x{rng.randint(1, 3)}",
                small,
                "other",
                anchor="rs",
                fill=_GREY,
            )
            y += 140 * p.s
        return y0 + h + 20 * p.s

    def info(y: float) -> float:
        rows: list[tuple[str, Span]] = [
            (rng.choice(("订单编号", "订单号")), Span(fk.order_number(), "order_number", None)),
            (
                rng.choice(("支付宝交易号", "交易流水号", "支付单号")),
                Span(fk.digits(28, True), "order_number", None),
            ),
            (rng.choice(("创建时间", "下单时间")), S(f"{fk.date()} {fk.time()}", "date")),
            ("付款时间", S(f"{fk.date()} {fk.time()}", "date")),
        ]
        if rng.random() < 0.4:
            rows.append(("发货时间", S(f"{fk.date()} {fk.time()}", "date")))
        if not keyworded and rng.random() < 0.4:  # the address again, as key/value rows
            rows.insert(1, ("收货人", S(name, "name")))
            rows.insert(2, ("手机号", S(phone, "phone")))
        h = (50 + len(rows) * lh / p.s) * p.s
        _card(c, m, y, right, y + h, 20 * p.s)
        yy = y + 20 * p.s
        align_right = rng.random() < 0.5
        for key, val in rows:
            yy += lh
            c.text(m + 30 * p.s, yy, key, small, "label", fill=_GREY)
            if align_right:
                c.line(right - 30 * p.s - p.width(val.text, small), yy, [val], small)
            else:
                c.line(m + 200 * p.s, yy, [val], small)
        return y + h + 20 * p.s

    order = [logistics, address, goods, info]
    if rng.random() < 0.5:
        order = [address, logistics, goods, info]
    if rng.random() < 0.3:
        order.remove(logistics)
    for card in order:
        if y > H - 450 * p.s:
            break
        y = card(y)

    # Bottom button bar.
    by = H - 130 * p.s
    c.draw.rectangle([0, by, W, H], fill=(255, 255, 255))
    bx = right
    for label in rng.sample(
        ("确认收货", "查看物流", "申请售后", "联系客服", "再次购买", "删除订单"), 3
    ):
        bw = p.width(label, small) + 50 * p.s
        c.draw.rounded_rectangle(
            [bx - bw, by + 30 * p.s, bx, by + 90 * p.s],
            radius=int(30 * p.s),
            outline=(150, 150, 150),
            width=2,
            fill=(255, 255, 255),
        )
        c.text(bx - bw / 2, by + 60 * p.s, label, small, "other", anchor="mm")
        bx -= bw + 20 * p.s
    return c


# =========================================================================== clinic slip

_HOSPITALS = ("第一人民医院", "中心医院", "中医院", "妇幼保健院", "社区卫生服务中心")
_DEPTS = ("内科", "外科", "儿科", "皮肤科", "口腔科", "呼吸内科", "消化内科")
_DRUGS = (
    ("阿莫西林胶囊 0.25g×24粒", "口服 一日3次 每次2粒"),
    ("布洛芬缓释胶囊 0.3g×20粒", "口服 必要时 每次1粒"),
    ("复方甘草片 ×100片", "含服 一日3次 每次3片"),
    ("蒙脱石散 3g×10袋", "冲服 一日3次 每次1袋"),
    ("氯雷他定片 10mg×6片", "口服 一日1次 每次1片"),
    ("连花清瘟胶囊 0.35g×24粒", "口服 一日3次 每次4粒"),
)


def cn_clinic_slip(rng: random.Random) -> Canvas:
    """处方笺 / 门诊挂号单: hospital header, patient grid, Rp lines, doctor and pharmacist, red stamp."""
    fk = MoreFaker(rng)
    W = rng.choice((900, 1000, 1100))
    c = Canvas(W, int(W * 1.5), paper=_paper(rng), ink=_ink(rng))
    p = Pen(rng, c, Faces.pick(rng, cjk=True), W / 1000)
    m = int(W * rng.uniform(0.04, 0.07))
    right = W - m
    f = p.font(rng.uniform(22, 27))
    lh = p.lh(f, 1.6, 1.9)
    city = rng.choice(("深圳市", "杭州市", "成都市", "武汉市", "厦门市", "南京市"))
    hospital = city + rng.choice(_HOSPITALS)
    kind = rng.choice(("处方笺", "门诊挂号单", "门诊病历首页"))
    glued = rng.random() < 0.5

    y = m + int(60 * p.s)
    c.text(W / 2, y, hospital, p.font(rng.uniform(36, 44), bold=True), "shop", anchor="ms")
    y += int(56 * p.s)
    c.text(W / 2, y, kind, p.font(32, bold=True), "label", anchor="ms")
    if rng.random() < 0.6:
        tag = rng.choice(("普通", "医保", "自费", "急诊"))
        tf = p.font(24)
        c.box(right - p.width(tag, tf) - 30 * p.s, y - 36 * p.s, right, y + 10 * p.s, width=2)
        c.text(right - 15 * p.s, y, tag, tf, "other", anchor="rs")
    y += int(30 * p.s)
    c.hline(m, right, y, width=3)

    name = fk.cn_name(honorific=0.0)
    sex = rng.choice(("男", "女"))
    cells: list[tuple[str, Span]] = [
        ("姓名", S(name, "name")),
        ("性别", S(sex, "other")),
        ("年龄", S(f"{rng.randint(1, 88)}岁", "other")),
        ("科别", S(rng.choice(_DEPTS), "other")),
        (rng.choice(("门诊号", "病历号", "就诊卡号")), S(fk.medical_record_no(), "id_number")),
        ("日期", S(fk.date(rng.choice(("iso", "cn"))), "date")),
        ("费别", S(rng.choice(("自费", "医保", "公费")), "other")),
    ]
    if rng.random() < 0.6:
        cells.append(
            (
                "身份证号",
                S(fk.cn_resident_id() if rng.random() < 0.6 else fk.cn_id_masked(), "id_number"),
            )
        )
    if rng.random() < 0.7:
        cells.append(
            (
                rng.choice(("电话", "手机", "联系电话")),
                S(fk.cn_mobile(rng.choice(("plain", "plain", "masked"))), "phone"),
            )
        )
    if rng.random() < 0.5:
        region, street, door = fk.cn_address_parts()
        cells.append(("住址", Span(region + street + door, "address", True)))
    cols = rng.choice((2, 3))
    colw = (right - m) / cols
    i = 0
    y += lh
    while i < len(cells):
        for col in range(cols):
            if i >= len(cells):
                break
            key, val = cells[i]
            wide = key in ("身份证号", "住址") or p.width(val.text, f) > colw - 130 * p.s
            if wide and col:
                break
            x0 = m + col * colw + 8 * p.s
            x = c.line(x0, y, [S(key + (":" if glued else "："), "label")], f)
            if wide:
                if val.category == "address":
                    region_street = val.text[: -len(door)]
                    c.line(x + 4 * p.s, y, [S(region_street, "address"), S(door, "door")], f)
                else:
                    c.line(x + 4 * p.s, y, [val], f)
                i += 1
                break
            c.line(x + 4 * p.s, y, [val], f)
            if rng.random() < 0.5:
                c.hline(x, x0 + colw - 20 * p.s, y + 6 * p.s, width=1)
            i += 1
        y += lh
    y -= lh * 0.5
    c.hline(m, right, y, width=2)
    y += lh
    c.line(
        m + 8 * p.s,
        y,
        [
            S("临床诊断:", "label"),
            S(rng.choice(("上呼吸道感染", "急性胃肠炎", "过敏性皮炎", "咽炎", "龋齿")), "other"),
        ],
        f,
    )
    y += lh * 1.2
    c.text(m + 8 * p.s, y, "Rp", p.font(44, bold=True), "label")
    total = 0.0
    for drug, usage in rng.sample(_DRUGS, rng.randint(1, 4)):
        y += lh
        c.text(m + 90 * p.s, y, drug, f, "item")
        price = float(fk.price(5, 80))
        total += price
        c.text(right - 8 * p.s, y, f"{price:.2f}元", f, "price", anchor="rs")
        y += lh * 0.8
        c.text(m + 120 * p.s, y, usage, p.font(20), "other")
    y += lh * 1.6
    c.hline(m, right, y - lh * 0.6, width=2)

    # Signatures: doctor, pharmacists (written by hand or printed), amount, stamp.
    people = [
        ("医师", fk.cn_name(honorific=0.0)),
        ("审核药师", fk.cn_name(honorific=0.0)),
        ("调配", fk.cn_name(honorific=0.0)),
    ]
    x = m + 8 * p.s
    for key, who in people[: rng.randint(1, 3)]:
        x = c.line(x, y, [S(key + ":", "label")], f)
        if rng.random() < 0.6:
            hf = hand_font(p, rng.uniform(30, 40), cjk=True)
            c.text(
                x + 6 * p.s, y, who, hf, "name", fill=(25, 30, 90) if rng.random() < 0.5 else None
            )
            x += p.width(who, hf) + 50 * p.s
        else:
            x = c.line(x + 6 * p.s, y, [S(who, "name")], f) + 50 * p.s
    y += lh * 1.2
    c.line(m + 8 * p.s, y, [S("金额:", "label"), S(f"{total:.2f}元", "price")], f)
    r = 90 * p.s
    cx, cy = right - r - 20 * p.s, y - r * 0.4
    red = (200, rng.randint(20, 50), rng.randint(20, 50))
    c.draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=max(3, int(5 * p.s)))
    c.text(cx, cy - r * 0.15, "★", p.font(40), "other", anchor="mm", fill=red)
    c.text(
        cx,
        cy + r * 0.45,
        rng.choice(("门诊专用章", "收费专用章", "处方专用章")),
        p.font(20),
        "other",
        anchor="mm",
        fill=red,
    )
    y = max(y, cy + r) + lh * 0.8
    c.text(
        m + 8 * p.s,
        y,
        rng.choice(("本处方当日有效", "请按医嘱服药,如有不适请及时就诊", "处方有效期为3天")),
        p.font(18),
        "footer",
    )
    return _finish(c, y, m, border=rng.choice((0, 2)), pad=rng.uniform(20, 50) * p.s)


LAYOUTS = {"cn_order_screenshot": cn_order_screenshot, "cn_clinic_slip": cn_clinic_slip}
