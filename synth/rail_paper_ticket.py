"""The blue China rail paper ticket as it is printed: the red serial, stations with
pinyin, the train, departure, coach and seat, fare, 网, class, the passenger's ID
starred in the middle with the name on one line, the QR code (``code``), the sales
office line and 仅供报销使用. Drawn by :mod:`synth.layouts_railticket` alone or on an
expense sheet; the serial numbers a blank and is ordinary, like a cheque's.
"""

from __future__ import annotations

import random

from .fakedata_money import MoneyFaker
from .formkit import RED
from .kit import Pen, S

CN_STATIONS = (
    ("北京南", "Beijingnan"),
    ("上海虹桥", "Shanghaihongqiao"),
    ("广州南", "Guangzhounan"),
    ("杭州东", "Hangzhoudong"),
    ("武汉", "Wuhan"),
    ("郑州东", "Zhengzhoudong"),
    ("成都东", "Chengdudong"),
    ("南京南", "Nanjingnan"),
)
CN_SEATS = ("二等座", "一等座", "硬卧", "硬座", "商务座")


def train_no(rng: random.Random) -> str:
    return rng.choice("GGDDKZ") + str(rng.randint(1, 2999))


def paper_ticket(p: Pen, fk: MoneyFaker, x0: float, y0: float, w: float, name: str) -> float:
    """The blue paper ticket at (x0, y0), ``w`` wide; returns its bottom."""
    c, r, k = p.c, p.r, w / 860
    h = w * 0.63
    c.draw.rounded_rectangle(
        [x0, y0, x0 + w, y0 + h], radius=18 * k, fill=(205, 226, 242), outline=(150, 180, 205)
    )
    m = x0 + 40 * k

    def font(px: float, bold: bool = False):
        return p.font(px * k / p.s, bold=bold)

    y = y0 + 56 * k
    c.text(m, y, fk.upper(1) + fk.digits(6), font(32), "other", fill=RED)
    gate = f"{r.randint(1, 30)}{r.choice('AB')}"
    c.line(
        x0 + w - 40 * k - p.width("检票:" + gate, font(26)),
        y,
        [S("检票:", "label"), S(gate, "other")],
        font(26),
    )
    (a, a_py), (b, b_py) = r.sample(CN_STATIONS, 2)
    y += 74 * k
    big = font(48, bold=True)
    c.text(m, y, a + "站", big, "other")
    c.text(x0 + w / 2, y - 18 * k, train_no(r), font(36, bold=True), "other", anchor="ms")
    c.text(x0 + w - 40 * k, y, b + "站", big, "other", anchor="rs")
    y += 34 * k
    c.text(m, y, a_py, font(22), "other")
    c.text(x0 + w - 40 * k, y, b_py, font(22), "other", anchor="rs")
    y += 52 * k
    f = font(28)
    c.text(
        m, y, f"2026年{r.randint(1, 12):02d}月{r.randint(1, 28):02d}日{fk.time(False)}开", f, "date"
    )
    c.text(
        x0 + w - 40 * k,
        y,
        f"{r.randint(1, 16):02d}车{r.randint(1, 20):02d}{r.choice('ABCDF')}号",
        f,
        "other",
        anchor="rs",
    )
    y += 46 * k
    c.text(m, y, f"¥{r.randint(40, 900)}.{r.choice('05')}元", f, "price")
    c.text(m + 200 * k, y, "网", f, "other")
    c.draw.ellipse([m + 194 * k, y - 32 * k, m + 232 * k, y + 6 * k], outline=c.ink, width=2)
    c.text(x0 + w - 40 * k, y, r.choice(CN_SEATS), f, "other", anchor="rs")
    y += 40 * k
    c.text(m, y, "限乘当日当次车", font(22), "other")
    y += 44 * k
    ident = fk.cn_resident_id()
    starred = (
        ident[:4] + "*" * 10 + ident[14:] if r.random() < 0.6 else ident[:10] + "****" + ident[14:]
    )
    c.line(m, y, [S(starred, "id_number"), S(" ", "other"), S(name, "name")], font(28))
    y += 22 * k
    c.box(m, y, m + 480 * k, y + 56 * k, width=1)
    c.text(m + 240 * k, y + 38 * k, "买票请到12306 发货请到95306", font(20), "other", anchor="ms")
    c.qr(int(x0 + w - 180 * k), int(y - 40 * k), f"{ident}{name}", size=int(135 * k))
    y += 96 * k
    c.text(
        m,
        y,
        f"{fk.digits(5)}3{fk.digits(9)}{fk.upper(1)}{fk.digits(6)} {a[:2]}售",
        font(20),
        "other",
    )
    c.text(x0 + w - 210 * k, y, "仅供报销使用", font(20), "other", anchor="rs")
    return y0 + h
