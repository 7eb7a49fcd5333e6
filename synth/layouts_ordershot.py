"""Online shopping orders. A phone screenshot of a shopping app's 订单详情: the status
banner, the latest courier event, the delivery block with no label (the recipient's
name and phone, full or as 138****5678, over the address to the building and room),
the shop, product lines beside grey picture boxes with their specs, prices and
counts, the totals and 实付款, then 订单编号, 支付方式, 下单时间, 物流单号 and the
buttons (申请售后, 确认收货). A logistics page ("【杭州市】快件已由 <courier> 派送,
电话 1xx…", "已签收,签收人:本人 / 门卫"), an English order page ("Hello, <name>",
Order #, Ship to, "Delivered to front door", tracking ID) or a Brazilian "Detalhes do
pedido" (Endereço de entrega, CPF, código de rastreio).

Personal: the buyer, the recipient and the courier (``name``), their phones, the
address with its building and room (``address``, ``door``), order numbers and the
payment's transaction number (``id_number``: they lead to one buyer's account), a
waybill or tracking number (``tracking``), a card's last digits (``card_number``),
a CPF (``id_number``). Ordinary: the status bar, the app's chrome, statuses, shops,
products, specs, prices, totals, times, payment methods, carriers, depots and buttons.
"""

from __future__ import annotations

import random

from . import ordershot_words as ow
from .fakedata_money import MoneyFaker
from .formkit import fit
from .kit import Pen, S, _finish
from .layouts_payapp import _nav, _phone_canvas, _rows
from .layouts_viewing import _titled
from .render import Canvas

_GREY = (128, 128, 134)
_ORANGE = (255, 80, 0)


def _card_gap(p: Pen, y: float) -> float:
    """The grey strip between two white cards of the app."""
    p.c.draw.rectangle([0, y, p.c.width, y + 20 * p.s], fill=(242, 242, 245))
    return y + 20 * p.s


def _goods(p: Pen, y: float, lines: list[tuple[str, str, str]], x0: float) -> float:
    """Product lines: a grey picture box, the name, the spec in grey, price and count."""
    c, s, W = p.c, p.s, p.c.width
    for name, spec, price in lines:
        c.draw.rectangle([x0, y, x0 + 120 * s, y + 120 * s], fill=(214, 214, 218))
        x = x0 + 140 * s
        c.text(x, y + 34 * s, name, fit(p, p.font(26), name, W - x - 170 * s), "item")
        c.text(x, y + 76 * s, spec, fit(p, p.font(22), spec, W - x - 40 * s), "other", fill=_GREY)
        c.text(W - 40 * s, y + 34 * s, price, p.font(26), "price", anchor="rs")
        c.text(
            W - 40 * s,
            y + 72 * s,
            "x" + str(p.r.choice((1, 1, 2, 3))),
            p.font(22),
            "other",
            anchor="rs",
            fill=_GREY,
        )
        y += 140 * s
    return y


def _buttons(p: Pen, y: float, words: tuple[str, ...]) -> float:
    """Rounded buttons right-aligned at the foot of the screen."""
    c, s = p.c, p.s
    x = c.width - 30 * s
    f = p.font(24)
    for word in reversed(words):
        w = p.width(word, f) + 44 * s
        hot = word in ("确认收货", "Track package", "Rastrear pedido")
        colour = _ORANGE if hot else (120, 120, 120)
        c.draw.rounded_rectangle(
            [x - w, y - 40 * s, x, y + 20 * s], radius=30 * s, outline=colour, width=2
        )
        c.text(x - w / 2, y, word, f, "other", anchor="ms", fill=colour)
        x -= w + 20 * s
    return y + 60 * s


def _cn_person(rng: random.Random, fk: MoneyFaker, full: float) -> tuple[str, str]:
    """A full name, or (with ``1 - full``) a surname and 先生 / 女士 after it."""
    if rng.random() < full:
        return fk.cn_name(honorific=0.0), ""
    return fk.cn_surname(), rng.choice(("先生", "女士"))


def _cn_phone(rng: random.Random, fk: MoneyFaker) -> str:
    return fk.masked_mobile() if rng.random() < 0.5 else fk.cn_mobile_digits()


def _cn_order(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, y = _phone_canvas(rng, True)
    s, W = p.s, c.width
    y = _nav(p, y, "订单详情")
    c.draw.rectangle([0, y, W, y + 130 * s], fill=(235, 95, 30))
    status = rng.choice(("卖家已发货", "交易成功", "待收货", "派送中"))
    c.text(40 * s, y + 60 * s, status, p.font(36, bold=True), "other", fill=(255, 255, 255))
    c.text(
        40 * s,
        y + 104 * s,
        f"还剩{rng.randint(2, 9)}天{rng.randint(1, 23)}时自动确认",
        p.font(22),
        "other",
        fill=(255, 235, 225),
    )
    y += 130 * s
    city, carrier = rng.choice(ow.CN_CITIES), rng.choice(ow.CN_CARRIERS)
    courier = fk.cn_name(honorific=0.0)
    event = [
        S(f"【{city}】快件已由 ", "other"),
        S(courier, "name"),
        S(" 派送,电话 ", "other"),
        S(fk.cn_mobile_digits(), "phone"),
    ]
    if rng.random() < 0.4:
        event = [
            S(f"【{city}】您的快件已存放至【{rng.choice(ow.CN_STATIONS)}】,请凭取件码取件", "other")
        ]
    y += 60 * s
    f = fit(p, p.font(24), "".join(sp.text for sp in event), W - 80 * s)
    c.line(40 * s, y, event, f)
    c.text(40 * s, y + 38 * s, f"{fk.date()} {fk.time()}", p.font(20), "date", fill=_GREY)
    y = _card_gap(p, y + 64 * s)
    # the delivery block: name and phone, then the address, and no label at all
    y += 56 * s
    who = _titled(*_cn_person(rng, fk, 0.8))
    c.line(
        40 * s, y, [*who, S("   ", "other"), S(_cn_phone(rng, fk), "phone")], p.font(28, bold=True)
    )
    addr, _ = fk.cn_address(with_door=1.0)
    y = c.wrap(
        40 * s,
        y + 44 * s,
        [S(t, k) for t, k in addr.segments],
        p.font(24),
        W - 80 * s,
        36 * s,
        max_lines=2,
    )
    y = _card_gap(p, y)
    y += 56 * s
    c.line(40 * s, y, [S(rng.choice(ow.CN_SHOPS), "shop"), S(" >", "other")], p.font(26, bold=True))
    y += 30 * s
    picks = rng.sample(ow.CN_GOODS, rng.randint(1, 2))
    y = _goods(p, y, [(n, sp, f"¥{rng.uniform(9, 399):.2f}") for n, sp in picks], 40 * s)
    paid = rng.uniform(20, 800)
    rows = [
        ("商品总价", [S(f"¥{paid + 10:.2f}", "price")]),
        ("运费(快递)", [S("¥0.00", "price")]),
        ("店铺优惠", [S("-¥10.00", "price")]),
        ("实付款", [S(f"¥{paid:.2f}", "price")]),
    ]
    y = _rows(p, y + 30 * s, rows, 48)
    y = _card_gap(p, y - 20 * s) + 50 * s
    rows = [
        ("订单编号", [S(fk.digits(19, True), "id_number"), S("  复制", "other")]),
        (
            "支付宝交易号" if rng.random() < 0.5 else "微信支付单号",
            [S(fk.ali_trade_no(), "id_number")],
        ),
        ("支付方式", [S(rng.choice(("支付宝", "微信支付", "花呗", "银行卡")), "other")]),
        ("下单时间", [S(f"{fk.date()} {fk.time()}", "date")]),
        ("物流单号", [S(f"{carrier} ", "other"), S(fk.waybill_cn(), "tracking")]),
    ]
    if rng.random() < 0.35:  # a note to the courier naming a neighbour or the gatehouse
        rows.append(
            ("买家留言", [S("放门卫,或交给", "other"), S(fk.cn_surname() + "阿姨", "name")])
        )
    y = _rows(p, y, rows, 50)
    return _finish(c, _buttons(p, y + 30 * s, ("申请售后", "查看物流", "确认收货")), 0, pad=20 * s)


def _cn_tracking(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, y = _phone_canvas(rng, True)
    s, W = p.s, c.width
    y = _nav(p, y, "物流详情")
    c.draw.rectangle([0, y, W, y + 300 * s], fill=(226, 232, 224))  # the map
    c.text(W / 2, y + 160 * s, "距您 2.3km", p.font(24), "other", anchor="ms", fill=(90, 110, 90))
    y += 360 * s
    carrier = rng.choice(ow.CN_CARRIERS)
    c.line(
        40 * s,
        y,
        [S(carrier + " ", "other"), S(fk.waybill_cn(), "tracking"), S("  复制", "other")],
        p.font(26, bold=True),
    )
    courier, phone = fk.cn_name(honorific=0.0), fk.cn_mobile_digits()
    y += 50 * s
    c.line(
        40 * s,
        y,
        [S("快递员 ", "label"), S(courier, "name"), S("  ", "other"), S(phone, "phone")],
        p.font(24),
    )
    y += 30 * s
    city, station = rng.choice(ow.CN_CITIES), rng.choice(ow.CN_STATIONS)
    signer = rng.choice(
        (
            [S("本人", "other")],
            [S("门卫", "other")],
            [S(fk.cn_surname() + "某某", "name")],
            [S(station, "other")],
        )
    )
    events = [
        [S("已签收,签收人:", "other"), *signer, S("。如有疑问请联系快递员", "other")],
        [
            S(f"【{city}】快件已由 ", "other"),
            S(courier, "name"),
            S(" 派送,电话 ", "other"),
            S(phone, "phone"),
        ],
        [
            S(
                f"【{city}】快件已到达【{city[:2]}{rng.choice(('西湖', '天河', '高新', '江汉'))}营业部】",
                "other",
            )
        ],
        [S(f"【{rng.choice(ow.CN_CITIES)}】快件离开【转运中心】,发往【{city}】", "other")],
        [S("商家已发货,包裹等待揽收", "other")],
    ]
    hour, day = rng.randint(15, 20), fk.date()[5:]  # one day's events, latest first
    for k, spans in enumerate(events):
        y += 70 * s
        dot = (255, 80, 0) if k == 0 else (190, 190, 190)
        c.draw.ellipse([40 * s, y - 18 * s, 56 * s, y - 2 * s], fill=dot)
        y = c.wrap(76 * s, y, spans, p.font(24), W - 116 * s, 34 * s, max_lines=2)
        c.text(
            76 * s,
            y,
            f"{day} {max(0, hour - 3 * k):02d}:{rng.randint(0, 59):02d}",
            p.font(20),
            "date",
            fill=_GREY,
        )
    return _finish(c, _buttons(p, y + 80 * s, ("投诉", "联系快递员")), 0, pad=20 * s)


def _en(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, y = _phone_canvas(rng, False)
    s, W = p.s, c.width
    name = fk.en_name()
    c.draw.rectangle([0, y + 16 * s, W, y + 70 * s], fill=(35, 47, 62))
    c.line(
        30 * s,
        y + 54 * s,
        [S("Hello, ", "other"), S(name.split()[0], "name")],
        p.font(24),
        fill=(255, 255, 255),
    )
    y = _nav(p, y + 50 * s, "Order Details")
    rows = [
        (
            "Order date",
            [S(f"{rng.randint(1, 28)} {rng.choice(('March', 'April', 'May'))} 2026", "date")],
        ),
        ("Order #", [S(fk.order_number("amazon"), "id_number")]),
        ("Order total", [S(f"£{rng.uniform(8, 160):.2f}", "price")]),
    ]
    y = _rows(p, y + 60 * s, rows, 54)
    y = _card_gap(p, y - 10 * s) + 60 * s
    c.text(40 * s, y, "Shipment details", p.font(30, bold=True), "label")
    y += 50 * s
    delivered = rng.random() < 0.6
    state = (
        "Delivered " + rng.choice(("today", "yesterday", "14 March"))
        if delivered
        else "Arriving Friday"
    )
    c.text(40 * s, y, state, p.font(28, bold=True), "other", fill=(0, 118, 0))
    if delivered:
        y += 40 * s
        c.text(
            40 * s,
            y,
            rng.choice(
                (
                    "Your package was left near the front door or porch.",
                    "Handed directly to a resident.",
                    "Left with a neighbour.",
                )
            ),
            fit(p, p.font(22), "Your package was left near the front door or porch.", W - 80 * s),
            "other",
        )
    y += 30 * s
    y = _goods(
        p,
        y,
        [
            (
                n,
                "Sold by: " + rng.choice(("Amazon EU", "HomeBasics Ltd")),
                f"£{rng.uniform(4, 60):.2f}",
            )
            for n in rng.sample(ow.EN_GOODS, rng.randint(1, 2))
        ],
        40 * s,
    )
    y = _card_gap(p, y) + 60 * s
    c.text(40 * s, y, "Ship to", p.font(28, bold=True), "label")
    to = name if rng.random() < 0.6 else fk.en_name()
    lines = fk.uk_block() if rng.random() < 0.5 else fk.us_block()
    for spans in ([S(to, "name")], *([S(t, k) for t, k in ln.segments] for ln in lines)):
        y += 38 * s
        c.line(40 * s, y, spans, p.font(24))
    y = _card_gap(p, y + 30 * s) + 50 * s
    rows = [
        ("Payment method", [S("Visa ending in ", "other"), S(fk.tail4(), "card_number")]),
        ("Tracking ID", [S(rng.choice(("TBA", "JJD")) + fk.digits(12), "tracking")]),
        ("Carrier", [S(rng.choice(("Amazon Logistics", "Royal Mail", "DPD")), "other")]),
    ]
    y = _rows(p, y, rows, 54)
    return _finish(c, _buttons(p, y + 40 * s, ("Return items", "Track package")), 0, pad=20 * s)


def _pt(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, y = _phone_canvas(rng, False)
    s = p.s
    y = _nav(p, y, "Detalhes do pedido")
    y += 60 * s
    c.text(
        40 * s,
        y,
        rng.choice(("Entregue", "A caminho", "Saiu para entrega")),
        p.font(32, bold=True),
        "other",
        fill=(0, 140, 70),
    )
    y += 40 * s
    c.line(40 * s, y, [S("Pedido nº ", "label"), S(fk.digits(14, True), "id_number")], p.font(24))
    y = _card_gap(p, y + 30 * s) + 56 * s
    c.text(40 * s, y, "Endereço de entrega", p.font(28, bold=True), "label")
    door = rng.choice(
        (
            f"apto {rng.randint(11, 184)}",
            f"casa {rng.randint(1, 4)}",
            f"bloco {rng.choice('ABC')} apto {rng.randint(11, 94)}",
        )
    )
    bairro = rng.choice(("Vila Mariana", "Centro", "Boa Viagem", "Moinhos de Vento"))
    lines = [
        [S(fk.pt_name(), "name")],
        [
            S(f"{rng.choice(ow.PT_STREETS)}, {rng.randint(10, 2400)}", "address"),
            S(", ", "other"),
            S(door, "door"),
        ],
        [S(f"{bairro} - São Paulo/SP", "address")],
        [S("CEP ", "label"), S(f"0{fk.digits(4)}-{fk.digits(3)}", "address")],
        [S(f"(11) 9{fk.digits(4)}-{fk.digits(4)}", "phone")],
    ]
    for spans in lines:
        y += 38 * s
        c.line(40 * s, y, spans, p.font(24))
    y = _card_gap(p, y + 30 * s) + 30 * s
    y = _goods(
        p,
        y,
        [
            (
                n,
                "Vendido por " + rng.choice(("Loja Oficial", "MegaStore")),
                f"R$ {rng.uniform(19, 299):.2f}".replace(".", ","),
            )
            for n in rng.sample(ow.PT_GOODS, rng.randint(1, 2))
        ],
        40 * s,
    )
    rows = [
        ("Frete", [S("Grátis", "other")]),
        ("Total", [S(f"R$ {rng.uniform(40, 600):.2f}".replace(".", ","), "price")]),
        ("Pagamento", [S(rng.choice(("Pix", "Boleto", "Cartão em 3x")), "other")]),
        ("CPF na nota", [S(fk.cpf(rng.random() < 0.5), "id_number")]),
        ("Código de rastreio", [S(f"{fk.upper(2)}{fk.digits(9)}BR", "tracking")]),
    ]
    y = _rows(p, y + 10 * s, rows, 56)
    return _finish(c, _buttons(p, y + 40 * s, ("Ajuda", "Rastrear pedido")), 0, pad=20 * s)


def online_order_screenshot(rng: random.Random) -> Canvas:
    """A shopping app's order or tracking page on a phone: recipient, phone and home
    to the room among products and prices, order and waybill numbers, the courier."""
    fk = MoneyFaker(rng)
    return rng.choices((_cn_order, _cn_tracking, _en, _pt), weights=(40, 20, 25, 15))[0](rng, fk)


LAYOUTS = {"online_order_screenshot": online_order_screenshot}
