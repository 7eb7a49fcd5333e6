"""Neighbourhood group buying. A residential compound's 团购接龙 printed out for the
pick-up table: the group leader (团长, a nickname or a surname and a phone) at the top,
the cut-off, pick-up point and time, the products and prices, then numbered lines
such as "12. 小鱼儿 3栋2单元1102 草莓×2 尾号0812" where a nickname, a door, the
phone's last digits and the order follow each other with no label; a summary table
of products and the driver with his plate and phone. Or a tally written by hand on
notebook paper (房号, name, quantity, amount, a tick when paid), or an English
community veg-box order sheet, a Spanish pedido conjunto or a French commande
groupée filled in by hand (flat, name, phone, order, paid).

Personal: nicknames, surnames with 姐/哥/阿姨, full names, the leader and the driver
(``name``), doors and flats (``door``), phones and their last digits (``phone``), the
driver's plate (``id_number``). Ordinary: titles, labels, instructions, products,
prices, quantities, totals, pick-up point and times, the supplier's name.
"""

from __future__ import annotations

import random

from .day_first import day_first
from .fakedata_money import MoneyFaker
from .formkit import Cell, handwritten, sheet, table
from .formkit_marks import ruled_paper
from .formkit_slips import hand_cell, label_cell
from .kit import S, _finish, hand_font
from .render import Canvas, Span

#: (product, unit, price) as a leader lists them.
_CN_GOODS = (
    ("车厘子J级", "2斤装", 69),
    ("丹东草莓", "盒", 39),
    ("土鸡蛋", "30枚", 36),
    ("赣南脐橙", "5斤", 29.9),
    ("阳光玫瑰", "串", 25),
    ("鲜牛奶", "箱", 58),
    ("手工水饺", "袋", 22),
    ("大米", "10斤", 45),
)
_CN_PICKUP = ("小区东门快递柜旁", "3栋楼下架空层", "物业服务中心门口", "南门岗亭", "会所一楼大堂")
_CN_RULES = (
    "格式:门牌号+称呼+商品×数量,付款后请在群里发截图,过时不候。",
    "请按格式接龙,截单后统一下单,到货后群内通知,当天取完。",
)
_LATIN = {
    "en": {
        "title": "Community Veg Box — Order Sheet",
        "week": "Week of",
        "organiser": "Organiser:",
        "collect": "Collect from the community room, Thursday 5–7 pm. Bring your own bags!",
        "cols": ("Flat", "Name", "Phone", "Order", "£", "Paid"),
        "yes": "pd",
        "mrs": "Mrs ",
        "goods": ("Small box", "Large box", "Fruit bag", "Eggs x12", "Bread", "Milk 2L"),
        "supplier": ("Greenacre Farm", "Hillside Organics", "Riverbank Growers"),
        "flat": lambda r: (
            r.choice(("Flat ", "No. ", "")) + f"{r.randint(1, 48)}{r.choice(('', 'A', 'B'))}"
        ),
        "cur": "{:.2f}",
    },
    "es": {
        "title": "Pedido conjunto — Frutas y verduras",
        "week": "Semana del",
        "organiser": "Coordina:",
        "collect": "Recogida en el portal 2, viernes de 18:00 a 20:00. Pago en efectivo o Bizum.",
        "cols": ("Piso", "Nombre", "Teléfono", "Pedido", "€", "Pagado"),
        "yes": "sí",
        "mrs": "Sra. ",
        "goods": ("Caja pequeña", "Caja grande", "Naranjas 5 kg", "Huevos docena", "Aceite 1 L"),
        "supplier": ("Huerta La Vega", "Cooperativa El Olivar", "Frutas Hermanos Ruiz"),
        "flat": lambda r: f"{r.randint(1, 8)}º {r.choice('ABCD')}",
        "cur": "{:.2f}",
    },
    "fr": {
        "title": "Commande groupée — Panier de la semaine",
        "week": "Semaine du",
        "organiser": "Référente :",
        "collect": "Retrait au local vélos, samedi de 10 h à 12 h. Merci de prévoir l'appoint.",
        "cols": ("Appt", "Nom", "Tél.", "Commande", "€", "Payé"),
        "yes": "oui",
        "mrs": "Mme ",
        "goods": ("Petit panier", "Grand panier", "Pommes 2 kg", "Oeufs x6", "Fromage", "Pain"),
        "supplier": ("Ferme des Tilleuls", "Le Potager de Marie", "GAEC du Val"),
        "flat": lambda r: (
            f"{r.choice(('Bât. A ', 'Bât. B ', ''))}{r.randint(1, 6)}{r.randint(1, 12):02d}"
        ),
        "cur": "{:.2f}",
    },
}


def _who(rng: random.Random, fk: MoneyFaker) -> str:
    """How a neighbour signs up: a nickname, a surname with a kin word, or a full name."""
    kind = rng.random()
    if kind < 0.45:
        return fk.nickname()
    if kind < 0.75:
        return fk.cn_surname() + rng.choice(("姐", "哥", "阿姨", "叔", "女士", "先生"))
    return fk.cn_name(honorific=0.0)


def _door(rng: random.Random) -> str:
    b, u, f, r = rng.randint(1, 18), rng.randint(1, 3), rng.randint(1, 28), rng.randint(1, 4)
    return rng.choice(
        (f"{b}栋{u}单元{f}{r:02d}", f"{b}-{u}-{f}{r:02d}", f"{b}号楼{f}{r:02d}", f"{b}#{f}{r:02d}")
    )


def order_line(rng: random.Random, fk: MoneyFaker, k: int, goods) -> list[Span]:
    """One 接龙 line: its number, then a door, a nickname and the order in the order
    the neighbour typed them, sometimes the phone's last four digits."""
    name, door = _who(rng, fk), _door(rng)
    item, _, _ = rng.choice(goods)
    parts = [[S(door, "door")], [S(name, "name")]]
    rng.shuffle(parts)
    spans = [S(f"{k}. ", "other"), *parts[0], S(" ", "other"), *parts[1]]
    spans.append(S(f" {item}×{rng.randint(1, 4)}", "item"))
    if rng.random() < 0.35:
        tail = rng.choice(("尾号", "手机尾号", "电话后四位"))
        spans += [S(f" {tail}", "other"), S(fk.tail4(), "phone")]
    return spans


def _cn_printout(rng: random.Random, fk: MoneyFaker) -> Canvas:
    c, p, m, right = sheet(rng, (820, 900), 1.6, cjk=True, base=820, margin=(0.06, 0.08))
    s, w = p.s, right - m
    f, big = p.font(18), p.font(24, bold=True)
    goods = rng.sample(_CN_GOODS, rng.randint(2, 4))
    y = m + 30 * s
    c.text(m, y, "#接龙", big, "label")
    y += 40 * s
    estate = fk.cn_estate()
    c.text(m, y, f"{estate}{'、'.join(g[0] for g in goods[:2])}团购", big, "other")
    y += 40 * s
    leader = fk.nickname() if rng.random() < 0.5 else fk.cn_surname() + rng.choice(("姐", "团长"))
    c.line(
        m,
        y,
        [S("团长:", "label"), S(leader, "name"), S("  电话:", "label"), S(fk.cn_mobile(), "phone")],
        f,
    )
    y += 34 * s
    hour = rng.randint(15, 18)
    for label, value in (
        ("截单时间:", f"今晚{rng.randint(8, 10)}点"),
        ("取货地点:", rng.choice(_CN_PICKUP)),
        ("取货时间:", f"明天{hour}:00-{hour + 3}:00"),
    ):
        c.line(m, y, [S(label, "label"), S(value, "other")], f)
        y += 32 * s
    for name, unit, price in goods:
        c.line(m + 20 * s, y, [S(f"{name} {unit}", "item"), S(f"  ¥{price}", "price")], f)
        y += 30 * s
    y = c.wrap(m, y + 6 * s, [S(rng.choice(_CN_RULES), "footer")], p.font(15), w, 24 * s) + 10 * s
    for k in range(1, rng.randint(10, 16)):
        c.line(m, y, order_line(rng, fk, k, goods), f)
        y += 32 * s
    y += 20 * s
    rows = [[label_cell(t) for t in ("品名", "单价", "份数", "金额")]]
    total = 0.0
    for name, unit, price in goods:
        n = rng.randint(3, 20)
        total += n * price
        rows.append(
            [
                Cell.of(f"{name}({unit})", "item"),
                Cell.of(f"{price}", "price", align="c"),
                Cell.of(str(n), "other", align="c"),
                Cell.of(f"{n * price:.1f}", "price", align="c"),
            ]
        )
    rows.append([label_cell("合计"), Cell.of(f"{total:.1f}", "price", span=3, align="c")])
    y = table(p, m, y, (w * 0.4, w * 0.2, w * 0.2, w * 0.2), rows, 38 * s, p.font(16)) + 40 * s
    driver = fk.cn_surname() + "师傅" if rng.random() < 0.6 else fk.cn_name(honorific=0.0)
    spans = [
        S("配送:", "label"),
        S(driver, "name"),
        S("  ", "other"),
        S(fk.cn_plate(), "id_number"),
    ]
    spans += [S("  ", "other"), S(fk.cn_mobile(), "phone")]
    c.line(m, y, spans, f)
    return _finish(c, y, 0, pad=m * 0.8)


def _cn_tally(rng: random.Random, fk: MoneyFaker) -> Canvas:
    """A leader's tally written by hand on ruled notebook paper."""
    c, p, m, right = sheet(rng, (760, 820), 1.45, cjk=True, base=760, margin=(0.06, 0.08))
    s = p.s
    step = 46 * s
    rows = rng.randint(9, 13)
    ruled_paper(p, m * 0.5, c.width - m * 0.5, m + step, m + step * (rows + 4), step, margin=False)
    hf = hand_font(p, 30, cjk=True)
    ink = rng.choice(((25, 35, 120), (30, 30, 35)))
    item, unit, price = rng.choice(_CN_GOODS)
    y = m + step - 8 * s
    c.line(m, y, [S(f"{fk.cn_estate()} ", "other"), S(f"{item}团购", "label")], hf, fill=ink)
    cols = (m, m + 150 * s, m + 300 * s, m + 400 * s, m + 510 * s)
    y += step
    for x, word in zip(cols, ("房号", "姓名", "数量", "金额", "付"), strict=True):
        c.text(x, y, word, hf, "label", fill=ink)
    total = 0
    for _ in range(rows):
        y += step
        n = rng.randint(1, 4)
        total += n
        door = (
            f"{rng.randint(1, 12)}-{rng.randint(1, 3)}0{rng.randint(1, 4)}"
            if rng.random() < 0.5
            else _door(rng)[-6:]
        )
        cells = [(door, "door"), (_who(rng, fk), "name"), (f"{n}{unit[-1]}", "other")]
        cells.append((f"{n * price:g}", "price"))
        for x, (text, kind) in zip(cols, cells, strict=False):
            handwritten(p, x, y, [S(text, kind)], 28, cjk=True, width=140 * s)
        if rng.random() < 0.7:  # paid: a pen tick, no words
            x = cols[4]
            pts = [(x, y - 12 * s), (x + 8 * s, y), (x + 26 * s, y - 26 * s)]
            c.draw.line(pts, fill=ink, width=max(2, round(3 * s)))
    y += step
    c.line(m, y, [S("共", "label"), S(f"{total}{unit[-1]}", "other")], hf, fill=ink)
    y += step
    leader = [S("团长 ", "label"), S(fk.cn_name(honorific=0.0), "name"), S(" ", "other")]
    c.line(m, y, [*leader, S(fk.cn_mobile(), "phone")], hf, fill=ink)
    return _finish(c, y, 0, pad=m)


def _latin(rng: random.Random, fk: MoneyFaker) -> Canvas:
    lang = rng.choice(("en", "en", "es", "fr"))
    t = _LATIN[lang]
    c, p, m, right = sheet(rng, (860, 920), 1.35, cjk=False, base=860, margin=(0.05, 0.07))
    s, w = p.s, right - m
    f = p.font(16)
    person = fk.en_name if lang == "en" else (lambda: fk.eu_name(lang))
    phone = fk.uk_phone if lang == "en" else (lambda: fk.eu_phone(lang))
    y = m + 32 * s
    c.text(m, y, t["title"], p.font(26, bold=True), "label")
    y += 34 * s
    c.line(m, y, [S(f"{t['week']} ", "label"), S(day_first(fk.date(), "/"), "date")], f)
    c.text(right, y, rng.choice(t["supplier"]), f, "shop", anchor="rs")
    y += 30 * s
    organiser = [S(t["organiser"] + " ", "label"), S(person(), "name"), S(" · ", "other")]
    c.line(m, y, [*organiser, S(t["flat"](rng), "door"), S(" · ", "other"), S(phone(), "phone")], f)
    y += 30 * s
    c.text(m, y, t["collect"], p.font(14), "footer")
    y += 20 * s
    rows = [[label_cell(h) for h in t["cols"]]]
    for _ in range(rng.randint(8, 13)):
        who = person()
        if rng.random() < 0.4:  # neighbours often write a first name or a surname only
            who = who.split()[0] if rng.random() < 0.5 else t["mrs"] + who.split()[-1]
        order = " + ".join(rng.sample(t["goods"], rng.randint(1, 2)))
        rows.append(
            [
                hand_cell(t["flat"](rng), "door"),
                hand_cell(who, "name"),
                hand_cell(phone() if rng.random() < 0.7 else "", "phone"),
                hand_cell(order, "item"),
                hand_cell(
                    t["cur"].format(rng.uniform(6, 28)).replace(".", "," if lang != "en" else "."),
                    "price",
                ),
                Cell.of(t["yes"] if rng.random() < 0.6 else "", "other", hand=True, align="c"),
            ]
        )
    rows += [[Cell.of("", "other") for _ in range(6)] for _ in range(rng.randint(1, 3))]
    widths = [w * k for k in (0.12, 0.22, 0.2, 0.28, 0.1, 0.08)]
    y = table(p, m, y, widths, rows, 42 * s, f, hand_px=24, cjk=False) + 30 * s
    return _finish(c, y, 0, pad=m * 0.6)


def community_group_buy_list(rng: random.Random) -> Canvas:
    """A compound's group-buy sign-up list: the leader, pick-up details, numbered
    orders naming neighbours by nickname and door, a summary and the driver."""
    fk = MoneyFaker(rng)
    return rng.choices((_cn_printout, _cn_tally, _latin), weights=(45, 20, 35))[0](rng, fk)


LAYOUTS = {"community_group_buy_list": community_group_buy_list}
