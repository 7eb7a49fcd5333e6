"""Tailoring and alterations: a Chinese 定制单 with a measurements grid, an English or
Italian bespoke order ticket, or an alterations tag pinned to the garment.

Personal: the customer's name (on a tag often only a surname, "王女士", "Mr Patel"),
phone (on a tag often only its last four digits), the delivery address down to the
door when the garment is sent, a second person named in a remark (who will collect,
and their phone), and the tailor's or cutter's name. Ordinary: the measurements
(chest, waist, sleeve … plain numbers in cm or inches, height and weight too), the
garment, style and cloth, prices, deposit and balance, fitting and delivery dates,
the ticket number (printed twice on a tag and its stub), the shop's own name and
phone, headings and printed terms.
"""

from __future__ import annotations

import random

from .alteration_tag import alteration_tag
from .fakedata_errands import ErrandFaker
from .formkit import RED, Cell, memo, sheet, table
from .formkit_slips import hand_cell, label_cell, ruled_blank, serial_title
from .kit import S, _finish
from .render import Canvas, Span

_CN_GARMENTS = ("西装两件套", "西装三件套", "衬衫", "旗袍", "中山装", "大衣", "西裤")
_CN_CLOTH = ("羊毛 藏青 2217", "羊绒混纺 炭灰", "真丝 香云纱", "棉 白 牛津纺", "亚麻 米色")
#: Measurement -> the range of its value in cm (a plain number, ordinary).
_CN_SIZES = {
    **{"领围": (36, 46), "胸围": (82, 120), "腰围": (62, 110), "臀围": (86, 120), "肩宽": (38, 52)},
    **{"袖长": (56, 66), "衣长": (60, 110), "裤长": (92, 110), "腿围": (48, 66), "立裆": (24, 32)},
}
#: The same ranges for the eight English or Italian measurements, in their order.
_CM_RANGES = ((86, 122), (71, 112), (86, 122), (58, 69), (36, 46), (42, 81), (70, 86), (98, 112))
_CN_NOTES = ("左肩略低", "收腰", "袖口开真扣眼", "驳头稍宽", "裤脚不卷边")
_IT_FIRST = ("Giuseppe", "Francesca", "Luca", "Alessandra", "Paolo", "Chiara", "Marco")
_IT_LAST = ("Russo", "Esposito", "Colombo", "Ricci", "Greco", "Bruno", "Galli")
_IT_STREETS = ("Roma", "Garibaldi", "dei Mille", "Po", "Nizza")
_KEYS = ("title", "cust", "tel", "addr", "garment", "cloth", "unit", "price", "deposit")
_KEYS2 = ("balance", "fit1", "fit2", "ready", "cutter", "note", "money", "pick")
#: Language -> printed words (keyed by :data:`_KEYS` + :data:`_KEYS2`), shops, garments,
#: cloths and measurement names.
_WORDS = {
    "en": {
        **dict(
            zip(
                _KEYS + _KEYS2,
                (
                    *("ORDER TICKET", "Customer", "Tel", "Deliver to", "Garment", "Cloth", "in."),
                    *("Price", "Deposit", "Balance", "1st fitting", "2nd fitting", "Ready"),
                    *("Cutter", "Notes", "£{:,}", "to be collected by "),
                ),
                strict=True,
            )
        ),
        "shops": ("Hartley & Sons, Bespoke Tailors", "Marlow Tailoring", "J. Doyle Tailors"),
        "sizes": (
            "Chest",
            "Waist",
            "Seat",
            "Sleeve",
            "Collar",
            "Back",
            "Inside leg",
            "Outside leg",
        ),
        "garments": ("2-pc suit, single-breasted", "Overcoat, double-breasted", "Dress shirt x2"),
        "cloths": ("Harlow Mills 10523 navy", "Tweed, brown herringbone", "Flannel, mid grey"),
    },
    "it": {
        **dict(
            zip(
                _KEYS + _KEYS2,
                (
                    *("SCHEDA ORDINE", "Cliente", "Tel.", "Consegna a", "Capo", "Tessuto", "cm"),
                    *("Prezzo", "Acconto", "Saldo", "1ª prova", "2ª prova", "Consegna"),
                    *("Tagliatore", "Note", "{:,} EUR", "ritira "),
                ),
                strict=True,
            )
        ),
        "shops": ("Sartoria Ferrante", "Sartoria Bellini & Figli", "Atelier Rinaldi"),
        "sizes": (
            "Torace",
            "Vita",
            "Bacino",
            "Manica",
            "Collo",
            "Spalle",
            "Cavallo",
            "Lungh. pant.",
        ),
        "garments": ("Abito due pezzi", "Cappotto doppiopetto", "Camicia su misura"),
        "cloths": ("Lana fredda blu notte", "Flanella grigia", "Lino naturale"),
    },
}


def _cn(rng: random.Random, fk: ErrandFaker) -> Canvas:
    c, p, m, right = sheet(rng, (1100, 1200), 1.4, cjk=True, base=1100, margin=(0.05, 0.07))
    W, s, w = c.width, p.s, right - m
    f = p.font(20)
    y = m + 40 * s
    shop = rng.choice(("锦衣坊", "金剪刀", "老上海", "雅士")) + rng.choice(
        ("高级定制", "裁缝店", "西服定制")
    )
    c.text(W / 2, y, shop, p.font(32, bold=True), "shop", anchor="ms")
    y += 50 * s
    serial_title(p, y, right, rng.choice(("定制单", "量体定制单", "订做单")), fk.digits(6), f)
    y += 26 * s
    rows = [
        [
            label_cell("客户姓名"),
            hand_cell(fk.cn_name(honorific=0.3), "name"),
            label_cell("电话"),
            hand_cell(fk.cn_mobile(), "phone"),
        ],
        [
            label_cell("身高"),
            hand_cell(f"{rng.randint(150, 190)}cm", "other"),
            label_cell("体重"),
            hand_cell(f"{rng.randint(45, 95)}kg", "other"),
        ],
    ]
    if rng.random() < 0.5:
        addr, _pc = fk.cn_address(with_door=0.9)
        rows.append(
            [
                label_cell("送货地址"),
                Cell(tuple(S(t, k) for t, k in addr.segments), hand=True, span=3),
            ]
        )
    rows.append(
        [
            label_cell("款式"),
            hand_cell(rng.choice(_CN_GARMENTS), "item"),
            label_cell("面料"),
            hand_cell(rng.choice(_CN_CLOTH), "item"),
        ]
    )
    y = table(p, m, y, (w * 0.16, w * 0.34, w * 0.16, w * 0.34), rows, 56 * s, f, hand_px=28)
    y += 20 * s
    sizes = rng.sample(list(_CN_SIZES), 10)
    for part in (sizes[:5], sizes[5:]):  # measurement names over the numbers, five a row
        rows = [
            [label_cell(n) for n in part],
            [
                Cell.of(
                    f"{rng.randint(*_CN_SIZES[n])}" + rng.choice(("", ".5")),
                    "other",
                    hand=True,
                    align="c",
                )
                for n in part
            ],
        ]
        y = table(p, m, y, (w / 5,) * 5, rows, 50 * s, f, hand_px=30)
    y += 20 * s
    price = rng.choice((1280, 2680, 3980, 5800, 8800))
    deposit = rng.choice((500, 1000, price // 2))
    rows = [
        [
            label_cell("价格"),
            hand_cell(f"¥{price}", "price"),
            label_cell("定金"),
            hand_cell(f"¥{deposit}", "price"),
            label_cell("余款"),
            hand_cell(f"¥{price - deposit}", "price"),
        ],
        [
            label_cell("试衣日期"),
            hand_cell(f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日", "date"),
            label_cell("交货日期"),
            hand_cell(f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日", "date"),
            label_cell("量体师"),
            hand_cell(fk.cn_name(honorific=0.0), "name"),
        ],
    ]
    y = table(p, m, y, (w * 0.13, w * 0.2) * 3, rows, 56 * s, f, hand_px=28)
    y += 46 * s
    note: list[Span] = [S(rng.choice(_CN_NOTES), "other")]
    if rng.random() < 0.5:
        note += [
            S(",由", "other"),
            S(fk.cn_name(honorific=0.5), "name"),
            S("代取 ", "other"),
            S(fk.cn_mobile("plain"), "phone"),
        ]
    y = memo(p, m, y, "备注:", note, f, w, hand=True)
    c.text(m, y, "定制服装一经裁剪,定金恕不退还。请凭此单取衣。", p.font(16), "footer")
    return _finish(c, y, 0, pad=m * 0.7)


def _latin(rng: random.Random, fk: ErrandFaker) -> Canvas:
    lang = rng.choice(("en", "en", "it"))
    t = _WORDS[lang]
    c, p, m, right = sheet(rng, (900, 1000), 1.5, cjk=False, base=900, margin=(0.05, 0.07))
    s, w = p.s, right - m
    f, hp = p.font(19), 30
    y = m + 36 * s
    c.text(m, y, rng.choice(t["shops"]), p.font(26, bold=True), "shop")
    y += 46 * s
    c.text(m, y, t["title"], p.font(22, bold=True), "label")
    c.line(
        right - 180 * s,
        y,
        [S("No. ", "label"), S(str(rng.randint(1000, 9999)), "other")],
        p.font(22),
        fill=RED,
    )
    y += 56 * s
    if lang == "en":
        name, phone = f"{rng.choice(('', '', 'Dr '))}{fk.en_name()}", fk.uk_phone()
        street, town = fk.uk_address()
        addr = [
            *(S(x, k) for x, k in street.segments),
            S(", ", "other"),
            *(S(x, k) for x, k in town.segments),
        ]
        other = (fk.en_name(), fk.uk_phone())
    else:
        name = f"{rng.choice(_IT_FIRST)} {rng.choice(_IT_LAST)}"
        phone = f"3{fk.digits(2)} {fk.digits(7)}"
        addr = [
            S(
                f"Via {rng.choice(_IT_STREETS)} {rng.randint(1, 90)}, {fk.digits(5, True)} Torino",
                "address",
            )
        ]
        other = (
            f"{rng.choice(_IT_FIRST)} {rng.choice(_IT_LAST)}",
            f"3{fk.digits(2)} {fk.digits(7)}",
        )

    def blank(y: float, label: str, value: list[Span], x: float = m, x1: float = right) -> None:
        ruled_blank(p, y, label, value, f, x, x1, hand_px=hp)

    half = m + w * 0.58
    blank(y, t["cust"], [S(name, "name")], x1=half - 20 * s)
    blank(y, t["tel"], [S(phone, "phone")], x=half)
    y += 60 * s
    if rng.random() < 0.5:
        blank(y, t["addr"], addr)
        y += 60 * s
    blank(y, t["garment"], [S(rng.choice(t["garments"]), "item")])
    y += 60 * s
    blank(y, t["cloth"], [S(rng.choice(t["cloths"]), "item")])
    y += 40 * s
    inch = t["unit"] == "in."
    rows = [
        [
            Cell.of(f"{n} ({t['unit']})" if i == 0 else n, "label")
            for i, n in enumerate(t["sizes"][:4])
        ]
    ]

    def cells(ranges: tuple[tuple[int, int], ...]) -> list[Cell]:
        half_unit = " ½" if inch else ".5"
        out = []
        for lo, hi in ranges:
            v = rng.randint(lo, hi) / (2.54 if inch else 1)
            out.append(
                Cell.of(f"{int(v)}{rng.choice(('', half_unit))}", "other", hand=True, align="c")
            )
        return out

    rows += [
        cells(_CM_RANGES[:4]),
        [Cell.of(n, "label") for n in t["sizes"][4:]],
        cells(_CM_RANGES[4:]),
    ]
    y = table(p, m, y, (w / 4,) * 4, rows, 46 * s, f, hand_px=30, cjk=False)
    y += 50 * s
    price = rng.choice((450, 780, 1250, 2400, 3600))
    deposit = rng.choice((100, 200, price // 2))
    money = t["money"]
    third = w / 3
    for k, (label, v) in enumerate(
        ((t["price"], price), (t["deposit"], deposit), (t["balance"], price - deposit))
    ):
        blank(
            y,
            label,
            [S(money.format(v), "price")],
            x=m + k * third,
            x1=m + (k + 1) * third - 16 * s,
        )
    y += 60 * s
    for k, label in enumerate((t["fit1"], t["fit2"], t["ready"])):
        day = f"{rng.randint(1, 28)}/{rng.randint(1, 12)}"
        blank(y, label, [S(day, "date")], x=m + k * third, x1=m + (k + 1) * third - 16 * s)
    y += 60 * s
    cutter = rng.choice(("Alan", "Stefano", "Mo", "Bruno")) if rng.random() < 0.5 else fk.en_name()
    blank(y, t["cutter"], [S(cutter, "name")], x1=m + w * 0.6)
    y += 60 * s
    if rng.random() < 0.5:
        blank(
            y,
            t["note"],
            [S(t["pick"], "other"), S(other[0], "name"), S(" ", "other"), S(other[1], "phone")],
        )
        y += 60 * s
    return _finish(c, y, 0, pad=m * 0.7)


def tailoring_order(rng: random.Random) -> Canvas:
    """A 定制单, an English or Italian order ticket, or an alterations tag."""
    fk = ErrandFaker(rng)
    return rng.choices((_cn, _latin, alteration_tag), weights=(40, 35, 25))[0](rng, fk)


LAYOUTS = {"tailoring_order": tailoring_order}
