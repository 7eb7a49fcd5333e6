"""Freight and consignment shipping. A 物流托运单 / 货运单 from a multi-part carbon book,
usually filled in by hand at the depot counter (运单号 in red, 发站 and 到站, 托运人 and
收货人 each with name, phone and address to the door, a goods table 货物名称 / 包装 / 件数 /
重量 / 体积 / 运费, 保价金额, 代收货款, 付款方式 and 交货方式 ticks, 开票人, the consignor's
signature, the copy's colour and purpose, the depot's address and phone); a specialist
line's label stuck on a carton (the destination code big, 收货人 and phone, 件数 3/5, the
waybill and its barcode); a consignor's hand-written 发货清单; an English consignment note
(Shipper, Consignee and Notify party blocks, goods, packages, gross weight, declared
value, signatures) or a Spanish carta de porte (Remitente, Destinatario, NIF, Domicilio,
Mercancía, Bultos, Peso, Firma).

Personal: consignors, consignees, notify parties, clerks and drivers (``name``), their
phones, addresses with doors (``address``, ``door``), NIF/DNI numbers (``id_number``),
the waybill (``tracking``). Ordinary: stations, cities, route codes, goods, packing,
pieces, weights, volumes, prices, ticks, clauses and copy notes; the carrier's name,
depot address and phone are business data.
"""

from __future__ import annotations

import random

from . import freight_words as fw
from .consignment_latin import en_note, es_note
from .fakedata_money import MoneyFaker
from .formkit import RED, Cell, handwritten, sheet, table
from .formkit_blanks import tick_box
from .formkit_marks import ruled_paper
from .formkit_slips import grid_rows, hand_cell, label_cell
from .kit import S, _addr_spans, _finish, hand_font
from .layouts_viewing import _titled
from .render import Canvas, Span

_TINTS = ((255, 255, 255), (250, 226, 226), (226, 236, 252), (252, 246, 214))


def _cn_party(fk: MoneyFaker, role: str) -> list[tuple[str, str | list[Span], str]]:
    line, _ = fk.cn_address(with_door=0.9)
    return [
        (role, fk.cn_name(honorific=0.0), "name"),
        ("电话", fk.cn_mobile(fk.r.choice(("plain", "dash", "space"))), "phone"),
        ("地址", _addr_spans([line]), "address"),
    ]


def _cn_note(rng: random.Random, fk: MoneyFaker) -> Canvas:
    copy = rng.randrange(len(fw.CN_COPIES))
    c, p, m, right = sheet(rng, (1300, 1360), 1.0, cjk=True, base=1300, margin=0.04)
    c.draw.rectangle([0, 0, c.width, c.height], fill=_TINTS[copy])
    s = p.s
    carrier = rng.choice(fw.CN_CARRIERS)
    y = m + 34 * s
    c.text(c.width / 2, y, carrier, p.font(26, bold=True), "shop", anchor="ms")
    y += 42 * s
    c.text(
        c.width / 2,
        y,
        rng.choice(("货物托运单", "公路货运单", "物流托运单")),
        p.font(30, bold=True),
        "label",
        anchor="ms",
    )
    f = p.font(16)
    c.line(
        right - 330 * s, y, [S("运单号 ", "label"), S(fk.digits(10, True), "tracking")], f, fill=RED
    )
    y += 34 * s
    src, dst = rng.sample(fw.CN_CITIES + ("杭州", "义乌", "广州"), 2)
    c.line(
        m,
        y,
        [
            S("发站:", "label"),
            S(src, "other"),
            S("   到站:", "label"),
            S(dst, "other"),
            S("   托运日期:", "label"),
            S(fk.date("cn"), "date"),
        ],
        f,
    )
    y += 14 * s
    by_hand = rng.random() < 0.75
    sender, rec = _cn_party(fk, "托运人"), _cn_party(fk, "收货人")
    rows = grid_rows([sender[:2], [sender[2]], rec[:2], [rec[2]]], hand=by_hand)
    widths = [(right - m) * k for k in (0.12, 0.4, 0.1, 0.38)]
    y = table(p, m, y, widths, rows, 46 * s, p.font(17), hand_px=28)
    head = [label_cell(t) for t in ("货物名称", "包装", "件数", "重量(kg)", "体积(m³)", "运费(元)")]
    goods = [
        [hand_cell(v, "item" if k == 0 else "other") for k, v in enumerate(row)]
        for row in fw.cn_goods_rows(rng, rng.randint(1, 3))
    ]
    blank = [[Cell.of("", "other")] * 6]
    widths6 = [(right - m) * k for k in (0.26, 0.14, 0.12, 0.16, 0.16, 0.16)]
    y = table(p, m, y, widths6, [head, *goods, *blank], 44 * s, p.font(17), hand_px=28)
    money = [
        [
            label_cell("保价金额"),
            hand_cell(f"{rng.randint(1, 50) * 1000}", "price"),
            label_cell("代收货款"),
            hand_cell(rng.choice(("", "无", f"{rng.randint(3, 90)}00")), "price"),
            label_cell("合计运费"),
            hand_cell(f"{rng.randint(8, 200) * 10}元", "price"),
        ]
    ]
    y = table(p, m, y, widths6, money, 44 * s, p.font(16), hand_px=28) + 40 * s
    x = c.line(m, y, [S("付款方式:", "label")], f) + 10 * s
    pay = rng.choice(fw.CN_PAY)
    for word in fw.CN_PAY:
        x = tick_box(p, x, y, word, word == pay, f) + 18 * s
    x = c.line(x + 30 * s, y, [S("交货方式:", "label")], f) + 10 * s
    how = rng.choice(fw.CN_DELIVERY)
    for word in fw.CN_DELIVERY:
        x = tick_box(p, x, y, word, word == how, f) + 18 * s
    y += 34 * s
    for clause in rng.sample(fw.CN_CLAUSES, 2):
        y = c.wrap(m, y, [S(clause, "footer")], p.font(14), right - m, 22 * s, max_lines=2)
    y += 34 * s
    x = c.line(m, y, [S("托运人签字:", "label")], f) + 8 * s
    handwritten(p, x, y, [S(rows[0][1].spans[0].text, "name")], 34, cjk=True)
    x = c.line(c.width * 0.4, y, [S("开票人:", "label")], f) + 8 * s
    handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 30, cjk=True)
    c.line(c.width * 0.68, y, [S("收货人签收:", "label")], f)
    y += 38 * s
    c.line(
        m,
        y,
        [
            S("营业部地址:", "label"),
            Span(fk.office_address("cn")[0], "shop_address", None),
            S("  查询电话:", "label"),
            Span(fk.cn_landline(), "shop_phone", None),
        ],
        p.font(14),
    )
    y += 26 * s
    c.text(m, y, fw.CN_COPIES[copy], p.font(14), "footer")
    return _finish(c, y, m // 2, pad=10 * s)


def _cn_label(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """A specialist line's label on a carton: the depot code big, the consignee below."""
    c, p, m, right = sheet(rng, (760, 800), 0.9, cjk=True, base=760, margin=0.05)
    s = p.s
    carrier = rng.choice(fw.CN_CARRIERS)
    y = m + 30 * s
    c.text(m, y, carrier, p.font(22, bold=True), "shop")
    y += 20 * s
    c.hline(m, right, y, width=3)
    dst = rng.choice(fw.CN_CITIES)
    y += 110 * s
    c.text(c.width / 2, y, fw.route_code(rng, dst), p.font(88, bold=True), "other", anchor="ms")
    y += 30 * s
    c.hline(m, right, y, width=2)
    y += 50 * s
    f = p.font(26)
    if rng.random() < 0.5:
        who = [S(fk.cn_name(honorific=0.0), "name")]
    else:
        who = _titled(fk.cn_surname(), rng.choice(("先生", "女士", "老板")))
    c.line(m, y, [S("收货人:", "label"), *who], f)
    y += 44 * s
    c.line(m, y, [S("电话:", "label"), S(fk.cn_mobile(), "phone")], f)
    y += 44 * s
    total = rng.randint(2, 12)
    c.line(
        m,
        y,
        [S("件数:", "label"), S(f"{rng.randint(1, total)}/{total}", "other")],
        p.font(34, bold=True),
    )
    c.line(c.width * 0.55, y, [S("到付:", "label"), S(f"¥{rng.randint(3, 60) * 10}", "price")], f)
    y += 30 * s
    waybill = fk.digits(12, True)
    c.barcode(m, y, waybill, height=70 * s, module=2, max_width=right - m, category="tracking")
    y += 100 * s
    c.line(m, y, [S("运单号:", "label"), S(waybill, "tracking")], p.font(20))
    y += 34 * s
    c.line(m, y, [S("到货查询:", "label"), Span(fk.cn_landline(), "shop_phone", None)], p.font(18))
    return _finish(c, y, m // 2, pad=10 * s)


def _cn_list(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """The consignor's own 发货清单 written on notebook paper."""
    c, p, m, right = sheet(rng, (900, 960), 1.2, cjk=True, base=900, margin=0.07)
    s = p.s
    step = 56 * s
    y = m + 50 * s
    ruled_paper(p, m - 20 * s, right + 20 * s, y + 12 * s, y + 13 * step, step, margin=True)
    ink = rng.choice(((25, 35, 120), (30, 30, 35)))
    hf = hand_font(p, 30, cjk=True)
    c.text(c.width / 2, y, "发货清单", hand_font(p, 42, cjk=True), "label", anchor="ms", fill=ink)
    y += step
    x0 = m + 80 * s
    line, _ = fk.cn_address(with_door=0.9)
    for spans in (
        [
            S("收货人:", "label"),
            S(fk.cn_name(honorific=0.0), "name"),
            S("  ", "other"),
            S(fk.cn_mobile(rng.choice(("plain", "space"))), "phone"),
        ],
        [S("地址:", "label"), *_addr_spans([line])],
        [
            S("走", "other"),
            S(rng.choice(fw.CN_CARRIERS).split()[0], "shop"),
            S(rng.choice(fw.CN_PAY), "other"),
        ],
    ):
        y = c.wrap(x0, y, spans, hf, right - x0, step, fill=ink, max_lines=2)
    goods_rows = fw.cn_goods_rows(rng, rng.randint(2, 4))
    for k, (goods, pack, pieces, kg, _, _) in enumerate(goods_rows):
        text = f"{k + 1}. {goods} {pieces}{'件' if pack != '裸装' else '台'} 约{kg}kg"
        c.text(x0, y, text, hf, "item", fill=ink)
        y += step
    c.line(
        x0,
        y,
        [S("共计", "other"), S(f"{sum(int(g[2]) for g in goods_rows)}件", "other")],
        hf,
        fill=ink,
    )
    y += step
    x = c.line(c.width * 0.45, y, [S("发货人:", "label")], hf, fill=ink) + 8 * s
    c.line(x, y, [S(fk.cn_name(honorific=0.0), "name")], hf, fill=ink)
    y += step
    c.text(c.width * 0.45, y, fk.date("cn"), hf, "date", fill=ink)
    return _finish(c, y, m // 2, pad=20 * s)


def freight_consignment_note(rng: random.Random) -> Canvas:
    """A freight consignment: the carbon-copy note, a carton label, a hand-written list,
    an English consignment note or a Spanish carta de porte."""
    fk = MoneyFaker(rng)
    draw = rng.choices(
        (_cn_note, _cn_label, _cn_list, en_note, es_note), weights=(32, 18, 14, 20, 16)
    )[0]
    return draw(rng, fk)


LAYOUTS = {"freight_consignment_note": freight_consignment_note}
