"""Weighbridges. A 过磅单 / 称重计量单 printed by a dot-matrix printer into a pre-printed
multi-part grid (单号, 车号, 货名, 发货单位 and 收货单位, 毛重 / 皮重 / 扣重 / 净重 with the
times they were taken, 司磅员), with the driver's name and phone written in by hand; a
grain or scrap buying station's 收购过磅单 (交售人, 身份证号, the bank card the money goes
to, 水分 / 杂质 / 扣重, 单价, 金额, a signature and thumbprint); an
English public weighbridge ticket or a German Wiegeschein printed on a narrow slip
(ticket no., vehicle registration, haulier and customer, material, gross / tare / net,
the driver's name and signature, the weighman).

Personal: drivers, sellers and the people who weigh (``name``), a vehicle's plate (a
lorry is most often its owner-driver's: ``id_number``, like an ID), the seller's ID
(``id_number``), bank card (``card_number``) and phones. Ordinary: ticket numbers,
goods, weights, times, grades, prices and sums, and the names of the site, the
hauliers and the firms (like a shop's); the site's address and line are business data.
"""

from __future__ import annotations

import random

from .fakedata_homes import HomeFaker
from .formkit import Cell, handwritten, sheet, table
from .formkit_marks import thumbprint
from .formkit_slips import hand_cell, label_cell
from .kit import S, _finish, biz
from .render import Canvas
from .weigh_words import (
    CN_BANKS,
    CN_FIRMS,
    CN_GOODS,
    CN_SITES,
    CN_STATIONS,
    LATIN_FIRMS,
    LATIN_GOODS,
    LATIN_LABELS,
    LATIN_SITES,
)

#: Multi-part carbonless paper: white, pink, yellow, blue copies.
TINTS = ((250, 250, 246), (250, 228, 232), (250, 246, 214), (226, 236, 250))


def weights(rng: random.Random, lo: float, hi: float) -> tuple[float, float, float]:
    """Gross, tare and net in tonnes: a loaded lorry's gross, its empty weight."""
    tare = round(rng.uniform(lo, hi), 2)
    net = round(rng.uniform(tare * 0.8, tare * 2.4), 2)
    return round(tare + net, 2), tare, net


def clock(rng: random.Random) -> tuple[str, str]:
    """The times of the two weighings, minutes apart, on one day."""
    a = rng.randint(6 * 60, 17 * 60)
    b = a + rng.randint(12, 95)
    return f"{a // 60:02d}:{a % 60:02d}:{rng.randint(0, 59):02d}", f"{b // 60:02d}:{b % 60:02d}"


def _ticket(rng: random.Random, fk: HomeFaker) -> Canvas:
    """A 过磅单 printed into a pre-printed grid; the driver fills in the last row."""
    c, p, m, right = sheet(rng, (1100, 1200), 0.9, cjk=True, base=1100, margin=0.05)
    c.paper = rng.choice(TINTS)
    c.draw.rectangle([0, 0, c.width, c.height], fill=c.paper)
    s, w = p.s, right - m
    site, line = rng.choice(CN_SITES)
    y = m + 30 * s
    c.text(c.width / 2, y, site, p.font(22, bold=True), "shop", anchor="ms")
    y += 42 * s
    title = rng.choice(("过 磅 单", "称重计量单", "汽车衡称重单"))
    c.text(c.width / 2, y, title, p.font(30, bold=True), "label", anchor="ms")
    mono = p.font(19, mono=True)
    y += 34 * s
    c.line(m, y, [S("单号:", "label"), S(f"BL{fk.digits(10, True)}", "other")], mono)
    c.line(right - 260 * s, y, [S("电话:", "label"), biz(line, "shop_phone")], p.font(15))
    y += 14 * s
    gross, tare, net = weights(rng, 12, 18)
    t1, t2 = clock(rng)
    day = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    firms = rng.sample(CN_FIRMS, 2)
    deduct = round(rng.choice((0, 0, 0.02, 0.05, 0.1)), 2)

    def typed(text: str, kind: str, span: int = 1) -> Cell:
        return Cell((S(text, kind),), False, span)

    def firm(text: str) -> Cell:
        return Cell((S(text, "shop"),), False, 3)

    rows = [
        [
            label_cell("车 号"),
            typed(fk.cn_plate(), "id_number"),
            label_cell("货 名"),
            typed(rng.choice(CN_GOODS), "other"),
        ],
        [label_cell("发货单位"), firm(firms[0])],
        [label_cell("收货单位"), firm(firms[1])],
        [
            label_cell("毛 重(t)"),
            typed(f"{gross:.2f}", "other"),
            label_cell("毛重时间"),
            typed(f"{day} {t1}", "date"),
        ],
        [
            label_cell("皮 重(t)"),
            typed(f"{tare:.2f}", "other"),
            label_cell("皮重时间"),
            typed(f"{day} {t2}", "date"),
        ],
        [
            label_cell("扣 重(t)"),
            typed(f"{deduct:.2f}", "other"),
            label_cell("净 重(t)"),
            typed(f"{net - deduct:.2f}", "other"),
        ],
    ]
    # the dot-matrix head prints in the printer's own face, a little off the grid's lines
    grid = table(p, m, y, [w * k for k in (0.16, 0.32, 0.16, 0.36)], rows, 50 * s, mono)
    y = grid
    driver = fk.cn_name(honorific=0.0)
    sign = [
        [
            label_cell("司机签字"),
            hand_cell(driver, "name"),
            label_cell("司机电话"),
            hand_cell(fk.cn_mobile(), "phone"),
        ]
    ]
    y = table(p, m, y, [w * k for k in (0.16, 0.32, 0.16, 0.36)], sign, 56 * s, p.font(18))
    y += 36 * s
    clerk = fk.cn_name(honorific=0.0)
    c.line(m, y, [S("司磅员:", "label"), S(clerk, "name")], mono)
    c.line(m + w * 0.36, y, [S("打印时间:", "label"), S(f"{day} {t2}", "date")], mono)
    copy = rng.choice(("第一联 存根(白)", "第二联 客户(红)", "第三联 门卫(黄)"))
    c.text(right, y, copy, p.font(14), "label", anchor="rs")
    return _finish(c, y, m, pad=16 * s)


def _buying(rng: random.Random, fk: HomeFaker) -> Canvas:
    """A buying station's 收购过磅单, the grades and sums typed, the seller's data by pen."""
    c, p, m, right = sheet(rng, (1100, 1200), 1.0, cjk=True, base=1100, margin=0.05)
    s, w = p.s, right - m
    station, goods, (lo, hi), kind = rng.choice(CN_STATIONS)
    y = m + 30 * s
    c.text(c.width / 2, y, station, p.font(22, bold=True), "shop", anchor="ms")
    y += 44 * s
    c.text(c.width / 2, y, "收 购 过 磅 单", p.font(30, bold=True), "label", anchor="ms")
    y += 30 * s
    c.line(m, y, [S("No.", "label"), S(fk.digits(7, True), "other")], p.font(16))
    c.line(right - 280 * s, y, [S("日期:", "label"), S(fk.date("iso"), "date")], p.font(16))
    y += 14 * s
    seller = fk.cn_name(honorific=0.0)
    idn = fk.id_born(1950, 1995)
    gross_kg = rng.randint(2000, 16000)
    tare_kg = rng.randint(1200, 4500)
    water = round(rng.uniform(12.5, 17.5), 1) if kind == "粮" else 0
    impurity = round(rng.uniform(0.3, 2.0), 1)
    off = round((gross_kg - tare_kg) * (impurity + max(0, water - 14) * 1.25) / 100)
    net = gross_kg - tare_kg - off
    price = round(rng.uniform(lo, hi), 2)
    money = round(net * 2 * price)  # the price is per jin, the weights in kg

    def typed(text: str, kind: str, span: int = 1) -> Cell:
        return Cell.of(text, kind, span=span)

    rows = [
        [
            label_cell("交售人"),
            hand_cell(seller, "name"),
            label_cell("身份证号"),
            hand_cell(idn, "id_number"),
        ],
        [
            label_cell("联系电话"),
            hand_cell(fk.cn_mobile(), "phone"),
            label_cell("开户行"),
            hand_cell(rng.choice(CN_BANKS), "other"),
        ],
        [label_cell("银行卡号"), hand_cell(fk.card_full("62"), "card_number", span=3)],
        [
            label_cell("品 名"),
            typed(rng.choice(goods), "other"),
            label_cell("车 号"),
            hand_cell(fk.cn_plate(), "id_number"),
        ],
        [
            label_cell("毛重(kg)"),
            typed(str(gross_kg), "other"),
            label_cell("皮重(kg)"),
            typed(str(tare_kg), "other"),
        ],
        [
            label_cell("水分(%)" if kind == "粮" else "含杂(%)"),
            typed(f"{water}" if kind == "粮" else f"{impurity}", "other"),
            label_cell("扣重(kg)"),
            typed(str(off), "other"),
        ],
        [
            label_cell("净重(kg)"),
            typed(str(net), "other"),
            label_cell("单价(元/斤)"),
            typed(f"{price:.2f}", "other"),
        ],
        [
            label_cell("金额(元)"),
            typed(f"{money:,}.00", "other"),
            label_cell("结算方式"),
            typed(rng.choice(("银行转账", "转账(T+3)")), "other"),
        ],
    ]
    widths = [w * k for k in (0.16, 0.32, 0.16, 0.36)]
    y = table(p, m, y, widths, rows, 52 * s, p.font(18, mono=rng.random() < 0.5)) + 44 * s
    f = p.font(17)
    x = c.line(m, y, [S("司磅:", "label")], f) + 8 * s
    handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 28, cjk=True)
    x = c.line(m + w * 0.32, y, [S("收购员:", "label")], f) + 8 * s
    handwritten(p, x, y, [S(fk.cn_name(honorific=0.0), "name")], 28, cjk=True)
    x = c.line(m + w * 0.64, y, [S("交售人签字:", "label")], f) + 8 * s
    end = handwritten(p, x, y, [S(seller, "name")], 30, cjk=True)
    if rng.random() < 0.6:
        thumbprint(p, end + 24 * s, y - 12 * s, 22 * s)
    y += 40 * s
    c.text(m, y, "注:款项三个工作日内转入上述银行卡,请核对卡号。", p.font(14), "footer")
    return _finish(c, y, m, pad=16 * s)


def _latin(rng: random.Random, fk: HomeFaker, lang: str) -> Canvas:
    """An English weighbridge ticket or a German Wiegeschein from a slip printer."""
    c, p, m, right = sheet(rng, (720, 800), 1.6, cjk=False, base=720, margin=0.06)
    s, w = p.s, right - m
    lab = LATIN_LABELS[lang]
    site, addr, line = rng.choice(LATIN_SITES[lang])
    mono, lh = p.font(20, mono=True), 34 * s
    y = m + 28 * s
    c.text(c.width / 2, y, site, p.font(22, bold=True), "shop", anchor="ms")
    y += 28 * s
    c.text(c.width / 2, y, addr, p.font(15), "shop_address", None, anchor="ms")
    y += 24 * s
    c.text(c.width / 2, y, line, p.font(15), "shop_phone", None, anchor="ms")
    y += 48 * s
    c.text(c.width / 2, y, lab[0], p.font(26, bold=True), "label", anchor="ms")
    y += 20 * s
    c.hline(m, right, y, dash=6)
    gross, tare, net = weights(rng, 9, 16)
    t1, t2 = clock(rng)
    day = f"{rng.randint(1, 28):02d}{'/' if lang == 'en' else '.'}{rng.randint(1, 12):02d}{'/' if lang == 'en' else '.'}2026"
    plate = fk.uk_plate() if lang == "en" else fk.de_plate()
    haulier, customer = rng.sample(LATIN_FIRMS[lang], 2)
    col = m + w * 0.42
    rows = (
        (lab[1], S(fk.digits(6, True), "other")),
        (lab[2], S(day, "date")),
        (lab[3], S(plate, "id_number")),
        (lab[4], S(haulier, "shop")),
        (lab[5], S(customer, "shop")),
        (lab[6], S(rng.choice(LATIN_GOODS[lang]), "other")),
    )
    for label, value in rows:
        y += lh
        c.text(m, y, label, mono, "label")
        c.line(col, y, [value], mono)
    y += 20 * s
    c.hline(m, right, y, dash=6)
    unit = "kg"
    for label, kg, at in ((lab[7], gross, t1), (lab[8], tare, t2), (lab[9], net, "")):
        y += lh * 1.2
        c.text(m, y, label, p.font(22, mono=True, bold=False), "label")
        c.text(
            col + w * 0.3,
            y,
            f"{round(kg * 1000):,} {unit}".replace(",", "." if lang == "de" else ","),
            p.font(22, mono=True),
            "other",
            anchor="rs",
        )
        if at:
            c.line(
                right - 150 * s,
                y,
                [S(f"{lab[13] if label == lab[7] else lab[14]} ", "label"), S(at[:5], "other")],
                p.font(15),
            )
    y += 30 * s
    c.hline(m, right, y, dash=6)
    y += lh * 1.6
    driver = fk.en_name() if lang == "en" else fk.eu_name("de")
    x = c.line(m, y, [S(f"{lab[10]}: ", "label")], p.font(17)) + 6 * s
    c.hline(x, right, y + 8 * s, width=1)
    handwritten(p, x + 4 * s, y, [S(driver, "name")], 28, cjk=False)
    y += lh * 1.6
    x = c.line(m, y, [S(f"{lab[11]}: ", "label")], p.font(17)) + 6 * s
    c.hline(x, right, y + 8 * s, width=1)
    handwritten(p, x + 4 * s, y, [S(driver.split()[-1], "name")], 32, cjk=False)
    y += lh * 1.4
    weigh = fk.en_name() if lang == "en" else fk.eu_name("de")
    c.line(
        m,
        y,
        [S(f"{lab[12]}: ", "label"), S(weigh.split()[0][0] + ". " + weigh.split()[-1], "name")],
        mono,
    )
    y += lh
    y = c.wrap(m, y, [S(lab[15], "footer")], p.font(12), w, 18 * s)
    return _finish(c, y, m, pad=10 * s)


def weighbridge_ticket(rng: random.Random) -> Canvas:
    """A dot-matrix 过磅单, a buying station's 收购过磅单, an English weighbridge ticket or
    a German Wiegeschein."""
    fk = HomeFaker(rng)
    kind = rng.choices(("cn", "buy", "en", "de"), weights=(38, 27, 20, 15))[0]
    if kind == "cn":
        return _ticket(rng, fk)
    if kind == "buy":
        return _buying(rng, fk)
    return _latin(rng, fk, kind)


LAYOUTS = {"weighbridge_ticket": weighbridge_ticket}
