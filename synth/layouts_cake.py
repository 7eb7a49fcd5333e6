"""Bakery and cake orders: a Chinese 蛋糕订购单 on carbon-copy paper, or an English or
French cake order slip, filled in by hand at the counter, with a tear-off stub; or a
Chinese order ticket printed by the till.

Personal: the customer's name and phone, the delivery address down to the door when
the cake is delivered, the name inside the text to write on the cake ("Happy
Birthday Emma", "祝王小明生日快乐"; an inscription for 爸爸 or Mum holds no name), the
clerk's name, and the phone repeated on the stub. Ordinary: the bakery's own name,
address and hotline, the order number (on the form and on the stub), the pick-up
date and time, size, flavour, filling, candles, prices, deposit and balance, the
printed terms.
"""

from __future__ import annotations

import random

from .cake_ticket import cake_ticket
from .fakedata_errands import ErrandFaker
from .formkit import RED, Cell, handwritten, memo, sheet, table
from .formkit_blanks import tick_box
from .formkit_slips import hand_cell, label_cell, ruled_blank
from .kit import S, _finish
from .render import Canvas, Span

_CN_SHOPS = ("麦香坊", "甜蜜时光", "金麦穗", "米旗", "可颂", "幸福里")
_CN_FLAVOURS = ("芒果慕斯", "黑森林", "草莓奶油", "巧克力", "抹茶红豆", "榴莲千层", "水果奶油")
_CN_FILLINGS = ("草莓", "芒果", "黄桃", "蓝莓", "奥利奥", "无")
_CN_OCCASION = ("生日快乐", "生日快乐!", "岁生日快乐", "寿比南山")
_CN_KIN = ("爸爸", "妈妈", "宝贝", "老婆", "奶奶")
_CN_TERMS = (
    "1. 定制蛋糕请提前24小时预订,定金恕不退还。",
    "2. 取货时请出示此单,蛋糕请冷藏并于当天食用。",
    "3. 配送范围5公里内免费,超出另收配送费。",
)

_KEYS = ("title", "street", "no", "name", "tel", "date", "time", "addr", "size", "flavour")
_KEYS2 = ("filling", "write", "price", "deposit", "balance", "clerk", "notes", "stub", "terms")
_EN = (
    *("Celebration Cake Order", "23 High Street · 01632 960 411", "Order No.", "Name", "Tel"),
    *("Collection date", "Time", "Delivery address", "Size", "Flavour", "Filling"),
    *("Writing on cake", "Price", "Deposit paid", "Balance due", "Order taken by", "Notes"),
    "CUSTOMER COPY - bring this slip to collect",
    "Deposits are non-refundable. Orders need 48 hours' notice.",
)
_FR = (
    *("Bon de commande - Gâteau", "8 place de l'Église · 03 21 45 67 80", "Commande n°"),
    *("Nom", "Tél.", "Date de retrait", "Heure", "Adresse de livraison", "Nombre de parts"),
    *("Parfum", "Garniture", "Inscription", "Prix (€)", "Acompte versé", "Reste à payer"),
    *("Commande prise par", "Remarques", "COUPON CLIENT - à présenter au retrait"),
    "Tout acompte versé reste acquis. Commande 48 h à l'avance.",
)
#: Language -> printed words (keyed by :data:`_KEYS` + :data:`_KEYS2`) and the choices
#: a clerk writes in (shops, sizes, flavours, wishes, times).
_WORDS = {
    "en": {
        **dict(zip(_KEYS + _KEYS2, _EN, strict=True)),
        "shops": ("Crumbs & Co. Bakery", "The Cake Tin", "Sugar Loaf Bakehouse", "Rise Bakery"),
        "how": ("Collect", "Deliver"),
        "sizes": ('6" round', '8" round', '10" square', "2 tier", "12 cupcakes"),
        "flavours": ("Victoria sponge", "Chocolate fudge", "Lemon drizzle", "Red velvet", "Carrot"),
        "fillings": ("Buttercream", "Jam & cream", "Salted caramel", "None"),
        "wishes": ("Happy Birthday ", "Happy 40th Birthday ", "Congratulations ", "Get well soon "),
        "kin": ("Mum", "Dad", "Grandma", "the Team"),
        "hours": ("10:30", "2pm", "9.00am", "after 4", "noon"),
        "money": "£{:.2f}",
    },
    "fr": {
        **dict(zip(_KEYS + _KEYS2, _FR, strict=True)),
        "shops": ("Pâtisserie Lemoine", "Boulangerie du Parc", "Au Bon Croissant", "Maison Fleury"),
        "how": ("Retrait en boutique", "Livraison"),
        "sizes": ("6 parts", "8 parts", "10 parts", "12 parts", "pièce montée 30 choux"),
        "flavours": ("Fraisier", "Forêt-noire", "Framboisier", "Opéra", "Trois chocolats"),
        "fillings": ("Crème mousseline", "Ganache", "Praliné", "Aucune"),
        "wishes": ("Joyeux anniversaire ", "Bon anniversaire ", "Félicitations "),
        "kin": ("Papa", "Maman", "Mamie"),
        "hours": ("10h30", "16h", "midi", "9h-10h"),
        "money": "{:.2f}",
    },
}


def _inscription(rng: random.Random, head: str, name: str, kin: tuple[str, ...]) -> list[Span]:
    """The words to pipe on the cake: most name the person, some only a relation."""
    if rng.random() < 0.75:
        return [S(head, "other"), S(name, "name"), S(rng.choice(("", "!", " x")), "other")]
    return [S(head + rng.choice(kin), "other")]


def _cn(rng: random.Random, fk: ErrandFaker) -> Canvas:
    c, p, m, right = sheet(rng, (960, 1040), 1.6, cjk=True, base=1000, margin=(0.05, 0.07))
    W, s, w = c.width, p.s, right - m
    copy = rng.choice(((255, 244, 246), (255, 251, 226), (238, 246, 255), (255, 255, 255)))
    c.draw.rectangle([0, 0, W, c.height], fill=copy)
    f = p.font(21)
    order_no = fk.digits(7)
    y = m + 40 * s
    c.text(
        W / 2,
        y,
        rng.choice(_CN_SHOPS) + rng.choice(("烘焙", "西饼屋", "蛋糕坊")),
        p.font(32, bold=True),
        "shop",
        anchor="ms",
    )
    y += 40 * s
    hotline = f"订购热线 0{rng.randint(10, 99)}-{fk.digits(8, True)}"
    c.text(W / 2, y, hotline, p.font(17), "other", anchor="ms")
    y += 50 * s
    c.text(
        m,
        y,
        rng.choice(("蛋糕订购单", "生日蛋糕订单", "蛋糕预订单")),
        p.font(28, bold=True),
        "label",
    )
    c.line(right - 230 * s, y, [S("No.", "label"), S(order_no, "other")], p.font(24), fill=RED)
    y += 24 * s
    name, phone = fk.cn_name(honorific=0.35), fk.cn_mobile("plain")
    deliver = rng.random() < 0.45
    day = f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    hour = rng.choice(("上午10:00", "下午3点", "17:30", "中午12点", "晚6点前"))
    size = rng.choice(("6寸", "8寸", "10寸", "12寸", "双层8+12寸"))
    price = rng.choice((168, 198, 238, 268, 328, 398, 588))
    deposit = rng.choice((50, 100, price))
    wish = rng.choice(_CN_OCCASION)
    who = fk.cn_given_name() if rng.random() < 0.5 else fk.cn_name(honorific=0.0)
    if rng.random() < 0.75:
        words = [S("祝", "other"), S(who, "name"), S(wish, "other")]
        if wish.startswith("岁"):
            words = [S(who, "name"), S(f"{rng.randint(2, 80)}{wish}", "other")]
    else:
        words = [S(f"祝{rng.choice(_CN_KIN)}{wish}", "other")]
    rows = [
        [
            label_cell("订购人"),
            hand_cell(name, "name"),
            label_cell("电话"),
            hand_cell(phone, "phone"),
        ],
        [
            label_cell("取货日期"),
            hand_cell(day, "date"),
            label_cell("取货时间"),
            hand_cell(hour, "other"),
        ],
        [label_cell("取货方式"), hand_cell("送货上门" if deliver else "门店自取", "other", 3)],
    ]
    if deliver:
        addr, _pc = fk.cn_address(with_door=0.9)
        rows.append(
            [
                label_cell("送货地址"),
                Cell(tuple(S(t, k) for t, k in addr.segments), hand=True, span=3),
            ]
        )
    rows += [
        [
            label_cell("尺寸"),
            hand_cell(size, "item"),
            label_cell("口味"),
            hand_cell(rng.choice(_CN_FLAVOURS), "item"),
        ],
        [
            label_cell("夹心"),
            hand_cell(rng.choice(_CN_FILLINGS), "item"),
            label_cell("蜡烛"),
            hand_cell(rng.choice(("数字蜡烛", "普通蜡烛×10", "不要")), "item"),
        ],
        [label_cell("蛋糕写字"), Cell(tuple(words), hand=True, span=3)],
        [
            label_cell("金额"),
            hand_cell(f"¥{price}", "price"),
            label_cell("定金"),
            hand_cell(f"¥{deposit}", "price"),
        ],
        [
            label_cell("余款"),
            hand_cell(f"¥{price - deposit}", "price"),
            label_cell("营业员"),
            hand_cell(fk.cn_name(honorific=0.0), "name"),
        ],
    ]
    y = table(p, m, y, (w * 0.17, w * 0.35, w * 0.15, w * 0.33), rows, 60 * s, f, hand_px=30)
    y += 44 * s
    notes: list[Span] = [
        S(rng.choice(("少放糖", "水果多放点", "做成粉色", "配一顶生日帽")), "other")
    ]
    if rng.random() < 0.6:  # a second person to call, in the clerk's remark
        notes += [
            S(",到了打", "other"),
            S(fk.cn_name(honorific=0.6), "name"),
            S(fk.cn_mobile("plain"), "phone"),
        ]
    y = memo(p, m, y, "备注:", notes, f, w, hand=True)
    for line in _CN_TERMS:
        c.text(m, y, line, p.font(16), "footer")
        y += 26 * s
    # The tear-off stub: order number again, the phone, when to collect.
    y += 16 * s
    c.hline(0, W, y, width=1, dash=int(9 * s))
    y += 46 * s
    c.line(m, y, [S("取货联  No.", "label"), S(order_no, "other")], p.font(22, bold=True), fill=RED)
    y += 48 * s
    x = c.line(m, y, [S("电话", "label")], f) + 12 * s
    x = handwritten(p, x, y, [S(phone, "phone")], 30, cjk=True) + 40 * s
    x = c.line(x, y, [S("取货", "label")], f) + 12 * s
    handwritten(p, x, y, [S(day, "date"), S(" " + hour, "other")], 30, cjk=True)
    return _finish(c, y, 0, pad=m * 0.8)


def _latin(rng: random.Random, fk: ErrandFaker) -> Canvas:
    lang = rng.choice(("en", "en", "fr"))
    t = _WORDS[lang]
    c, p, m, right = sheet(rng, (820, 900), 1.7, cjk=False, base=820, margin=(0.05, 0.07))
    W, s, w = c.width, p.s, right - m
    f, hp = p.font(20), 30
    money = t["money"]
    order_no = str(rng.randint(1000, 9999))
    y = m + 36 * s
    c.text(m, y, rng.choice(t["shops"]), p.font(30, bold=True), "shop")
    y += 30 * s
    c.text(m, y, t["street"], p.font(16), "other")
    c.line(
        right - 200 * s,
        y,
        [S(t["no"] + " ", "label"), S(order_no, "other")],
        p.font(22, bold=True),
        fill=RED,
    )
    y += 56 * s
    c.text(W / 2, y, t["title"], p.font(28, bold=True), "label", anchor="ms")
    y += 58 * s
    if lang == "en":
        name, phone = fk.en_name(), fk.uk_phone()
        who = fk.en_first(upper=False)
        street, town = fk.uk_address()
        addr = [*(S(x, k) for x, k in street.segments), S(", ", "other")]
        addr += [S(x, k) for x, k in town.segments]
    else:
        name, phone = fk.eu_name("fr"), fk.eu_phone("fr")
        who = fk.eu_name("fr").split()[0]
        a, b = fk.eu_address("fr")
        addr = [S(f"{a}, {b}", "address")]

    def blank(y: float, label: str, value: list[Span], x: float = m, x1: float = right) -> None:
        ruled_blank(p, y, label, value, f, x, x1, hand_px=hp)

    half = m + w * 0.56
    blank(y, t["name"], [S(name, "name")], x1=half - 20 * s)
    blank(y, t["tel"], [S(phone, "phone")], x=half)
    y += 56 * s
    day = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}"
    blank(y, t["date"], [S(day, "date")], x1=half - 20 * s)
    hour = rng.choice(t["hours"])
    blank(y, t["time"], [S(hour, "other")], x=half)
    y += 56 * s
    deliver = rng.random() < 0.45
    x = m
    for k, opt in enumerate(t["how"]):
        x = tick_box(p, x, y, opt, k == int(deliver), f) + 40 * s
    y += 56 * s
    if deliver:
        blank(y, t["addr"], addr)
        y += 56 * s
    price = rng.choice((28.0, 35.0, 42.5, 55.0, 65.0, 120.0))
    deposit = rng.choice((10.0, 20.0, price / 2))
    for label, value in (
        (t["size"], rng.choice(t["sizes"])),
        (t["flavour"], rng.choice(t["flavours"])),
        (t["filling"], rng.choice(t["fillings"])),
    ):
        blank(y, label, [S(value, "item")])
        y += 56 * s
    blank(y, t["write"], _inscription(rng, rng.choice(t["wishes"]), who, t["kin"]))
    y += 64 * s
    rows = [
        [Cell.of(t["price"], "label"), Cell.of(money.format(price), "price", hand=True, align="r")],
        [
            Cell.of(t["deposit"], "label"),
            Cell.of(money.format(deposit), "price", hand=True, align="r"),
        ],
        [
            Cell.of(t["balance"], "label"),
            Cell.of(money.format(price - deposit), "price", hand=True, align="r"),
        ],
    ]
    y = table(p, m, y - 30 * s, (w * 0.3, w * 0.22), rows, 48 * s, f, hand_px=28, cjk=False)
    y += 50 * s
    clerk = fk.en_first(upper=False) if lang == "en" else fk.eu_name("fr").split()[0]
    blank(y, t["clerk"], [S(clerk, "name")], x1=m + w * 0.7)
    y += 56 * s
    if rng.random() < 0.5:
        note = [
            S(rng.choice(("nut allergy - ", "surprise! ring ", "call if late ")), "other"),
            S(fk.uk_phone() if lang == "en" else fk.eu_phone("fr"), "phone"),
        ]
        blank(y, t["notes"], note)
        y += 56 * s
    y = c.wrap(m, y, [S(t["terms"], "footer")], p.font(15), w, 22 * s, max_lines=2)
    y += 10 * s
    c.hline(0, W, y, width=1, dash=int(8 * s))
    y += 44 * s
    c.text(m, y, t["stub"], p.font(16, bold=True), "label")
    y += 44 * s
    x = (
        c.line(
            m, y, [S(t["no"] + " ", "label"), S(order_no, "other")], p.font(24, bold=True), fill=RED
        )
        + 40 * s
    )
    x = c.line(x, y, [S(t["tel"], "label")], f) + 10 * s
    handwritten(p, x, y, [S(phone, "phone")], hp, cjk=False, width=right - x)
    y += 46 * s
    x = c.line(m, y, [S(t["date"], "label")], f) + 10 * s
    handwritten(p, x, y, [S(day, "date"), S(" " + hour, "other")], hp, cjk=False)
    return _finish(c, y, 0, pad=m)


def cake_order_form(rng: random.Random) -> Canvas:
    """A cake order: a Chinese carbon-copy form filled in by hand or a till-printed
    ticket, or an English or French slip filled in by hand."""
    fk = ErrandFaker(rng)
    return rng.choices((_cn, cake_ticket, _latin), weights=(40, 20, 40))[0](rng, fk)


LAYOUTS = {"cake_order_form": cake_order_form}
