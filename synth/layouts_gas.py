"""Bottled gas and water delivery: the customer card a household keeps by the door, a
Chinese 液化气用户供气卡 or 桶装水送水卡, an English water or LPG delivery card, or a
Spanish butane card (tarjeta de cliente). The card's head holds the household, a
ruled table below it collects one line per delivery, and the foot of the card
prints the safety notice.

Personal: the customer's name, phone and address down to the building and room (the
door), the user number (an ``id_number``, like every account number), the delivery
man's name or signature on each delivery line, and a name or phone written by hand
in the margin ("ring 138… before coming up"). Ordinary: the supplier's name and
hotline, the card's title and labels, the cylinder serial numbers, the dates,
quantities, deposits and amounts of the deliveries, and the safety notice.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from .fakedata_errands import ErrandFaker
from .formkit import RED, Cell, handwritten, sheet, table
from .formkit_slips import hand_cell, label_cell, ruled_blank
from .kit import S, _finish
from .render import Canvas

#: Gas or water -> the Chinese card's suppliers, titles, serial-number label, sizes,
#: prices and safety notice.
_CN_KINDS = {
    "gas": {
        "suppliers": ("安顺燃气", "民生液化气站", "惠民燃气服务部", "百川液化气"),
        "titles": ("液化气用户供气卡", "用户卡", "瓶装液化石油气供气卡"),
        "serial": "钢瓶编号",
        "man": "送气工",
        "order": "订气热线",
        "sizes": ("15kg×1", "50kg×1", "15kg", "5kg×1", "15kg×2"),
        "prices": (95, 105, 110, 120, 230),
        "notice": (
            "使用前请检查减压阀、胶管是否老化漏气,严禁用明火试漏。",
            "钢瓶严禁倒置、加热、暴晒,使用时保持室内通风。",
            "闻到异味请立即关闭阀门,打开门窗,切勿开关电器。",
            "严禁私自倒罐、排放残液,换气请认准本站送气工。",
        ),
    },
    "water": {
        "suppliers": ("金泉桶装水", "清源水业", "山泉水配送站", "乐源饮用水"),
        "titles": ("送水卡", "桶装水用户卡", "饮用水配送卡"),
        "serial": "水桶编号",
        "man": "送水员",
        "order": "订水热线",
        "sizes": ("18.9L×1", "18.9L×2", "1桶", "2桶", "11.3L×3"),
        "prices": (18, 20, 36, 40, 45),
        "notice": (
            "饮水机请每三个月清洗消毒一次,桶装水开封后请尽快饮用。",
            "空桶请妥善保管,退桶凭此卡退还押金,遗失按押金赔偿。",
            "请勿将水桶放在阳光直射处或装其他液体。",
        ),
    },
}
_CN_REMARKS = ("送上楼", "下午送", "放门口", "先打电话", "老人在家")
_KEYS = ("title", "name", "no", "tel", "addr", "cyl", "date", "qty", "dep", "amt", "man", "notice")
#: Language -> printed words (keyed by :data:`_KEYS`), suppliers, products, the notice,
#: the money format and the date style.
_WORDS = {
    "en": {
        **dict(
            zip(
                _KEYS,
                (
                    *("Delivery Card", "Customer", "Account No.", "Tel", "Address"),
                    *("Cylinder / bottle serials", "Date", "Qty", "Deposit", "Amount", "Driver"),
                    "SAFETY: Keep cylinders upright and outdoors where possible. If you smell "
                    "gas, turn off at the valve, open windows, do not use switches; call us.",
                ),
                strict=True,
            )
        ),
        "suppliers": ("Brookside Bottled Gas", "ClearSpring Water Co.", "Valley LPG Supplies"),
        "hotline": "Orders & emergencies 0800 0{} {}",
        "items": ("19L water", "13kg propane", "2 x 19L", "47kg propane", "11kg butane"),
        "prices": (7.5, 15.0, 36.5, 42.0, 89.0),
        "money": "£{:.2f}",
        "remark": ("ring first - ", "side gate, call ", "leave by garage "),
    },
    "es": {
        **dict(
            zip(
                _KEYS,
                (
                    *("Tarjeta de cliente", "Nombre", "Nº de cliente", "Teléfono", "Dirección"),
                    *("Nº de botellas", "Fecha", "Cant.", "Fianza", "Importe", "Repartidor"),
                    "SEGURIDAD: Mantenga la bombona en posición vertical y lejos del calor. "
                    "Si huele a gas, cierre la llave y ventile; no encienda luces.",
                ),
                strict=True,
            )
        ),
        "suppliers": ("Butano Hermanos Ruiz", "Gas Reparto Sierra", "Distribuciones Costa"),
        "hotline": "Pedidos 9{}{} {}",
        "items": ("Butano 12,5 kg", "Propano 11 kg", "2 bombonas", "Butano x1"),
        "prices": (17.5, 19.9, 35.0, 23.4),
        "money": "{:.2f}",
        "remark": ("llamar antes ", "3º sin ascensor, ", "portero: "),
    },
}


def _rows(
    rng: random.Random,
    n: int,
    day: Callable[[int, int], str],
    item: list[str],
    prices: tuple[int, ...],
    money: Callable[[float], str],
    men: list[str],
) -> list[list[Cell]]:
    """``n`` delivery lines filled in by hand, oldest first, then a few empty ones."""
    rows = []
    for month, d in sorted((rng.randint(1, 12), rng.randint(1, 28)) for _ in range(n)):
        deposit = money(rng.choice((0, 0, 50, 100))) if rng.random() < 0.4 else ""
        rows.append(
            [
                hand_cell(day(month, d), "date"),
                hand_cell(rng.choice(item), "item"),
                hand_cell(deposit, "price"),
                hand_cell(money(rng.choice(prices)), "price"),
                hand_cell(rng.choice(men), "name"),
            ]
        )
    return rows + [[Cell(())] * 5 for _ in range(rng.randint(1, 3))]


def _cn(rng: random.Random, fk: ErrandFaker) -> Canvas:
    c, p, m, right = sheet(rng, (760, 860, 980), 1.7, cjk=True, base=900, margin=(0.05, 0.07))
    W, s, w = c.width, p.s, right - m
    f = p.font(20)
    k = _CN_KINDS[rng.choices(("gas", "water"), weights=(65, 35))[0]]
    y = m + 38 * s
    c.text(W / 2, y, rng.choice(k["suppliers"]), p.font(30, bold=True), "shop", anchor="ms")
    y += 50 * s
    c.text(W / 2, y, rng.choice(k["titles"]), p.font(26, bold=True), "label", anchor="ms")
    y += 36 * s
    hotline = f"{k['order']}:0{rng.randint(10, 99)}-{fk.digits(8, True)}"
    c.text(W / 2, y, hotline, p.font(17), "other", anchor="ms")
    y += 30 * s
    name, phone = fk.cn_name(honorific=0.3), fk.cn_mobile(rng.choice(("plain", "dash")))
    user_no = rng.choice(("", "YH", "No.")) + fk.digits(rng.choice((6, 8, 10)), True)
    addr, _pc = fk.cn_address(with_door=1.0)
    addr_spans = [S(t, kind) for t, kind in addr.segments]
    serials = " ".join(f"{rng.choice('GZA')}{fk.digits(7)}" for _ in range(rng.randint(1, 2)))
    if rng.random() < 0.5:  # ruled cells, filled in by hand at the station
        rows = [
            [
                label_cell("用户姓名"),
                hand_cell(name, "name"),
                label_cell("用户编号"),
                hand_cell(user_no, "id_number"),
            ],
            [
                label_cell("联系电话"),
                hand_cell(phone, "phone"),
                label_cell(k["serial"]),
                hand_cell(serials, "other"),
            ],
            [label_cell("地址"), Cell(tuple(addr_spans), hand=True, span=3)],
        ]
        y = table(p, m, y, (w * 0.17, w * 0.33, w * 0.17, w * 0.33), rows, 58 * s, f, hand_px=30)
        y += 20 * s
    else:  # printed lines: the card came off the station's computer
        y += 20 * s
        for spans in (
            [
                S("户名:", "label"),
                S(name, "name"),
                S("    用户号:", "label"),
                S(user_no, "id_number"),
            ],
            [S("电话:", "label"), S(phone, "phone")],
            [S("地址:", "label"), *addr_spans],
            [S(k["serial"] + ":", "label"), S(serials, "other")],
        ):
            y = c.wrap(m, y, spans, f, w, 34 * s, max_lines=2)
        y += 4 * s
    men = [fk.cn_name(honorific=0.0) for _ in range(rng.randint(1, 2))]
    if rng.random() < 0.4:  # "王师傅": the surname and a title is still the man's name
        men = [n[0] + "师傅" for n in men] + men
    y += 12 * s
    head = [label_cell(t) for t in ("日期", "规格/数量", "押金", "金额", k["man"])]
    rows = [head] + _rows(
        rng,
        rng.randint(3, 7),
        lambda mo, d: f"{mo}/{d}",
        list(k["sizes"]),
        k["prices"],
        lambda v: f"¥{v:g}" if v else "",
        men,
    )
    widths = (w * 0.16, w * 0.24, w * 0.14, w * 0.16, w * 0.30)
    y = table(p, m, y, widths, rows, 48 * s, f, hand_px=28)
    y += 40 * s
    if rng.random() < 0.55:  # a note written in the margin, no label
        note = [S(rng.choice(_CN_REMARKS) + ",", "other"), S(rng.choice(("打", "找")), "other")]
        note += [S(fk.cn_name(honorific=0.8), "name"), S(fk.cn_mobile("plain"), "phone")]
        handwritten(p, m, y, note, 28, cjk=True, width=w)
        y += 46 * s
    c.text(
        m,
        y,
        "安全须知" if "钢瓶" in k["serial"] else "用户须知",
        p.font(20, bold=True),
        "label",
        fill=RED,
    )
    y += 32 * s
    lines = k["notice"][: rng.randint(2, len(k["notice"]))]
    for i, line in enumerate(lines, 1):
        y = c.wrap(m, y, [S(f"{i}. {line}", "footer")], p.font(16), w, 26 * s, max_lines=2)
    return _finish(c, y, 0, pad=m * 0.6)


def _latin(rng: random.Random, fk: ErrandFaker) -> Canvas:
    lang = rng.choice(("en", "en", "es"))
    t = _WORDS[lang]
    c, p, m, right = sheet(rng, (760, 860), 1.6, cjk=False, base=820, margin=(0.05, 0.07))
    W, s, w = c.width, p.s, right - m
    f = p.font(19)
    y = m + 34 * s
    c.text(m, y, rng.choice(t["suppliers"]), p.font(28, bold=True), "shop")
    y += 30 * s
    c.text(m, y, t["hotline"].format(fk.digits(2), fk.digits(3), fk.digits(3)), p.font(16), "other")
    y += 52 * s
    c.text(W / 2, y, t["title"].upper(), p.font(26, bold=True), "label", anchor="ms")
    y += 52 * s
    if lang == "en":
        name, phone = fk.en_name(initial=rng.random() < 0.3), fk.uk_phone()
        street, town = fk.uk_address()
        addr = [
            *(S(x, k) for x, k in street.segments),
            S(", ", "other"),
            *(S(x, k) for x, k in town.segments),
        ]
        men = [fk.en_first(upper=False) for _ in range(2)]
    else:
        name, phone = fk.eu_name("es"), fk.eu_phone("es")
        a, b = fk.eu_address("es")
        addr = [S(f"{a}, {b}", "address")]
        men = [fk.eu_name("es").split()[0] for _ in range(2)]
    user_no = fk.digits(rng.choice((6, 7, 8)), True)
    half = m + w * 0.6
    ruled_blank(p, y, t["name"], [S(name, "name")], f, m, half - 16 * s)
    ruled_blank(p, y, t["no"], [S(user_no, "id_number")], f, half, right)
    y += 54 * s
    ruled_blank(p, y, t["addr"], addr, f, m, right)
    y += 54 * s
    ruled_blank(p, y, t["tel"], [S(phone, "phone")], f, m, half - 16 * s)
    y += 54 * s
    serials = ", ".join(fk.upper(1) + fk.digits(6) for _ in range(rng.randint(1, 3)))
    ruled_blank(p, y, t["cyl"], [S(serials, "other")], f, m, right)
    y += 40 * s
    money = t["money"].format
    head = [label_cell(t[k]) for k in ("date", "qty", "dep", "amt", "man")]
    rows = [head] + _rows(
        rng,
        rng.randint(3, 8),
        lambda mo, d: f"{d:02d}/{mo:02d}",
        list(t["items"]),
        t["prices"],
        lambda v: money(v) if v else "-",
        men,
    )
    y = table(
        p,
        m,
        y,
        (w * 0.17, w * 0.27, w * 0.16, w * 0.18, w * 0.22),
        rows,
        46 * s,
        f,
        hand_px=28,
        cjk=False,
    )
    y += 42 * s
    if rng.random() < 0.5:
        tel = fk.uk_phone() if lang == "en" else fk.eu_phone("es")
        handwritten(
            p, m, y, [S(rng.choice(t["remark"]), "other"), S(tel, "phone")], 28, cjk=False, width=w
        )
        y += 44 * s
    y = c.wrap(m, y, [S(t["notice"], "footer")], p.font(15), w, 22 * s, max_lines=3)
    return _finish(c, y, 0, pad=m * 0.6)


def gas_delivery_card(rng: random.Random) -> Canvas:
    """A household's gas or water delivery card: the customer's head block, a table of
    deliveries signed by the delivery man, a margin note, the safety notice."""
    fk = ErrandFaker(rng)
    return rng.choices((_cn, _latin), weights=(55, 45))[0](rng, fk)


LAYOUTS = {"gas_delivery_card": gas_delivery_card}
